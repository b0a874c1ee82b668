import { foldText } from '../../../src/password/name-fold';
import { findName } from '../../../src/password/name-matcher';
import { deriveNameTokens } from '../../../src/password/names';
import { checkPassword, type RuleId, type RuleResult } from '../../../src/password/rules';

/** The result of one rule for a password and a names list. */
export function resultOf(rule: RuleId, password: string, names: readonly string[] = []): RuleResult {
  const result = checkPassword(password, { names }).results.find((candidate) => candidate.rule === rule);
  if (!result) throw new Error(`no result for rule ${rule}`);
  return result;
}

export function stateOf(rule: RuleId, password: string, names: readonly string[] = []): string {
  return resultOf(rule, password, names).state;
}

const INVISIBLE_OR_MARK = /[\p{C}\p{Z}\p{M}]/u;

/** How the tests name a refused character: itself when visible, its code (« U+00A0 ») otherwise. */
export function describeCharacter(character: string): string {
  if (!INVISIBLE_OR_MARK.test(character)) return character;
  const code = character.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The name the matcher finds in a password (the report itself never says which). */
export function matchedName(password: string, names: readonly string[]): string | undefined {
  return findName(foldText(password.normalize('NFC')), deriveNameTokens(names))?.token.display;
}
