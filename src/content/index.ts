/**
 * Content script entry: runs on every CNRS page, so it holds only what recognition needs (the rules and
 * the engine, no UI, no browser API). The overlay is loaded only when a page is recognised.
 */
import { HOST_TAG } from '../ui/host-tag';
import type { Recognised } from '../engine/recognise';
import { watchPage } from '../engine/watch';
import { SITES } from '../rules';
import type { PageSession } from './session';

interface Current {
  readonly key: string;
  readonly controller: AbortController;
  readonly session: Promise<PageSession | undefined>;
}

let current: Current | undefined;
const lifetime = new AbortController();

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
  const session = import('./session').then(({ startSession }) => startSession(found, controller.signal));
  current = { key, controller, session };
}

watchPage({
  sites: SITES,
  signal: lifetime.signal,
  isOwnNode: (node) => node.nodeName === HOST_TAG.toUpperCase(),
  onLook: (found) => {
    // An extension that was reloaded or removed leaves this script orphaned: stop everything.
    if (!(globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id) {
      current?.controller.abort();
      lifetime.abort();
      return;
    }
    show(found);
  },
});
