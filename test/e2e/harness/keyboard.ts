import type { TestPage } from './test-page';

/** Where Tab stopped inside our overlay. */
export interface FocusStop {
  /** The hint the control (or marker) belongs to, or `troubleshooting`, or `other`. */
  readonly part: string;
  /** The focus indicator: its style, width, and its contrast with the colours on either side of it. */
  readonly outline: { readonly style: string; readonly width: number; readonly ratio: number };
  /** What a screen reader says after the control's name (aria-describedby), if anything. */
  readonly description: string | null;
}

/** Moves focus to the page's last control, from where the next Tab leaves the page's own controls. */
export function focusLastPageControl(page: TestPage): Promise<void> {
  return page.raw.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !(element as HTMLInputElement).disabled &&
        (element as HTMLInputElement).type !== 'hidden' &&
        element.getClientRects().length > 0,
    );
    controls.at(-1)?.focus();
  }, null);
}

/** Where focus is, when it is in our overlay; null when it is in the page (or nowhere). */
export function focusStop(page: TestPage): Promise<FocusStop | null> {
  return page.raw.evaluate(() => {
    const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
    const active = root?.activeElement;
    if (!root || !active || document.activeElement !== root.host) return null;
    const part =
      active.closest('[data-hint]')?.getAttribute('data-hint') ??
      active.closest('[data-marker-for]')?.getAttribute('data-marker-for') ??
      (active.closest('[data-troubleshooting], [data-troubleshooting-panel]') ? 'troubleshooting' : 'other');
    type Rgba = readonly [number, number, number, number];
    const parse = (css: string): Rgba => {
      const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
      if (!rgb) throw new Error(`Unreadable colour ${css}`);
      return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
    };
    const over = (top: Rgba, below: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + below[i]! * (1 - top[3])).concat(1) as unknown as Rgba;
    const luminance = (colour: Rgba) => {
      const [r, g, b] = [0, 1, 2].map((i) => colour[i]! / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: Rgba, b: Rgba) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);
    const opaqueBackground = (from: Element | null): Rgba | null => {
      for (let node = from; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour[3] >= 1) return colour;
      }
      return null;
    };
    const style = getComputedStyle(active);
    const rect = active.getBoundingClientRect();
    const offset = parseFloat(style.outlineOffset);
    const width = parseFloat(style.outlineWidth);
    // Outside the ring: the surface of ours the control sits on, or else the page just beyond the ring.
    const beyond = document.elementsFromPoint(rect.left - offset - width - 2, rect.top + rect.height / 2).find((element) => element !== root.host);
    const outside = opaqueBackground(active.parentElement) ?? opaqueBackground(beyond ?? null) ?? [255, 255, 255, 1];
    // Inside the ring: the control itself when the ring touches it; across a gap, a band drawn in the
    // gap (a box-shadow with no blur, at least as wide as the gap), or else what is outside.
    const band = /^(rgba?\([^)]*\)) 0px 0px 0px ([\d.]+)px/.exec(style.boxShadow);
    const inside =
      offset <= 0 ? over(parse(style.backgroundColor), outside) : band && parseFloat(band[2]!) >= offset ? over(parse(band[1]!), outside) : outside;
    const ring = over(parse(style.outlineColor), outside);
    // A ring is seen when it stands out from either side of it.
    const ratio = Math.max(contrast(ring, inside), contrast(ring, outside));
    const describedBy = active.getAttribute('aria-describedby');
    return {
      part,
      outline: { style: style.outlineStyle, width, ratio: Math.round(ratio * 100) / 100 },
      description: describedBy ? (root.getElementById(describedBy)?.textContent ?? '') : null,
    };
  }, null);
}

/**
 * Focusing a control may scroll the page, and the overlay follows: a card whose field comes on screen
 * leaves the dock for its place, and the other way round. Waits for that to be done (two frames for the
 * observers to report, then every card placed), or Tab would run through an overlay being re-rendered.
 */
export async function letOverlayFollow(page: TestPage): Promise<void> {
  await page.raw.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))), null);
  await page.waitFor(
    () => {
      const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
      return root && [...root.querySelectorAll('.floating')].every((card) => card.hasAttribute('data-placement')) ? true : null;
    },
    null,
    'the overlay to follow the focused control',
  );
}

/** Tabs from the page's last control through our overlay, up to the troubleshooting button (always last). */
export async function tabThroughOverlay(page: TestPage): Promise<FocusStop[]> {
  await focusLastPageControl(page);
  await letOverlayFollow(page);
  const stops: FocusStop[] = [];
  // A few more presses than our controls, in case the page has a control after the one found last.
  for (let presses = 0; presses < 30; presses += 1) {
    await page.press('Tab');
    const stop = await focusStop(page);
    if (stop) stops.push(stop);
    if (stop?.part === 'troubleshooting') break;
  }
  return stops;
}
