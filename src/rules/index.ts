import bibcnrs from './bibcnrs';
import gaia from './gaia';
import idp from './idp';
import janus from './janus';
import neo from './neo';
import noa from './noa';
import sesame from './sesame';
import sygefor from './sygefor';
import type { SiteRules } from './types';
import webmail from './webmail';

/**
 * Every site the extension knows, one rules file each. Sites with known hosts come first so that a page
 * on such a host is matched by its own site before the text-only pages (which may appear on any host).
 */
const RULE_FILES = [janus, sesame, neo, gaia, webmail, sygefor, bibcnrs, idp, noa] as const;

export const SITES: readonly SiteRules<PageId>[] = RULE_FILES;

/** Every page the rules describe, by its id (`idp/choice`, `janus/login`…): the rule files are the only list. */
export type PageId = (typeof RULE_FILES)[number]['pages'][number]['id'];
