import { type PageSketch, type SiteSketch, squash } from './sketch';

/** True for cnrs.fr and its subdomains: pages without a known host are looked for there only. */
export function isCnrsHost(hostname: string): boolean {
  return hostname === 'cnrs.fr' || hostname.endsWith('.cnrs.fr');
}

export function siteApplies(site: { readonly hosts?: readonly string[] }, hostname: string): boolean {
  return site.hosts ? site.hosts.includes(hostname) : isCnrsHost(hostname);
}

/**
 * Every text of the document the engine's locators can read, squashed: the text content (a superset of
 * the readable text, since it also holds scripts and styles), the value of submit and button inputs, and
 * the attributes that name fields.
 */
function documentHaystack(doc: Document): string {
  const parts = [doc.documentElement.textContent ?? ''];
  for (const element of doc.querySelectorAll('[aria-label], [placeholder], [title]')) {
    for (const attribute of ['aria-label', 'placeholder', 'title']) parts.push(element.getAttribute(attribute) ?? '');
  }
  for (const input of doc.querySelectorAll<HTMLInputElement>('input[type=submit], input[type=button]')) parts.push(input.value);
  return squash(parts.join(''));
}

function pageMayMatch(page: PageSketch, url: URL, doc: Document, haystack: () => string): boolean {
  const path = url.pathname + url.search;
  return (
    (page.paths ?? []).every((pattern) => pattern.test(path)) &&
    (page.selectors ?? []).every((selector) => doc.querySelector(selector) !== null) &&
    (page.phrases ?? []).every((phrases) => phrases.some((phrase) => haystack().includes(phrase)))
  );
}

/**
 * The sites (in registry order) that may have a page here: right host, and every cheap fact of one of
 * their pages holds. The document's text is read once, and only if a site on this host asks for it.
 */
export function sitesThatMayMatch(sites: readonly SiteSketch[], url: URL, doc: Document): SiteSketch[] {
  let text: string | undefined;
  const haystack = () => (text ??= documentHaystack(doc));
  return sites.filter((site) => siteApplies(site, url.hostname) && site.pages.some((page) => pageMayMatch(page, url, doc, haystack)));
}
