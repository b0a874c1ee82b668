import { computeAccessibleName } from 'dom-accessibility-api';
import { FIELDS, isRendered, shownText } from './dom-facts';

/** Longest neighbouring text that can still be a field's label rather than a paragraph about it. */
const MAX_NEIGHBOUR_LABEL = 120;
/** How many ancestors up a field's unlinked label is looked for (a label beside a wrapper of the field). */
const NEIGHBOUR_DEPTH = 3;

/**
 * Every text that names a field, as a person perceives it: its accessible name (the W3C computation
 * that screen readers and testing libraries use: linked or wrapping <label>, aria-label(ledby), title,
 * placeholder), and, where the page links no label to it, the text written next to it: a label placed
 * before it or after it (floating labels), or its part of one label over several fields
 * (« Délégation / Unité / Service-Equipe » over three selects names the third one « Service-Equipe »).
 */
export function fieldNames(field: Element): string[] {
  const names = new Set<string>();
  const add = (text: string | null | undefined) => {
    const squeezed = text?.replace(/\s+/g, ' ').trim();
    if (squeezed) names.add(squeezed);
  };
  add(accessibleName(field));
  for (const attribute of ['aria-label', 'placeholder', 'title']) add(field.getAttribute(attribute));
  const labels = (field as HTMLInputElement).labels;
  if (labels) for (const label of labels) add(label.textContent);
  if (!labels?.length && !field.hasAttribute('aria-labelledby') && !field.hasAttribute('aria-label')) {
    for (const text of unlinkedLabels(field)) add(text);
  }
  return [...names];
}

function accessibleName(field: Element): string {
  try {
    return computeAccessibleName(field);
  } catch {
    // A page's own sabotaged DOM methods must not stop recognition; the other names still count.
    return '';
  }
}

/** Whether an element can be a label of its own: short text, no field inside. */
function labelLike(element: Element): boolean {
  if (element.matches(`${FIELDS}, button, script, style, template`)) return false;
  if (element.querySelector(FIELDS)) return false;
  // Another field's label, linked to it, is not this one's.
  if (element.tagName === 'LABEL' && (element as HTMLLabelElement).control) return false;
  if (element.id && isReferencedLabel(element)) return false;
  const text = shownText(element);
  return text.length > 0 && text.length <= MAX_NEIGHBOUR_LABEL && isRendered(element);
}

/** The texts written before and after a field (or a box) that no label is linked to. */
export function unlinkedLabels(field: Element): string[] {
  const texts: string[] = [];
  let node: Element = field;
  for (let depth = 0; depth < NEIGHBOUR_DEPTH && node.parentElement; depth++, node = node.parentElement) {
    const before = node.previousElementSibling;
    // A label right after another field is that field's (floating labels follow their field).
    if (before && labelLike(before) && before.previousElementSibling?.matches(FIELDS) && node === field) break;
    if (before && labelLike(before)) {
      texts.push(groupPart(before, field) ?? shownText(before));
      break;
    }
    // A field just before this one is of the same group (three selects under one label): its label is
    // above them all. A wrapper of other fields before it: the text beyond is theirs.
    if (before?.querySelector(FIELDS)) break;
  }
  const after = field.nextElementSibling;
  if (after && labelLike(after) && after.tagName !== 'P') texts.push(shownText(after));
  return texts;
}

/**
 * The part of a group label that names this field: the label's text split at « / » in as many parts as
 * there are fields after it in its container, the field's rank picking its part. Undefined when the
 * label is not over a group, or its parts do not count the fields.
 */
function groupPart(label: Element, field: Element): string | undefined {
  const container = label.parentElement;
  if (!container) return undefined;
  // The group ends where the next label of the container begins.
  let end = label.nextElementSibling;
  while (end && !labelLike(end)) end = end.nextElementSibling;
  const group = [...container.querySelectorAll(FIELDS)].filter(
    (candidate) => follows(candidate, label) && (!end || follows(end, candidate)) && isRendered(candidate),
  );
  if (group.length < 2) return undefined;
  const parts = shownText(label)
    .split(/\s+\/\s+|\s*\/(?=\s*\p{Lu})/u)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length !== group.length) return undefined;
  return parts[group.indexOf(field)];
}

/** Whether `later` comes after `earlier` in the document. */
function follows(later: Node, earlier: Node): boolean {
  return (earlier.compareDocumentPosition(later) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;
}

/** Whether some element of the page names itself by this one (aria-labelledby). */
function isReferencedLabel(element: Element): boolean {
  // An id with white space is nobody's word of a list.
  if (/\s/.test(element.id)) return false;
  // `~=`: one of its white-space separated words. One query of the browser's, not a loop over the page.
  // Written as a CSS string by hand: the page's realm may lack `CSS.escape` (a DOM emulation).
  return element.ownerDocument.querySelector(`[aria-labelledby~="${element.id.replace(/["\\]/g, '\\$&')}"]`) !== null;
}
