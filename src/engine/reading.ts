import { isReadable, READ_LIMIT, SHOW_ELEMENT, SHOW_TEXT, shownText, TEXT_NODE } from './dom-facts';

/** The elements of one root a look reads, once walked, and those of them matching each selector asked. */
interface Reading {
  readonly elements: readonly Element[];
  readonly bySelector: Map<string, readonly Element[]>;
}

/**
 * What the current `readingOnce` has read, undefined outside one: the readings by root, and the text of
 * each element (a block is asked for it by every locator).
 */
let current: { readonly readings: Map<ParentNode, Reading>; readonly texts: Map<Element, string> } | undefined;

/**
 * The elements a look reads, in document order: those that begin within the page's first READ_LIMIT
 * characters of readable text (an element holding no text, a field, counts where it stands).
 */
function walk(root: ParentNode): Element[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const elements: Element[] = [];
  let read = 0;
  for (let node = walker.nextNode(); node && read < READ_LIMIT; node = walker.nextNode()) {
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
export function readElements(root: ParentNode, selector: string): readonly Element[] {
  if (!current) return walk(root).filter((element) => element.matches(selector));
  let reading = current.readings.get(root);
  if (!reading) current.readings.set(root, (reading = { elements: walk(root), bySelector: new Map() }));
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
  current = { readings: new Map(), texts: new Map() };
  try {
    return read();
  } finally {
    current = undefined;
  }
}

/** An element's text as a person reads it (shownText), read once per `readingOnce`. */
export function readText(element: Element): string {
  if (!current) return shownText(element);
  let text = current.texts.get(element);
  if (text === undefined) current.texts.set(element, (text = shownText(element)));
  return text;
}
