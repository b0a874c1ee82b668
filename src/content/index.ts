/**
 * Content script entry: runs on every CNRS page, so it holds only the sites' sketches and the prefilter
 * that tests them (src/engine/prefilter/) and the page watcher. The sites' rules, the engine and the
 * overlay are in second-stage.ts, loaded only when a sketch holds.
 *
 * Built on its own as one classic script (vite.config.ts, `standaloneFiles`), not as an ES module behind
 * a loader: the browser runs it at once, with no module to fetch, which is what a page that matches no
 * rule pays for. So it imports types only, besides the few small modules it bundles.
 */
import { sitesThatMayMatch } from '../engine/prefilter/may-match';
import type { Recognised } from '../engine/recognise';
import type { SiteSketch } from '../engine/prefilter/sketch';
import { type LookOutcome, watchPage } from '../engine/watch';
import { isOverlayHost } from '../ui/host-tag';
import type * as SecondStage from './second-stage';
import { SECOND_STAGE_FILE, OVERLAY_FILE } from './second-stage-files';
import { PASSWORD_PANEL_FILE } from '../password-panel/chunk';
import { type PrefetchedItems, prefetchOverlayItems } from './prefetch';
import type { PageSession } from '../page/session';
import type { Envelope } from '../shared/runtime-messages';

type SecondStageModule = typeof SecondStage;
type Sender = { id?: string; url?: string };
type Listener = (message: unknown, sender: Sender, reply: (response: unknown) => void) => true | undefined;
type ExtensionGlobal = {
  chrome?: {
    runtime?: {
      id?: string;
      getURL(path: string): string;
      onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
    };
  };
};
const runtime = () => (globalThis as ExtensionGlobal).chrome?.runtime;

/**
 * By URL, the one way a classic script can import an ES module (it must be web-accessible: see the
 * manifest). The URL is this extension's own file, fixed at build time; nothing from the page goes into it.
 */
// eslint-disable-next-line no-unsanitized/method
const importFile = (file: string): Promise<unknown> => import(/* @vite-ignore */ runtime()!.getURL(file));

let secondStage: Promise<SecondStageModule> | undefined;
/**
 * The second stage, and at the same time the one chunk it imports (and the password panel where one of
 * the candidate sites has it): the browser fetches them at once rather than discovering each when the
 * one before is parsed. A failure surfaces through the second stage.
 */
const loadSecondStage = (candidates: readonly SiteSketch[]): Promise<SecondStageModule> => {
  if (!secondStage) {
    const ignore = () => undefined;
    importFile(OVERLAY_FILE).catch(ignore);
    if (candidates.some((site) => site.checksPassword)) importFile(PASSWORD_PANEL_FILE).catch(ignore);
    secondStage = importFile(SECOND_STAGE_FILE) as Promise<SecondStageModule>;
  }
  return secondStage;
};

interface Current {
  readonly key: string;
  readonly controller: AbortController;
  readonly session: Promise<PageSession | undefined>;
}

let current: Current | undefined;
const lifetime = new AbortController();
/** Counts looks, so that a slow look never overrides what a later one found. */
let looks = 0;

/** Shows the overlay of the page found (none when undefined); says how long a refresh of the current one took. */
async function showSessionFor(found: Recognised | undefined, items?: PrefetchedItems): Promise<number> {
  const key = found ? `${found.page.id} ${location.href}` : '';
  if (current && current.key === key) {
    // Same page: its form may have been re-rendered, so let the overlay find its anchors again.
    const session = await current.session;
    const started = performance.now();
    session?.refresh();
    return performance.now() - started;
  }
  current?.controller.abort();
  current = undefined;
  if (!found) return 0;
  const controller = new AbortController();
  // The second stage is loaded already: a page was found by it.
  const session = secondStage!.then((module) => module.startSession(found, controller.signal, items));
  current = { key, controller, session };
  return 0;
}

/** Looks at the page; says whether it has hints, and what the look cost after its synchronous part (see watchPage). */
function look(): LookOutcome | Promise<LookOutcome> {
  // An extension that was reloaded or removed leaves this script orphaned: stop everything. Not asked at
  // the first look, when it cannot have happened yet: the first use of `chrome.runtime` sets up the
  // extension's API in this page (about a millisecond), which a page that matches no rule need not pay.
  if (looks > 0 && !runtime()?.id) {
    current?.controller.abort();
    lifetime.abort();
    return false;
  }
  const thisLook = ++looks;
  const candidates = sitesThatMayMatch(__SITE_SKETCHES__, location, document);
  if (candidates.length === 0) {
    void showSessionFor(undefined);
    return false;
  }
  // A page with hints is likely now: the stored state its overlay needs is read while the rules load.
  const items = current ? undefined : prefetchOverlayItems();
  return loadSecondStage(candidates).then(async (module) => {
    const started = performance.now();
    const page = module.findPage(
      candidates.map((site) => site.id),
      document,
    );
    const findCost = performance.now() - started;
    // A slower look than a later one changes nothing: the later one decides.
    if (thisLook !== looks || lifetime.signal.aborted) return { hasHints: page !== undefined, laterCostMs: findCost };
    return { hasHints: page !== undefined, laterCostMs: findCost + (await showSessionFor(page, items)) };
  });
}

/**
 * On the hosts the rules name, the popup may ask for an outline of a page that no rule recognised
 * (src/outline/page-outline.ts), for the person to copy. Only the extension's own pages are answered (a
 * content script of another tab has the address of its page); the outline is made when asked, by the
 * second stage.
 */
function answerOutlineRequests(): void {
  if (!__SITE_SKETCHES__.some((site) => site.hosts?.includes(location.hostname))) return;
  const listener: Listener = (message, sender, reply) => {
    const own = runtime();
    if (
      !own ||
      sender.id !== own.id ||
      !sender.url?.startsWith(own.getURL('')) ||
      (message as Partial<Envelope<'pageOutline'>>)?.type !== 'pageOutline'
    )
      return undefined;
    void loadSecondStage([]).then((module) => reply(module.pageOutline(document)));
    return true;
  };
  runtime()?.onMessage.addListener(listener);
  lifetime.signal.addEventListener('abort', () => runtime()?.onMessage.removeListener(listener), { once: true });
}

const start = () => watchPage({ look, signal: lifetime.signal, isOwnNode: isOverlayHost });

/*
 * Injected at document_start, before the page has any element: Chromium gives the content script its
 * `chrome` and `browser` names when the script's world is created, and an element of the page with that
 * id (DOM clobbering, test/fixtures/pages/hostile/webmail-clobber.html) would take the name first at
 * document_idle. The first look waits for the document to be parsed; loading this much meanwhile also
 * saves a round trip after it.
 */
if (document.readyState === 'loading') addEventListener('DOMContentLoaded', start, { once: true, signal: lifetime.signal });
else start();
answerOutlineRequests();
