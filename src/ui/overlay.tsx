import { autoUpdate } from '@floating-ui/dom';
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ResolvedHint } from '../engine/hints';
import { t } from '../shared/i18n';
import type { ContactLine } from '../page/contacts';
import { Highlight } from './highlight';
import { HintCard } from './hint-card';
import { useShownHints } from './show-conditions';
import { Troubleshooting } from './page-blank-panel';
import { type LayoutInputs, layOutCards, measureLayout, type Placed, placeDockArea, referenceFor, sameLayoutInputs } from './layout';

export interface OverlayProps {
  readonly hints: readonly ResolvedHint[];
  /** Who to ask, for the troubleshooting panel. */
  readonly contacts: readonly ContactLine[];
  /** The person's names from the settings (for the password checker). */
  readonly personNames: readonly string[];
  readonly onDismiss: (hintId: string) => Promise<boolean>;
}

/**
 * Hints sit next to their anchor while it is on screen, and in the docked panel otherwise; the
 * troubleshooting button is always at the bottom of the dock.
 */
export function Overlay({ hints, contacts, personNames, onDismiss }: OverlayProps) {
  const shown = useShownHints(hints);
  const onScreen = useAnchorsOnScreen(hints);
  const anchoredIds = shown
    .filter((hint) => hint.anchor && onScreen.has(hint.anchor))
    .map((hint) => hint.spec.id)
    .join(' ');
  // Keyed by ids, so that the layout is redone when the set of cards changes, not on every keystroke.
  const anchored = useMemo(() => hints.filter((hint) => anchoredIds.split(' ').includes(hint.spec.id)), [anchoredIds, hints]);
  const docked = shown.filter((hint) => !anchored.includes(hint));
  const boxes = useRef(new Map<string, CardBoxes>());
  /** The one card opened from its marker, if any. */
  const [openId, setOpenId] = useState<string>();
  const dockArea = useRef<HTMLDivElement>(null);
  useCardLayout(anchored, boxes.current, dockArea);
  return (
    <>
      {anchored
        .filter((hint) => hint.spec.highlight)
        .map((hint) => (
          <Highlight key={`ring-${hint.spec.id}`} anchor={hint.anchor as Element} hintId={hint.spec.id} />
        ))}
      {anchored.map((hint) => (
        <AnchoredHint
          key={hint.spec.id}
          hint={hint}
          boxes={boxes.current}
          // Shown because the person points at its element or took its path: they asked for it, so it opens.
          open={openId === hint.spec.id || shownOnRequest(hint)}
          onOpen={(open) => setOpenId((current) => (open ? hint.spec.id : current === hint.spec.id ? undefined : current))}
        >
          <HintCard hint={hint} personNames={personNames} onDismiss={onDismiss} />
        </AnchoredHint>
      ))}
      <div class="dock-area" ref={dockArea}>
        {docked.length > 0 && (
          <Dock count={docked.length}>
            {docked.map((hint) => (
              <HintCard key={hint.spec.id} hint={hint} personNames={personNames} onDismiss={onDismiss} />
            ))}
          </Dock>
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

/** Hints shown because of what the person just did (pointed at an option, clicked a path). */
function shownOnRequest(hint: ResolvedHint): boolean {
  const { show } = hint.spec;
  return show === 'whilePointedAt' || (typeof show === 'object' && 'afterActivating' in show);
}

interface CardBoxes {
  readonly floating: HTMLDivElement;
  readonly marker: HTMLButtonElement;
}

/**
 * One hint next to its anchor: its card, or, where the card would cover some of the page, its marker. The
 * marker opens the card on hover, focus, click or Enter; the card closes again on Escape, when focus
 * leaves it and its marker, or when the pointer that opened it leaves. A hint that checks what is typed
 * (the password checker, the identifier checks) also opens while its field has focus, where it covers no
 * control: the person then reads it as they type.
 */
function AnchoredHint({
  hint,
  boxes,
  open,
  onOpen,
  children,
}: {
  hint: ResolvedHint;
  boxes: Map<string, CardBoxes>;
  open: boolean;
  onOpen: (open: boolean) => void;
  children: ComponentChildren;
}) {
  const floating = useRef<HTMLDivElement>(null);
  const marker = useRef<HTMLButtonElement>(null);
  /** Whether the pointer is over the card or its marker. */
  const pointerInside = useRef(false);
  const id = hint.spec.id;
  useLayoutEffect(() => {
    if (floating.current && marker.current) boxes.set(id, { floating: floating.current, marker: marker.current });
    return () => boxes.delete(id);
  }, [boxes, id]);
  useEffect(() => {
    const fields = [hint.anchor, hint.compareWith].filter((field): field is Element => field !== undefined);
    if (!(hint.spec.passwordChecker || hint.spec.check) || fields.length === 0) return;
    const controller = new AbortController();
    for (const field of fields) {
      // Opened by the field's focus only where it covers no control the person may click next.
      field.addEventListener('focus', () => floating.current?.hasAttribute('data-covers-controls') || onOpen(true), { signal: controller.signal });
      // Not when the person goes on to the card itself (to copy, dismiss or read it): focus moving into our
      // overlay is seen from the page as moving to its host, and a press on the card's text moves it nowhere.
      field.addEventListener(
        'blur',
        (event) => {
          const host = floating.current && (floating.current.getRootNode() as ShadowRoot).host;
          if (pointerInside.current || (host && (event as FocusEvent).relatedTarget === host)) return;
          onOpen(false);
        },
        { signal: controller.signal },
      );
    }
    return () => controller.abort();
  }, [hint]);
  /** Opened by a click (or Enter), the card stays open when the pointer goes; hovering only shows it. */
  const pinned = useRef(false);
  /** Focus given back to the marker after Escape must not open the card again. */
  const refocusing = useRef(false);
  const close = () => {
    pinned.current = false;
    onOpen(false);
  };
  const ours = (node: EventTarget | null) => node instanceof Node && !!(floating.current?.contains(node) || marker.current?.contains(node));
  const leaves = (event: FocusEvent) => {
    if (!ours(event.relatedTarget)) close();
  };
  const pointerLeaves = (event: MouseEvent) => {
    if (ours(event.relatedTarget)) return;
    pointerInside.current = false;
    if (!pinned.current) onOpen(false);
  };
  return (
    <>
      <button
        ref={marker}
        type="button"
        class="marker"
        data-marker-for={id}
        aria-expanded={open}
        aria-label={t('ui_marker_label')}
        aria-describedby={`hint-text-${id}`}
        onMouseEnter={() => {
          pointerInside.current = true;
          onOpen(true);
        }}
        onMouseLeave={pointerLeaves}
        onFocus={() => {
          if (refocusing.current) refocusing.current = false;
          else onOpen(true);
        }}
        onBlur={leaves}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !open) return;
          event.stopPropagation();
          close();
        }}
        onClick={() => {
          pinned.current = true;
          onOpen(true);
        }}
      >
        <svg class="marker-icon" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="3.5" r="1.6" />
          <rect x="6.6" y="6.4" width="2.8" height="7.6" rx="1" />
        </svg>
      </button>
      <div
        ref={floating}
        class="floating"
        data-open={open ? '' : undefined}
        onMouseEnter={() => {
          pointerInside.current = true;
        }}
        onMouseLeave={pointerLeaves}
        onFocusOut={leaves}
        onKeyDownCapture={(event) => {
          // Opened from its marker, Escape closes the card back to its marker rather than dismissing the hint.
          if (event.key !== 'Escape' || floating.current?.dataset.rest !== 'marker') return;
          event.stopPropagation();
          close();
          refocusing.current = true;
          marker.current?.focus({ preventScroll: true });
        }}
      >
        {children}
      </div>
    </>
  );
}

/**
 * The docked panel, or, where it would cover some of the page, a small button that opens it
 * (placeDockArea decides, and sets `data-collapsed` on the dock area).
 */
function Dock({ count, children }: { count: number; children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <aside class="dock" aria-label={t('ui_panel_title')} data-open={open ? '' : undefined}>
      <button type="button" class="dock-marker" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('ui_panel_marker', [String(count)])}
      </button>
      <p class="dock-title">{t('ui_panel_title')}</p>
      {children}
    </aside>
  );
}

