import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', () => ({ default: {} }));
const { contactLines } = await import('../../src/page/contacts');
const { dismissedOn, withDismissal } = await import('../../src/page/dismissals');
const { ANY_HOST } = await import('../../src/shared/storage');
const { DEFAULT_SETTINGS } = await import('../../src/shared/settings-schema');

const SETTINGS = {
  ...DEFAULT_SETTINGS,
  preventionAssistant: { name: 'Alex Durand', email: 'alex.durand@example.org' },
  unitAdministrator: { name: 'Camille Martin', email: 'camille.martin@example.org' },
};
const SUPPORT = [{ message: 'contact_sygefor_support', email: 'support@example.org', source: ['procedure:sygefor'] }] as const;

describe("the unit's people in the page's troubleshooting panel", () => {
  it('are named on a host the rules name', () => {
    const lines = contactLines(SUPPORT, SETTINGS, true);
    expect(lines.map((line) => line.email)).toEqual(['support@example.org', 'alex.durand@example.org', 'camille.martin@example.org']);
  });
  it('are not named on another CNRS host, which is told where to find them', () => {
    const lines = contactLines(SUPPORT, SETTINGS, false);
    expect(JSON.stringify(lines)).not.toMatch(/Alex|Camille|alex|camille/);
    expect(lines.map((line) => line.label)).toEqual(['contact_sygefor_support', 'contact_unit_administrator', 'help_contacts_in_settings']);
    // Nobody set: nothing to point to.
    expect(contactLines([], DEFAULT_SETTINGS, false).map((line) => line.label)).toEqual(['contact_unit_administrator']);
  });
});

describe('hints closed, by host', () => {
  it('a hint closed on one host stays shown on another; the others are kept', () => {
    const closed = withDismissal({ 'janus.cnrs.fr': ['janus-identifier'] }, 'pages.cnrs.fr', 'idp-choice-units');
    expect(closed).toEqual({ 'janus.cnrs.fr': ['janus-identifier'], 'pages.cnrs.fr': ['idp-choice-units'] });
    expect([...dismissedOn(closed, 'acces-si.cnrs.fr')]).toEqual([]);
    expect([...dismissedOn(closed, 'pages.cnrs.fr')]).toEqual(['idp-choice-units']);
    expect(withDismissal(closed, 'pages.cnrs.fr', 'idp-choice-units')).toEqual(closed);
  });
  it('one closed before dismissals were kept by host holds on every host', () => {
    expect([...dismissedOn({ [ANY_HOST]: ['idp-choice-units'] }, 'acces-si.cnrs.fr')]).toEqual(['idp-choice-units']);
  });
});
