/**
 * The person's names as one password checker uses them (checker.ts): their tokens, derived once, the
 * words the strength estimate is given, and the last name finding. The rules and the strength estimate
 * ask for the same password on each keystroke, so the last finding is kept; it is held by this object
 * only, never by a module, so it goes when the checker goes (or at `forget()`).
 */

import { findName, type NameFinding } from './name-matcher';
import { foldText } from './name-fold';
import { deriveNameTokens, type NameToken } from './names';

export interface PersonNames {
  readonly names: readonly string[];
  readonly tokens: readonly NameToken[];
  /** The name found in a password (NFC), or null. */
  find(normalized: string): NameFinding | null;
  /** Drops the kept finding, and with it the password it was about. */
  forget(): void;
}

export function personNames(names: readonly string[]): PersonNames {
  const tokens = deriveNameTokens(names);
  let last: { readonly normalized: string; readonly finding: NameFinding | null } | null = null;
  return {
    names,
    tokens,
    find(normalized) {
      if (last?.normalized !== normalized) last = { normalized, finding: tokens.length === 0 ? null : findName(foldText(normalized), tokens) };
      return last.finding;
    },
    forget() {
      last = null;
    },
  };
}
