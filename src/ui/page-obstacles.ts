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
 * Beyond this many controls or text nodes (a huge page), the rest are not avoided: the layout runs on
 * every scroll, and a login form's neighbourhood is in the first ones.
 */
const MAX_CONTROLS = 300;
const MAX_TEXT_NODES = 3000;
const NON_TEXT = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|OPTION|TITLE)$/;
const SHOW_TEXT = 0x4;

const nearViewport = (rect: Rect, doc: Document) =>
  rect.width > 0 &&
  rect.height > 0 &&
  rect.x + rect.width > 0 &&
  rect.y + rect.height > 0 &&
  rect.x < doc.documentElement.clientWidth &&
  rect.y < doc.documentElement.clientHeight;

export function controlRects(doc: Document): Rect[] {
  const rects: Rect[] = [];
  for (const control of doc.querySelectorAll(CONTROLS)) {
    const rect = control.getBoundingClientRect();
    if (nearViewport(rect, doc)) rects.push(rect);
    if (rects.length >= MAX_CONTROLS) break;
  }
  return rects;
}

/** One box per line of each text node shown in the viewport. */
export function textRects(doc: Document): Rect[] {
  const rects: Rect[] = [];
  if (!doc.body) return rects;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  const range = doc.createRange();
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_TEXT_NODES; node = walker.nextNode(), visited++) {
    const parent = node.parentElement;
    if (!parent || NON_TEXT.test(parent.tagName) || !node.nodeValue?.trim()) continue;
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) if (nearViewport(line, doc)) rects.push(line);
  }
  return rects;
}
