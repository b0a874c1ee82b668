import { readableText } from '../dom-facts';
import { siteApplies } from '../hosts';
import { type PageSketch, type SiteSketch, squash } from './sketch';

/**
 * The document's text as the engine reads it (readableText: as far as READ_LIMIT), squashed. Not the
 * whole `textContent`: on a page of megabytes, folding all of it at each look was the cost of watching it.
 */
const documentText = (doc: Document): string => readableText(doc).replace(/ /g, '');

/** The attributes by which the engine names a field or a control (src/engine/field-names.ts, choices.ts). */
const NAME_ATTRIBUTES = ['aria-label', 'placeholder', 'title'];
const NAMED_BY_ATTRIBUTE = NAME_ATTRIBUTES.map((attribute) => `[${attribute}]`).join(', ');

/**
 * The texts that name controls and fields besides the document's text, squashed. The engine reads them
 * from fields only: a field's naming attributes, and a submit or button input's value; any other
 * control is named by its text. Read only for a page whose other facts hold.
 */
function documentNames(doc: Document): string {
  const parts: string[] = [];
  // Any element may be named by these (a button by its aria-label, a field by its placeholder).
  for (const element of doc.querySelectorAll(NAMED_BY_ATTRIBUTE)) {
    for (const attribute of NAME_ATTRIBUTES) parts.push(element.getAttribute(attribute) ?? '');
  }
  for (const input of doc.getElementsByTagName('input')) {
    const { type, value } = input;
    if (type === 'submit' || type === 'button') parts.push(value);
  }
  return squash(parts.join(''));
}

interface Haystacks {
  text(): string;
  names(): string;
}

const anyIn = (phrases: readonly string[], haystack: string) => phrases.some((phrase) => haystack.includes(phrase));

/** The parts of an address the gate reads: a URL, or the page's own `location` (no URL to build). */
export type PageAddress = Pick<URL, 'hostname' | 'pathname' | 'search'>;

/** Cheapest facts first: the address, then selectors, then the document's text, then its attributes. */
function pageMayMatch(page: PageSketch, url: PageAddress, doc: Document, haystacks: Haystacks): boolean {
  const path = url.pathname + url.search;
  return (
    (page.paths ?? []).every(([source, flags]) => new RegExp(source, flags).test(path)) &&
    (page.selectors ?? []).every((selector) => doc.querySelector(selector) !== null) &&
    (page.texts ?? []).every((phrases) => anyIn(phrases, haystacks.text())) &&
    (page.names ?? []).every((phrases) => anyIn(phrases, haystacks.text()) || anyIn(phrases, haystacks.names()))
  );
}

/**
 * The sites (in registry order) that may have a page here: right host, and every cheap fact of one of
 * their pages holds. The document is read at most once for its text and once for its attributes, and
 * only if a page on this host asks for them.
 */
export function sitesThatMayMatch(sites: readonly SiteSketch[], url: PageAddress, doc: Document): SiteSketch[] {
  let text: string | undefined;
  let names: string | undefined;
  const haystacks: Haystacks = { text: () => (text ??= documentText(doc)), names: () => (names ??= documentNames(doc)) };
  return sites.filter((site) => siteApplies(site, url.hostname) && site.pages.some((page) => pageMayMatch(page, url, doc, haystacks)));
}
