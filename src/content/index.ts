/**
 * Content script entry: runs on every CNRS page, so it holds only the sites' sketches (src/engine/sketch.ts),
 * the gate that tests them and the page watcher. The sites' rules, the engine and the overlay are in
 * lazy.ts, loaded only when a sketch holds.
 */
import LAZY_URL from 'virtual:content-lazy-url';
import { SITE_SKETCHES } from 'virtual:site-sketches';
import { sitesThatMayMatch } from '../engine/gate';
import type { Recognised } from '../engine/recognise';
import { watchPage } from '../engine/watch';
import { HOST_TAG } from '../ui/host-tag';
import type * as LazyModule from './lazy';
import type { PageSession } from './session';

type Lazy = typeof LazyModule;
type ExtensionGlobal = { chrome?: { runtime?: { id?: string } } };
const runtime = () => (globalThis as ExtensionGlobal).chrome?.runtime;

let lazyModule: Promise<Lazy> | undefined;
/**
 * Imported by URL rather than by path: Vite wraps every `import('./path')` in a module-preload helper (1.7 KB
 * of code that an extension has no use for), which the entry would then carry on every CNRS page. The
 * URL is that of content-lazy.js beside this chunk (scripts/site-sketches-plugin.ts).
 */
const lazy = (): Promise<Lazy> =>
  // The URL is this extension's own file, fixed at build time; nothing from the page goes into it.
  // eslint-disable-next-line no-unsanitized/method
  (lazyModule ??= import(/* @vite-ignore */ LAZY_URL) as Promise<Lazy>);

interface Current {
  readonly key: string;
  readonly controller: AbortController;
  readonly session: Promise<PageSession | undefined>;
}

let current: Current | undefined;
const lifetime = new AbortController();
/** Counts looks, so that a slow look never overrides what a later one found. */
let looks = 0;

function show(found: Recognised | undefined): void {
  const key = found ? `${found.page.id} ${location.href}` : '';
  if (current && current.key === key) {
    // Same page: its form may have been re-rendered, so let the overlay find its anchors again.
    void current.session.then((session) => session?.refresh());
    return;
  }
  current?.controller.abort();
  current = undefined;
  if (!found) return;
  const controller = new AbortController();
  const session = lazy().then((module) => module.startSession(found, controller.signal));
  current = { key, controller, session };
}

function look(): void {
  // An extension that was reloaded or removed leaves this script orphaned: stop everything.
  if (!runtime()?.id) {
    current?.controller.abort();
    lifetime.abort();
    return;
  }
  const thisLook = ++looks;
  const candidates = sitesThatMayMatch(SITE_SKETCHES, new URL(location.href), document);
  const found = candidates.length === 0 ? Promise.resolve(undefined) : lazy().then((module) => module.findPage(candidates.map((site) => site.id), document));
  void found.then((page) => {
    if (thisLook === looks && !lifetime.signal.aborted) show(page);
  });
}

const start = () => watchPage({ look, signal: lifetime.signal, isOwnNode: (node) => node.nodeName === HOST_TAG.toUpperCase() });

/*
 * Injected at document_start, before the page has any element: Chromium gives the content script its
 * `chrome` and `browser` names when the script's world is created, and an element of the page with that
 * id (DOM clobbering, test/fixtures/pages/hostile/webmail-clobber.html) would take the name first at
 * document_idle. The first look waits for the document to be parsed; loading this much meanwhile also
 * saves a round trip after it.
 */
if (document.readyState === 'loading') addEventListener('DOMContentLoaded', start, { once: true, signal: lifetime.signal });
else start();
