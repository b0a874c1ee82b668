import { type PageId, SITES } from '.';

export type { PageId };

export const PAGE_IDS = SITES.flatMap((site) => site.pages.map((page) => page.id));
