import type { PageId } from '../rules/page-ids';
import { HOST_ATTRIBUTE, HOST_TAG } from './host-tag';
import overlayStyles from './overlay.css?inline';

/**
 * The host's own box: a zero-size fixed point at the top left of the viewport, so it never takes room in
 * the page's layout. Set inline with !important, because an inline important declaration wins over any
 * page stylesheet, including `* { all: unset !important }`.
 */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  inset: '0 auto auto 0',
  width: '0',
  height: '0',
  margin: '0',
  padding: '0',
  border: '0',
  overflow: 'visible',
  background: 'transparent',
  'z-index': '2147483647',
  'pointer-events': 'none',
};

/**
 * Every element of the top layer gets a ::backdrop covering the viewport, and a page that styles
 * `::backdrop` for its own dialogs would darken the whole page behind ours. Important declarations of a
 * shadow tree win over the page's, even important ones.
 */
const HOST_GUARD_STYLES = ':host::backdrop { display: none !important; background: none !important; }';

export interface OverlayHost {
  readonly host: HTMLElement;
  /** Where the overlay renders, inside the open shadow root. */
  readonly mount: HTMLElement;
  /** Puts the host back in the page, on top, if the page took it out (a re-rendered dialog, say). */
  keepInPlace(): void;
}

/**
 * Creates the element that carries all of our in-page UI (test contract: `data-cnrs-helper`,
 * `data-page`, an open shadow root), keeps it above the page's modal dialogs, and removes it when the
 * signal aborts.
 */
export function createOverlayHost(pageId: PageId, language: string, signal: AbortSignal): OverlayHost {
  const host = document.createElement(HOST_TAG);
  host.setAttribute(HOST_ATTRIBUTE, '');
  host.setAttribute('data-page', pageId);
  for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
  // Text spacing stays adjustable (WCAG 1.4.12, axe avoid-inline-spacing): the host has no text of its
  // own, and the overlay sets its spacing itself (overlay.css).
  for (const property of ['line-height', 'letter-spacing', 'word-spacing']) host.style.setProperty(property, 'normal');

  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = overlayStyles + HOST_GUARD_STYLES;
  const mount = document.createElement('div');
  mount.className = 'overlay';
  mount.lang = language;
  shadow.append(style, mount);
  keepEventsOurs(host, shadow, signal);

  const modals = new ModalDialogs();
  const place = () => placeHost(host, modals.topmost());
  place();
  // A dialog that opens or closes changes what the host must be above, and inside.
  document.addEventListener(
    'toggle',
    (event) => {
      // The page hid our popover (`hidePopover()` on the host): show it again. Our own re-placement hides
      // and shows it at once, so by the time its toggle event comes the host is open again.
      if (event.target === host) {
        if (host.hasAttribute('popover') && !host.matches(':popover-open')) place();
        return;
      }
      if (!modals.toggled(event.target)) return;
      place();
    },
    { capture: true, signal },
  );

  signal.addEventListener('abort', () => host.remove(), { once: true });
  return {
    host,
    mount,
    keepInPlace: () => {
      if (!host.isConnected || host.parentNode !== (modals.topmost() ?? document.documentElement)) place();
    },
  };
}

/** What a person does with the mouse, a finger or the keyboard. */
const INPUT_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
];

/**
 * What the person does inside the overlay is for the overlay only. The page's own listeners do not see it
 * bubble out of the host (a dialog's "click outside me closes me" would take a click on our card for one),
 * and Escape inside the overlay closes our hint or panel, not the page's modal dialog as well: its default
 * action, the browser's close request, is cancelled (our own handlers, nearer the target, run first).
 */
function keepEventsOurs(host: HTMLElement, shadow: ShadowRoot, signal: AbortSignal): void {
  for (const type of INPUT_EVENTS) host.addEventListener(type, (event) => event.stopPropagation(), { signal });
  shadow.addEventListener(
    'keydown',
    (event) => {
      if ((event as KeyboardEvent).key === 'Escape') event.preventDefault();
    },
    { capture: true, signal },
  );
}

/**
 * The page's open modal dialogs, most recently opened last, as far as their toggle events tell. A modal
 * dialog makes everything outside it inert, and sits in the top layer above what was shown before it.
 */
class ModalDialogs {
  #open: Element[];

  constructor() {
    // Already open when the overlay starts: in document order, the usual order of nested modals.
    this.#open = [...document.querySelectorAll('dialog')].filter(isOpenModal);
  }

  /** Takes note of a toggled element; true if it is (or was) a modal dialog. */
  toggled(target: EventTarget | null): boolean {
    // By tag name rather than instanceof, which fails across realms (Firefox's Xray-wrapped page).
    const dialog = target as Element | null;
    if (dialog?.tagName !== 'DIALOG') return false;
    const known = this.#open.includes(dialog);
    this.#open = this.#open.filter((other) => other !== dialog);
    if (isOpenModal(dialog)) this.#open.push(dialog);
    return known || isOpenModal(dialog);
  }

  topmost(): Element | undefined {
    this.#open = this.#open.filter((dialog) => dialog.isConnected && isOpenModal(dialog));
    return this.#open.at(-1);
  }
}

function isOpenModal(dialog: Element): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    // An engine without :modal has no modal dialogs to be inert under either.
    return false;
  }
}

/**
 * Puts the host where the person can use it: at the end of the document, or, while a modal dialog is
 * open, at the end of that dialog (outside it, the host would be inert: seen but not clickable). Then
 * raises it to the top of the top layer, above the dialog.
 */
function placeHost(host: HTMLElement, modal: Element | undefined): void {
  // Outside <body> when it can be, so that a page replacing its body's content does not take the overlay with it.
  const parent = modal ?? document.documentElement;
  if (host.parentNode !== parent || host !== parent.lastElementChild) parent.append(host);
  raiseToTopLayer(host);
}

/**
 * Puts the host in the browser's top layer (as a manual popover), above any z-index or stacking context
 * the page creates, and above what the top layer held before. Browsers without popovers keep the fixed,
 * maximum-z-index host.
 */
export function raiseToTopLayer(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  host.setAttribute('popover', 'manual');
  try {
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  } catch {
    host.removeAttribute('popover');
  }
}
