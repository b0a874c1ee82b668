/** Every combining mark: what accents become once text is decomposed (NFD). */
const MARKS = /\p{M}+/gu;
/** The combining marks of the Latin, Greek and Cyrillic letters of European languages (U+0300–U+036F). */
const COMMON_MARKS = /[\u0300-\u036f]+/g;
/**
 * A character outside the ranges where U+0300–U+036F are the only marks: Latin, Greek and most of Cyrillic
 * (below U+0483), and general punctuation and currency signs (U+2000–U+20CF); test/unit/fold.test.ts
 * checks this against Unicode. French and English pages rarely have any.
 */
const BEYOND_COMMON_RANGES = /[^\0-\u0482\u2000-\u20cf]/;

/**
 * Removes every combining mark. When the text has none but the common ones, a plain character class does
 * it: a Unicode property class (`\p{M}`) cost the content script 0.3 to 4 ms to compile on each page it
 * looked at (measured on this project's machine), pages that are no login page included.
 */
function withoutMarks(decomposed: string): string {
  return decomposed.replace(BEYOND_COMMON_RANGES.test(decomposed) ? MARKS : COMMON_MARKS, '');
}

/**
 * Folds text for comparison: lower case, no accents, typographic apostrophes made plain, runs of white
 * space made one space. Pages and rules both go through it, so "Identité", "IDENTITE" and "identité" with
 * a non-breaking space all compare equal.
 */
export function fold(text: string): string {
  return withoutMarks(text.normalize('NFD'))
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/\s+/g, ' ');
}

const foldedPhrases = new WeakMap<readonly string[], readonly string[]>();

/** The folded form of a rule's phrase list, computed once per list. */
export function foldPhrases(phrases: readonly string[]): readonly string[] {
  let folded = foldedPhrases.get(phrases);
  if (!folded) {
    folded = phrases.map(fold);
    foldedPhrases.set(phrases, folded);
  }
  return folded;
}

const shortestLengths = new WeakMap<readonly string[], number>();

/**
 * Whether a text this long may hold one of the phrases once folded: no shorter than the shortest. Folding
 * makes no text longer in the letters a phrase is made of (an accented letter becomes its letter, a run
 * of white space one space), so a shorter text is never worth folding; on a page of thousands of short
 * blocks, that is most of them.
 */
export function longEnoughFor(text: string, phrases: readonly string[]): boolean {
  let shortest = shortestLengths.get(phrases);
  if (shortest === undefined) {
    shortest = Math.min(...foldPhrases(phrases).map((phrase) => phrase.length));
    shortestLengths.set(phrases, shortest);
  }
  return text.length >= shortest;
}

export function containsAny(foldedText: string, phrases: readonly string[]): boolean {
  return foldPhrases(phrases).some((phrase) => foldedText.includes(phrase));
}
