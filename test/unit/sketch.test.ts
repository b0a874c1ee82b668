import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { sitesThatMayMatch } from '../../src/engine/prefilter/may-match';
import { recogniseAll } from '../../src/engine/recognise';
import { SKETCH_PHRASE_LENGTH, sketchSite, squash } from '../../src/engine/prefilter/sketch';
import { SITES } from '../../src/rules';
import type { Condition } from '../../src/rules/types';
import { FIXTURES } from '../fixtures/pages';
import { loadFixture } from './load-fixture';

const SKETCHES = SITES.map(sketchSite);
const windows: Window[] = [];
afterAll(async () => {
  for (const window of windows) await window.happyDOM.close();
});

const gatedSites = (url: string, doc: Document) => sitesThatMayMatch(SKETCHES, new URL(url), doc).map((site) => site.id);

describe('site sketches', () => {
  it('keep short prefixes of the phrases, and only the ones that matter', () => {
    const idp = SKETCHES.find((site) => site.id === 'idp')!;
    const phrases = [...idp.pages[0]!.texts!, ...idp.pages[0]!.names!];
    expect(phrases[0]).toContain(squash("fournisseur d'identité").slice(0, SKETCH_PHRASE_LENGTH));
    for (const list of phrases) {
      for (const phrase of list) {
        expect(phrase.length).toBeLessThanOrEqual(SKETCH_PHRASE_LENGTH);
        expect(list.filter((other) => other !== phrase && phrase.includes(other))).toEqual([]);
      }
    }
  });

  it('mark the sites with a page that checks passwords, for the entry to load the password panel early', () => {
    const checking = SITES.filter((site) => site.pages.some((page) => page.hints.some((hint) => 'passwordChecker' in hint))).map((site) => site.id);
    expect(checking).toEqual(['gaia']);
    expect(SKETCHES.filter((site) => site.checksPassword).map((site) => site.id)).toEqual(checking);
  });

  it.concurrent.each(FIXTURES.filter((fixture) => fixture.expect).map((fixture) => [fixture.file, fixture] as const))(
    'let the site of %s through',
    async (_file, fixture) => {
      const window = await loadFixture(fixture);
      windows.push(window);
      const [found] = recogniseAll(SITES, new URL(fixture.url), window.document as unknown as Document);
      expect(gatedSites(fixture.url, window.document as unknown as Document)).toContain(found!.site.id);
    },
  );

  it('let nothing through on the CNRS pages that are no login page', async () => {
    const others = FIXTURES.filter((fixture) => fixture.file.startsWith('cnrs/news') || fixture.file.startsWith('janus/logout'));
    expect(others.length).toBe(2);
    for (const fixture of others) {
      const window = await loadFixture(fixture);
      windows.push(window);
      expect(gatedSites(fixture.url, window.document as unknown as Document), fixture.file).toEqual([]);
    }
  });
});

type SpotKind = 'text' | 'heading' | 'control' | 'field';

interface PhraseSpot {
  readonly kind: SpotKind;
  readonly phrases: readonly string[];
}

function spotOf(condition: Condition): PhraseSpot | undefined {
  if ('text' in condition) return { kind: 'text', phrases: condition.text };
  if ('heading' in condition) return { kind: 'heading', phrases: condition.heading };
  if ('control' in condition) return { kind: 'control', phrases: condition.control };
  if ('field' in condition) return { kind: 'field', phrases: condition.field };
  return undefined;
}

/** The pages recognised by phrases alone, each with the spots its conditions need; selectors and paths are left to the fixtures. */
const PHRASE_PAGES = SITES.flatMap((site) =>
  site.pages
    .filter((page) => page.recognisedBy.every((condition) => spotOf(condition as Condition) || 'not' in condition))
    .map((page) => ({
      url: `https://${site.hosts?.[0] ?? 'intranet.cnrs.fr'}/`,
      spots: page.recognisedBy.flatMap((condition) => spotOf(condition as Condition) ?? []),
    })),
);
const ALL_SPOTS = PHRASE_PAGES.flatMap((page) => page.spots);

