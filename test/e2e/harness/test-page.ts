import { type AnchorQuery, findAnchorBox } from './anchors';
/**
 * What the scenarios need from a tab, written once over the part of the API that Playwright's and
 * Puppeteer's pages share. Everything about the overlay is read the way a black-box test must: through
 * the test contract's hooks (`[data-cnrs-helper]`, its open shadow root, `[data-hint]`).
 */
export interface RawPage {
  goto(url: string, options?: { waitUntil?: 'load' }): Promise<unknown>;
  reload(options?: { waitUntil?: 'load' }): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  keyboard: { press(key: string): Promise<void>; type(text: string, options?: { delay?: number }): Promise<void> };
  mouse: { click(x: number, y: number): Promise<void>; move(x: number, y: number): Promise<void> };
  screenshot(options: { path?: string; clip?: Box }): Promise<unknown>;
  /** Playwright's way to resize the viewport … */
  setViewportSize?(size: { width: number; height: number }): Promise<void>;
  /** … and Puppeteer's. */
  setViewport?(size: { width: number; height: number }): Promise<void>;
  close(): Promise<void>;
  /** Console messages, uncaught errors and requests of the page, as both Playwright and Puppeteer report them. */
  on(event: 'console', listener: (message: { text(): string; type(): string }) => void): unknown;
  on(event: 'pageerror', listener: (error: Error) => void): unknown;
  on(event: 'request', listener: (request: { url(): string }) => void): unknown;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What a person sees of one hint. */
export interface HintView {
  readonly text: string;
  /** The card's box in the viewport. */
  readonly box: Box;
  /** Whether it sits in the docked panel rather than next to its field. */
  readonly docked: boolean;
  /** The live check's verdict (data-state) when the hint has one. */
  readonly checkState: string | null;
  readonly checkText: string | null;
}

const DEFAULT_TIMEOUT_MS = 10_000;

export class TestPage {
  /** Everything the page logged to its console since it was opened. */
  readonly consoleMessages: string[] = [];
  /** The URL of every request the page made since it was opened. */
  readonly requestUrls: string[] = [];
  /**
   * Every uncaught error and unhandled rejection of the tab, message and stack, in any of its scripts:
   * the page's own, and the extension's content scripts (test/e2e/hostile.e2e.ts proves that these are
   * seen in both browsers), plus every console error, which is where a content script's loader reports
   * a module that failed to load.
   */
  readonly errors: string[] = [];

  constructor(readonly raw: RawPage) {
    raw.on('console', (message) => {
      this.consoleMessages.push(message.text());
      if (message.type() === 'error') this.errors.push(`console.error: ${message.text()}`);
    });
    raw.on('pageerror', (error) => this.errors.push(`${error.message}\n${error.stack ?? ''}`));
    raw.on('request', (request) => this.requestUrls.push(request.url()));
  }

  async goto(url: string): Promise<void> {
    await this.raw.goto(url, { waitUntil: 'load' });
  }

  async reload(): Promise<void> {
    await this.raw.reload({ waitUntil: 'load' });
  }

