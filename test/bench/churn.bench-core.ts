/**
 * What the extension costs pages that never stop changing (churn-pages.ts): its main-thread share of a
 * 10 s window once the page has loaded, its longest task, and the page's own 16 ms timer beside the same
 * page without the extension; and its first look at a static 5 MB page.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumSession } from './chromium-session';
import { type ChurnPage, churnPages, staticBigPage } from './churn-pages';
import { profileExtensionTime } from './cpu-profile';
import { milliseconds } from './figures';
import type { Budget } from './extension.bench-core';

const WINDOW_MS = 10_000;
/** After the load: the first look is made, the watcher has settled into its pace. */
const SETTLE_MS = 1_500;
/** The budgets of the watcher on a page that keeps changing. */
const MOST_SHARE = 0.02;
const LONGEST_TASK_MS = 50;
const FIRST_LOOK_MS = 30;

async function open(session: ChromiumSession, churn: ChurnPage): Promise<Page> {
  const page = await session.newPage();
  await page.route(churn.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: churn.html }));
  return page;
}

const ticks = (page: Page) => page.evaluate(() => (window as unknown as { __ticks?: number }).__ticks ?? 0);

/** Whether the overlay shows hints (through the test contract's open shadow root). */
const hintsShown = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelectorAll('[data-hint]').length ?? 0);

/** The extension's time from the navigation to SETTLE_MS after the load: its first look and what it starts. */
const profileLoad = (cdp: CDPSession, page: Page, churn: ChurnPage) =>
  profileExtensionTime(cdp, async () => {
    await page.goto(churn.url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
  });

async function churnWindow(session: ChromiumSession, churn: ChurnPage) {
  const page = await open(session, churn);
  try {
    const cdp = await page.context().newCDPSession(page);
    // The load and the first look, apart from the window: its longest task counts as well.
    const load = await profileLoad(cdp, page, churn);
    const before = await ticks(page);
    const time = await profileExtensionTime(cdp, () => page.waitForTimeout(WINDOW_MS));
    const pageTicks = (await ticks(page)) - before;
    const hints = await hintsShown(page);
    await cdp.detach();
    return { ...time, load, pageTicks, hints };
  } finally {
    await page.close();
  }
}

async function firstLook(session: ChromiumSession, churn: ChurnPage) {
  const page = await open(session, churn);
  try {
    const cdp = await page.context().newCDPSession(page);
    const time = await profileLoad(cdp, page, churn);
    await cdp.detach();
    return time;
  } finally {
    await page.close();
  }
}

export async function benchChurn(sessions: { with: ChromiumSession; without: ChromiumSession }, lines: string[], budgets: Budget[]): Promise<void> {
  lines.push(`Pages that keep changing: the extension's main-thread time in a ${WINDOW_MS / 1000} s window, ${SETTLE_MS / 1000} s after the load:`);
  for (const churn of churnPages()) {
    const withIt = await churnWindow(sessions.with, churn);
    const without = await churnWindow(sessions.without, churn);
    const share = withIt.totalMs / WINDOW_MS;
    lines.push(
      `  ${churn.name}: ${milliseconds(withIt.totalMs)} (${(share * 100).toFixed(2)} %), longest ${milliseconds(withIt.longestMs)}; ` +
        `the load and first look ${milliseconds(withIt.load.totalMs)}, longest ${milliseconds(withIt.load.longestMs)}; ` +
        `the page's 16 ms timer ran ${withIt.pageTicks} times with, ${without.pageTicks} without` +
        (churn.recognised ? `; ${withIt.hints} hints shown` : ''),
    );
    budgets.push({
      label: `extension share of a ${WINDOW_MS / 1000} s window: ${churn.name}`,
      value: share * 100,
      limit: MOST_SHARE * 100,
      unit: '%',
    });
    const longest = Math.max(withIt.longestMs, withIt.load.longestMs);
    budgets.push({ label: `longest extension task, the load included: ${churn.name}`, value: longest, limit: LONGEST_TASK_MS, unit: 'ms' });
    // Cheap because it gave up would not count: a recognised page must still show its hints.
    if (churn.recognised)
      budgets.push({ label: `hints shown: ${churn.name}`, value: withIt.hints > 0 ? 0 : 1, limit: 0, unit: 'pages without hints' });
  }
  const big = staticBigPage();
  const look = await firstLook(sessions.with, big);
  lines.push(`  ${big.name}, the first look: ${milliseconds(look.totalMs)}, longest ${milliseconds(look.longestMs)}`);
  budgets.push({ label: `extension time on loading a ${big.name}`, value: look.totalMs, limit: FIRST_LOOK_MS, unit: 'ms' });
}
