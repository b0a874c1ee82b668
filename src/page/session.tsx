import { render } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { choiceActivated, type HintState, type ResolvedHint, resolveHints } from '../engine/hints';
import type { Recognised } from '../engine/recognise';
import type { StoredState } from '../shared/storage';
import type { PageId } from '../rules/page-ids';
import { type PageRule, type RememberedChoice, type SiteRules, STEP_IDS } from '../rules/types';
import { isDone } from '../checklist/state';
import { applyLanguage, uiLanguage } from '../shared/i18n';
import { sendMessage } from '../shared/runtime-messages';
import { useSettings, useStoredItem } from '../shared/hooks';
import { type EffectiveSettings, effectiveSettings } from '../shared/settings-schema';
import { decodeItems, readItem, readItems, writeItem } from '../shared/storage';
import { OVERLAY_ITEMS, type PrefetchedItems } from '../content/prefetch';
import { createOverlayHost } from '../ui/host';
import { preloadPasswordPanel } from '../password-panel/on-demand';
import { Overlay } from '../ui/overlay';
import { shownOnArrival } from '../ui/show-conditions';
import { watchStepSuccess } from './step-success';
import { contactLines } from './contacts';
import { dismissedOn, withDismissal } from './dismissals';

/** The overlay of one recognised page, alive until its signal aborts. */
export interface PageSession {
  /** Finds the anchors again after the page changed (a re-rendered form replaces its fields). */
  refresh(): void;
}

const sameTexts = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((text, i) => text === b[i]);

/**
 * Whether two resolutions show the same: the same hints on the same elements, quoting the same page text
 * (a legend changed in place names another service: its hint must say so).
 */
function sameHints(a: readonly ResolvedHint[], b: readonly ResolvedHint[]): boolean {
  return (
    a.length === b.length &&
    a.every((hint, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        hint.spec.id === other.spec.id &&
        hint.anchor === other.anchor &&
        hint.compareWith === other.compareWith &&
        sameTexts(hint.args, other.args) &&
        sameTexts(hint.pageNames, other.pageNames)
      );
    })
  );
}

function reportPage(pageId: PageId | null, hintCount: number): void {
  // The badge is a nicety: a background that is not listening (yet) must not break the page's overlay.
  sendMessage('pageChanged', { pageId, hintCount }).catch(() => undefined);
}

/**
 * Remembers which option of a remembered choice the person clicks. One listener on the document, so
 * that options re-rendered by the page are still seen. Only the option's value is stored.
 */
function recordChoices(choice: RememberedChoice, onChoice: (value: string) => void, signal: AbortSignal): void {
  const listener = (event: Event) => {
    // The person's own clicks only: a page script's `.click()` is not the person choosing.
    if (!event.isTrusted) return;
    const value = choiceActivated(choice, document, event.target);
    if (value) onChoice(value);
  };
  document.addEventListener('click', listener, { capture: true, signal });
}

/** The names the person gave in the settings, for the password check. */
function namesOf({ settings }: EffectiveSettings): string[] {
  return [settings.firstName, settings.lastName].filter((name) => name !== '');
}

/** Whether the person (or their unit's administrator) turned hints off here. */
function isSilenced({ settings }: EffectiveSettings, siteId: string): boolean {
  return settings.paused || settings.sitesOff.includes(siteId);
}

/**
 * The page's hints as the page is now. Resolved again at every render (the page changed, something
 * stored changed); the previous resolution is kept while it shows the same, so that cards keep their
 * place and nothing is laid out again for a page change that changes nothing of ours.
 */
function usePageHints(page: PageRule, state: HintState | null): readonly ResolvedHint[] {
  const last = useRef<readonly ResolvedHint[]>([]);
  const next = state ? resolveHints(page, document, state) : [];
  if (!sameHints(next, last.current)) last.current = next;
  return last.current;
}

interface PageOverlayProps {
  readonly site: SiteRules;
  readonly page: PageRule;
  /** What was read before the first render, so that it shows the right hints at once. */
  readonly initial: {
    readonly settings: EffectiveSettings;
    readonly dismissedHints: StoredState['dismissedHints'];
    readonly rememberedChoices: Readonly<Record<string, string>>;
    readonly checklist: StoredState['checklist'];
  };
  /** Marks the overlay with the language of its texts. */
  readonly onLanguage: () => void;
}

