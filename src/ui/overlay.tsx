import { autoUpdate } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CHECKS, type CheckVerdict } from '../checks/identifiers';
import type { ResolvedHint } from '../engine/hints';
import { isInput } from '../engine/locate';
import type { CheckId } from '../rules/types';
import { t } from '../shared/i18n';
import { layOutCards, type Placed, referenceFor } from './layout';

export interface OverlayProps {
  readonly hints: readonly ResolvedHint[];
  readonly onDismiss: (hintId: string) => void;
}

/** Hints sit next to their anchor while it is on screen, and in the docked panel otherwise. */
export function Overlay({ hints, onDismiss }: OverlayProps) {
  const onScreen = useAnchorsOnScreen(hints);
  const anchored = useMemo(() => hints.filter((hint) => hint.anchor && onScreen.has(hint.anchor)), [hints, onScreen]);
  const docked = hints.filter((hint) => !anchored.includes(hint));
  const boxes = useRef(new Map<string, HTMLDivElement>());
  useCardLayout(anchored, boxes.current);
  return (
    <>
      {anchored.map((hint) => (
        <div
          key={hint.spec.id}
          class="floating"
          ref={(box) => {
            if (box) boxes.current.set(hint.spec.id, box);
            else boxes.current.delete(hint.spec.id);
          }}
        >
          <HintCard hint={hint} onDismiss={onDismiss} />
        </div>
      ))}
      {docked.length > 0 && (
        <aside class="dock" aria-label={t('ui_panel_title')}>
          <p class="dock-title">{t('ui_panel_title')}</p>
          {docked.map((hint) => (
            <HintCard key={hint.spec.id} hint={hint} onDismiss={onDismiss} />
          ))}
        </aside>
      )}
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
 * Keeps the cards next to their anchors: one layout of all cards whenever any anchor moves (scroll,
 * resize, layout change), at most once per frame, so cards never overlap each other or the fields.
 */
function useCardLayout(anchored: readonly ResolvedHint[], boxes: ReadonlyMap<string, HTMLDivElement>): void {
  useLayoutEffect(() => {
    const cards: Placed[] = [];
    for (const hint of anchored) {
      const floating = boxes.get(hint.spec.id);
      if (floating && hint.anchor) cards.push({ floating, reference: referenceFor(hint.anchor) });
    }
    let frame = 0;
    const schedule = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        void layOutCards(cards);
      });
    };
    const stops = cards.map(({ reference, floating }) => autoUpdate(reference, floating, schedule));
    void layOutCards(cards);
    return () => {
      cancelAnimationFrame(frame);
      for (const stop of stops) stop();
    };
  }, [anchored, boxes]);
}

function HintCard({ hint, onDismiss }: { hint: ResolvedHint; onDismiss: (hintId: string) => void }) {
  const { spec, anchor, args } = hint;
  const card = useRef<HTMLDivElement>(null);
  const dismiss = () => {
    const root = card.current?.getRootNode();
    const hadFocus = root instanceof ShadowRoot && card.current?.contains(root.activeElement);
    onDismiss(spec.id);
    // Keyboard users who closed the hint go back to the field it was about, never to the top of the page.
    if (hadFocus && anchor instanceof HTMLElement) anchor.focus({ preventScroll: true });
  };
  return (
    <div
      ref={card}
      class="card"
      role="note"
      data-hint={spec.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          dismiss();
        }
      }}
    >
      <p class="text">{t(spec.message, args)}</p>
      {spec.check && anchor && <LiveCheck check={spec.check} field={anchor} />}
      <button type="button" class="dismiss" aria-label={t('ui_dismiss')} title={t('ui_dismiss')} onClick={dismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

/**
 * The verdict of a live check on what the person types. The value is read here and dropped: it is
 * never stored, sent or written anywhere. The status region announces a new verdict once, politely.
 */
function LiveCheck({ check, field }: { check: CheckId; field: Element }) {
  const [verdict, setVerdict] = useState<CheckVerdict | undefined>(() => evaluate(check, field));
  // A layout effect, so the listener is there before the next keystroke can arrive.
  useLayoutEffect(() => {
    const controller = new AbortController();
    const update = () => setVerdict(evaluate(check, field));
    field.addEventListener('input', update, { signal: controller.signal });
    field.addEventListener('change', update, { signal: controller.signal });
    update();
    return () => controller.abort();
  }, [check, field]);
  return (
    <p class="check" role="status" data-check={check} data-state={verdict?.state ?? 'empty'}>
      {verdict && (
        <>
          <span class="check-icon" aria-hidden="true">
            {verdict.state === 'ok' ? '✓' : '✗'}
          </span>
          {t(verdict.message)}
        </>
      )}
    </p>
  );
}

function evaluate(check: CheckId, field: Element): CheckVerdict | undefined {
  return isInput(field) ? CHECKS[check](field.value) : undefined;
}
