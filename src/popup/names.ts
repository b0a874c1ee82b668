import type { PageId } from '../rules/page-ids';
import { t } from '../shared/i18n';
import type { MessageKey } from '../shared/message-keys';

/** Every recognised page in words, for the "here and now" line and the checklist. */
export const PAGE_NAMES: Readonly<Record<PageId, MessageKey>> = {
  'idp/choice': 'here_page_idp_choice',
  'janus/login': 'here_page_janus_login',
  'sesame/request': 'here_page_sesame_request',
  'sesame/new-password': 'here_page_sesame_new_password',
  'neo/home': 'here_page_neo_home',
  'neo/profile': 'here_page_neo_profile',
  'gaia/login': 'here_page_gaia_login',
  'gaia/charter': 'here_page_gaia_charter',
  'gaia/password': 'here_page_gaia_password',
  'gaia/recovery': 'here_page_gaia_recovery',
  'gaia/identifier': 'here_page_gaia_identifier',
  'gaia/done': 'here_page_gaia_done',
  'gaia/forgotten': 'here_page_gaia_forgotten',
  'webmail/login': 'here_page_webmail_login',
  'sygefor/login': 'here_page_sygefor_login',
  'sygefor/wayf': 'here_page_sygefor_wayf',
  'sygefor/profile': 'here_page_sygefor_profile',
  'noa/login': 'here_page_noa_login',
  'bibcnrs/login': 'here_page_bibcnrs_login',
};

/** Every site of src/rules/ in words, by its id (the ids of "turn one site off"). */
export const SITE_NAMES: Readonly<Record<string, MessageKey>> = {
  janus: 'settings_site_janus',
  sesame: 'settings_site_sesame',
  neo: 'settings_site_neo',
  gaia: 'settings_site_gaia',
  webmail: 'settings_site_webmail',
  sygefor: 'settings_site_sygefor',
  bibcnrs: 'settings_site_bibcnrs',
  idp: 'settings_site_idp',
  noa: 'settings_site_noa',
};

export const pageName = (pageId: PageId): string => t(PAGE_NAMES[pageId]);

/** A site without a name (a rules file added later) shows its id rather than nothing. */
export const siteName = (siteId: string): string => {
  const key = SITE_NAMES[siteId];
  return key ? t(key) : siteId;
};
