import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CHECKS, type CheckVerdict } from '../checks/identifiers';
import type { ResolvedHint } from '../engine/hints';
import { isInput } from '../engine/locate';
import type { CheckId } from '../rules/types';
import { t } from '../shared/i18n';

export interface OverlayProps {
  readonly hints: readonly ResolvedHint[];
  readonly onDismiss: (hintId: string) => void;
}

/** Hints sit next to their anchor while it is on screen, and in the docked panel otherwise. */
export function Overlay({ hints, onDismiss }: OverlayProps) {
  const onScreen = useAnchorsOnScreen(hints);
  const anchored = hints.filter((hint) => hint.anchor && onScreen.has(hint.anchor));
  const docked = hints.filter((hint) => !anchored.includes(hint));
  return (
    <>
      {anchored.map((hint) => (
        <Floating key={hint.spec.id} anchor={hint.anchor as Element}>
          <HintCard hint={hint} onDismiss={onDismiss} />
        </Floating>
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

/** Which anchors are at least partly inside the viewport, kept current as the person scrolls. */
function useAnchorsOnScreen(hints: readonly ResolvedHint[]): ReadonlySet<Element> {
  const [onScreen, setOnScreen] = useState<ReadonlySet<Element>>(new Set());
  useEffect(() => {
    const anchors = hints.flatMap((hint) => (hint.anchor ? [hint.anchor] : []));
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
  }, [hints]);
  return onScreen;
}

/** A box placed next to its anchor by Floating UI, following scroll, resize and layout changes. */
function Floating({ anchor, children }: { anchor: Element; children: ComponentChildren }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const floating = box.current;
    if (!floating) return;
    const place = () =>
      void computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: 'right-start',
        middleware: [
          offset(10),
          flip({ fallbackPlacements: ['bottom-start', 'top-start', 'left-start'] }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableWidth }) => floating.style.setProperty('--available-width', `${availableWidth}px`),
          }),
        ],
      }).then(({ x, y, placement }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
        floating.dataset.placement = placement;
      });
    return autoUpdate(anchor, floating, place);
  }, [anchor]);
  return (
    <div ref={box} class="floating">
      {children}
    </div>
  );
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
