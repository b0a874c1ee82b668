import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PASSWORD_RULE_MESSAGE_KEYS, PASSWORD_STRENGTH_MESSAGE_KEYS } from '../../../src/password/messages';
import { checkPassword } from '../../../src/password/rules';

interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const ROOT = new URL('../../../', import.meta.url);
const readCatalogue = (language: string): Record<string, CatalogueEntry> =>
  JSON.parse(readFileSync(new URL(`assets/_locales/${language}/messages.json`, ROOT), 'utf8')) as Record<string, CatalogueEntry>;
const CATALOGUES = { en: readCatalogue('en'), fr: readCatalogue('fr') };
const ALL_KEYS = [...PASSWORD_RULE_MESSAGE_KEYS, ...PASSWORD_STRENGTH_MESSAGE_KEYS];

/** Placeholder names used in a message (« $NAME$ »), lower-cased as Chrome compares them. */
function placeholdersIn(message: string): string[] {
  return [...message.replaceAll('$$', '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => (match[1] ?? '').toLowerCase());
}

describe('message catalogues', () => {
  it.each(Object.entries(CATALOGUES))('%s has every pw_ key, and only ours', (_language, catalogue) => {
    for (const key of ALL_KEYS) expect(catalogue[key]?.message, key).toBeTruthy();
    const ours = new Set<string>(ALL_KEYS);
    expect(Object.keys(catalogue).filter((key) => key.startsWith('pw_') && !ours.has(key))).toEqual([]);
  });

  it.each(ALL_KEYS)('%s: well-formed key, same placeholders in both languages, each one declared', (key) => {
    expect(key).toMatch(/^pw_[a-z0-9_]+$/);
    const english = CATALOGUES.en[key];
    const french = CATALOGUES.fr[key];
    if (!english || !french) throw new Error(`missing ${key}`);
    expect(placeholdersIn(french.message).sort()).toEqual(placeholdersIn(english.message).sort());
    for (const entry of [english, french]) {
      for (const name of placeholdersIn(entry.message)) expect(entry.placeholders?.[name]?.content).toMatch(/^\$\d$/);
      // A lone "$" that is not part of a placeholder or "$$" would be eaten by chrome.i18n.
      expect(entry.message.replaceAll('$$', '').replace(/\$[A-Za-z0-9_@]+\$/g, '')).not.toContain('$');
      expect(entry.description).toBeTruthy();
    }
  });

  it('fills every placeholder of every rule message the checker returns', () => {
    const samples = ['', 'Soleil!Levant42', 'Château!Fort22', ' Dupont14071989', 'Lucarne', 'tnopud', 'Li x', 'ÉCOLE'];
    for (const password of samples) {
      for (const names of [[], ['Dupont', 'Luc', 'Li']]) {
        for (const { detail } of checkPassword(password, { names }).results) {
          const placeholders = placeholdersIn(CATALOGUES.en[detail.key]?.message ?? '');
          expect(detail.substitutions.length, `${detail.key} for ${JSON.stringify(password)}`).toBe(placeholders.length);
        }
      }
    }
  });
});

describe('purity of src/password', () => {
  const DIRECTORY = new URL('src/password/', ROOT);
  const sources = readdirSync(DIRECTORY)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file, text: readFileSync(new URL(file, DIRECTORY), 'utf8') }));

  it('imports nothing outside src/password, except zxcvbn in strength.ts', () => {
    for (const { file, text } of sources) {
      const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|typeof import\(\s*)'([^']+)'/g)].map((match) => match[1] ?? '');
      for (const specifier of specifiers) {
        const allowed = specifier.startsWith('./') || (file === 'strength.ts' && specifier.startsWith('@zxcvbn-ts/'));
        expect(allowed, `${file} imports ${specifier}`).toBe(true);
      }
    }
  });

  it('loads zxcvbn only on demand: type imports and dynamic import() only', () => {
    for (const { file, text } of sources) {
      for (const line of text.split('\n').filter((candidate) => candidate.includes("'@zxcvbn-ts/"))) {
        expect(/^import type |import\('@zxcvbn-ts\/|typeof import\('@zxcvbn-ts\//.test(line.trim()), `${file}: ${line}`).toBe(true);
      }
    }
  });

  it('uses no browser or DOM API', () => {
    for (const { file, text } of sources) {
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\b(?:chrome|browser|document|window|localStorage|fetch|console)\s*\./);
    }
  });
});
