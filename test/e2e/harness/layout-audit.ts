import type { TestPage } from './test-page';

/** The window sizes people use: laptop, small laptop, a phone (Firefox for Android), and 1280×800 at 200 % zoom. */
export const LAYOUT_SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '390x844', width: 390, height: 844 },
  // Zooming to 200 % halves the viewport in CSS pixels, which is all a page's layout sees.
  { name: '200% zoom', width: 640, height: 400 },
] as const;

/** A page control or text run counts as covered when a card of ours hides at least this share of it. */
export const COVERED_SHARE = 0.2;

/** What our resting UI hides of the page, read as a person would see it. */
export interface LayoutAudit {
  /** The page's links, buttons, fields and labels under a card of ours. */
  readonly coveredControls: readonly string[];
  /** Runs of the page's text under a card of ours. */
  readonly coveredText: readonly string[];
  /** Pairs of our cards over one another. */
  readonly overlaps: readonly string[];
  /** Our cards not wholly inside the viewport. */
  readonly offScreen: readonly string[];
  /** How many hints rest as cards next to their element, and how many as markers. */
  readonly cards: number;
  readonly markers: number;
}

export const isClean = (audit: LayoutAudit): boolean =>
  audit.coveredControls.length + audit.coveredText.length + audit.overlaps.length + audit.offScreen.length === 0;

/**
 * Reads, in the page, every box of ours a person sees at rest (hint cards, markers, the docked panel, the
 * « Page blank? » button and its panel) and every visible control and text run of the page, and says which
 * of the page's are covered. The field outlines are left out: they frame a field without covering it.
 */
export function auditLayout(page: TestPage): Promise<LayoutAudit> {
  return page.raw.evaluate((share) => {
    type Rect = { left: number; top: number; right: number; bottom: number };
    const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
    const shown = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden' && Number(getComputedStyle(element).opacity) > 0;
    };
    const ours = [...(root?.querySelectorAll('.floating .card, .marker, .dock, .help-launcher, .help-panel') ?? [])].filter(shown).map((element) => ({
      name: element.getAttribute('data-hint') ?? element.getAttribute('data-marker-for') ?? element.className,
      rect: element.getBoundingClientRect() as Rect,
    }));
    const overlap = (a: Rect, b: Rect) =>
      Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
    const area = (rect: Rect) => (rect.right - rect.left) * (rect.bottom - rect.top);
    const inViewport = (rect: Rect) => rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight;
    const coveredBy = (rect: Rect) => {
      const hidden = ours.reduce((sum, card) => sum + overlap(rect, card.rect), 0);
      return area(rect) > 0 && hidden / area(rect) >= share ? ours.find((card) => overlap(rect, card.rect) > 0)!.name : undefined;
    };
    const label = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 50);

    const coveredControls: string[] = [];
    for (const control of document.querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea, label, summary, [role=button], [role=link]',
    )) {
      if (!shown(control)) continue;
      const rect = control.getBoundingClientRect();
      if (!inViewport(rect)) continue;
      const by = coveredBy(rect);
      if (by)
        coveredControls.push(
          `${control.tagName.toLowerCase()} « ${label(control.textContent || control.getAttribute('aria-label') || control.getAttribute('name') || '')} » under ${by}`,
        );
    }
    const coveredText: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.nodeValue?.trim() || !parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|OPTION)$/.test(parent.tagName) || !shown(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        if (!inViewport(line)) continue;
        const by = coveredBy(line);
        if (by) {
          coveredText.push(`« ${label(node.nodeValue)} » under ${by}`);
          break;
        }
      }
    }
    const overlaps: string[] = [];
    for (const [i, a] of ours.entries())
      for (const b of ours.slice(i + 1)) if (overlap(a.rect, b.rect) > 1) overlaps.push(`${a.name} over ${b.name}`);
    const offScreen = ours
      .filter(({ rect }) => rect.left < 0 || rect.top < 0 || rect.right > innerWidth + 0.5 || rect.bottom > innerHeight + 0.5)
      .map(({ name }) => name);
    const resting = (kind: string) => [...(root?.querySelectorAll(`.floating[data-rest="${kind}"]`) ?? [])].length;
    return { coveredControls, coveredText, overlaps, offScreen, cards: resting('card'), markers: resting('marker') };
  }, COVERED_SHARE);
}

/** Waits until our boxes stop moving (two reads 100 ms apart agree), as a person would before reading. */
export async function waitForRest(page: TestPage): Promise<void> {
  const read = () =>
    page.raw.evaluate(() => {
      const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
      return JSON.stringify(
        [...(root?.querySelectorAll('.floating, .marker, .dock, .help-launcher') ?? [])].map((element) => element.getBoundingClientRect()),
      );
    }, null);
  let last = await read();
  for (let tries = 0; tries < 30; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await read();
    if (now === last) return;
    last = now;
  }
}
