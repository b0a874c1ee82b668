import { anchorOf } from '../expected-hints';
import { findHintPlaceBox } from './anchors';
import { type Box, gapBetween, type TestPage } from './test-page';

/** A hint is "next to" its element when the gap between the two boxes is at most this. */
export const NEXT_TO_PX = 24;
const PAINT_TIMEOUT_MS = 10_000;

/** The selector, inside our shadow root, of one hint's card. */
export const cardOf = (hintId: string): string => `[data-hint="${hintId}"]`;

/** What a person can see of one element of the overlay (a hint card, a button), judged from the page. */
export interface Painted {
  readonly box: Box;
  readonly docked: boolean;
  /** Wholly inside the viewport. */
  readonly inViewport: boolean;
  /**
   * Nothing of the page is painted over the element's centre: the page's topmost element there is our
   * host, once every page element takes clicks (so that an overlay letting clicks through, a watermark
   * say, still counts as covering). A host made inert by a modal dialog is not hit either. (Whether one
   * of our own cards overlaps another is the layout's business, not the page's.)
   */
  readonly onTop: boolean;
  /** What is on top there: a page element, or which of ours (for the failure message). */
  readonly covering: string;
}

/** Reads one overlay element's state in the page; null while it is not laid out. */
function readPainted(page: TestPage, selector: string): Promise<Painted | null> {
  return page.raw.evaluate((css) => {
    const host = document.querySelector('[data-cnrs-helper]');
    const root = host?.shadowRoot;
    const card = root?.querySelector(css);
    if (!host || !root || !card) return null;
    const rect = card.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return null;
    const x = rect.x + rect.width / 2;
    const y = rect.y + rect.height / 2;
    // For the time of one hit test, every element of the page takes clicks (our host keeps its own inline
    // !important pointer-events, and the page's styles do not reach into its shadow root).
    const probe = Document.prototype.createElement.call(document, 'style');
    probe.textContent = '* { pointer-events: auto !important; }';
    document.head.append(probe);
    const top = document.elementFromPoint(x, y);
    const inner = root.elementFromPoint(x, y);
    probe.remove();
    const describe = (element: Element | null) =>
      element ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.className}` : 'nothing';
    return {
      box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      docked: card.closest('.dock') !== null,
      inViewport: rect.left >= 0 && rect.top >= 0 && rect.right <= innerWidth && rect.bottom <= innerHeight,
      onTop: top === host,
      covering: top === host ? `our ${describe(inner)}` : describe(top),
    };
  }, selector);
}

/**
 * Waits until the overlay element is painted where a person can see it: non-zero, inside the viewport,
 * with nothing of the page over it, and docked or not as asked; fails with the last state seen otherwise.
 */
export async function expectPainted(page: TestPage, selector: string, where: 'anchored' | 'docked' | 'either' = 'either'): Promise<Painted> {
  const deadline = Date.now() + PAINT_TIMEOUT_MS;
  const hintId = /^\[data-hint="([^"]+)"\]$/.exec(selector)?.[1];
  for (;;) {
    // A hint resting as its marker is read once opened, as a person reads it.
    if (hintId) await page.revealHint(hintId).catch(() => false);
    const last = await readPainted(page, selector).catch(() => null);
    const placed = where === 'either' || (where === 'docked') === last?.docked;
    if (last && last.inViewport && last.onTop && placed) return last;
    if (Date.now() > deadline) {
      throw new Error(`${selector} is not painted (${where}): ${JSON.stringify(last)}; the tab's errors: ${JSON.stringify(page.errors)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Brings the hint's element to the middle of the viewport, as a person reading about it would, then
 * checks that the hint is painted next to it (not docked). Returns the gap in pixels.
 */
export async function expectPaintedNextToItsElement(page: TestPage, hintId: string): Promise<number> {
  const query = anchorOf(hintId);
  await page.scrollIntoView(query);
  const deadline = Date.now() + PAINT_TIMEOUT_MS;
  for (;;) {
    const hint = await expectPainted(page, cardOf(hintId), 'anchored');
    const gap = gapBetween(hint.box, await findHintPlaceBox(page, hintId, query));
    if (gap <= NEXT_TO_PX) return gap;
    // A page that just moved its elements is followed within a layout; only a lasting gap is a failure.
    if (Date.now() > deadline) throw new Error(`${hintId} is ${Math.round(gap)} px from its element`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The page ids of every overlay host seen on the page, recorded by a page-world observer. */
export interface HostHistory {
  /** The most hosts the document held at once, at any change of the document. */
  readonly most: number;
  /** The data-page of the host, each time it changed ('' when there was none). */
  readonly pages: readonly string[];
}

/** Starts recording, from inside the page, how many overlay hosts it holds at every change. */
export async function recordHosts(page: TestPage): Promise<void> {
  await page.raw.evaluate(() => {
    const record = { most: 0, pages: [] as string[] };
    const look = () => {
      const hosts = document.querySelectorAll('[data-cnrs-helper]');
      record.most = Math.max(record.most, hosts.length);
      const current = hosts[0]?.getAttribute('data-page') ?? '';
      if (record.pages[record.pages.length - 1] !== current) record.pages.push(current);
    };
    look();
    new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-page'] });
    (globalThis as unknown as { hostHistory: typeof record }).hostHistory = record;
  }, null);
}

export function hostHistory(page: TestPage): Promise<HostHistory> {
  return page.raw.evaluate(() => (globalThis as unknown as { hostHistory: HostHistory }).hostHistory, null);
}
