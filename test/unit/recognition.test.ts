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

const ruleFile = (pageId: string) => `src/rules/${pageId.split('/')[0]}.ts`;

/** What a failing cell of the matrix means, and which way to fix it. */
function howToFix(expected: string | null, found: readonly string[], file: string): string {
  const wrong = found.filter((id) => id !== expected);
  const tighten = wrong.map((id) => `tighten ${id} in ${ruleFile(id)} (add a condition this page does not meet)`);
  if (expected && !found.includes(expected)) {
    const loosen = `loosen ${expected} in ${ruleFile(expected)} (does the page word it differently?)`;
    const header = `or correct the \`expect:\` line of ${file}'s header if the replica is not that page`;
    return found.length === 0
      ? `${file} is ${expected} but was recognised as nothing: ${loosen}, ${header}`
      : `${file} is ${expected} but was recognised as ${wrong.join(' and ')}: ${[...tighten, loosen].join(', or ')}`;
  }
  return `${file} is ${expected ?? 'no page of ours'} but was also recognised as ${wrong.join(' and ')}: ${tighten.join(', and ')}`;
}

/**
 * The matrix: every rule against every replica. A rule must recognise its own replicas and no other,
 * so each replica is recognised as exactly its expected page (or as nothing, for the negative pages).
 */
describe('recognition of every replica by every rule', () => {
  it.concurrent.each(FIXTURES.map((fixture) => [fixture.file, fixture] as const))('%s', async (_file, fixture) => {
    const ids = await recognisedIds(fixture);
    expect(ids, `${howToFix(fixture.expect, ids, fixture.file)} (${fixture.url}: ${fixture.note})`).toEqual(fixture.expect ? [fixture.expect] : []);
  });
});

describe('a failing cell says which way to fix it', () => {
  it.each([
    ['janus/login', [], /recognised as nothing: loosen janus\/login in src\/rules\/janus\.ts/],
    ['janus/login', ['idp/choice'], /recognised as idp\/choice: tighten idp\/choice in src\/rules\/idp\.ts.*, or loosen janus\/login/],
    [null, ['neo/home'], /no page of ours but was also recognised as neo\/home: tighten neo\/home in src\/rules\/neo\.ts/],
    ['neo/home', ['neo/home', 'noa/login'], /also recognised as noa\/login: tighten noa\/login in src\/rules\/noa\.ts/],
  ] as const)('expected %s, found %j', (expected, found, advice) => {
    expect(howToFix(expected, found, 'x.html')).toMatch(advice);
  });
});

describe('the replicas cover the rules', () => {
  const implemented = new Set(SITES.flatMap((site) => site.pages.map((page) => page.id)));
  it.each(SITES.flatMap((site) => site.pages.map((page) => [page.id, site] as const)))(
    '%s has a French replica, and a replica that must not match it on the same host',
    (pageId, site) => {
      const own = FIXTURES.filter((fixture) => fixture.expect === pageId);
      expect(
        own.some((fixture) => fixture.lang === 'fr'),
        `add a French replica of ${pageId} under test/fixtures/pages/`,
      ).toBe(true);
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
      expect(
        found.map(({ page }) => page.id),
        fixture.file,
      ).toEqual([]);
    }
  });
});
