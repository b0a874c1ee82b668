/**
 * What one look found: whether the page has hints (its changes are then looked at promptly, while a page
 * of no interest that keeps changing, a clock or a carousel, is looked at less and less often), and the
 * main-thread time the look took after its synchronous part (the second stage's work, when it ran).
 */
export type LookOutcome = boolean | { readonly hasHints: boolean; readonly laterCostMs: number };

export interface WatchOptions {
  /** Looks at the page: called once at once, then after every (batched) change of the page. */
  readonly look: () => LookOutcome | Promise<LookOutcome>;
  /** Nodes whose own changes are not page changes (our overlay). */
  readonly isOwnNode: (node: Node) => boolean;
  readonly signal: AbortSignal;
  /** The looks' share of the main thread, at most: LOOK_SHARE unless told (1: no limit). */
  readonly share?: number;
}

/**
 * Delay between a change of the page and the next look at it. It batches bursts of DOM changes (a
 * framework rendering a form) into one look, and stays far below what a person notices.
 */
export const LOOK_DELAY_MS = 40;

/**
 * The longest a change waits to be looked at, reached on a page of no interest that keeps changing: the
 * delay doubles after each look that found nothing. A navigation within the page cuts the wait short
 * once (a look after LOOK_DELAY_MS); if that look finds nothing either, the wait is what it was. A form
 * that renders after a while still gets its hints within a second.
 */
export const MAX_LOOK_DELAY_MS = 1000;

/**
 * The looks' share of the page's main thread over time, at most. Looks spend from a budget of main-thread
 * time that refills at this rate, up to LOOK_BURST_MS; once it is spent, the next look waits until it is
 * back. A look costs a millisecond or two on a login page, so a page that settles is never slowed (the
 * first looks, a form re-rendered after a click); a page that is huge and keeps changing (a recognised
 * form inside 50,000 elements and a clock) is looked at only as often as 1 % allows. Half the 2 % the
 * watcher may take in all: what a look starts later (laying out the cards, the mutation records of a page
 * that changes 60 times a second) is not in its measured time.
 */
export const LOOK_SHARE = 0.01;
/** The budget's size: several ordinary looks in a row, as a page renders, wait for nothing. */
export const LOOK_BURST_MS = 50;

/** Attributes whose change can show or hide a form (modals, tabs, steps of a wizard). */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden'];

/**
 * Looks at the page now, then again whenever it changes: late-rendered forms, in-page navigation
 * (history or hash changes), modals that open. One look at a time; everything stops when the signal aborts.
 */
export function watchPage({ look, isOwnNode, signal, share = LOOK_SHARE }: WatchOptions): void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  let delay = LOOK_DELAY_MS;
  /** The wait a look cut short by a navigation interrupted: a look that finds nothing goes back to it. */
  let interrupted = 0;
  /** What is left of the looks' budget (LOOK_SHARE), as of `budgetAt`; below zero, a debt the next look waits out. */
  let budget = LOOK_BURST_MS;
  let budgetAt = performance.now();
  /** The shortest wait the budget allows now. */
  let floor = 0;
  let lookedAt = location.href;
  let looking = false;
  /** The page changed during a look: one more look once it is over. */
  let changedMeanwhile = false;
  let lastCutShort = -Infinity;

  /** Paces the next look by what this one found and what it cost. */
  const paceAfter = (outcome: LookOutcome, syncCostMs: number) => {
    const hasHints = typeof outcome === 'boolean' ? outcome : outcome.hasHints;
    const cost = syncCostMs + (typeof outcome === 'boolean' ? 0 : outcome.laterCostMs);
    const now = performance.now();
    budget = Math.min(LOOK_BURST_MS, budget + (now - budgetAt) * share) - cost;
    budgetAt = now;
    floor = budget >= 0 ? 0 : -budget / share;
    delay = Math.max(hasHints ? LOOK_DELAY_MS : Math.min(Math.max(delay * 2, interrupted), MAX_LOOK_DELAY_MS), floor);
    interrupted = 0;
  };
  const lookNow = async () => {
    pending = undefined;
    if (signal.aborted) return;
    lookedAt = location.href;
    looking = true;
    // Watching again from now: a change during the look brings one more look.
    observe();
    try {
      const started = performance.now();
      const outcome = look();
      const syncCost = performance.now() - started;
      paceAfter(await outcome, syncCost);
    } finally {
      looking = false;
      if (changedMeanwhile) {
        changedMeanwhile = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (looking) changedMeanwhile = true;
    else pending ??= setTimeout(() => void lookNow(), delay);
  };
  /**
   * The page moved to another address: look again soon, whatever it waited before. Once a second at
   * most: a page that changes its address all the time (history.replaceState as it scrolls) is a page
   * that keeps changing, and is looked at as one.
   */
  const navigated = () => {
    const now = performance.now();
    // Only a longer wait is cut short: restarting a short one on every change would starve the look.
    if (delay > Math.max(LOOK_DELAY_MS, floor) && now - lastCutShort >= MAX_LOOK_DELAY_MS) {
      lastCutShort = now;
      clearTimeout(pending);
      pending = undefined;
      interrupted = delay;
      delay = Math.max(LOOK_DELAY_MS, floor);
    }
    schedule();
  };

  const observer = new MutationObserver((records) => {
    if (!records.some((record) => !isOwnChange(record, isOwnNode))) return;
    // A one-page application's view change (history.pushState) comes with changes to the page.
    if (location.href !== lookedAt) navigated();
    else schedule();
    // A look is due: until it runs, more changes tell nothing more (it reads the page as it is then),
    // and a page that changes 60 times a second would call us 60 times a second to say so.
    if (pending !== undefined) observer.disconnect();
  });
  // The document itself, not its root element: a page may put a new root in place of the old one, or
  // rebuild itself with document.open() and write(), and the new page must be watched as the old one.
  const observe = () =>
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
  void lookNow();
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
