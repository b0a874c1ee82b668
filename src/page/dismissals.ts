import { ANY_HOST, type StoredState } from '../shared/storage';

type Dismissals = StoredState['dismissedHints'];

/** The hints closed on this host (and those closed before dismissals were kept by host). */
export function dismissedOn(dismissals: Dismissals, host: string): ReadonlySet<string> {
  return new Set([...(dismissals[ANY_HOST] ?? []), ...(dismissals[host] ?? [])]);
}

/** The dismissals once this hint is closed on this host; the other hosts' are kept as they are. */
export function withDismissal(dismissals: Dismissals, host: string, hintId: string): Dismissals {
  return { ...dismissals, [host]: [...new Set([...(dismissals[host] ?? []), hintId])] };
}
