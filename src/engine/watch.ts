export interface WatchOptions {
  /**
   * Looks at the page: called once at once, then after every (batched) change of the page. Says whether
   * the page may have hints: its changes are then looked at promptly, while a page of no interest that
   * keeps changing (a clock, a carousel) is looked at less and less often.
   */
  readonly look: () => boolean;
  /** Nodes whose own changes are not page changes (our overlay). */
  readonly isOwnNode: (node: Node) => boolean;
  readonly signal: AbortSignal;
}

/**
 * Delay between a change of the page and the next look at it. It batches bursts of DOM changes (a
 * framework rendering a form) into one look, and stays far below what a person notices.
 */
export const LOOK_DELAY_MS = 40;

/**
 * The longest a change waits to be looked at, reached on a page of no interest that keeps changing: the
 * delay doubles after each look that found nothing. A navigation within the page brings it back to
 * LOOK_DELAY_MS; a form that renders after a while still gets its hints within a second.
 */
export const MAX_LOOK_DELAY_MS = 1000;

/** Attributes whose change can show or hide a form (modals, tabs, steps of a wizard). */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden'];

/**
 * Looks at the page now, then again whenever it changes: late-rendered forms, in-page navigation
 * (history or hash changes), modals that open. Everything stops when the signal aborts.
 */
export function watchPage({ look, isOwnNode, signal }: WatchOptions): void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  let delay = LOOK_DELAY_MS;
  let lookedAt = location.href;

  const lookNow = () => {
    pending = undefined;
    if (signal.aborted) return;
    lookedAt = location.href;
    delay = look() ? LOOK_DELAY_MS : Math.min(delay * 2, MAX_LOOK_DELAY_MS);
  };
  const schedule = () => {
    pending ??= setTimeout(lookNow, delay);
  };
  /** The page moved to another address: look again soon, whatever it waited before. */
  const navigated = () => {
    // Only a longer wait is cut short: restarting a short one on every change would starve the look.
    if (delay !== LOOK_DELAY_MS) {
      clearTimeout(pending);
      pending = undefined;
      delay = LOOK_DELAY_MS;
    }
    schedule();
  };

  const observer = new MutationObserver((records) => {
    if (!records.some((record) => !isOwnChange(record, isOwnNode))) return;
    // A one-page application's view change (history.pushState) comes with changes to the page.
    if (location.href !== lookedAt) navigated();
    else schedule();
  });
  // The document itself, not its root element: a page may put a new root in place of the old one, or
  // rebuild itself with document.open() and write(), and the new page must be watched as the old one.
  observer.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: VISIBILITY_ATTRIBUTES,
  });
  // In-page navigations that change no DOM still change what the URL-based rules see.
  addEventListener('popstate', navigated, { signal });
  addEventListener('hashchange', navigated, { signal });

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

/**
 * Changes of our own nodes (the overlay re-rendering, its host moved above a dialog) are not the page's.
 * Our host taken out of the page is: the look that follows puts it back.
 */
function isOwnChange(record: MutationRecord, isOwnNode: (node: Node) => boolean): boolean {
  if (isOwnNode(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnNode) && [...record.removedNodes].every((node) => node.isConnected);
}
