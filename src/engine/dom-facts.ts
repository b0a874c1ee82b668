import { fold } from './phrase-fold';

/** Elements whose text is never shown to the person. */
const NON_TEXT_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

// NodeFilter's and Node's constants, spelt out: this module also runs against documents of other realms
// (unit tests' DOM emulation, Firefox's Xray-wrapped page), where the globals may be absent or foreign.
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
export const TEXT_NODE = 3;

/**
 * How much of a page's text is read: its first 50,000 characters. A CNRS login or account page holds a
 * few thousand (the longest of our replicas about 4,000); an article of megabytes is no such page, and
 * folding all of it at each look (a clock ticking in its corner) cost hundreds of milliseconds a time
 * (docs/watching.md, « Reading a page »).
 */
export const READ_LIMIT = 50_000;

/** Whether a text node holds text a person can read (not a script's or a style sheet's). */
export function isReadable(text: Node): boolean {
  const parent = text.parentElement;
  return !parent || !NON_TEXT_ELEMENTS.has(parent.tagName);
}

/**
 * The folded text a person can read on the page (script and style content left out), up to READ_LIMIT
 * characters: the text nodes in document order until that many have been read.
 */
export function readableText(root: ParentNode, limit = READ_LIMIT): string {
  const doc = root.ownerDocument ?? (root as Document);
  // No filter function: the browser calling one back for every node costs more than the test below.
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const parts: string[] = [];
  let read = 0;
  for (let node = walker.nextNode(); node && read < limit; node = walker.nextNode()) {
    if (!isReadable(node)) continue;
    // One text node may be megabytes long (a log in a <pre>): only what fits is taken.
    const text = (node.nodeValue ?? '').slice(0, limit - read);
    parts.push(text);
    read += text.length;
  }
  return fold(parts.join(' '));
}

/**
 * Whether the element's text (`textContent`) is longer than `max` characters, without reading all of it:
 * its text nodes are counted until there are more, so that a container of megabytes costs as little as a
 * button (the locators ask this of every block of the page, at each look).
 */
export function textLongerThan(element: Element, max: number): boolean {
  let length = 0;
  const pending: Node[] = [element];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.nodeType === TEXT_NODE) {
      length += (node as Text).length;
      if (length > max) return true;
    } else for (let child = node.lastChild; child; child = child.previousSibling) pending.push(child);
  }
  return false;
}

/** An element's text as a person reads it: white space squeezed, trimmed. */
export function shownText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Longest text a control or heading may have and still be "that" button or heading, not a container. */
export const MAX_LABEL_LENGTH = 200;

/** Whether the element is rendered. Hidden copies (closed modals, templates of other steps) don't count. */
export function isRendered(element: Element): boolean {
  // checkVisibility is in every browser we support; DOM emulations used by unit tests may lack it.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

/** Whether the element is an <input>, by tag name so that it holds across realms (see above). */
export function isInput(element: Element): element is HTMLInputElement {
  return element.tagName === 'INPUT';
}

/** Whether a field has nothing in it (a select on its empty first option counts as empty). */
export function isEmptyField(element: Element): boolean {
  const value = (element as HTMLInputElement | HTMLSelectElement).value;
  return typeof value !== 'string' || value.trim() === '';
}

/** Fields a person types into or picks from (not buttons, not radios: those are choices). */
export const FIELDS =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=radio]):not([type=reset]):not([type=image]), select, textarea';
