import { computePosition, type Middleware, offset, type Placement, shift, size as fitSize, type VirtualElement } from '@floating-ui/dom';
import { controlRects, type Rect, textRects } from './page-obstacles';

/** Placements tried for each card, in order of preference: beside the field first, reading direction. */
const PLACEMENTS: readonly Placement[] = ['right-start', 'right', 'bottom-start', 'left-start', 'top-start', 'right-end', 'bottom-end', 'top-end'];
/**
 * For a card opened on a block of text (a label, a legend): under or over the start of its words, or after
 * them, never before them, where it would stand away from the field the words are about.
 */
const OPENED_UNDER_TEXT: readonly Placement[] = ['bottom-start', 'top-start', 'right-start', 'right', 'bottom-end', 'top-end'];
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
      const box = anchor.getBoundingClientRect();
      const text = textExtent(anchor);
      if (!text) return box;
      // Within the element's own box: a floated or positioned child can stretch its text's extent far beyond it.
      const left = Math.max(text.left, box.left);
      const right = Math.min(text.right, box.right);
      const top = Math.max(text.top, box.top);
      const bottom = Math.min(text.bottom, box.bottom);
      return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : box;
    },
  };
}

/** Text nodes read for an anchor's extent: a heading or a legend has a handful. */
const TEXT_NODES_READ = 64;

/**
 * The union of the boxes of an element's words. Not a range over the whole element: that takes in the
 * full box of every block inside it (a heading's box spans the page, its words do not).
 */
function textExtent(element: Element): DOMRect | undefined {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = element.ownerDocument.createRange();
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (let node = walker.nextNode(), read = 0; node && read < TEXT_NODES_READ; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    read += 1;
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    if (rect.width <= 0 || rect.height <= 0) continue;
    left = Math.min(left, rect.left);
    top = Math.min(top, rect.top);
    right = Math.max(right, rect.right);
    bottom = Math.max(bottom, rect.bottom);
  }
  return right > left ? new DOMRect(left, top, right - left, bottom - top) : undefined;
}

/**
 * How much covering each kind of box costs, per pixel: it ranks the places tried for a card and for a
 * marker where none is free. A card over a page control takes the person's click or typing away from the
 * page: far worse than hiding some text; over one of our own boxes, it hides what that box says. A card
 * rests only where it costs nothing (layOutCards).
 */
const COVER_COST = { control: 100, text: 10, anchor: 10, card: 50 } as const;

/** The side of a marker (overlay.css), and its gap to its anchor. */
export const MARKER_PX = 28;
const MARKER_GAP_PX = 6;
const MARKER_STEP_PX = 12;
/** How many rows of markers away from its anchor a marker may rest on a dense page, and their height. */
const MARKER_FAR_ROWS = 3;
const MARKER_ROW_PX = MARKER_PX / 2;

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
  /** What the card rests as where no free space is next to its anchor (overlay.tsx). */
  readonly marker: HTMLElement;
  /**
   * The fields a card checks as the person types in them (the password panel: the new password and its
   * confirmation). Opened, it stands beside them, or under the last one, and never over them.
   */
  readonly checks?: readonly Element[];
}

/** For the password panel: beside both fields it checks, else under the confirmation. */
const BESIDE_CHECKED_FIELDS: readonly Placement[] = ['right-start', 'left-start', 'bottom-start', 'bottom-end', 'bottom'];
/** Covering a field the card checks would hide what the person is typing: any other place is better. */
const CHECKED_FIELD_COST = 1e9;
/** The password panel, capped to the room under the fields, scrolls within itself, but not below this. */
const MIN_CHECKER_HEIGHT_PX = 160;

/** One box around several fields, for Floating UI to place a card beside all of them at once. */
function around(fields: readonly Element[]): VirtualElement {
  return {
    contextElement: fields[0],
    getBoundingClientRect: () => {
      const rects = fields.map((field) => field.getBoundingClientRect());
      const left = Math.min(...rects.map((rect) => rect.left));
      const top = Math.min(...rects.map((rect) => rect.top));
      return new DOMRect(left, top, Math.max(...rects.map((rect) => rect.right)) - left, Math.max(...rects.map((rect) => rect.bottom)) - top);
    },
  };
}

/** Everything a layout depends on, measured in one pass: when none of it moved, the layout stands. */
export interface LayoutInputs {
  readonly viewport: { readonly width: number; readonly height: number };
  readonly anchors: readonly Rect[];
  readonly controls: readonly Rect[];
  readonly texts: readonly Rect[];
  readonly sizes: readonly { readonly width: number; readonly height: number }[];
}

