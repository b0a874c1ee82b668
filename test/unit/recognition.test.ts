import { afterAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { recogniseAll } from '../../src/engine/recognise';
import { SITES } from '../../src/rules';
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
  it.each(SITES.flatMap((site) => site.pages.map((page) => [page.id, site] as const)))(
    '%s has a French replica, and a replica that must not match it on the same host',
    (pageId, site) => {
      const own = FIXTURES.filter((fixture) => fixture.expect === pageId);
      expect(own.some((fixture) => fixture.lang === 'fr'), `add a French replica of ${pageId} under test/fixtures/pages/`).toBe(true);
      // A page with no known host is recognised by its text on every CNRS host: its counter-example is any
      // other CNRS page; a site's own pages need one on the site's hosts.
      const hosts = site.hosts ?? [...new Set(FIXTURES.map((fixture) => new URL(fixture.url).hostname))];
      const others = FIXTURES.filter((fixture) => fixture.expect !== pageId && hosts.includes(new URL(fixture.url).hostname));
      expect(others.length, `add a replica of another page of ${hosts.join(', ')} that ${pageId} must not match`).toBeGreaterThan(0);
    },
  );
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