  /** Polls a condition evaluated in the page until it returns a non-null value. */
  async waitFor<R, A>(fn: (arg: A) => R | null, arg: A, what: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<R> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // A page that is navigating has no context to evaluate in for a moment: look again.
      const value = await this.raw.evaluate(fn, arg).catch(() => null);
      if (value !== null && value !== undefined) return value as R;
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The data-page of every overlay host on the page (the contract wants at most one). */
  overlayPages(): Promise<string[]> {
    return this.raw.evaluate(() => [...document.querySelectorAll('[data-cnrs-helper]')].map((host) => host.getAttribute('data-page') ?? ''), null);
  }

  /** The ids of the hints shown, in document order. */
  hintIds(): Promise<string[]> {
    return this.raw.evaluate(() => {
      const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
      return [...(root?.querySelectorAll('[data-hint]') ?? [])].map((hint) => hint.getAttribute('data-hint') ?? '');
    }, null);
  }

  /**
   * Waits until the hint is on screen as its card or, resting as its marker, as the marker: what a person
   * sees without pointing at anything. For a page behind another tab, where pointing reaches nothing.
   */
  async waitForHintOrMarker(hintId: string): Promise<void> {
    await this.waitFor(
      (id) => {
        const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
        const hint = root?.querySelector(`[data-hint="${id}"]`);
        const floating = hint?.closest<HTMLElement>('.floating');
        const shown = floating?.dataset.rest === 'marker' ? root?.querySelector(`[data-marker-for="${id}"]`) : hint;
        const rect = shown?.getBoundingClientRect();
        return rect && rect.width > 0 && rect.height > 0 ? true : null;
      },
      hintId,
      `hint ${hintId} or its marker`,
    );
  }

  /**
   * Opens a hint that rests as its marker (no free space beside its element) by pointing at the marker,
   * or the docked panel collapsed to its button by clicking that, the way a person would. Says whether
   * there was one to open.
   */
  async revealHint(hintId: string): Promise<boolean> {
    const marker = await this.raw.evaluate((id) => {
      const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
      const hint = root?.querySelector(`[data-hint="${id}"]`);
      const box = (element: Element | null | undefined) => {
        const rect = element?.getBoundingClientRect();
        return rect && rect.width > 0 ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
      };
      // Docked, in a panel collapsed to its button (it would have covered a control): that button.
      const dock = hint?.closest('.dock');
      if (dock)
        return dock.closest('[data-collapsed]') && !dock.hasAttribute('data-open')
          ? { click: true, box: box(dock.querySelector('.dock-marker')) }
          : null;
      const floating = hint?.closest<HTMLElement>('.floating');
      if (floating?.dataset.rest !== 'marker' || floating.hasAttribute('data-open')) return null;
      return { click: false, box: box(root!.querySelector(`[data-marker-for="${id}"]`)) };
    }, hintId);
    if (!marker?.box) return false;
    // A marker opens under the pointer, and closes again when the pointer goes on to the page.
    if (marker.click) await this.clickAt(marker.box);
    else await this.hoverAt(marker.box);
    return true;
  }

  /**
   * Waits until the hint is shown and laid out, and returns what it looks like. A hint resting as its
   * marker, or in a collapsed docked panel, is opened the way a person would (revealHint).
   */
  async waitForHint(hintId: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<HintView> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.revealHint(hintId).catch(() => false);
      const view = await this.raw
        .evaluate((id) => {
          const hint = document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector(`[data-hint="${id}"]`);
          if (!hint || hint.closest('.floating[data-rest="marker"]:not([data-open])')) return null;
          const rect = hint.getBoundingClientRect();
          if (rect.width === 0 || rect.height === 0) return null;
          const check = hint.querySelector('[data-check]');
          return {
            text: hint.querySelector('.text')?.textContent ?? '',
            box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
            docked: hint.closest('.dock') !== null,
            checkState: check?.getAttribute('data-state') ?? null,
            checkText: check?.textContent ?? null,
          };
        }, hintId)
        .catch(() => null);
      if (view) return view;
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for hint ${hintId}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The box of the first page element matching a selector (in the page's own DOM), scrolled into view. */
  boxOf(selector: string): Promise<Box> {
    return this.waitFor(
      (css) => {
        const element = document.querySelector(css);
        if (!element) return null;
        let rect = element.getBoundingClientRect();
        if (rect.top < 0 || rect.bottom > innerHeight) {
          element.scrollIntoView({ block: 'center', behavior: 'instant' });
          rect = element.getBoundingClientRect();
        }
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      },
      selector,
      `element ${selector}`,
    );
  }

  /** Clicks like a person: with the mouse, at the centre of the element (which may be in our overlay). */
  async clickAt(box: Box): Promise<void> {
    await this.raw.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /**
   * Scrolls the page so that the element a hint is about is in the middle of the viewport, and lets two
   * frames pass: scroll events are only dispatched at the next frame, and what follows them (our cards)
   * moves then.
   */
  async scrollIntoView(query: AnchorQuery): Promise<void> {
    await findAnchorBox(this, query, true);
    await this.raw.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))), null);
  }

