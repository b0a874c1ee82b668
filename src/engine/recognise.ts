import type { Condition, PageRule, SiteRules } from '../rules/types';
import { containsAny } from './phrase-fold';
import { siteApplies } from './hosts';
import { locateNamed, readableText } from './locate';
import { readingOnce } from './reading';

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

  holds(condition: Condition, choices?: Element[]): boolean {
    if ('not' in condition) return !this.holds(condition.not);
    if ('anyOf' in condition) return condition.anyOf.some((each) => this.holds(each, choices));
    if ('atLeast' in condition) return condition.of.filter((each) => this.holds(each, choices)).length >= condition.atLeast;
    if ('path' in condition) return condition.path.test(this.url.pathname + this.url.search);
    if ('text' in condition) return containsAny(this.text, condition.text);
    const found = locateNamed(this.root, condition);
    if (found && 'choice' in condition) choices?.push(found.identity ?? found.element);
    return found !== undefined;
  }

  /**
   * Whether every condition holds, the page's choices being distinct elements: two options named in one
   * paragraph, list item or accordion of a help article are one element, not two options to pick from.
   */
  recognises(page: PageRule): boolean {
    const choices: Element[] = [];
    if (!page.recognisedBy.every((condition) => this.holds(condition, choices))) return false;
    return choices.every((one, i) => choices.every((other, j) => i === j || (!one.contains(other) && !other.contains(one))));
  }
}

/** Yields every page rule that holds for this URL and document, in registry order, lazily. */
function* matchingPages(sites: readonly SiteRules[], url: URL, root: ParentNode): Generator<Recognised> {
  const facts = new PageFacts(url, root);
  for (const site of sites) {
    if (!siteApplies(site, url.hostname)) continue;
    for (const page of site.pages) {
      if (facts.recognises(page)) yield { site, page };
    }
  }
}

/**
 * Every page rule that holds for this URL and document. Pure: reads the document, changes nothing.
 * More than one result means two rules overlap, which the fixture matrix forbids.
 */
export function recogniseAll(sites: readonly SiteRules[], url: URL, root: ParentNode): Recognised[] {
  return readingOnce(() => [...matchingPages(sites, url, root)]);
}

/** The page this is, or undefined when no rule recognises it. */
export function recognise(sites: readonly SiteRules[], url: URL, root: ParentNode): Recognised | undefined {
  return readingOnce(() => matchingPages(sites, url, root).next().value);
}
