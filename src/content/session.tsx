import { render } from 'preact';
import { type ResolvedHint, resolveHints } from '../engine/hints';
import type { Recognised } from '../engine/recognise';
import { uiLanguage } from '../shared/i18n';
import { sendMessage } from '../shared/messages';
import { readItem, watchItem, writeItem } from '../shared/storage';
import { createOverlayHost } from '../ui/host';
import { Overlay } from '../ui/overlay';

/** The overlay of one recognised page, alive until its signal aborts. */
export interface PageSession {
  /** Finds the anchors again after the page changed (a re-rendered form replaces its fields). */
  refresh(): void;
}

function sameHints(a: readonly ResolvedHint[], b: readonly ResolvedHint[]): boolean {
  return a.length === b.length && a.every((hint, i) => hint.spec === b[i]?.spec && hint.anchor === b[i]?.anchor);
}

function reportPage(pageId: Recognised['page']['id'] | null, hintCount: number): void {
  // The badge is a nicety: a background that is not listening (yet) must not break the page's overlay.
  sendMessage('pageChanged', { pageId, hintCount }).catch(() => undefined);
}

/** Shows the page's hints; everything it creates (host, listeners, observers) goes away on abort. */
export async function startSession({ page }: Recognised, signal: AbortSignal): Promise<PageSession | undefined> {
  const dismissed = new Set(await readItem('dismissedHints'));
  if (signal.aborted) return undefined;

  const { mount } = createOverlayHost(page.id, uiLanguage(), signal);
  let hints: ResolvedHint[] = [];
  let rendered = false;

  const dismiss = (hintId: string) => {
    dismissed.add(hintId);
    update();
    void writeItem('dismissedHints', [...dismissed]);
  };
  function update(): void {
    const next = resolveHints(page, document, dismissed);
    if (rendered && sameHints(next, hints)) return;
    hints = next;
    rendered = true;
    render(<Overlay hints={hints} onDismiss={dismiss} />, mount);
    reportPage(page.id, hints.length);
  }

  // A hint dismissed (or restored) in another tab or in the popup applies here at once.
  watchItem(
    'dismissedHints',
    (value) => {
      dismissed.clear();
      for (const id of value) dismissed.add(id);
      update();
    },
    signal,
  );
  signal.addEventListener(
    'abort',
    () => {
      render(null, mount);
      reportPage(null, 0);
    },
    { once: true },
  );
  update();
  return { refresh: update };
}
