import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossRuns } from '../../src/ui/glossary';

type Catalogue = Record<string, { message: string }>;
const read = (lang: string): Catalogue =>
  JSON.parse(readFileSync(new URL(`../../assets/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Catalogue;
const catalogues = { en: read('en'), fr: read('fr') };
const marked = (text: string) =>
  glossRuns(text)
    .filter((run) => run.term)
    .map((run) => `${run.term!.id}:${run.text}`);

describe('glossary', () => {
  it('marks the first use of each word, in French and in English, and leaves the text whole', () => {
    const text = 'Ask your assistant de prévention; RESEDA lists you. Wrong valideur or COFO? RESEDA again.';
    expect(marked(text)).toEqual(['assistant:assistant de prévention', 'reseda:RESEDA', 'valideur:valideur', 'cofo:COFO']);
    expect(
      glossRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
    expect(marked('Agents CNRS : le valideur vient de RESEDA')).toEqual(['agent:Agents CNRS', 'valideur:valideur', 'reseda:RESEDA']);
    expect(marked('Not a CNRS agent? Log in with helene.dupont@ods.services')).toEqual([
      'agent:CNRS agent',
      'ods-identifier:helene.dupont@ods.services',
    ]);
  });

  it('marks whole words only', () => {
    expect(marked('CRUDE, NOAH, tutelled')).toEqual([]);
    expect(marked('« Se connecter avec son compte Janus ou CRU »')).toEqual(['cru:CRU']);
  });

  it('a text without any word is one plain run', () => {
    expect(glossRuns('Type your password twice.')).toEqual([{ text: 'Type your password twice.' }]);
  });

  it.each(GLOSSARY.map((term) => [term.id, term] as const))('%s: defined in both languages, and used by some message', (_, term) => {
    for (const catalogue of Object.values(catalogues)) {
      const definition = catalogue[term.definition]?.message ?? '';
      expect(definition.length).toBeGreaterThan(30);
      // The definition names its word first, so that it reads alone (« RESEDA (formerly Labintel): … »).
      expect(term.forms.exec(definition)?.index, definition).toBeLessThan(3);
    }
    expect(term.source.length).toBeGreaterThan(0);
    const used = Object.entries(catalogues.en).some(([key, { message }]) => !key.startsWith('term_') && term.forms.test(message));
    // CRU reaches a card only inside quoted page text (« Se connecter avec son compte Janus ou CRU »).
    expect(used || term.id === 'cru').toBe(true);
  });
});
