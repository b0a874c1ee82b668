/**
 * The part of the content script that only a page which may be CNRS's own loads: the sites' rules, the
 * engine and the overlay. Built as SECOND_STAGE_FILE (second-stage-files.ts), which the entry imports by
 * its URL once a sketch holds. Everything it needs is imported statically, so that it arrives in one round of files:
 * each round costs tens of milliseconds on a busy machine, far more than parsing every site's rules
 * (12 KB) instead of one site's.
 */
import { type Recognised, recognise } from '../engine/recognise';
import { SITES } from '../rules';

export { pageOutline } from '../outline/page-outline';
export { startSession } from '../page/session';

/** What page this is, judged by the real rules of the sites whose sketches held. */
export function findPage(siteIds: readonly string[], doc: Document): Recognised | undefined {
  // Read the address from the document: the page may have moved on since the sketches were tested.
  return recognise(
    SITES.filter((site) => siteIds.includes(site.id)),
    new URL(doc.URL),
    doc,
  );
}
