import { computePosition, offset, type Placement, shift, type VirtualElement } from '@floating-ui/dom';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Placements tried for each card, in order of preference: beside the field first, reading direction. */
const PLACEMENTS: readonly Placement[] = ['right-start', 'right', 'bottom-start', 'left-start', 'top-start', 'right-end', 'bottom-end', 'top-end'];
const GAP_PX = 10;
const VIEWPORT_PADDING_PX = 8;

const FORM_CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'IMG', 'SVG']);

/**
 * What a card points at. A field or button is its own box; a block of text (a legend, a heading, a
 * paragraph) is the extent of its text, which is often much narrower than the block.
 */
export function referenceFor(anchor: Element): Element | VirtualElement {
  if (FORM_CONTROLS.has(anchor.tagName.toUpperCase())) return anchor;
  return {
    contextElement: anchor,
    getBoundingClientRect: () => {
      const range = anchor.ownerDocument.createRange();
      range.selectNodeContents(anchor);
      const text = range.getBoundingClientRect();
      return text.width > 0 && text.height > 0 ? text : anchor.getBoundingClientRect();
    },
  };
}

/** The page's controls a card must not cover, or the person could not click or type into them. */
const CONTROLS = 'input:not([type=hidden]), select, textarea, button, [role=button]';
/** Beyond this many controls (a huge admin page), only the first ones are avoided: layout stays cheap. */
const MAX_OBSTACLES = 150;

function controlRects(doc: Document): Rect[] {
  const rects: Rect[] = [];
  for (const control of doc.querySelectorAll(CONTROLS)) {
    const rect = control.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) rects.push(rect);
    if (rects.length >= MAX_OBSTACLES) break;
  }
  return rects;
}

/**
 * How much covering each kind of box costs, per pixel. A card over a page control takes the person's
 * click or typing away from the page: far worse than hiding some text, the page's or another card's.
 */
const COVER_COST = { control: 100, anchor: 1, card: 1 } as const;

interface Obstacle extends Rect {
  readonly cost: number;
}

const weighted = (rects: readonly Rect[], cost: number): Obstacle[] => rects.map(({ x, y, width, height }) => ({ x, y, width, height, cost }));

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

export interface Placed {
  readonly floating: HTMLElement;
  readonly reference: Element | VirtualElement;
}

/**
 * Places every card next to its anchor, one after the other: each takes the first placement where it
 * covers neither a card already placed, nor any card's anchor, nor any of the page's controls (what
 * the person needs to see and use), or else the placement that costs least (COVER_COST). Positions are
 * viewport coordinates (the cards are fixed).
 */
export async function layOutCards(cards: readonly Placed[], doc: Document = document): Promise<void> {
  const anchors = cards.map(({ reference }) => reference.getBoundingClientRect());
  const obstacles = [...weighted(anchors, COVER_COST.anchor), ...weighted(controlRects(doc), COVER_COST.control)];
  const placed: Obstacle[] = [];
  for (const { floating, reference } of cards) {
    const size = { width: floating.offsetWidth, height: floating.offsetHeight };
    let best: { rect: Rect; placement: Placement; cost: number } | undefined;
    for (const placement of PLACEMENTS) {
      const { x, y } = await computePosition(reference, floating, {
        strategy: 'fixed',
        placement,
        middleware: [offset(GAP_PX), shift({ padding: VIEWPORT_PADDING_PX, crossAxis: true })],
      });
      const rect = { x, y, ...size };
      const cost = [...placed, ...obstacles].reduce((sum, other) => sum + other.cost * overlapArea(rect, other), 0);
      if (!best || cost < best.cost) best = { rect, placement, cost };
      if (cost === 0) break;
    }
    if (!best) continue;
    floating.style.left = `${best.rect.x}px`;
    floating.style.top = `${best.rect.y}px`;
    floating.dataset.placement = best.placement;
    placed.push({ ...best.rect, cost: COVER_COST.card });
  }
}