  async hoverAt(box: Box): Promise<void> {
    await this.raw.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Picks the next option of a select with the keyboard, as a person without a mouse would. */
  async chooseNextOption(selector: string): Promise<void> {
    await this.raw.evaluate((css) => document.querySelector<HTMLElement>(css)?.focus(), selector);
    await this.raw.keyboard.press('ArrowDown');
  }

  /** What the overlay shows for an element of its own, by selector inside the shadow root. */
  overlayBox(selector: string): Promise<Box | null> {
    return this.raw.evaluate((css) => {
      const rect = document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector(css)?.getBoundingClientRect();
      return rect && rect.width > 0 ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
    }, selector);
  }

  overlayText(selector: string): Promise<string | null> {
    return this.raw.evaluate((css) => document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector(css)?.textContent ?? null, selector);
  }

  /** Waits until the overlay has no element matching the selector. */
  async waitForNoOverlay(selector: string, what: string): Promise<void> {
    await this.waitFor((css) => (document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector(css) ? null : true), selector, what);
  }

  async clickDismiss(hintId: string): Promise<void> {
    // Shown and laid out first (opened from its marker if it rests as one): before its first layout a card
    // is hidden, and a click on its button would land on the page.
    await this.waitForHint(hintId);
    const box = await this.waitFor(
      (id) => {
        const button = document
          .querySelector('[data-cnrs-helper]')
          ?.shadowRoot?.querySelector(`[data-hint="${id}"] button.dismiss`)
          ?.getBoundingClientRect();
        return button ? { x: button.x, y: button.y, width: button.width, height: button.height } : null;
      },
      hintId,
      `dismiss button of ${hintId}`,
    );
    await this.clickAt(box);
  }

  /** Moves keyboard focus onto the hint's dismiss button, as Tab would. */
  async focusHint(hintId: string): Promise<void> {
    await this.raw.evaluate((id) => {
      const button = document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector<HTMLElement>(`[data-hint="${id}"] button.dismiss`);
      button?.focus();
    }, hintId);
  }

  async press(key: string): Promise<void> {
    await this.raw.keyboard.press(key);
  }

  /** Focuses a page field by clicking it, then types into it key by key. */
  async typeInto(selector: string, text: string): Promise<void> {
    await this.clickAt(await this.boxOf(selector));
    await this.raw.keyboard.type(text);
  }

  async clearField(selector: string): Promise<void> {
    await this.clickAt(await this.boxOf(selector));
    await this.raw.evaluate((css) => {
      const field = document.querySelector<HTMLInputElement>(css);
      field?.select();
    }, selector);
    await this.raw.keyboard.press('Backspace');
  }

  /** The element that has keyboard focus, described by its id or tag. */
  focusedElement(): Promise<string> {
    return this.raw.evaluate(() => {
      const active = document.activeElement;
      return active ? active.id || active.tagName.toLowerCase() : '';
    }, null);
  }

  screenshot(path: string): Promise<unknown> {
    return this.raw.screenshot({ path });
  }

  /** Gives the viewport this size in CSS pixels (a smaller window, a phone, a zoomed page). */
  async resize(width: number, height: number): Promise<void> {
    if (this.raw.setViewportSize) await this.raw.setViewportSize({ width, height });
    else if (this.raw.setViewport) await this.raw.setViewport({ width, height });
    else throw new Error('This browser driver cannot resize the viewport');
  }

  /** A screenshot of one region of the viewport. */
  screenshotOf(path: string, clip: Box): Promise<unknown> {
    return this.raw.screenshot({ path, clip });
  }

  close(): Promise<void> {
    return this.raw.close();
  }
}

/** The distance between two boxes (0 when they touch or overlap). */
export function gapBetween(a: Box, b: Box): number {
  const dx = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}
