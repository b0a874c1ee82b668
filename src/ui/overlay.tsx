import { autoUpdate } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ResolvedHint } from '../engine/hints';
import { t } from '../shared/i18n';
import type { ContactLine } from './contacts';
import { Highlight } from './highlight';
import { HintCard } from './hint-card';
import { useShownHints } from './show-conditions';
import { Troubleshooting } from './troubleshooting';
import { type LayoutInputs, layOutCards, measureLayout, type Placed, referenceFor, sameLayoutInputs } from './layout';

export interface OverlayProps {
  readonly hints: readonly ResolvedHint[];
  /** Who to ask, for the troubleshooting panel. */
  readonly contacts: readonly ContactLine[];
  /** The person's names from the settings (for the password checker). */
  readonly personNames: readonly string[];
  readonly onDismiss: (hintId: string) => void;
}

/**
 * Hints sit next to their anchor while it is on screen, and in the docked panel otherwise; the
 * troubleshooting button is always at the bottom of the dock.
 */
export function Overlay({ hints, contacts, personNames, onDismiss }: OverlayProps) {
  const shown = useShownHints(hints);
  const onScreen = useAnchorsOnScreen(hints);
  const anchoredIds = shown.filter((hint) => hint.anchor && onScreen.has(hint.anchor)).map((hint) => hint.spec.id).join(' ');
  // Keyed by ids, so that the layout is redone when the set of cards changes, not on every keystroke.
  const anchored = useMemo(() => hints.filter((hint) => anchoredIds.split(' ').includes(hint.spec.id)), [anchoredIds, hints]);
  const docked = shown.filter((hint) => !anchored.includes(hint));
  const boxes = useRef(new Map<string, HTMLDivElement>());
  useCardLayout(anchored, boxes.current);
  return (
    <>
      {anchored
        .filter((hint) => hint.spec.highlight)
        .map((hint) => (
          <Highlight key={`ring-${hint.spec.id}`} anchor={hint.anchor as Element} hintId={hint.spec.id} />
        ))}
      {anchored.map((hint) => (
        <div
          key={hint.spec.id}
          class="floating"
          ref={(box) => {
            if (box) boxes.current.set(hint.spec.id, box);
            else boxes.current.delete(hint.spec.id);
          }}
        >
          <HintCard hint={hint} personNames={personNames} onDismiss={onDismiss} />
        </div>
      ))}
      <div class="dock-area">
        {docked.length > 0 && (
          <aside class="dock" aria-label={t('ui_panel_title')}>
            <p class="dock-title">{t('ui_panel_title')}</p>
            {docked.map((hint) => (
              <HintCard key={hint.spec.id} hint={hint} personNames={personNames} onDismiss={onDismiss} />
            ))}
          </aside>
        )}
        <Troubleshooting contacts={contacts} />
      </div>
    </>
  );
}

function isInViewport(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
}

/** Which anchors are at least partly inside the viewport, kept current as the person scrolls. */
function useAnchorsOnScreen(hints: readonly ResolvedHint[]): ReadonlySet<Element> {
  const anchors = hints.flatMap((hint) => (hint.anchor ? [hint.anchor] : []));
  // Measured once up front, so that a card does not flash through the dock before the observer reports.
  const [onScreen, setOnScreen] = useState<ReadonlySet<Element>>(() => new Set(anchors.filter(isInViewport)));
  useEffect(() => {
    const observer = new IntersectionObserver((entries) => {
      setOnScreen((previous) => {
        const next = new Set(previous);
        for (const entry of entries) {
          if (entry.isIntersecting) next.add(entry.target);
          else next.delete(entry.target);
        }
        return next;
      });
    });
    for (const anchor of anchors) observer.observe(anchor);
    return () => observer.disconnect();
    // The anchors change exactly when the hints do.
  }, [hints]);
  return onScreen;
}

/**
 * Keeps the cards next to their anchors: one layout of all cards whenever any anchor or card moves or
 * changes size (scroll, resize, layout change), so cards never overlap each other or the fields.
 */
function useCardLayout(anchored: readonly ResolvedHint[], boxes: ReadonlyMap<string, HTMLDivElement>): void {
  useLayoutEffect(() => {
    const cards: Placed[] = [];
    for (const hint of anchored) {
      const floating = boxes.get(hint.spec.id);
      if (floating && hint.anchor) cards.push({ floating, reference: referenceFor(hint.anchor) });
    }
    // Laid out in a microtask, so a card that grew or a field that moved is placed again before the
    // browser paints: a card never covers a field, even for one frame. Bursts of events share one layout.
    let pending = false;
    let stopped = false;
    let laidOutFor: LayoutInputs | undefined;
    const schedule = () => {
      if (pending) return;
      pending = true;
      queueMicrotask(() => {
        pending = false;
        if (stopped) return;
        const inputs = measureLayout(cards);
        if (laidOutFor && sameLayoutInputs(inputs, laidOutFor)) return;
        laidOutFor = inputs;
        void layOutCards(cards, inputs);
      });
    };
    const stops = cards.map(({ reference, floating }) => autoUpdate(reference, floating, schedule));
    schedule();
    return () => {
      stopped = true;
      for (const stop of stops) stop();
    };
  }, [anchored, boxes]);
}
