import { isReadable, READ_LIMIT, shownText } from './dom-facts';

// NodeFilter's constants, spelt out (see dom-facts.ts).
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;

/** The elements of one root a look reads, once walked, and those of them matching each selector asked. */
interface Reading {
  readonly elements: readonly Element[];
  readonly bySelector: Map<string, readonly Element[]>;
}

/** The readings of the current `readingOnce`, by root; undefined outside one. */
let current: Map<ParentNode, Reading> | undefined;
/** The text of each element read in the current `readingOnce`: a block is asked for it by every locator. */
let texts: Map<Element, string> | undefined;

/**
 * The elements a look reads, in document order: those that begin within the page's first READ_LIMIT
 * characters of readable text (an element holding no text, a field, counts where it stands).
 */
function walk(root: ParentNode, limit: number): Element[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const elements: Element[] = [];
  let read = 0;
  for (let node = walker.nextNode(); node && read < limit; node = walker.nextNode()) {
    if (node.nodeType !== TEXT_NODE) elements.push(node as Element);
    else if (isReadable(node)) read += (node as Text).length;
  }
  return elements;
}

/**
 * The elements matching `selector` among those a look reads (see `walk`). The locators find what a
 * person reads as a name there, as the rules' text conditions read that text: on a page of 50,000
 * elements, a look asks the first few thousand for their text, not every one of them, several times
 * (docs/watching.md, « Reading a page »).
 */
export function readElements(root: ParentNode, selector: string, limit = READ_LIMIT): readonly Element[] {
  if (!current || limit !== READ_LIMIT) return walk(root, limit).filter((element) => element.matches(selector));
  let reading = current.get(root);
  if (!reading) current.set(root, (reading = { elements: walk(root, limit), bySelector: new Map() }));
  let matching = reading.bySelector.get(selector);
  if (!matching) reading.bySelector.set(selector, (matching = reading.elements.filter((element) => element.matches(selector))));
  return matching;
}

/**
 * Runs `read` with the page walked once for all its locators: one look's recognition, or one
 * resolution of a page's hints, asks for the same elements several times. Synchronous, so the page
 * cannot change meanwhile.
 */
export function readingOnce<T>(read: () => T): T {
  if (current) return read();
  current = new Map();
  texts = new Map();
  try {
    return read();
  } finally {
    current = undefined;
    texts = undefined;
  }
}

/** An element's text as a person reads it (shownText), read once per `readingOnce`. */
export function readText(element: Element): string {
  if (!texts) return shownText(element);
  let text = texts.get(element);
  if (text === undefined) texts.set(element, (text = shownText(element)));
  return text;
}