/**
 * Keeps the cards next to their anchors: one layout of all cards whenever any anchor or card moves or
 * changes size (scroll, resize, zoom, layout change), so that at rest cards cover nothing of the page
 * nor each other. The docked panel and the help button move to a free corner first (placeDockArea).
 */
function useCardLayout(anchored: readonly ResolvedHint[], boxes: ReadonlyMap<string, CardBoxes>, dockArea: RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    const cards: Placed[] = [];
    for (const hint of anchored) {
      const box = boxes.get(hint.spec.id);
      if (!box || !hint.anchor) continue;
      const checks = hint.spec.passwordChecker ? [hint.anchor, ...(hint.compareWith ? [hint.compareWith] : [])] : undefined;
      cards.push({ floating: box.floating, marker: box.marker, reference: referenceFor(hint.anchor), ...(checks ? { checks } : {}) });
    }
    // Laid out in a microtask, so a card that grew or a field that moved is placed again before the
    // browser paints: a card never covers a field, even for one frame. Bursts of events share one layout.
    let pending = false;
    let stopped = false;
    let laidOutFor: LayoutInputs | undefined;
    // One layout at a time: each waits for Floating UI's answers, and an older one finishing after a
    // newer one would put its cards back where they no longer fit.
    let running: Promise<void> = Promise.resolve();
    const layOut = async () => {
      pending = false;
      if (stopped) return;
      const inputs = measureLayout(cards);
      if (laidOutFor && sameLayoutInputs(inputs, laidOutFor)) return;
      laidOutFor = inputs;
      const ours = dockArea.current ? placeDockArea(dockArea.current, inputs) : [];
      await layOutCards(cards, inputs, ours);
    };
    const schedule = () => {
      if (pending) return;
      pending = true;
      running = running.then(layOut, layOut);
    };
    const stops = cards.map(({ reference, floating }) => autoUpdate(reference, floating, schedule));
    // The dock area grows when the person opens the panel or the troubleshooting steps.
    const areaSize = new ResizeObserver(() => {
      laidOutFor = undefined;
      schedule();
    });
    if (dockArea.current) areaSize.observe(dockArea.current);
    // Content the page renders late grows its body, often without moving any anchor: what the cards
    // must keep off may then sit under one. A measure tells whether anything moved.
    const pageSize = new ResizeObserver(schedule);
    if (document.body) pageSize.observe(document.body);
    stops.push(
      () => areaSize.disconnect(),
      () => pageSize.disconnect(),
    );
    // The dock has no anchor: the window's size and scroll are what move the page under it.
    addEventListener('resize', schedule);
    addEventListener('scroll', schedule, { capture: true, passive: true });
    schedule();
    return () => {
      stopped = true;
      for (const stop of stops) stop();
      removeEventListener('resize', schedule);
      removeEventListener('scroll', schedule, { capture: true });
    };
  }, [anchored, boxes]);
}
