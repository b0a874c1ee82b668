/**
 * Folds text for comparison: lower case, no accents, typographic apostrophes made plain, runs of white
 * space made one space. Pages and rules both go through it, so "Identité", "IDENTITE" and "identité" with
 * a non-breaking space all compare equal.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
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

export function containsAny(foldedText: string, phrases: readonly string[]): boolean {
  return foldPhrases(phrases).some((phrase) => foldedText.includes(phrase));
}
