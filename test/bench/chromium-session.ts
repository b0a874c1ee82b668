import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { BROWSER_PATHS, CHROMIUM_FLAGS, EXTENSION_DIRS } from '../e2e/harness/browsers';
import type { FixtureServer } from '../e2e/harness/fixture-server';

/**
 * What the page's own world records for the bench, installed before any page script runs: when the first
 * hint became visible, and for each keystroke in a password field, the time from the key event to the
 * moment the extension's panel was updated and laid out. It only reads the overlay through the test
 * contract's hooks (the open shadow root of `[data-cnrs-helper]`).
 */
function recordInPage(): void {
  const bench = { firstHintAt: null as number | null, keystrokes: [] as { ms: number; lengthState: string | null; length: number }[] };
  (window as unknown as { __bench: typeof bench }).__bench = bench;

  const visibleHint = (): boolean => {
    const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
    for (const hint of root?.querySelectorAll('[data-hint]') ?? []) {
      const box = hint.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && hint.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
    }
    return false;
  };
  // Hints fade in (opacity animates without any DOM change), so once our host is there, look every frame.
  const lookEveryFrame = () => {
    if (bench.firstHintAt !== null) return;
    if (visibleHint()) bench.firstHintAt = performance.now();
    else requestAnimationFrame(lookEveryFrame);
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

/** Chromium with the built extension, or the same Chromium without it, with the CNRS hosts mapped to the fixture server. */
export async function launchBenchChromium(server: FixtureServer, withExtension: boolean): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'cnrs-helper-bench-'));
  const extension = EXTENSION_DIRS.chromium;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSER_PATHS.chromium,
    headless: true,
    ignoreHTTPSErrors: true,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 800 },
    args: [
      ...CHROMIUM_FLAGS,
      ...(withExtension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : ['--disable-extensions']),
      `--host-resolver-rules=MAP *.cnrs.fr 127.0.0.1:${server.httpsPort}, MAP cnrs.fr 127.0.0.1:${server.httpsPort}`,
    ],
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  // tsx compiles this file keeping function names through an `__name` helper that the page does not have.
  await context.addInitScript({ content: `var __name = (target) => target; (${recordInPage.toString()})();` });
  return {
    withExtension,
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface InPageRecord {
  readonly firstHintAt: number | null;
  readonly keystrokes: readonly { ms: number; lengthState: string | null; length: number }[];
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
