import { afterAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { resolveHints } from '../../src/engine/hints';
import { recogniseAll } from '../../src/engine/recognise';
import { SITES } from '../../src/rules';
import type { Fixture } from '../fixtures/fixture-types';
import { FIXTURES } from '../fixtures/pages';
import { loadFixture, withUserAgentRules } from './load-fixture';
import { dropExpectations, markOrigins, MUTATIONS } from './mutations/mutate';

/**
 * The recognition matrix again, on variants of every replica that a real site could serve instead: links
 * between labels and fields removed, labels after their fields, words split across elements, ids and
 * classes renamed, names moved out of buttons into card titles, choices rebuilt as radios, a select or a
 * list. Each variant must still be recognised as its page (or as nothing), and every hint that found its
 * element on the original must find the same element, or the card or label that now holds it.
 */
const windows: Window[] = [];
/** Variants that differ from their replica, by mutation, for the summary line. */
const generated = new Map<string, number>();
afterAll(async () => {
  for (const window of windows) await window.happyDOM.close();
  const total = [...generated.values()].reduce((sum, count) => sum + count, 0);
  console.log(
    `mutation harness: ${total} variants of ${FIXTURES.length} replicas (${[...generated].map(([name, count]) => `${name}: ${count}`).join(', ')})`,
  );
});

const NO_STATE = { dismissed: new Set<string>(), remembered: {}, stepsDone: new Set<never>() };
const ORIGIN_DEPTH = 3;

interface Original {
  readonly html: string;
  readonly ids: string[];
  /** For each hint anchored on the original: the origins that may stand for its element. */
  readonly anchors: Map<string, Set<string>>;
}

const tokens = (element: Element | null | undefined) => (element?.getAttribute('data-origin') ?? '').split(' ').filter(Boolean);

function anchorOrigins(doc: Document, fixture: Fixture): Map<string, Set<string>> {
  const anchors = new Map<string, Set<string>>();
  const page = SITES.flatMap((site) => site.pages).find((candidate) => candidate.id === fixture.expect);
  if (!page) return anchors;
  for (const hint of resolveHints(page, doc, NO_STATE)) {
    if (!hint.anchor) continue;
    const origins = new Set<string>(tokens(hint.anchor));
    let ancestor = hint.anchor.parentElement;
    for (let depth = 0; ancestor && depth < ORIGIN_DEPTH; depth++, ancestor = ancestor.parentElement) tokens(ancestor).forEach((o) => origins.add(o));
    for (const descendant of hint.anchor.querySelectorAll('[data-origin]')) tokens(descendant).forEach((o) => origins.add(o));
    anchors.set(hint.spec.id, origins);
  }
  return anchors;
}

/** The origins an element of a variant stands for: its own, its descendants', or else its nearest marked ancestor's. */
function variantOrigins(element: Element): string[] {
  const own = [...tokens(element), ...[...element.querySelectorAll('[data-origin]')].flatMap(tokens)];
  if (own.length) return own;
  let ancestor = element.parentElement;
  while (ancestor && !ancestor.hasAttribute('data-origin')) ancestor = ancestor.parentElement;
  return tokens(ancestor);
}

const originals = new Map<string, Promise<Original>>();
function original(fixture: Fixture): Promise<Original> {
  let loading = originals.get(fixture.file);
  if (!loading) {
    loading = (async () => {
      const window = await loadFixture(fixture);
      windows.push(window);
      const doc = window.document as unknown as Document;
      dropExpectations(doc);
      markOrigins(doc);
      const ids = recogniseAll(SITES, new URL(fixture.url), doc).map(({ page }) => page.id);
      // Reads our own replica's markup once its scripts ran, to rebuild each variant from it in a test window.
      // eslint-disable-next-line no-restricted-properties
      return { html: `<!DOCTYPE html>${doc.documentElement.outerHTML}`, ids, anchors: anchorOrigins(doc, fixture) };
    })();
    originals.set(fixture.file, loading);
  }
  return loading;
}

/** The variant's document, its scripts not run again: the original was captured once they had rendered it. */
function variantOf(fixture: Fixture, html: string): Document {
  const window = new Window({
    url: fixture.url,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
  });
  windows.push(window);
  // The markup is one of our own replicas, serialised after its scripts ran.
  // eslint-disable-next-line no-unsanitized/method
  window.document.write(html);
  withUserAgentRules(window);
  return window.document as unknown as Document;
}

const cases = FIXTURES.flatMap((fixture) => Object.keys(MUTATIONS).map((mutation) => [fixture.file, mutation, fixture] as const));

describe('recognition holds on mutated variants of every replica', () => {
  it.concurrent.each(cases)('%s, %s', async (_file, mutation, fixture) => {
    const { html, ids, anchors } = await original(fixture);
    expect(ids, 'the original itself').toEqual(fixture.expect ? [fixture.expect] : []);
    const doc = variantOf(fixture, html);
    if (!MUTATIONS[mutation]!(doc)) return;
    generated.set(mutation, (generated.get(mutation) ?? 0) + 1);
    const found = recogniseAll(SITES, new URL(fixture.url), doc).map(({ page }) => page.id);
    expect(found, `${fixture.file} with ${mutation}`).toEqual(ids);
    const page = SITES.flatMap((site) => site.pages).find((candidate) => candidate.id === fixture.expect);
    if (!page) return;
    const resolved = new Map(resolveHints(page, doc, NO_STATE).map((hint) => [hint.spec.id, hint.anchor]));
    for (const [hintId, origins] of anchors) {
      const anchor = resolved.get(hintId);
      expect(anchor, `${hintId} finds its element`).toBeDefined();
      expect(
        variantOrigins(anchor!).some((origin) => origins.has(origin)),
        `${hintId} finds the same element`,
      ).toBe(true);
    }
  });
});