export function measureLayout(cards: readonly Placed[], doc: Document = document): LayoutInputs {
  return {
    viewport: { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight },
    anchors: cards.map(({ reference }) => reference.getBoundingClientRect()),
    controls: controlRects(doc),
    texts: textRects(doc),
    // A card cut to fit (the password panel) is measured at its full height, which its content's scroll
    // height gives: a later layout may have room for all of it.
    sizes: cards.map(({ floating }) => ({
      width: floating.offsetWidth,
      height: Math.max(floating.offsetHeight, floating.firstElementChild?.scrollHeight ?? 0),
    })),
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
    sameRects(a.texts, b.texts) &&
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
function leastCovering(costAt: (x: number, y: number) => number, order: readonly Placement[] = PLACEMENTS): Middleware {
  return {
    name: 'leastCovering',
    fn({ x, y, placement, middlewareData }) {
      const data = (middlewareData.leastCovering ?? {}) as LeastCoveringData;
      if (data.settled) return {};
      const tried = [...(data.tried ?? []), { placement, cost: costAt(x, y) }];
      const next = order[tried.length];
      if (tried.at(-1)!.cost > 0 && next) return { data: { tried }, reset: { placement: next } };
      const best = tried.reduce((cheapest, candidate) => (candidate.cost < cheapest.cost ? candidate : cheapest));
      return { data: { tried, settled: true }, ...(best.placement === placement ? {} : { reset: { placement: best.placement } }) };
    },
  };
}

/**
 * Places every card next to its anchor, one after the other. A card rests where it covers nothing: no
 * control or text of the page, no anchor, no card or marker already placed. Where no such place is next
 * to its anchor, it rests as its marker, in the first free spot beside the anchor, and the card waits
 * beside its anchor, on the side that fits, for the person to open it. Positions are viewport coordinates
 * (the cards are fixed).
 */
export async function layOutCards(cards: readonly Placed[], inputs: LayoutInputs = measureLayout(cards), ours: readonly Rect[] = []): Promise<void> {
  const page = [
    ...weighted(inputs.controls, COVER_COST.control),
    ...weighted(inputs.texts, COVER_COST.text),
    ...weighted(inputs.anchors, COVER_COST.anchor),
  ];
  // The docked panel and the help button are placed first (placeDockArea): cards keep off them.
  const placed: Obstacle[] = weighted(ours, COVER_COST.card);
  for (const [index, { floating, reference, marker, checks = [] }] of cards.entries()) {
    const size = inputs.sizes[index]!;
    const checked = checks.map((field) => field.getBoundingClientRect());
    const costAt = (x: number, y: number, box = size) =>
      [...placed, ...page].reduce((sum, other) => sum + other.cost * overlapArea({ x, y, ...box }, other), 0);
    const { x, y, placement } = await computePosition(reference, floating, {
      strategy: 'fixed',
      placement: PLACEMENTS[0],
      middleware: [offset(GAP_PX), shift({ padding: VIEWPORT_PADDING_PX, crossAxis: true }), leastCovering((cx, cy) => costAt(cx, cy))],
    });
    floating.style.left = `${x}px`;
    floating.style.top = `${y}px`;
    floating.dataset.placement = placement;
    if (costAt(x, y) === 0) {
      floating.dataset.rest = marker.dataset.rest = 'card';
      floating.removeAttribute('data-covers-controls');
      // Measured at full height, it rests whole: no longer cut to an earlier place's room.
      floating.style.maxHeight = '';
      delete floating.dataset.fitted;
      placed.push({ x, y, ...size, cost: COVER_COST.card });
      continue;
    }
    floating.dataset.rest = marker.dataset.rest = 'marker';
    // Opened, it may cover the page, but as little as it can: beside its anchor, on the side that covers
    // least (controls weighing most, so that the next choice or field stays clickable). A block of text (a
    // heading, a legend) can be far wider than its words: under its start stays by them.
    const isControl = 'tagName' in reference && FORM_CONTROLS.has(reference.tagName.toUpperCase());
    const order = checks.length > 0 ? BESIDE_CHECKED_FIELDS : isControl ? PLACEMENTS : OPENED_UNDER_TEXT;
    const viewport = { x: 0, y: 0, ...inputs.viewport };
    const openedCost = (cx: number, cy: number) => {
      // Cut to the room under its top, as fitSize will cut it (the password panel only).
      const height =
        checks.length > 0 ? Math.min(size.height, Math.max(MIN_CHECKER_HEIGHT_PX, inputs.viewport.height - VIEWPORT_PADDING_PX - cy)) : size.height;
      const box = { x: cx, y: cy, width: size.width, height };
      const offScreen = box.width * box.height - overlapArea(box, viewport);
      return costAt(cx, cy) + CHECKED_FIELD_COST * (offScreen + checked.reduce((sum, field) => sum + overlapArea(box, field), 0));
    };
    // The password panel is never pushed up over its fields to fit the window: it is cut to the room there
    // is, and scrolls.
    const fitted = fitSize({
      padding: VIEWPORT_PADDING_PX,
      apply({ availableHeight, elements }) {
        elements.floating.style.maxHeight = `${Math.max(MIN_CHECKER_HEIGHT_PX, Math.floor(availableHeight))}px`;
        elements.floating.dataset.fitted = '';
      },
    });
    const opened = await computePosition(checks.length > 0 ? around(checks) : reference, floating, {
      strategy: 'fixed',
      placement: order[0],
      middleware:
        checks.length > 0
          ? [offset(GAP_PX), shift({ padding: VIEWPORT_PADDING_PX }), fitted, leastCovering(openedCost, order)]
          : [offset(GAP_PX), shift({ padding: VIEWPORT_PADDING_PX, crossAxis: true }), leastCovering(openedCost, order)],
    });
    floating.style.left = `${opened.x}px`;
    floating.style.top = `${opened.y}px`;
    floating.dataset.placement = opened.placement;
    // Opened without being asked (its field took focus), it must leave free what the person uses next: the
    // page's controls, or, for the password panel, the two fields it checks (the button under them can
    // wait until the person has typed).
    const openedBox = { x: opened.x, y: opened.y, ...size };
    const keptFree = checks.length > 0 ? checked : inputs.controls;
    floating.toggleAttribute(
      'data-covers-controls',
      keptFree.some((control) => overlapArea(openedBox, control) > 0),
    );
    const spot = markerSpot(inputs.anchors[index]!, inputs.viewport, (mx, my) => costAt(mx, my, { width: MARKER_PX, height: MARKER_PX }));
    marker.style.left = `${spot.x}px`;
    marker.style.top = `${spot.y}px`;
    placed.push({ ...spot, width: MARKER_PX, height: MARKER_PX, cost: COVER_COST.card });
  }
}

/**
 * Where a marker rests: beside its anchor, after it in reading direction first, then before it, then at
 * its corners above and below, then anywhere along the rows above and below it and further along its
 * own row, then on rows further up and down; the first spot that covers nothing, else the one that covers
 * least.
 */
function markerSpot(anchor: Rect, viewport: LayoutInputs['viewport'], costAt: (x: number, y: number) => number): { x: number; y: number } {
  const middle = anchor.y + Math.min(anchor.height, 40) / 2 - MARKER_PX / 2;
  const after = anchor.x + anchor.width + MARKER_GAP_PX;
  const before = anchor.x - MARKER_GAP_PX - MARKER_PX;
  const above = anchor.y - MARKER_GAP_PX - MARKER_PX;
  const below = anchor.y + anchor.height + MARKER_GAP_PX;
  const endX = anchor.x + anchor.width - MARKER_PX;
  const spots = [
    { x: after, y: middle },
    { x: before, y: middle },
    { x: endX, y: above },
    { x: anchor.x, y: above },
    { x: endX, y: below },
    { x: anchor.x, y: below },
    { x: after, y: above },
    { x: before, y: above },
  ];
  for (let x = anchor.x; x <= endX; x += MARKER_STEP_PX) spots.push({ x, y: above }, { x, y: below });
  for (let x = after + MARKER_STEP_PX; x < viewport.width; x += MARKER_STEP_PX) spots.push({ x, y: middle });
  for (let x = before - MARKER_STEP_PX; x > -MARKER_PX; x -= MARKER_STEP_PX) spots.push({ x, y: middle });
  // A dense page: rows further up and down, nearest first, across the window.
  for (let row = 1; row <= MARKER_FAR_ROWS; row++) {
    for (const y of [above - row * MARKER_ROW_PX, below + row * MARKER_ROW_PX]) {
      for (let x = anchor.x; x < viewport.width; x += MARKER_STEP_PX) spots.push({ x, y });
      for (let x = anchor.x - MARKER_STEP_PX; x > -MARKER_PX; x -= MARKER_STEP_PX) spots.push({ x, y });
    }
  }
  let best = spots[0]!;
  let bestCost = Infinity;
  for (const unclamped of spots) {
    const spot = {
      x: Math.min(Math.max(unclamped.x, VIEWPORT_PADDING_PX), viewport.width - VIEWPORT_PADDING_PX - MARKER_PX),
      y: Math.min(Math.max(unclamped.y, VIEWPORT_PADDING_PX), viewport.height - VIEWPORT_PADDING_PX - MARKER_PX),
    };
    const cost = costAt(spot.x, spot.y);
    if (cost === 0) return spot;
    if (cost < bestCost) [best, bestCost] = [spot, cost];
  }
  return best;
}

/** How far the docked panel and the help button keep from the window's edges, and the step of their search. */
const EDGE_PX = 16;
const EDGE_STEP_PX = 16;

/**
 * Puts the docked panel and the « Page blank? » button where they cover nothing of the page: along the
 * window's right edge, from the bottom up, then its left edge; full size first, then with the panel
 * collapsed to its button, then with the help button down to its icon, which may also move in from the
 * edges; where no spot is free, where they
 * cover least, controls weighing most. A panel the person opened goes back to the bottom-right corner. Returns their boxes,
 * for the cards to keep off.
 */
export function placeDockArea(area: HTMLElement, inputs: Pick<LayoutInputs, 'controls' | 'texts' | 'viewport'>): Rect[] {
  const dock = area.querySelector<HTMLElement>('.dock');
  // Plain objects: a DOMRect's sides are getters, which spreading it would lose.
  const boxes = (): Rect[] =>
    [...area.children]
      .map((child) => child.getBoundingClientRect())
      .filter((rect) => rect.width > 0 && rect.height > 0)
      .map(({ x, y, width, height }) => ({ x, y, width, height }));
  if (dock?.hasAttribute('data-open') || area.querySelector('.help-panel')) {
    // Opened by the person: in the corner where there is room to grow, and it may cover what it must.
    area.removeAttribute('style');
    delete area.dataset.side;
    return boxes();
  }
  const page = [...weighted(inputs.controls, COVER_COST.control), ...weighted(inputs.texts, COVER_COST.text)];
  const forms = [
    ...(dock ? [{ collapsed: false, compact: false }] : []),
    { collapsed: !!dock, compact: false },
    { collapsed: !!dock, compact: true },
  ];
  let best: { form: (typeof forms)[number]; side: 'left' | 'right'; x: number; y: number } | undefined;
  let bestCost = Infinity;
  for (const form of forms) {
    area.toggleAttribute('data-collapsed', form.collapsed);
    area.toggleAttribute('data-compact', form.compact);
    for (const side of ['right', 'left'] as const) {
      area.dataset.side = side;
      area.style.left = area.style.top = '0px';
      const parts = boxes();
      const width = Math.max(0, ...parts.map((part) => part.x + part.width));
      const height = Math.max(0, ...parts.map((part) => part.y + part.height));
      const edge = side === 'right' ? inputs.viewport.width - EDGE_PX - width : EDGE_PX;
      // At its smallest, and only then, it may also leave the edge for a free spot further in: the search
      // grows from one column to the whole half of the window.
      const inward = form.compact ? Math.max(0, inputs.viewport.width / 2 - width) : 0;
      for (let step = 0; step <= inward && bestCost > 0; step += EDGE_STEP_PX) {
        const x = side === 'right' ? edge - step : edge + step;
        for (let y = inputs.viewport.height - EDGE_PX - height; y >= EDGE_PX - EDGE_STEP_PX / 2; y -= EDGE_STEP_PX) {
          const cost = parts.reduce(
            (sum, part) =>
              sum + page.reduce((covered, other) => covered + other.cost * overlapArea({ ...part, x: part.x + x, y: part.y + y }, other), 0),
            0,
          );
          if (cost < bestCost) [best, bestCost] = [{ form, side, x, y }, cost];
          if (cost === 0) break;
        }
      }
      if (bestCost === 0) break;
    }
    if (bestCost === 0) break;
  }
  if (best) {
    area.toggleAttribute('data-collapsed', best.form.collapsed);
    area.toggleAttribute('data-compact', best.form.compact);
    area.dataset.side = best.side;
    area.style.left = `${best.x}px`;
    area.style.top = `${best.y}px`;
  }
  return boxes();
}
