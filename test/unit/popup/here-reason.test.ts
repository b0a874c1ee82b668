import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings-schema';

vi.mock('../../../src/shared/browser', () => ({ default: {} }));
const { hereReason } = await import('../../../src/popup/here-reason');

const JANUS = 'https://janus.cnrs.fr/idp/profile/SAML2/Redirect/SSO?execution=e1s1';
const REPORTED = { pageId: 'janus/login', hintCount: 3, where: 'https://janus.cnrs.fr/idp/profile/SAML2/Redirect/SSO' } as const;
const facts = (overrides: Partial<Parameters<typeof hereReason>[0]> = {}, settings: Partial<Settings> = {}) => ({
  hostPermission: true,
  url: JANUS,
  reported: REPORTED,
  ...overrides,
  settings: { ...DEFAULT_SETTINGS, ...settings },
});

describe('here and now', () => {
  it('names the recognised page, its site and how many hints it shows', () => {
    expect(hereReason(facts())).toEqual({ kind: 'recognised', pageId: 'janus/login', siteId: 'janus', hintCount: 3 });
  });
  it('says when hints are paused, or turned off on this site', () => {
    expect(hereReason(facts({}, { paused: true })).kind).toBe('paused');
    expect(hereReason(facts({}, { sitesOff: ['janus'] }))).toMatchObject({ kind: 'siteOff', siteId: 'janus' });
    expect(hereReason(facts({}, { sitesOff: ['gaia'] })).kind).toBe('recognised');
  });
  it('tells a CNRS page the rules do not know from a page that is not a CNRS one', () => {
    expect(hereReason(facts({ url: 'https://www.cnrs.fr/fr/actualites', reported: undefined }))).toEqual({
      kind: 'unrecognised',
      host: 'www.cnrs.fr',
    });
    expect(hereReason(facts({ url: 'https://other-site.example/', reported: undefined })).kind).toBe('notCnrs');
    // The browser hides the address of pages outside the extension's hosts.
    expect(hereReason(facts({ url: undefined, reported: undefined })).kind).toBe('notCnrs');
    expect(hereReason(facts({ url: 'http://janus.cnrs.fr/', reported: undefined })).kind).toBe('notCnrs');
    expect(hereReason(facts({ url: 'https://cnrs.fr.example.org/', reported: undefined })).kind).toBe('notCnrs');
  });
  it('ignores a report left over from a page the tab has since left', () => {
    expect(hereReason(facts({ url: 'https://janus.cnrs.fr/idp/profile/Logout' })).kind).toBe('unrecognised');
  });
  it('names the site of an unrecognised page when its rules name the host', () => {
    expect(hereReason(facts({ url: 'https://gaia.cnrs.fr/account', reported: undefined }))).toEqual({
      kind: 'unrecognised',
      host: 'gaia.cnrs.fr',
      siteId: 'gaia',
    });
    expect(hereReason(facts({ url: 'https://janus.cnrs.fr/idp/profile/Logout', reported: undefined }))).toMatchObject({ siteId: 'janus' });
  });
  it('says the extension may not read CNRS pages when the host permission is withheld (Firefox)', () => {
    expect(hereReason(facts({ hostPermission: false, url: undefined, reported: undefined })).kind).toBe('noPermission');
    expect(hereReason(facts({ hostPermission: false, reported: undefined })).kind).toBe('noPermission');
  });
});