/** Every way the engine can read a phrase of each kind: element text, attribute, label, document title. */
const FORMS: Record<SpotKind, readonly string[]> = {
  text: ['p', 'title'],
  heading: ['h2', 'legend'],
  control: ['button', 'a', 'submit-input'],
  field: ['label-for', 'aria-label', 'placeholder', 'title-attribute'],
};

/** A phrase as a page may write it: in any of its forms, other case, a word in its own element, other white space or none. */
const written = (spot: PhraseSpot) =>
  fc
    .record({
      pick: fc.nat(),
      form: fc.constantFrom(...FORMS[spot.kind]),
      upper: fc.boolean(),
      wrapWord: fc.nat(),
      space: fc.constantFrom(' ', '\u00a0', '\n  ', ''),
    })
    .map(({ pick, form, upper, wrapWord, space }) => {
      const words = spot.phrases[pick % spot.phrases.length]!.split(' ').map((word) => (upper ? word.toUpperCase() : word));
      return { form, words, wrapAt: wrapWord % words.length, space };
    });

type WrittenPhrase = { form: string; words: string[]; wrapAt: number; space: string };

/** Appends the phrase to the document in its form. */
function write(doc: Document, { form, words, wrapAt, space }: WrittenPhrase, index: number): void {
  const plain = words.join(space);
  const textElement = (tag: string) => {
    const element = doc.createElement(tag);
    words.forEach((word, position) => {
      if (position > 0) element.append(space);
      element.append(position === wrapAt ? Object.assign(doc.createElement('b'), { textContent: word }) : word);
    });
    return element;
  };
  const input = (attributes: Record<string, string>) => {
    const element = doc.createElement('input');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  };
  if (form === 'title') doc.head.append(Object.assign(doc.createElement('title'), { textContent: plain }));
  else if (form === 'submit-input') doc.body.append(input({ type: 'submit', value: plain }));
  else if (form === 'label-for') doc.body.append(Object.assign(textElement('label'), { htmlFor: `field${index}` }), input({ id: `field${index}` }));
  else if (form === 'aria-label' || form === 'placeholder') doc.body.append(input({ [form]: plain }));
  else if (form === 'title-attribute') doc.body.append(input({ title: plain }));
  else doc.body.append(textElement(form));
}

/** A page that holds one page rule's phrases (or most of them) among phrases of other pages. */
const generatedPage = fc
  .record({ page: fc.constantFrom(...PHRASE_PAGES), dropOne: fc.boolean(), others: fc.array(fc.constantFrom(...ALL_SPOTS), { maxLength: 3 }) })
  .chain(({ page, dropOne, others }) =>
    fc.record({
      url: fc.constant(page.url),
      phrases: fc
        .tuple(...[...page.spots.slice(dropOne ? 1 : 0), ...others].map(written))
        .chain((phrases) => fc.shuffledSubarray(phrases, { minLength: phrases.length })),
    }),
  );

describe('a sketch is a necessary condition', () => {
  it('holds for its site whenever the real rules recognise a page (generated pages)', () => {
    const window = new Window({ url: 'https://intranet.cnrs.fr/' });
    windows.push(window);
    const doc = window.document as unknown as Document;
    let recognised = 0;
    fc.assert(
      fc.property(generatedPage, ({ url, phrases }) => {
        doc.head.replaceChildren();
        doc.body.replaceChildren();
        phrases.forEach((phrase, index) => write(doc, phrase, index));
        for (const { site } of recogniseAll(SITES, new URL(url), doc)) {
          recognised += 1;
          expect(gatedSites(url, doc)).toContain(site.id);
        }
      }),
      { numRuns: 500 },
    );
    // The property says something only if many generated pages are recognised.
    expect(recognised).toBeGreaterThan(50);
  });
});
