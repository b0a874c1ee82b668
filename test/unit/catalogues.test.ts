import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../src/rules';
import { documentedSources } from '../sources';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Catalogue =>
  JSON.parse(readFileSync(new URL(`../../assets/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Catalogue;
const english = read('en');
const french = read('fr');
const hints = SITES.flatMap((site) => site.pages.flatMap((page) => page.hints.map((hint) => ({ page, hint }))));

/** The placeholders a message uses, e.g. ["SERVICE"] for "You are signing in to $SERVICE$". */
const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('message catalogues', () => {
  it('French and English have the same messages', () => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
  });
  it.each(Object.keys(english))('%s: same placeholders in both languages, all declared, none empty', (key) => {
    for (const catalogue of [english, french]) {
      const entry = catalogue[key]!;
      expect(entry.message.trim()).not.toBe('');
      expect(placeholdersIn(entry.message)).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
    expect(placeholdersIn(french[key]!.message)).toEqual(placeholdersIn(english[key]!.message));
  });
  it('no message is left as `npm run new-page` wrote it', () => {
    for (const catalogue of [english, french])
      for (const [key, entry] of Object.entries(catalogue)) expect(`${key}: ${entry.message}`).not.toMatch(/\bTODO\b/);
  });
  it('message ids are valid for browser.i18n', () => {
    for (const key of Object.keys(english)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});

/**
 * The facts a message gives, which both languages must give alike: placeholders, labels quoted « like
 * this », e-mail addresses, addresses of sites, and numbers. A label quoted in one language may stand
 * unquoted in the other (English quotes the French term it explains: « référentiels »); our own interface
 * strings (« Page blank? ») and the browser's own menus are in each language's words.
 */
function factsOf(message: string, ownStrings: ReadonlySet<string>) {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  return {
    placeholders: sorted(message.match(/\$[A-Z0-9_]+\$/g) ?? []),
    quoted: sorted([...message.matchAll(/«\s*([^»]*?)\s*»/g)].map((match) => match[1]!).filter((label) => !ownStrings.has(label))),
    emailAddresses: sorted(message.match(/[\w.+-]*@[\w-]+(?:\.[\w-]+)+/g) ?? []),
    siteAddresses: sorted(message.match(/\b(?:[a-z0-9-]+\.)+(?:fr|net|services|org|com)(?:\/[\w\-/#?=.]*[\w/])?/g) ?? []),
    numbers: sorted(message.match(/(?<![\w$])\d+(?:[.,]\d+)?(?![\w$])/g) ?? []),
  };
}
/** Messages that quote the browser's own menus, named as the browser shows them in each language. */
const BROWSER_MENU_LABELS = new Set(['help_cache_firefox', 'help_cache_chrome', 'help_cache_edge']);
const ownStrings = (catalogue: Catalogue) => new Set(Object.values(catalogue).map((entry) => entry.message));

describe('French and English say the same facts', () => {
  const [ownEnglish, ownFrench] = [ownStrings(english), ownStrings(french)];
  it.each(Object.keys(english))('%s', (key) => {
    const en = factsOf(english[key]!.message, ownEnglish);
    const fr = factsOf(french[key]!.message, ownFrench);
    expect(fr.placeholders, 'placeholders').toEqual(en.placeholders);
    expect(fr.emailAddresses, 'e-mail addresses').toEqual(en.emailAddresses);
    expect(fr.siteAddresses, 'addresses of sites').toEqual(en.siteAddresses);
    expect(fr.numbers, 'numbers').toEqual(en.numbers);
    if (BROWSER_MENU_LABELS.has(key)) return;
    for (const [label, other] of [
      ...en.quoted.map((label) => [label, french[key]!.message]),
      ...fr.quoted.map((label) => [label, english[key]!.message]),
    ]) {
      expect(other, `« ${label} » in the other language`).toContain(label!);
    }
  });
  it('the comparison catches a fact given in one language only', () => {
    const en = factsOf('Write to assistance@dsi.cnrs.fr within 3 days, on « Valider ».', new Set());
    const fr = factsOf('Écrivez à assistance@dsi.cnrs.fr sous 2 jours, sur Valider.', new Set());
    expect(fr.numbers).not.toEqual(en.numbers);
    expect(fr.emailAddresses).toEqual(en.emailAddresses);
    expect(fr.quoted).toEqual([]);
    expect(en.quoted).toEqual(['Valider']);
  });
});

/**
 * A hint is read docked away from its element, alone, or aloud: it names what it is about. It never opens
 * on a word that points (« Choose this… », « Cette option… »), nor speaks of « this box » or « ce champ »
 * instead of the field's name; « « $OPTION$ » : choose it if… » names it first. « This page » and « ici » (the page the person is on) stay meaningful.
 */
const POINTING_OPENING = /^\s*(this|these|that|those|here|it|cette|cet|ce|ces|ici|celle-ci|celui-ci|celle-là|celui-là)\b/i;
const POINTING_AT_A_CONTROL =
  /\b(choose|use|pick|select|tick|click) (this|that)\b|\b(choisissez|utilisez|cochez|cliquez(?: sur)?) (ceci|cela|ça)\b|\b(this|that) (box|list|option|field|button|choice|one|link|card|tile)\b|\b(cette|cet) (case|liste|option|zone|carte|tuile)\b|\bce (champ|bouton|choix|lien)\b|\bcelle-ci\b|\bcelui-ci\b/i;
const hintMessages = Object.keys(english).filter((key) => key.startsWith('hint_'));

describe('hints that stand alone', () => {
  it.each(hintMessages)('%s names its subject in both languages', (key) => {
    for (const catalogue of [english, french]) {
      const { message } = catalogue[key]!;
      expect(message, key).not.toMatch(POINTING_OPENING);
      expect(message, key).not.toMatch(POINTING_AT_A_CONTROL);
    }
  });
  it('the check itself catches the wordings that did not stand alone', () => {
    for (const old of [
      'Choose this if you work in a CNRS unit.',
      'Use this: then choose « Agents unités CNRS ».',
      'Tick this box to accept.',
      'Cette option est pour les agents.',
      'Choisissez ce champ.',
    ])
      expect(POINTING_OPENING.test(old) || POINTING_AT_A_CONTROL.test(old), old).toBe(true);
  });
});

const SOURCES = documentedSources();

describe('page rules', () => {
  it('hint ids are unique over all rules', () => {
    const ids = hints.map(({ hint }) => hint.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it.each(hints.map(({ page, hint }) => [`${page.id} ${hint.id}`, hint] as const))(
    '%s: its message exists, its page-text arguments fill the placeholders, its source is named',
    (_name, hint) => {
      expect(english[hint.message]).toBeDefined();
      expect(placeholdersIn(english[hint.message]!.message)).toHaveLength(hint.args?.length ?? 0);
      expect(hint.source.length).toBeGreaterThan(0);
      for (const source of hint.source) expect(SOURCES, `${source} is not defined in docs/sources.md`).toContain(source);
      expect(hint.anchor.length).toBeGreaterThan(0);
    },
  );
  it('every rules file is registered', () => {
    const files = readdirSync(new URL('../../src/rules/', import.meta.url)).filter((file) => !['index.ts', 'types.ts', 'page-ids.ts'].includes(file));
    expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual(SITES.map((site) => site.id).sort());
  });
  it('page ids are unique', () => {
    const ids = SITES.flatMap((site) => site.pages.map((page) => page.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
