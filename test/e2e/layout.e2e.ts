import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../fixtures/pages';
import { hintsOnArrival } from './expected-hints';
import { browserUnderTest } from './harness/browsers';
import { auditLayout, isClean, type LayoutAudit, LAYOUT_SIZES, waitForRest } from './harness/layout-audit';
import { useExtensionBrowser } from './harness/setup';

const BROWSER = browserUnderTest();
const env = useExtensionBrowser();

/** Every recognised replica but the hostile ones, whose own layers and dialogs hostile.e2e.ts checks. */
const PAGES = FIXTURES.filter((fixture) => fixture.expect !== null && !fixture.file.startsWith('hostile/'));
/** How far the person scrolls before the last look: cards must follow their elements and still cover nothing. */
const SCROLL_PX = 240;

const tally = new Map<string, { pages: number; cards: number; markers: number }>();
afterAll(() => {
  for (const [size, { pages, cards, markers }] of tally)
    console.log(`layout ${BROWSER} ${size}: ${pages} pages, ${cards} hints resting as cards, ${markers} as markers, nothing covered`);
});

const describeAudit = (audit: LayoutAudit) =>
  [
    ...audit.coveredControls.map((line) => `control ${line}`),
    ...audit.coveredText.map((line) => `text ${line}`),
    ...audit.overlaps,
    ...audit.offScreen.map((name) => `${name} off screen`),
  ].join('; ');

/**
 * Once the hints rest, at every size people use, they cover no control and no text of the page (20 % of
 * its area or more), no card is over another, and none is off screen: where no free space is next to
 * its element, a hint rests as its marker.
 */
describe(`${BROWSER}: hints at rest cover nothing of the page`, () => {
  it.each(PAGES.map((fixture) => [fixture.file, fixture] as const))('%s', async (file, fixture) => {
    const page = await env.browser.open(fixture.url);
    try {
      const expected = hintsOnArrival(fixture);
      await page.waitFor(
        (ids) => {
          const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
          return ids.every((id) => root?.querySelector(`[data-hint="${id}"]`)) ? true : null;
        },
        expected,
        `the hints of ${file}`,
      );
      const looks: [string, () => Promise<void>][] = [
        ...LAYOUT_SIZES.map(({ name, width, height }) => [name, () => page.resize(width, height)] as [string, () => Promise<void>]),
        [
          `${LAYOUT_SIZES[0].name}, scrolled`,
          async () => {
            await page.resize(LAYOUT_SIZES[0].width, LAYOUT_SIZES[0].height);
            await page.raw.evaluate((by) => scrollBy({ top: by, behavior: 'instant' }), SCROLL_PX);
          },
        ],
      ];
      for (const [size, look] of looks) {
        await look();
        await waitForRest(page);
        const audit = await auditLayout(page);
        expect(isClean(audit), `${file} at ${size}: ${describeAudit(audit)}`).toBe(true);
        const counts = tally.get(size) ?? { pages: 0, cards: 0, markers: 0 };
        tally.set(size, { pages: counts.pages + 1, cards: counts.cards + audit.cards, markers: counts.markers + audit.markers });
      }
    } finally {
      await page.close();
    }
  });
});
