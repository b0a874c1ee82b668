import type { Locator } from '../rules/types';
import { findChoice } from './choices';
import { FIELDS, isInput, isRendered, MAX_LABEL_LENGTH, shownText, textLongerThan } from './dom-facts';
import { readElements, readText } from './reading';
import { fieldNames } from './field-names';
import { containsAny, fold, longEnoughFor } from './phrase-fold';

export { isEmptyField, isInput, isRendered, readableText } from './dom-facts';

const CONTROLS =
  'a, button, input[type=submit], input[type=button], input[type=radio], input[type=checkbox], label, option, summary, [role=button], [role=link], [role=option], [role=radio], [role=tab]';
const TEXT_BLOCKS = 'h1, h2, h3, h4, h5, h6, legend, caption, label, p, li, dt, dd, th, td, strong, b, span, div';

/** An element a locator found, and the name the page gives it there (what a hint may quote). */
export interface Located {
  readonly element: Element;
  readonly name: string;
  /** What makes it this one and not another: an option of a select, where the element is the select. */
  readonly identity?: Element;
}

function controlText(element: Element): string {
  if (isInput(element)) {
    if (element.type === 'submit' || element.type === 'button') return element.value;
    return fieldNames(element).join(' ');
  }
  return shownText(element) || (element.getAttribute('aria-label') ?? '');
}

/**
 * The field whose names fit the phrases best: the one with the shortest name that contains one. One
 * label often covers several fields; the field named by that phrase alone is the one meant.
 */
function locateField(root: ParentNode, phrases: readonly string[]): Located | undefined {
  let best: Located | undefined;
  for (const element of readElements(root, FIELDS)) {
    for (const name of fieldNames(element)) {
      if ((!best || name.length < best.name.length) && containsAny(fold(name), phrases) && isRendered(element)) {
        best = { element, name };
      }
    }
  }
  return best;
}

function locateControl(root: ParentNode, phrases: readonly string[]): Located | undefined {
  for (const element of readElements(root, CONTROLS)) {
    const name = controlText(element);
    if (name.length <= MAX_LABEL_LENGTH && containsAny(fold(name), phrases) && isRendered(element)) return { element, name };
  }
  return undefined;
}

/** The most specific (shortest) text block containing the phrase. */
function locateHeading(root: ParentNode, phrases: readonly string[], matching?: RegExp): Located | undefined {
  let best: Located | undefined;
  for (const element of readElements(root, TEXT_BLOCKS)) {
    // Raw text holds the markup's indentation; only a block that could be short enough is squeezed.
    if (textLongerThan(element, MAX_LABEL_LENGTH * 2)) continue;
    const text = readText(element);
    if (text.length > MAX_LABEL_LENGTH || (best && text.length >= best.name.length) || !longEnoughFor(text, phrases)) continue;
    if (containsAny(fold(text), phrases) && (!matching || matching.test(text)) && isRendered(element)) best = { element, name: text };
  }
  return best;
}

/** Finds the element a locator names, with the name the page shows for it. Only rendered elements count. */
export function locateNamed(root: ParentNode, locator: Locator): Located | undefined {
  if ('selector' in locator) {
    let rank = 0;
    for (const element of root.querySelectorAll(locator.selector)) {
      if (!isRendered(element) || ++rank < (locator.nth ?? 1)) continue;
      return { element, name: element.matches(FIELDS) ? (fieldNames(element)[0] ?? '') : shownText(element) };
    }
    return undefined;
  }
  if ('choice' in locator) return findChoice(root, locator.choice);
  if ('control' in locator) return locateControl(root, locator.control);
  if ('field' in locator) return locateField(root, locator.field);
  return locateHeading(root, locator.heading, locator.matching);
}

/** Finds the element a locator names, or undefined. */
export function locate(root: ParentNode, locator: Locator): Element | undefined {
  return locateNamed(root, locator)?.element;
}

/** The first locator of the list that finds an element. */
export function locateFirst(root: ParentNode, locators: readonly Locator[]): Element | undefined {
  for (const locator of locators) {
    const element = locate(root, locator);
    if (element) return element;
  }
  return undefined;
}
