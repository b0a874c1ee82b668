import type { Condition, PageRule, SiteRules } from '../../rules/types';
import { fold } from '../phrase-fold';

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
  /**
   * Present when a page of the site shows the password checker, whose chunk the entry then asks for in
   * the same round as the second stage (src/content/index.ts).
   */
  readonly checksPassword?: true;
}

/** Every part is left out when empty: the sketches travel in the content script's entry, where bytes count. */
export interface PageSketch {
  /**
   * Every `path` condition of the page, as the source and flags of its pattern: sketches reach the entry
   * as JSON (see scripts/site-sketches-plugin.ts), which has no regular expressions.
   */
  readonly paths?: readonly PathPattern[];
  /** Every positive `selector` condition. */
  readonly selectors?: readonly string[];
  /**
   * For every positive `text` or `heading` condition: its phrases, squashed. The engine finds these in
   * the text of the page's elements, so the gate looks for them in the document's text alone.
   */
  readonly texts?: readonly (readonly string[])[];
  /**
   * For every positive `control` or `field` condition: its phrases, squashed. The engine also reads these
   * from attributes (a field's placeholder, a submit button's value), so the gate does too.
   */
  readonly names?: readonly (readonly string[])[];
}

export type PathPattern = readonly [source: string, flags: string];

/**
 * Folded text with no white space at all. The engine reads text node by node and joins the pieces with a
 * space; the sketch reads the document's text in one piece. Comparing without spaces makes every phrase
 * the engine can find also findable here ("Choisir<b>mon</b>" reads "choisir mon" there, "choisirmon" here).
 */
export function squash(text: string): string {
  return fold(text).replace(/ /g, '');
}

function sketchPage(page: PageRule): PageSketch {
  const paths: PathPattern[] = [];
  const selectors: string[] = [];
  const texts: string[][] = [];
  const names: string[][] = [];
  for (const condition of page.recognisedBy as readonly Condition[]) {
    // A negative condition can only be judged by the engine; leaving it out keeps the sketch necessary.
    if ('not' in condition) continue;
    if ('anyOf' in condition || 'atLeast' in condition) {
      // One of the alternatives holds, so one of their phrases is on the page: the union is necessary,
      // unless an alternative is not a phrase at all (then nothing can be required of the text).
      const union = alternativesPhrases('anyOf' in condition ? condition.anyOf : condition.of);
      if (union) names.push(essentialPhrases(union.map(squash)));
      continue;
    }
    if ('path' in condition) paths.push([condition.path.source, condition.path.flags]);
    else if ('selector' in condition) selectors.push(condition.selector);
    else if ('text' in condition) texts.push(essentialPhrases(condition.text.map(squash)));
    else if ('heading' in condition) texts.push(essentialPhrases(condition.heading.map(squash)));
    else names.push(essentialPhrases(phrasesOf(condition).map(squash)));
  }
  return {
    ...(paths.length ? { paths } : {}),
    ...(selectors.length ? { selectors } : {}),
    ...(texts.length ? { texts } : {}),
    ...(names.length ? { names } : {}),
  };
}

/** The phrases a named control, choice or field condition looks for. */
function phrasesOf(condition: { control: readonly string[] } | { choice: readonly string[] } | { field: readonly string[] }): readonly string[] {
  return 'control' in condition ? condition.control : 'choice' in condition ? condition.choice : condition.field;
}

/** Every phrase of a set of alternatives, or undefined when one of them is not found by a phrase. */
function alternativesPhrases(alternatives: readonly Condition[]): string[] | undefined {
  const phrases: string[] = [];
  for (const alternative of alternatives) {
    if ('text' in alternative) phrases.push(...alternative.text);
    else if ('heading' in alternative) phrases.push(...alternative.heading);
    else if ('control' in alternative || 'choice' in alternative || 'field' in alternative) phrases.push(...phrasesOf(alternative));
    else if ('anyOf' in alternative || 'atLeast' in alternative) {
      const nested = alternativesPhrases('anyOf' in alternative ? alternative.anyOf : alternative.of);
      if (!nested) return undefined;
      phrases.push(...nested);
    } else return undefined;
  }
  return phrases;
}

/**
 * How much of a phrase the sketch keeps. Any part of a phrase is in the text whenever the phrase is, so a
 * prefix keeps the sketch necessary; eleven characters of squashed wording ("choisirmonf") are still rare
 * on pages that are not the one meant. The length is what keeps the entry within its 5,000 bytes.
 */
export const SKETCH_PHRASE_LENGTH = 11;

/**
 * The phrase prefixes that matter for "one of them is in the text": a prefix that contains another one of
 * the list adds nothing (the shorter one is found whenever it is), and neither does a repeat.
 */
function essentialPhrases(phrases: readonly string[]): string[] {
  const unique = [...new Set(phrases.map((phrase) => phrase.slice(0, SKETCH_PHRASE_LENGTH)))];
  return unique.filter((phrase) => !unique.some((other) => other !== phrase && phrase.includes(other)));
}

export function sketchSite(site: SiteRules): SiteSketch {
  const checksPassword = site.pages.some((page) => page.hints.some((hint) => 'passwordChecker' in hint));
  return {
    id: site.id,
    ...(site.hosts ? { hosts: site.hosts } : {}),
    pages: site.pages.map(sketchPage),
    ...(checksPassword ? { checksPassword } : {}),
  };
}
