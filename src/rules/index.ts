import idp from './idp';
import janus from './janus';
import type { SiteRules } from './types';

/**
 * Every site the extension knows, one rules file each. Sites with known hosts come first so that a page
 * on such a host is matched by its own site before the text-only pages (which may appear on any host).
 */
export const SITES: readonly SiteRules[] = [janus, idp];
