/**
 * The part of the content script that only a page which may be CNRS's own loads: the sites' rules, the
 * engine and, once a page is recognised, the overlay. Built as assets/content-lazy.js, which the entry
 * imports by its URL (see index.ts), keeping Vite's module-preload helper out of the entry.
 */
import type { Recognised } from '../engine/recognise';
import type * as SessionModule from './session';
import type { PageSession } from './session';
import { SITE_RULES } from 'virtual:site-rules';

/** What page this is, judged by the real rules of the sites whose sketches held (ids, registry order). */
export async function findPage(siteIds: readonly string[], doc: Document): Promise<Recognised | undefined> {
  // A sketch held, so this is very likely a page with hints: fetch the overlay while the rules decide,
  // rather than after (each round of imports costs tens of milliseconds on a busy machine).
  loadSession().catch(() => undefined); // a failure surfaces in startSession, which awaits the same import
  const [{ recognise }, ...modules] = await Promise.all([import('../engine/recognise'), ...siteIds.map((id) => SITE_RULES[id]!())]);
  // Read the address again: the page may have moved on while the rules loaded.
  return recognise(
    modules.map((module) => module.default),
    new URL(doc.URL),
    doc,
  );
}

let session: Promise<typeof SessionModule> | undefined;
const loadSession = () => (session ??= import('./session'));

export async function startSession(found: Recognised, signal: AbortSignal): Promise<PageSession | undefined> {
  return (await loadSession()).startSession(found, signal);
}
