import { computePosition, type Middleware, offset, type Placement, shift, type VirtualElement } from '@floating-ui/dom';

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

/** Everything a layout depends on, measured in one pass: when none of it moved, the layout stands. */
export interface LayoutInputs {
  readonly viewport: { readonly width: number; readonly height: number };
  readonly anchors: readonly Rect[];
  readonly controls: readonly Rect[];
  readonly sizes: readonly { readonly width: number; readonly height: number }[];
}

export function measureLayout(cards: readonly Placed[], doc: Document = document): LayoutInputs {
  return {
    viewport: { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight },
    anchors: cards.map(({ reference }) => reference.getBoundingClientRect()),
    controls: controlRects(doc),
    sizes: cards.map(({ floating }) => ({ width: floating.offsetWidth, height: floating.offsetHeight })),
  };
}

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const sameRects = (a: readonly Rect[], b: readonly Rect[]) => a.length === b.length && a.every((rect, i) => sameRect(rect, b[i]!));

/**
 * Whether two measures would give the same layout. The observers that keep cards in place report many
 * times while a page settles (every card's first resize, its reference's first intersection), most often
 * with nothing moved: those reports then cost a measure, not a layout.
 */
export function sameLayoutInputs(a: LayoutInputs, b: LayoutInputs): boolean {
  return (
    a.viewport.width === b.viewport.width &&
    a.viewport.height === b.viewport.height &&
    sameRects(a.anchors, b.anchors) &&
    sameRects(a.controls, b.controls) &&
    sameRects(
      a.sizes.map((size) => ({ x: 0, y: 0, ...size })),
      b.sizes.map((size) => ({ x: 0, y: 0, ...size })),
    )
  );
}

interface Candidate {
  readonly placement: Placement;
  readonly cost: number;
}

interface LeastCoveringData {
  readonly tried?: readonly Candidate[];
  readonly settled?: boolean;
}

/**
 * A Floating UI middleware (the last one) that tries PLACEMENTS in order, through the library's resets,
 * until one costs nothing, then settles on the first of the cheapest. One computePosition per card
 * rather than one per placement: the library measures the card and its reference once, not eight times.
 */
function leastCovering(costAt: (x: number, y: number) => number): Middleware {
  return {
    name: 'leastCovering',
    fn({ x, y, placement, middlewareData }) {
      const data = (middlewareData.leastCovering ?? {}) as LeastCoveringData;
      if (data.settled) return {};
      const tried = [...(data.tried ?? []), { placement, cost: costAt(x, y) }];
      const next = PLACEMENTS[tried.length];
      if (tried.at(-1)!.cost > 0 && next) return { data: { tried }, reset: { placement: next } };
      const best = tried.reduce((cheapest, candidate) => (candidate.cost < cheapest.cost ? candidate : cheapest));
      return { data: { tried, settled: true }, ...(best.placement === placement ? {} : { reset: { placement: best.placement } }) };
    },
  };
}

/**
 * Places every card next to its anchor, one after the other: each takes the first placement where it
 * covers neither a card already placed, nor any card's anchor, nor any of the page's controls (what
 * the person needs to see and use), or else the placement that costs least (COVER_COST). Positions are
 * viewport coordinates (the cards are fixed).
 */
export async function layOutCards(cards: readonly Placed[], inputs: LayoutInputs = measureLayout(cards)): Promise<void> {
  const obstacles = [...weighted(inputs.anchors, COVER_COST.anchor), ...weighted(inputs.controls, COVER_COST.control)];
  const placed: Obstacle[] = [];
  for (const [index, { floating, reference }] of cards.entries()) {
    const size = inputs.sizes[index]!;
    const costAt = (x: number, y: number) => [...placed, ...obstacles].reduce((sum, other) => sum + other.cost * overlapArea({ x, y, ...size }, other), 0);
    const { x, y, placement } = await computePosition(reference, floating, {
      strategy: 'fixed',
      placement: PLACEMENTS[0],
      middleware: [offset(GAP_PX), shift({ padding: VIEWPORT_PADDING_PX, crossAxis: true }), leastCovering(costAt)],
    });
    floating.style.left = `${x}px`;
    floating.style.top = `${y}px`;
    floating.dataset.placement = placement;
    placed.push({ x, y, ...size, cost: COVER_COST.card });
  }
}
