import { fold } from './phrase-fold';

/** Elements whose text is never shown to the person. */
const NON_TEXT_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

// NodeFilter's constants, spelt out: this module also runs against documents of other realms (unit tests'
// DOM emulation, Firefox's Xray-wrapped page), where the global NodeFilter may be absent or foreign.
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/** The folded text a person can read on the page (script and style content left out). */
export function readableText(root: ParentNode): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement && NON_TEXT_ELEMENTS.has(node.parentElement.tagName) ? FILTER_REJECT : FILTER_ACCEPT),
  });
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return fold(parts.join(' '));
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
