import type { Locator } from '../rules/types';
import { containsAny, fold } from './fold';

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
    acceptNode: (node) =>
      node.parentElement && NON_TEXT_ELEMENTS.has(node.parentElement.tagName) ? FILTER_REJECT : FILTER_ACCEPT,
  });
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return fold(parts.join(' '));
}

const CONTROLS =
  'a, button, input[type=submit], input[type=button], input[type=radio], input[type=checkbox], label, option, summary, [role=button], [role=link], [role=option], [role=radio], [role=tab]';
const FIELDS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=radio]), select, textarea';
const TEXT_BLOCKS = 'h1, h2, h3, h4, h5, h6, legend, caption, label, p, li, dt, dd, th, td, strong, b, span, div';

/** Longest text a control or heading may have and still be "that" button or heading, not a container. */
const MAX_LABEL_LENGTH = 200;

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

function controlText(element: Element): string {
  if (isInput(element)) return element.type === 'submit' || element.type === 'button' ? element.value : labelTexts(element).join(' ');
  return element.textContent ?? '';
}

/** Every text that names a field: its <label>s, aria-label, aria-labelledby, placeholder and title. */
function labelTexts(field: Element): string[] {
  const texts: string[] = [];
  const labels = (field as HTMLInputElement).labels;
  if (labels) for (const label of labels) texts.push(label.textContent ?? '');
  for (const attribute of ['aria-label', 'placeholder', 'title']) texts.push(field.getAttribute(attribute) ?? '');
  const labelledBy = field.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) texts.push(field.ownerDocument.getElementById(id)?.textContent ?? '');
  }
  return texts.filter((text) => text.trim() !== '');
}

/**
 * How closely a field's names fit the phrases: the length of its shortest name that contains one, or
 * Infinity. One label often covers several fields (« Délégation / Unité / Service-Equipe » above three
 * selects); the field named by that phrase alone is the one meant.
 */
function fieldFit(field: Element, phrases: readonly string[]): number {
  let best = Infinity;
  for (const text of labelTexts(field)) {
    const folded = fold(text);
    if (folded.length < best && containsAny(folded, phrases)) best = folded.length;
  }
  return best;
}

function shortText(element: Element): string | undefined {
  const text = element.textContent ?? '';
  return text.length <= MAX_LABEL_LENGTH ? fold(text) : undefined;
}

/** Finds the element a locator names, or undefined. Only rendered elements are found. */
export function locate(root: ParentNode, locator: Locator): Element | undefined {
  if ('selector' in locator) {
    for (const element of root.querySelectorAll(locator.selector)) if (isRendered(element)) return element;
    return undefined;
  }
  if ('control' in locator) {
    for (const element of root.querySelectorAll(CONTROLS)) {
      const text = controlText(element);
      if (text.length <= MAX_LABEL_LENGTH && containsAny(fold(text), locator.control) && isRendered(element)) {
        return element;
      }
    }
    return undefined;
  }
  if ('field' in locator) {
    let best: Element | undefined;
    let bestFit = Infinity;
    for (const element of root.querySelectorAll(FIELDS)) {
      const fit = fieldFit(element, locator.field);
      if (fit < bestFit && isRendered(element)) {
        best = element;
        bestFit = fit;
      }
    }
    return best;
  }
  // A heading: the most specific (shortest) text block containing the phrase.
  let best: Element | undefined;
  let bestLength = Infinity;
  for (const element of root.querySelectorAll(TEXT_BLOCKS)) {
    const text = shortText(element);
    if (text !== undefined && text.length < bestLength && containsAny(text, locator.heading) && isRendered(element)) {
      best = element;
      bestLength = text.length;
    }
  }
  return best;
}

/** The first locator of the list that finds an element. */
export function locateFirst(root: ParentNode, locators: readonly Locator[]): Element | undefined {
  for (const locator of locators) {
    const element = locate(root, locator);
    if (element) return element;
  }
  return undefined;
}
