/**
 * The stable page ids of PRODUCT.md's page table. They are part of the test contract
 * (`data-page` on the in-page host) and of stored state, so never rename one.
 */
export const PAGE_IDS = [
  'idp/choice',
  'janus/login',
  'sesame/request',
  'sesame/new-password',
  'neo/home',
  'neo/profile',
  'gaia/login',
  'gaia/charter',
  'gaia/password',
  'gaia/recovery',
  'gaia/identifier',
  'gaia/done',
  'gaia/forgotten',
  'webmail/login',
  'sygefor/login',
  'sygefor/wayf',
  'sygefor/profile',
  'noa/login',
  'bibcnrs/login',
] as const;

export type PageId = (typeof PAGE_IDS)[number];
