export interface WatchOptions {
  /** Looks at the page: called once at once, then after every (batched) change of the page. */
  readonly look: () => void;
  /** Nodes whose own changes are not page changes (our overlay). */
  readonly isOwnNode: (node: Node) => boolean;
  readonly signal: AbortSignal;
}

/**
 * Delay between a change of the page and the next look at it. It batches bursts of DOM changes (a
 * framework rendering a form) into one look, and stays far below what a person notices.
 */
export const LOOK_DELAY_MS = 40;

/** Attributes whose change can show or hide a form (modals, tabs, steps of a wizard). */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden'];

/**
 * Looks at the page now, then again whenever it changes: late-rendered forms, in-page navigation
 * (history or hash changes), modals that open. Everything stops when the signal aborts.
 */
export function watchPage({ look, isOwnNode, signal }: WatchOptions): void {
  let pending: ReturnType<typeof setTimeout> | undefined;

  const lookNow = () => {
    pending = undefined;
    if (!signal.aborted) look();
  };
  const schedule = () => {
    pending ??= setTimeout(lookNow, LOOK_DELAY_MS);
  };

  const observer = new MutationObserver((records) => {
    if (records.some((record) => !isOwnChange(record, isOwnNode))) schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: VISIBILITY_ATTRIBUTES,
  });
  // In-page navigations that change no DOM still change what the URL-based rules see.
  addEventListener('popstate', schedule, { signal });
  addEventListener('hashchange', schedule, { signal });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(pending);
    },
    { once: true },
  );
  lookNow();
}

function isOwnChange(record: MutationRecord, isOwnNode: (node: Node) => boolean): boolean {
  if (isOwnNode(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnNode);
}
