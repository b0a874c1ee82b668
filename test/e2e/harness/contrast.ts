import type { TestPage } from './test-page';

/**
 * Contrast of what our overlay draws, measured in the page from computed styles.
 *
 * Why not axe's color-contrast alone: axe builds its picture of what lies under a text from the
 * elements inside <body>, and our host is a child of <html> (so that a page replacing its body keeps
 * the overlay: src/ui/host.ts). For our nodes axe can only answer "unable to determine". Every text of
 * ours sits on a surface of ours (card, dock, panel), so the background is found by walking up our own
 * elements to the first opaque one, compositing any translucent layer on the way.
 */

/** WCAG 1.4.3 (text, at our sizes) and 1.4.11 (graphics needed to understand the UI). */
export const TEXT_MINIMUM = 4.5;
export const GRAPHIC_MINIMUM = 3;

export interface ContrastReading {
  /** Which hint (or part of the UI) and which element. */
  readonly what: string;
  readonly ratio: number;
  readonly foreground: string;
  readonly background: string;
  /** Relative luminance of the background, to tell a light surface from a dark one. */
  readonly backgroundLuminance: number;
}

export interface ContrastReport {
  readonly texts: readonly ContrastReading[];
  readonly graphics: readonly ContrastReading[];
  /** Anything that makes a measurement impossible (no surface of ours behind a text, UI mid-fade). */
  readonly problems: readonly string[];
}

/** Measures every visible text of ours, and the graphics that carry meaning, against what is behind them. */
export function measureOverlayContrast(page: TestPage): Promise<ContrastReport> {
  return page.raw.evaluate(() => {
    type Rgba = readonly [number, number, number, number];
    const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
    const problems: string[] = [];
    if (!root) return { texts: [], graphics: [], problems: ['no overlay on the page'] };

    const parse = (css: string): Rgba => {
      const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css);
      if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
      const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(css);
      if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
      throw new Error(`Unreadable computed colour ${css}`);
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const alpha = top[3];
      return [0, 1, 2].map((i) => top[i]! * alpha + below[i]! * (1 - alpha)).concat(1) as unknown as Rgba;
    };
    const luminance = (colour: Rgba) => {
      const [r, g, b] = [0, 1, 2].map((i) => colour[i]! / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratioOf = (a: Rgba, b: Rgba) => {
      const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (high! + 0.05) / (low! + 0.05);
    };
    const show = (colour: Rgba) => `rgb(${colour.slice(0, 3).map(Math.round).join(' ')})`;
    /** The opaque colour behind an element: its own and its ancestors' backgrounds, down to the first opaque one. */
    const backdrop = (element: Element | null, fallback: Rgba | null): Rgba | null => {
      const layers: Rgba[] = [];
      for (let node = element; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        layers.push(colour);
        if (colour[3] >= 1) return layers.reverse().reduce((below, layer) => over(layer, below));
      }
      return fallback ? layers.reverse().reduce((below, layer) => over(layer, below), fallback) : null;
    };
    const describe = (element: Element) => {
      const hint = element.closest('[data-hint]')?.getAttribute('data-hint');
      const part = hint ?? (element.closest('[data-troubleshooting-panel]') ? 'troubleshooting panel' : 'overlay');
      return `${part}: <${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    };
    const isShown = (element: Element) => {
      const rect = element.getBoundingClientRect();
      // 1 px boxes are the visually-hidden texts meant for screen readers only.
      return rect.width > 1 && rect.height > 1 && getComputedStyle(element).visibility === 'visible';
    };
    const settled = (element: Element) => {
      for (let node: Element | null = element; node; node = node.parentElement) if (Number(getComputedStyle(node).opacity) < 1) return false;
      return true;
    };
    const reading = (element: Element, foreground: Rgba, background: Rgba) => ({
      what: describe(element),
      ratio: Math.round(ratioOf(over(foreground, background), background) * 100) / 100,
      foreground: show(over(foreground, background)),
      background: show(background),
      backgroundLuminance: luminance(background),
    });

    const texts = [];
    for (const element of root.querySelectorAll('*')) {
      if (element instanceof SVGElement || !isShown(element)) continue;
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      if (!ownText) continue;
      if (!settled(element)) problems.push(`${describe(element)} is still fading in`);
      const background = backdrop(element, null);
      if (!background) {
        problems.push(`${describe(element)} has no opaque surface of ours behind it`);
        continue;
      }
      texts.push(reading(element, parse(getComputedStyle(element).color), background));
    }

    // Graphics that say something: the rule icons and the strength meter (also said in words, but
    // they should still be seen), and the outline around a field, drawn over the page.
    const graphics = [];
    for (const element of root.querySelectorAll('.rule-icon, .meter .on')) {
      if (!isShown(element)) continue;
      const background = backdrop(element.parentElement, null);
      if (background) graphics.push(reading(element, parse(getComputedStyle(element).backgroundColor), background));
      else problems.push(`${describe(element)} has no opaque surface of ours behind it`);
    }
    const host = root.host;
    for (const ring of root.querySelectorAll('.ring')) {
      if (!isShown(ring)) continue;
      const rect = ring.getBoundingClientRect();
      // The page under the ring's line, as the person sees it there (the canvas is white when the page paints nothing).
      const under = document.elementsFromPoint(rect.left + 1, rect.top + rect.height / 2).find((element) => element !== host);
      const pageBackground = backdrop(under ?? null, [255, 255, 255, 1]);
      graphics.push(reading(ring, parse(getComputedStyle(ring).borderLeftColor), pageBackground!));
    }
    return { texts, graphics, problems };
  }, null);
}

/** The readings below their minimum, one line each, for an assertion message. */
export function contrastFailures(report: ContrastReport): string[] {
  return [
    ...report.problems,
    ...report.texts
      .filter((text) => text.ratio < TEXT_MINIMUM)
      .map((text) => `text ${text.what}: ${text.ratio}:1 (${text.foreground} on ${text.background})`),
    ...report.graphics
      .filter((graphic) => graphic.ratio < GRAPHIC_MINIMUM)
      .map((graphic) => `graphic ${graphic.what}: ${graphic.ratio}:1 (${graphic.foreground} on ${graphic.background})`),
  ];
}
