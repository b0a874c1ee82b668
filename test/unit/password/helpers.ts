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
