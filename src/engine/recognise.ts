import type { Condition, PageRule, SiteRules } from '../rules/types';
import { containsAny } from './fold';
import { siteApplies } from './gate';
import { locate, readableText } from './locate';

export interface Recognised {
  readonly site: SiteRules;
  readonly page: PageRule;
}

/** Evaluates conditions against one page, reading its text at most once and only if a rule asks. */
class PageFacts {
  #text: string | undefined;
  constructor(
    readonly url: URL,
    readonly root: ParentNode,
  ) {}

  get text(): string {
    this.#text ??= readableText(this.root);
    return this.#text;
  }

  holds(condition: Condition): boolean {
    if ('not' in condition) return !this.holds(condition.not);
    if ('path' in condition) return condition.path.test(this.url.pathname + this.url.search);
    if ('text' in condition) return containsAny(this.text, condition.text);
    return locate(this.root, condition) !== undefined;
  }
}

/** Yields every page rule that holds for this URL and document, in registry order, lazily. */
function* matchingPages(sites: readonly SiteRules[], url: URL, root: ParentNode): Generator<Recognised> {
  const facts = new PageFacts(url, root);
  for (const site of sites) {
    if (!siteApplies(site, url.hostname)) continue;
    for (const page of site.pages) {
      if (page.recognisedBy.every((condition) => facts.holds(condition))) yield { site, page };
    }
  }
}

/**
 * Every page rule that holds for this URL and document. Pure: reads the document, changes nothing.
 * More than one result means two rules overlap, which the fixture matrix forbids.
 */
export function recogniseAll(sites: readonly SiteRules[], url: URL, root: ParentNode): Recognised[] {
  return [...matchingPages(sites, url, root)];
}

/** The page this is, or undefined when no rule recognises it. */
export function recognise(sites: readonly SiteRules[], url: URL, root: ParentNode): Recognised | undefined {
  return matchingPages(sites, url, root).next().value;
}
