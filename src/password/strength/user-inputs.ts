/** The words zxcvbn is told an attacker would try first: the person's names in every form, and the CNRS context. */

import { stripToBaseLetters } from '../name-fold';
import { namesFromIdentifier } from '../names';
import { type PersonNames, personNames } from '../person';

/** Words of the CNRS context an attacker would try first; given to zxcvbn with the person's names. */
export const CONTEXT_WORDS: readonly string[] = ['cnrs', 'gaia', 'janus', 'ods', 'sesame', 'webmail'];

const NOT_A_LETTER = /[^\p{L}\p{M}]+/gu;

/**
 * zxcvbn only lower-cases its user inputs (no accent folding, no splitting), so it is given every form:
 * each name as written (« hélène dupont-martin »), each word (« dupont-martin »), each word without its
 * hyphens (« dupontmartin »), each part (« hélène »), all of these with accents folded (« helene »), the
 * rule tokens (« lafontaine »), and the CNRS context words.
 */
export function userInputsFor(person: PersonNames | readonly string[]): string[] {
  const { names, tokens } = 'tokens' in person ? person : personNames(person);
  const inputs = new Set<string>(CONTEXT_WORDS);
  const add = (form: string): void => {
    if (form.length < 2) return;
    inputs.add(form);
    inputs.add(stripToBaseLetters(form));
  };
  for (const name of names) {
    const pieces = name.includes('@') ? namesFromIdentifier(name) : [name];
    for (const piece of pieces) {
      const written = piece.normalize('NFC').toLowerCase().trim();
      add(written);
      for (const word of written.split(/\s+/u)) {
        add(word);
        add(word.replace(NOT_A_LETTER, ''));
      }
      for (const part of written.split(NOT_A_LETTER)) add(part);
    }
  }
  for (const token of tokens) inputs.add(token.folded);
  return [...inputs];
}
