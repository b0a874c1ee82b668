import { SITES } from '../rules';
import type { PageId } from '../rules/page-ids';
import { t } from '../shared/i18n';
import type { MessageKey } from '../shared/message-keys';

/** Every recognised page in words, as its rule names it, for the "here and now" line and the checklist. */
export const PAGE_NAMES: ReadonlyMap<string, MessageKey> = new Map(SITES.flatMap((site) => site.pages.map((page) => [page.id, page.name])));

/** Every site of src/rules/ in words, by its id (the ids of "turn one site off"). */
export const SITE_NAMES: ReadonlyMap<string, MessageKey> = new Map(SITES.map((site) => [site.id, site.name]));

export const pageName = (pageId: PageId): string => t(PAGE_NAMES.get(pageId)!);

export const siteName = (siteId: string): string => {
  const key = SITE_NAMES.get(siteId);
  return key ? t(key) : siteId;
};
