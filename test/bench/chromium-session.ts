import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { EXTENSION_DIRS, launchChromiumContext } from '../e2e/harness/browsers';
import type { FixtureServer } from '../e2e/harness/fixture-server';

/**
 * Logged by the page when the first hint becomes visible. The bench waits for it rather than polling the
 * page: a poll (Playwright's waitForFunction) evaluates Playwright's own script in the page right after
 * DOMContentLoaded, 20 ms of main-thread work measured in a trace, charged to the extension's first hint.
 */
export const FIRST_HINT_MESSAGE = 'cnrs-helper-bench: first hint visible';

/**
 * What the page's own world records for the bench, installed before any page script runs: when the first
 * hint became visible, and for each keystroke in a password field, the time from the key event to the
 * moment the extension's panel was updated and laid out. It only reads the overlay through the test
 * contract's hooks (the open shadow root of `[data-cnrs-helper]`).
 */
function recordInPage(firstHintMessage: string): void {
  const bench = { firstHintAt: null as number | null, keystrokes: [] as { ms: number; lengthState: string | null; length: number }[] };
  (window as unknown as { __bench: typeof bench }).__bench = bench;

  const visibleHint = (): boolean => {
    const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
    // A card, or the marker a hint rests as where a card would cover the page.
    for (const hint of root?.querySelectorAll('[data-hint], [data-marker-for]') ?? []) {
      const box = hint.getBoundingClientRect();
      if (
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.top < innerHeight &&
        hint.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      )
        return true;
    }
    return false;
  };
  // A hint's first frame may come after the last change of our DOM (its layout and slide-in run in
  // animation frames), so once our host is there, look every frame.
  const lookEveryFrame = () => {
    if (bench.firstHintAt !== null) return;
    if (!visibleHint()) return void requestAnimationFrame(lookEveryFrame);
    bench.firstHintAt = performance.now();
    console.debug(firstHintMessage);
  };
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-cnrs-helper]')) return;
    observer.disconnect();
    lookEveryFrame();
  });
  observer.observe(document, { childList: true, subtree: true });

  let keyDownAt: number | null = null;
  addEventListener('keydown', (event) => (keyDownAt = event.timeStamp), true);
  // Bubbling to the window comes after the field's own listeners (the extension's) and their re-render.
  addEventListener('input', (event) => {
    if (keyDownAt === null) return;
    const panel = document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-password-rules]');
    panel?.getBoundingClientRect(); // the update's style and layout are part of the latency
    const length = [...((event.target as HTMLInputElement).value ?? '')].length;
    const lengthState = panel?.querySelector('[data-rule="length"]')?.getAttribute('data-state') ?? null;
    bench.keystrokes.push({ ms: performance.now() - keyDownAt, lengthState, length });
    keyDownAt = null;
  });
}

export interface ChromiumSession {
  readonly withExtension: boolean;
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with the built extension, or the same Chromium without it, started as the e2e suites start it. */
export async function launchBenchChromium(server: FixtureServer, withExtension: boolean): Promise<ChromiumSession> {
  const { context, close } = await launchChromiumContext(server, 'fr', { extensionDir: withExtension ? EXTENSION_DIRS.chromium : null });
  // tsx compiles this file keeping function names through an `__name` helper that the page does not have.
  await context.addInitScript({ content: `var __name = (target) => target; (${recordInPage.toString()})(${JSON.stringify(FIRST_HINT_MESSAGE)});` });
  return { withExtension, context, newPage: () => context.newPage(), close };
}

export interface InPageRecord {
  readonly firstHintAt: number | null;
  readonly keystrokes: readonly { ms: number; lengthState: string | null; length: number }[];
}

/**
 * Navigates the page to the URL and waits, without running anything in the page, until its first hint is
 * visible; returns when that was, in milliseconds from the navigation's start.
 */
export async function loadUntilFirstHint(page: Page, url: string, waitUntil: 'domcontentloaded' | 'load' = 'domcontentloaded'): Promise<number> {
  let onConsole: ((message: ConsoleMessage) => void) | undefined;
  const shown = new Promise<void>((resolve) => {
    onConsole = (message) => {
      if (message.text() === FIRST_HINT_MESSAGE) resolve();
    };
    page.on('console', onConsole);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no hint became visible within 10 s on ${url}`)), 10_000);
  });
  try {
    await page.goto(url, { waitUntil });
    await Promise.race([shown, timeout]);
  } finally {
    clearTimeout(timer);
    page.off('console', onConsole!);
  }
  return (await readRecord(page)).firstHintAt!;
}

export async function readRecord(page: Page): Promise<InPageRecord> {
  return page.evaluate(() => (window as unknown as { __bench: InPageRecord }).__bench);
}

/** The navigation's milestones, in milliseconds from its start. */
export async function navigationTiming(page: Page): Promise<{ domContentLoaded: number; load: number }> {
  return page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return { domContentLoaded: entry!.domContentLoadedEventStart, load: entry!.loadEventEnd };
  });
}
