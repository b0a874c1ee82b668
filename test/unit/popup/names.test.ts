import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { SITES } from '../../../src/rules';

vi.mock('../../../src/shared/browser', () => ({ default: { i18n: { getMessage: (key: string) => (key === 'ui_lang' ? 'de' : '') } } }));
const { pageName, siteName } = await import('../../../src/popup/names');
const { applyLanguage } = await import('../../../src/shared/i18n');

const catalogue = (language: string) =>
  JSON.parse(readFileSync(new URL(`../../../assets/_locales/${language}/messages.json`, import.meta.url), 'utf8')) as Record<
    string,
    { message: string }
  >;
const english = catalogue('en');
const french = catalogue('fr');
const pages = SITES.flatMap((site) => site.pages);

describe('names the popup shows', () => {
  it('every page of the rules has a name of its own in both languages', () => {
    for (const page of pages) {
      expect(english[page.name], `${page.id}: add ${page.name} to the English catalogue`).toBeDefined();
      expect(french[page.name], `${page.id}: add ${page.name} to the French catalogue`).toBeDefined();
    }
    const names = pages.map((page) => english[page.name]!.message);
    expect(new Set(names).size, 'two pages share a name in English').toBe(names.length);
  });
  it('every site of the rules has a name in both languages, for "turn one site off"', () => {
    for (const site of SITES) {
      expect(english[site.name], `${site.id}: add ${site.name} to the English catalogue`).toBeDefined();
      expect(french[site.name], `${site.id}: add ${site.name} to the French catalogue`).toBeDefined();
    }
  });
  it('names a page and a site in the interface language, and an unknown site by its id', async () => {
    await applyLanguage('fr');
    expect(pageName('janus/login')).toBe(french['here_page_janus_login']!.message);
    await applyLanguage('en');
    expect(pageName('janus/login')).toBe(english['here_page_janus_login']!.message);
    expect(siteName('gaia')).toBe(english['settings_site_gaia']!.message);
    expect(siteName('a-site-added-later')).toBe('a-site-added-later');
  });
});
