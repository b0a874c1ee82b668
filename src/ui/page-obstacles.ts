import { SHOW_ELEMENT, SHOW_TEXT } from '../engine/dom-facts';

/**
 * What a card must leave visible: every control of the page (a field, a button, a link, a label) and
 * every run of its text. Measured in viewport coordinates, the way the cards are placed.
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What the person clicks, types into or reads as a control's name. */
const CONTROLS =
  'input:not([type=hidden]), select, textarea, button, a[href], label, summary, [role=button], [role=link], [role=checkbox], [role=radio]';
/**
 * Beyond this many elements or text nodes, in document order (a huge page), the rest are not avoided:
 * the layout is measured again whenever anything moves, and a login form's neighbourhood is in the
 * first ones. Asking every element of a page of 50,000 whether it is a control took 13 ms a time.
 */
const MAX_ELEMENTS = 5000;
const MAX_CONTROLS = 300;
const MAX_TEXT_NODES = 3000;
const NON_TEXT = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|OPTION|TITLE)$/;

interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** Read once per measure: the browser answers each read of it anew. */
const viewportOf = (doc: Document): Viewport => ({ width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight });

const nearViewport = (rect: Rect, { width, height }: Viewport) =>
  rect.width > 0 && rect.height > 0 && rect.x + rect.width > 0 && rect.y + rect.height > 0 && rect.x < width && rect.y < height;

/**
 * Whether an element's box is more than a screen away from the viewport: its text, drawn in its box,
 * cannot be in view (short of overflowing it by a screen). Far cheaper to ask than a text's line boxes.
 */
function farFromViewport(element: Element, { width, height }: Viewport): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom < -height || box.top > 2 * height || box.right < -width || box.left > 2 * width;
}

export function controlRects(doc: Document): Rect[] {
  const rects: Rect[] = [];
  const viewport = viewportOf(doc);
  const walker = doc.createTreeWalker(doc.body ?? doc, SHOW_ELEMENT);
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_ELEMENTS && rects.length < MAX_CONTROLS; node = walker.nextNode(), visited++) {
    const element = node as Element;
    if (!element.matches(CONTROLS)) continue;
    const rect = element.getBoundingClientRect();
    if (nearViewport(rect, viewport)) rects.push(rect);
  }
  return rects;
}

/** One box per line of each text node shown in the viewport. */
export function textRects(doc: Document): Rect[] {
  const rects: Rect[] = [];
  if (!doc.body) return rects;
  const viewport = viewportOf(doc);
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  const range = doc.createRange();
  let visited = 0;
  let lastParent: Element | null = null;
  let parentFar = false;
  for (let node = walker.nextNode(); node && visited < MAX_TEXT_NODES; node = walker.nextNode(), visited++) {
    const parent = node.parentElement;
    if (!parent || NON_TEXT.test(parent.tagName) || !node.nodeValue?.trim()) continue;
    // The texts of one element share its box.
    if (parent !== lastParent) [lastParent, parentFar] = [parent, farFromViewport(parent, viewport)];
    if (parentFar) continue;
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) if (nearViewport(line, viewport)) rects.push(line);
  }
  return rects;
}
