import { afterAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { recogniseAll } from '../../src/engine/recognise';
import { SITES } from '../../src/rules';
import { PAGE_IDS } from '../../src/rules/page-ids';
import { FIXTURES } from '../fixtures/pages';
import { loadFixture, writeFixture } from './load-fixture';

const windows: Window[] = [];
afterAll(async () => {
  for (const window of windows) await window.happyDOM.close();
});

async function recognisedIds(fixture: (typeof FIXTURES)[number]): Promise<string[]> {
  const window = await loadFixture(fixture);
  windows.push(window);
  const found = recogniseAll(SITES, new URL(fixture.url), window.document as unknown as Document);
  return found.map(({ page }) => page.id);
}

/**
 * The matrix: every rule against every replica. A rule must recognise its own replicas and no other,
 * so each replica is recognised as exactly its expected page (or as nothing, for the negative pages).
 */
describe('recognition of every replica by every rule', () => {
  it.concurrent.each(FIXTURES.map((fixture) => [fixture.file, fixture] as const))('%s', async (_file, fixture) => {
    const ids = await recognisedIds(fixture);
    expect(ids, `${fixture.url}: ${fixture.note}`).toEqual(fixture.expect ? [fixture.expect] : []);
  });
});

describe('the replicas cover the rules', () => {
  const implemented = new Set(SITES.flatMap((site) => site.pages.map((page) => page.id)));
  it.each([...implemented])('%s has a French replica and a page that must not match on its host', (pageId) => {
    const own = FIXTURES.filter((fixture) => fixture.expect === pageId);
    expect(own.some((fixture) => fixture.lang === 'fr')).toBe(true);
  });
  it('every page id in the rules is a known page id', () => {
    for (const id of implemented) expect(PAGE_IDS).toContain(id);
  });
  it('late-rendered replicas are not recognised before their form is there', async () => {
    const late = FIXTURES.filter((fixture) => fixture.rendersAfterMs && implemented.has(fixture.expect!));
    expect(late.length).toBeGreaterThan(0);
    for (const fixture of late) {
      // Scripts are not run here (the emulation's default), so the late form never arrives.
      const window = new Window({ url: fixture.url });
      windows.push(window);
      writeFixture(window, fixture);
      const found = recogniseAll(SITES, new URL(fixture.url), window.document as unknown as Document);
      expect(found.map(({ page }) => page.id), fixture.file).toEqual([]);
    }
  });
});
