import { describe, expect, it } from 'vitest';
import { detectBrowser } from '../../../src/shared/browser-kind';
import { engineOf, planClearing } from '../../../src/sites/clear-plan';
import { knownCnrsHosts } from '../../../src/sites/cnrs-sites';
import { SITES } from '../../../src/rules';

const KNOWN = [
  'bib.cnrs.fr',
  'formation-rec.ifsem.cnrs.fr',
  'formation.ifsem.cnrs.fr',
  'gaia.cnrs.fr',
  'janus-int-test.cnrs.fr',
  'janus-rec.cnrs.fr',
  'janus.cnrs.fr',
  'neo.cnrs.fr',
  'sesame.cnrs.fr',
  'webmail.cnrs.fr',
];

describe('clearing the CNRS sites', () => {
  it('knows the hosts the rules name, and only those', () => {
    expect(knownCnrsHosts()).toEqual(KNOWN);
    expect(SITES.filter((site) => !site.hosts).map((site) => site.id)).toEqual(['idp', 'noa']);
  });
  it('Chrome and Edge: by origin, the cache, the cookies and site storage, nothing else', () => {
    const plan = planClearing('chromium', null);
    expect(plan.removalOptions).toEqual({ origins: KNOWN.map((host) => `https://${host}`) });
    expect(Object.keys(plan.dataTypes).sort()).toEqual([
      'cache',
      'cacheStorage',
      'cookies',
      'fileSystems',
      'indexedDB',
      'localStorage',
      'serviceWorkers',
    ]);
  });
  it('Firefox: by host name, with cnrs.fr itself for the cookies set for the whole domain', () => {
    const plan = planClearing('gecko', null);
    expect(plan.removalOptions).toEqual({ hostnames: [...KNOWN, 'cnrs.fr'] });
    expect(plan.hosts).toEqual(KNOWN);
    expect(Object.keys(plan.dataTypes).sort()).toEqual(['cache', 'cookies', 'indexedDB', 'localStorage', 'serviceWorkers']);
  });
  it('adds the CNRS host of the tab in view, whose page no rule may name; never another site', () => {
    expect(planClearing('chromium', 'acces-si.cnrs.fr').hosts).toContain('acces-si.cnrs.fr');
    expect(planClearing('gecko', 'acces-si.cnrs.fr').hosts).toContain('acces-si.cnrs.fr');
    expect(planClearing('chromium', 'other-site.example').hosts).toEqual(KNOWN);
    expect(planClearing('gecko', 'notcnrs.fr').hosts).toEqual(KNOWN);
    expect(planClearing('chromium', 'gaia.cnrs.fr').hosts).toEqual(KNOWN);
  });
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0', 'gecko'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36', 'chromium'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0', 'chromium'],
  ])('%s clears like %s', (userAgent, engine) => {
    expect(engineOf(detectBrowser(userAgent))).toBe(engine);
  });
});
