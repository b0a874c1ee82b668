import { isRendered, shownText } from '../engine/dom-facts';
import { fieldNames } from '../engine/field-names';
import { isOverlayHost } from '../ui/host-tag';
import { maskPersonal } from './mask-personal';

/**
 * An outline of a page no rule knows, for the person to give the unit's IT or this project, who can then
 * write the page's rule: its headings, labels, fields (by type, name, id and the names a person would
 * read for them), buttons, links (host and path), options and text, indented by the forms, dialogs and
 * lists they sit in. Never a field's value, nor a link's query or fragment; e-mail addresses, the
 * person's name after a greeting, long numbers and anything a field holds are masked (mask-personal.ts).
 * The popup shows it in full before anything is copied; nothing is sent anywhere.
 */
export interface PageOutline {
  readonly host: string;
  readonly lines: readonly string[];
}

/** An outline longer than this is cut: the page's start is what tells it apart. */
export const MAX_OUTLINE_LINES = 400;
/** A text longer than this is cut: the start of a paragraph is enough to find it again. */
const MAX_TEXT = 160;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);
/** Elements that group what they hold: their content is indented under them. */
const GROUPS: Readonly<Record<string, string>> = {
  FORM: 'form',
  FIELDSET: 'fieldset',
  DIALOG: 'dialog',
  UL: 'list',
  OL: 'list',
  TABLE: 'table',
  NAV: 'navigation',
};
const CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']);
const isHeading = (element: Element) => /^H[1-6]$/.test(element.tagName);
/** The group an element opens (its content is indented under it), if it is one. */
const groupOf = (element: Element): string | undefined =>
  GROUPS[element.tagName] ?? (element.getAttribute('role') === 'dialog' ? 'dialog' : undefined);
/** What gets a line of its own. */
const LISTED =
  'a[href], input, select, textarea, button, label, legend, h1, h2, h3, h4, h5, h6, form, fieldset, dialog, ul, ol, table, nav, [role=dialog]';

export function pageOutline(doc: Document): PageOutline {
  const values = fieldValues(doc);
  const mask = (text: string) => maskPersonal(text, values);
  const quote = (text: string) => `« ${cut(mask(text))} »`;
  const url = new URL(doc.URL);
  const lines = [`address ${url.origin}${url.pathname}`, `title ${quote(doc.title)}`, `language ${doc.documentElement.lang || '?'}`];

  const visit = (element: Element, depth: number) => {
    if (lines.length > MAX_OUTLINE_LINES || SKIPPED.has(element.tagName.toUpperCase()) || isOverlayHost(element) || !isRendered(element)) return;
    const line = (text: string) => lines.push(`${'  '.repeat(depth)}${text}`);
    const own = describe(element, quote);
    if (own) line(own);
    if (CONTROLS.has(element.tagName)) {
      if (element.tagName === 'SELECT') for (const option of (element as HTMLSelectElement).options) line(`  option ${quote(shownText(option))}`);
      return;
    }
    if (isHeading(element) || element.tagName === 'LABEL' || element.tagName === 'LEGEND' || element.tagName === 'A') {
      // Their text is in their line; only the controls inside them are left to list.
      for (const control of element.querySelectorAll('input, select, textarea, button')) visit(control, depth + 1);
      return;
    }
    const text = ownText(element);
    if (text && !element.querySelector(LISTED)) {
      // Text with nothing listed inside (a paragraph, its bold words): one line for the whole of it.
      line(`text ${quote(shownText(element))}`);
      return;
    }
    if (text) line(`text ${quote(text)}`);
    const inner = groupOf(element) ? depth + 1 : depth;
    for (const child of element.children) visit(child, inner);
    if (element.shadowRoot) for (const child of element.shadowRoot.children) visit(child, inner);
  };
  if (doc.body) visit(doc.body, 0);
  if (lines.length > MAX_OUTLINE_LINES) lines.splice(MAX_OUTLINE_LINES, lines.length, '…');
  return { host: url.hostname, lines };
}

function describe(element: Element, quote: (text: string) => string): string | undefined {
  const tag = element.tagName;
  const attribute = (name: string) => {
    const value = element.getAttribute(name);
    return value ? ` ${name}=${quote(value)}` : '';
  };
  if (isHeading(element)) return `heading ${tag[1]} ${quote(shownText(element))}`;
  if (tag === 'LABEL' || tag === 'LEGEND') return `${tag.toLowerCase()} ${quote(shownText(element))}${attribute('for')}`;
  if (tag === 'A' && element.hasAttribute('href'))
    return `link ${quote(shownText(element) || element.getAttribute('aria-label') || '')} → ${linkTarget(element as HTMLAnchorElement)}`;
  if (tag === 'BUTTON' || (tag === 'INPUT' && /^(submit|button|reset|image)$/i.test((element as HTMLInputElement).type))) {
    const text = tag === 'BUTTON' ? shownText(element) : (element.getAttribute('value') ?? element.getAttribute('alt') ?? '');
    return `button ${quote(text || element.getAttribute('aria-label') || '')} type=${(element as HTMLButtonElement).type}`;
  }
  if (tag === 'INPUT' && (element as HTMLInputElement).type === 'hidden') return undefined;
  if (CONTROLS.has(tag)) {
    const type = tag === 'INPUT' ? ` type=${(element as HTMLInputElement).type}` : '';
    const names = fieldNames(element).map(quote).join(' ');
    return `field ${tag.toLowerCase()}${type}${attribute('name')}${attribute('id')}${attribute('autocomplete')}${names ? ` named ${names}` : ''}`;
  }
  if (tag === 'FORM') return `form${attribute('method')} action=${linkTarget(element as HTMLFormElement)}`;
  return groupOf(element);
}

/** Where a link or a form leads, without its query or fragment (which may carry tokens or the person's data). */
function linkTarget(element: HTMLAnchorElement | HTMLFormElement): string {
  const raw = element.getAttribute(element.tagName === 'FORM' ? 'action' : 'href') ?? '';
  if (/^mailto:/i.test(raw)) return 'mailto:[e-mail]';
  try {
    const target = new URL(raw, element.ownerDocument.URL);
    return /^https?:$/.test(target.protocol) ? `${target.host}${target.pathname}` : `${target.protocol}…`;
  } catch {
    return '?';
  }
}

/** The text an element shows itself, outside its child elements (those get their own lines). */
function ownText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) if (node.nodeType === 3) text += node.nodeValue ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** What the page's fields hold now, to be masked wherever the page repeats it (a name shown beside its field). */
function fieldValues(doc: Document): string[] {
  const values: string[] = [];
  for (const field of doc.querySelectorAll('input, textarea')) {
    const value = (field as HTMLInputElement).value;
    if (value) values.push(value);
  }
  return values;
}
