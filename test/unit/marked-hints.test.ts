import { describe, expect, it } from 'vitest';
import { SITES } from '../../src/rules';
import { markedHints, partsByPage } from '../e2e/expected-hints';
import { FIXTURES } from '../fixtures/pages';
import { fixtureHtml } from './load-fixture';

const pages = SITES.flatMap((site) => site.pages);
const hintIdsOf = (pageId: string): string[] => {
  const page = pages.find((candidate) => candidate.id === pageId)!;
  return [...page.hints.map((hint) => hint.id), ...(page.remembers ? [page.remembers.sameHint.id, page.remembers.switchHint.id] : [])];
};
const later = (html: string) => [...html.matchAll(/data-expect-later="([^"]+)"/g)].flatMap((match) => match[1]!.split(/\s+/));

describe('where the replicas say the hints belong', () => {
  const recognised = FIXTURES.filter((fixture) => fixture.expect);
  it.each(recognised.map((fixture) => [fixture.file, fixture] as const))('%s marks only hints of its page', (file, fixture) => {
    for (const [pageId, html] of partsByPage(fixtureHtml(fixture), fixture.expect!)) {
      for (const id of [...markedHints(html), ...later(html)]) {
        expect(hintIdsOf(pageId), `${file} marks ${id}, which ${pageId}'s rule does not have: fix the marker, or add the hint to the rule`).toContain(
          id,
        );
      }
    }
  });
  it.each(pages.map((page) => [page.id] as const))('every hint of %s is marked on one of its replicas at least', (pageId) => {
    const marked = new Set(
      FIXTURES.filter((fixture) => fixture.expect === pageId).flatMap((fixture) => [
        ...markedHints(fixtureHtml(fixture)),
        ...later(fixtureHtml(fixture)),
      ]),
    );
    for (const id of hintIdsOf(pageId))
      expect(marked, `no replica of ${pageId} marks where ${id} belongs (data-expect-hint or data-expect-later)`).toContain(id);
  });
});
