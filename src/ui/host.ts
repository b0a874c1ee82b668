import type { PageId } from '../rules/page-ids';
import { HOST_TAG } from './host-tag';
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

export interface OverlayHost {
  readonly host: HTMLElement;
  /** Where the overlay renders, inside the open shadow root. */
  readonly mount: HTMLElement;
}

/**
 * Creates the element that carries all of our in-page UI (test contract: `data-cnrs-helper`,
 * `data-page`, an open shadow root) and removes it when the signal aborts.
 */
export function createOverlayHost(pageId: PageId, language: string, signal: AbortSignal): OverlayHost {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-cnrs-helper', '');
  host.setAttribute('data-page', pageId);
  for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
  // Text spacing stays adjustable (WCAG 1.4.12, axe avoid-inline-spacing): the host has no text of its
  // own, and the overlay sets its spacing itself (overlay.css).
  for (const property of ['line-height', 'letter-spacing', 'word-spacing']) host.style.setProperty(property, 'normal');

  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = overlayStyles;
  const mount = document.createElement('div');
  mount.className = 'overlay';
  mount.lang = language;
  shadow.append(style, mount);
  // Outside <body>, so that a page replacing its body's content does not take the overlay with it.
  document.documentElement.append(host);
  raiseToTopLayer(host);

  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, mount };
}

/**
 * Puts the host in the browser's top layer (as a manual popover), above any z-index or stacking context
 * the page creates. Browsers without popovers keep the fixed, maximum-z-index host.
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
