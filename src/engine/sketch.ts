import type { Condition, PageRule, SiteRules } from '../rules/types';
import { fold } from './fold';

/**
 * A site's rules reduced to what can be tested without the engine: where its pages live and, for each
 * page, facts that must hold for the page to be recognised. The content script's entry carries only these
 * sketches (generated at build time from the rule files), so a CNRS page that matches no rule never loads
 * the rules or the engine. A sketch is a necessary condition, never a sufficient one: when it holds, the
 * site's real rules decide.
 */
export interface SiteSketch {
  readonly id: string;
  /** As in SiteRules: absent means any CNRS host. */
  readonly hosts?: readonly string[];
  readonly pages: readonly PageSketch[];
}

/** Every part is left out when empty: the sketches travel in the content script's entry, where bytes count. */
export interface PageSketch {
  /** Every `path` condition of the page. */
  readonly paths?: readonly RegExp[];
  /** Every positive `selector` condition. */
  readonly selectors?: readonly string[];
  /** For every positive phrase condition (text, control, field, heading): its phrases, squashed. */
  readonly phrases?: readonly (readonly string[])[];
}

/**
 * Folded text with no white space at all. The engine reads text node by node and joins the pieces with a
 * space; the sketch reads the document's text in one piece. Comparing without spaces makes every phrase
 * the engine can find also findable here ("Choisir<b>mon</b>" reads "choisir mon" there, "choisirmon" here).
 */
export function squash(text: string): string {
  return fold(text).replace(/ /g, '');
}

function sketchPage(page: PageRule): PageSketch {
  const paths: RegExp[] = [];
  const selectors: string[] = [];
  const phrases: string[][] = [];
  for (const condition of page.recognisedBy as readonly Condition[]) {
    // A negative condition can only be judged by the engine; leaving it out keeps the sketch necessary.
    if ('not' in condition) continue;
    if ('path' in condition) paths.push(condition.path);
    else if ('selector' in condition) selectors.push(condition.selector);
    else {
      const list = 'text' in condition ? condition.text : 'control' in condition ? condition.control : 'field' in condition ? condition.field : condition.heading;
      phrases.push(essentialPhrases(list.map(squash)));
    }
  }
  return {
    ...(paths.length ? { paths } : {}),
    ...(selectors.length ? { selectors } : {}),
    ...(phrases.length ? { phrases } : {}),
  };
}

/**
 * How much of a phrase the sketch keeps. Any part of a phrase is in the text whenever the phrase is, so a
 * prefix keeps the sketch necessary; twelve characters of squashed wording ("choisirmonfo") are still rare
 * on pages that are not the one meant.
 */
export const SKETCH_PHRASE_LENGTH = 12;

/**
 * The phrase prefixes that matter for "one of them is in the text": a prefix that contains another one of
 * the list adds nothing (the shorter one is found whenever it is), and neither does a repeat.
 */
function essentialPhrases(phrases: readonly string[]): string[] {
  const unique = [...new Set(phrases.map((phrase) => phrase.slice(0, SKETCH_PHRASE_LENGTH)))];
  return unique.filter((phrase) => !unique.some((other) => other !== phrase && phrase.includes(other)));
}

export function sketchSite(site: SiteRules): SiteSketch {
  return { id: site.id, ...(site.hosts ? { hosts: site.hosts } : {}), pages: site.pages.map(sketchPage) };
}