/**
 * The overlay of one recognised page, fed by the stored state it depends on: the settings, the hints
 * closed, the remembered choices and the checklist. A change of any of them, here, in the popup or in
 * another tab, or a change of the page, renders it again.
 */
function PageOverlay({ site, page, initial, onLanguage }: PageOverlayProps) {
  const effective = useSettings(initial.settings, onLanguage);
  const dismissedHints = useStoredItem('dismissedHints', initial.dismissedHints) ?? initial.dismissedHints;
  const host = location.hostname;
  const remembered = useStoredItem('rememberedChoices', initial.rememberedChoices) ?? {};
  const checklist = useStoredItem('checklist', initial.checklist) ?? initial.checklist;

  const silenced = isSilenced(effective, site.id);
  const stepsDone = useMemo(() => new Set(STEP_IDS.filter((step) => isDone(checklist, step))), [checklist]);
  const state = useMemo(
    () => ({ dismissed: dismissedOn(dismissedHints, host), remembered, stepsDone }),
    [dismissedHints, host, remembered, stepsDone],
  );
  const hints = usePageHints(page, silenced ? null : state);
  // The badge counts what shows on arrival, not the warnings that wait for a pointer or a click.
  useEffect(() => reportPage(page.id as PageId, hints.filter(shownOnArrival).length), [hints, page.id]);

  if (silenced) return null;
  // From what is stored now, not what this page read: another tab may have closed a hint since.
  const dismiss = (hintId: string) => readItem('dismissedHints').then((stored) => writeItem('dismissedHints', withDismissal(stored, host, hintId)));
  return (
    <Overlay
      // Every text may have changed with the language: the overlay starts afresh.
      key={effective.settings.language}
      hints={hints}
      contacts={contactLines(site.support ?? [], effective.settings, site.hosts?.includes(host) === true)}
      personNames={namesOf(effective)}
      onDismiss={dismiss}
    />
  );
}

/**
 * Shows the page's hints; everything it creates (host, listeners, observers) goes away on abort.
 * While hints are paused or the site is turned off, nothing is shown, and the overlay waits for the
 * settings to change.
 */
export async function startSession({ site, page }: Recognised, signal: AbortSignal, prefetched?: PrefetchedItems): Promise<PageSession | undefined> {
  const [[dismissedHints, rememberedChoices, stored, presets, checklist]] = await Promise.all([
    // One request for everything stored that the overlay needs, usually made by the entry already.
    prefetched?.then((raw) => (raw ? decodeItems(OVERLAY_ITEMS, raw) : readItems(OVERLAY_ITEMS))) ?? readItems(OVERLAY_ITEMS),
    page.hints.some((hint) => hint.passwordChecker) ? preloadPasswordPanel() : undefined,
  ]);
  const settings = effectiveSettings(stored, presets);
  await applyLanguage(settings.settings.language);
  if (signal.aborted) return undefined;
  // The checklist follows the person's progress whether or not hints are shown.
  if (page.marksStep) watchStepSuccess(page.marksStep, signal);
  const choice = page.remembers;
  if (choice) {
    // Written within the click, from what this page knows: the click usually leaves the page.
    let remembered = rememberedChoices;
    recordChoices(
      choice,
      (value) => {
        if (remembered[choice.key] === value) return;
        remembered = { ...remembered, [choice.key]: value };
        void writeItem('rememberedChoices', remembered, { beforeNavigation: true });
      },
      signal,
    );
  }

  const { mount, keepInPlace } = createOverlayHost(page.id as PageId, uiLanguage(), signal);
  const initial = { settings, dismissedHints, rememberedChoices, checklist };
  const onLanguage = () => (mount.lang = uiLanguage());
  // Each draw renders the overlay again, which looks at the page again: at the start, and whenever the
  // page's watcher saw it change.
  const draw = () => render(<PageOverlay site={site} page={page} initial={initial} onLanguage={onLanguage} />, mount);
  signal.addEventListener(
    'abort',
    () => {
      render(null, mount);
      reportPage(null, 0);
    },
    { once: true },
  );
  draw();
  return {
    refresh: () => {
      keepInPlace();
      draw();
    },
  };
}
