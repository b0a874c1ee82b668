import { render } from 'preact';
import { choiceActivated, type ResolvedHint, resolveHints } from '../engine/hints';
import type { Recognised } from '../engine/recognise';
import type { PageId } from '../rules/page-ids';
import { type RememberedChoice, STEP_IDS } from '../rules/types';
import { isDone } from '../checklist/state';
import { applyLanguage, uiLanguage } from '../shared/i18n';
import { sendMessage } from '../shared/messages';
import { watchSettings } from '../shared/settings';
import { type EffectiveSettings, effectiveSettings } from '../shared/settings-schema';
import { decodeItems, readItems, watchItem, writeItem } from '../shared/storage';
import { OVERLAY_ITEMS, type PrefetchedItems } from '../content/prefetch';
import { createOverlayHost } from '../ui/host';
import { preloadPasswordPanel } from '../password-panel/on-demand';
import { Overlay } from '../ui/overlay';
import { shownOnArrival } from '../ui/show-conditions';
import { watchStepSuccess } from './step-success';
import { type ContactLine, contactLines } from '../ui/contacts';

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
 * Shows the page's hints; everything it creates (host, listeners, observers) goes away on abort.
 * While hints are paused or the site is turned off, nothing is shown, and the session waits for the
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
  const state = {
    dismissed: new Set(dismissedHints),
    remembered: rememberedChoices,
    stepsDone: new Set(STEP_IDS.filter((step) => isDone(checklist, step))),
  };
  // The checklist follows the person's progress whether or not hints are shown.
  if (page.marksStep) watchStepSuccess(page.marksStep, signal);
  let silenced = isSilenced(settings, site.id);
  let contacts: ContactLine[] = contactLines(site.support ?? [], settings.settings);
  let personNames = namesOf(settings);

  const { mount, keepInPlace } = createOverlayHost(page.id as PageId, uiLanguage(), signal);
  let hints: ResolvedHint[] = [];
  let rendered = false;

  const dismiss = (hintId: string) => {
    state.dismissed.add(hintId);
    update();
    void writeItem('dismissedHints', [...state.dismissed]);
  };
  function update(): void {
    const next = silenced ? [] : resolveHints(page, document, state);
    if (rendered && sameHints(next, hints)) return;
    hints = next;
    rendered = true;
    render(silenced ? null : <Overlay hints={hints} contacts={contacts} personNames={personNames} onDismiss={dismiss} />, mount);
    // The badge counts what shows on arrival, not the warnings that wait for a pointer or a click.
    reportPage(page.id as PageId, hints.filter(shownOnArrival).length);
  }

  watchSettings((next) => {
    void applyLanguage(next.settings.language).then(() => {
      if (signal.aborted) return;
      silenced = isSilenced(next, site.id);
      contacts = contactLines(site.support ?? [], next.settings);
      personNames = namesOf(next);
      mount.lang = uiLanguage();
      // Every text may have changed (language, contacts): render afresh.
      render(null, mount);
      rendered = false;
      update();
    });
  }, signal);

  // A hint dismissed (or restored) in another tab or in the popup applies here at once.
  watchItem(
    'dismissedHints',
    (value) => {
      state.dismissed = new Set(value);
      update();
    },
    signal,
  );
  // A step ticked in the popup or on another page brings the hints that wait for it.
  watchItem(
    'checklist',
    (value) => {
      state.stepsDone = new Set(STEP_IDS.filter((step) => isDone(value, step)));
      update();
    },
    signal,
  );
  const choice = page.remembers;
  if (choice) {
    recordChoices(
      choice,
      (value) => {
        if (state.remembered[choice.key] === value) return;
        state.remembered = { ...state.remembered, [choice.key]: value };
        void writeItem('rememberedChoices', state.remembered);
      },
      signal,
    );
  }
  signal.addEventListener(
    'abort',
    () => {
      render(null, mount);
      reportPage(null, 0);
    },
    { once: true },
  );
  update();
  return {
    refresh: () => {
      keepInPlace();
      update();
    },
  };
}
