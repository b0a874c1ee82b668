import type { BrowserKind } from '../shared/browser-kind';
import { CNRS_DOMAIN, isCnrsHost, knownCnrsHosts } from './cnrs-sites';

/**
 * What `browsingData.remove` can limit to some sites differs by engine, and the popup must say exactly
 * what it cleared:
 * - Chromium (Chrome, Edge) takes `origins` for the cache, cookies and site storage, but clears cookies
 *   for a whole registrable domain: every cookie of cnrs.fr and of all its sub-domains.
 * - Firefox takes `hostnames`, matched host by host (a sub-domain is not included): cookies whose host is
 *   listed (a cookie set for the whole cnrs.fr domain has the host cnrs.fr), local storage and IndexedDB
 *   of those hosts, service workers of those hosts and their sub-domains, and the cache of those hosts
 *   (Firefox 78 and later: the network, image, style and script caches are cleared host by host; its
 *   implementation empties entirely any cache kind it cannot sort by host, none of which holds
 *   personal data).
 * Nothing else is touched: no history, downloads, passwords or form data, and no other site.
 */
export type Engine = 'chromium' | 'gecko';

export function engineOf(kind: BrowserKind): Engine {
  return kind === 'firefox' ? 'gecko' : 'chromium';
}

export interface ClearPlan {
  readonly engine: Engine;
  /** The CNRS hosts whose data is cleared (besides the Chromium cookies of the whole domain). */
  readonly hosts: readonly string[];
  /** The two arguments of `browsingData.remove`. */
  readonly removalOptions: { readonly origins: readonly string[] } | { readonly hostnames: readonly string[] };
  readonly dataTypes: Readonly<Record<string, true>>;
}

const CHROMIUM_TYPES = {
  cache: true,
  cacheStorage: true,
  cookies: true,
  fileSystems: true,
  indexedDB: true,
  localStorage: true,
  serviceWorkers: true,
} as const;
const GECKO_TYPES = { cache: true, cookies: true, indexedDB: true, localStorage: true, serviceWorkers: true } as const;

/**
 * The known CNRS hosts, plus the host of the tab the person is looking at when it is a CNRS page: the
 * blank page they want fixed may be one of the pages whose host no rule names.
 */
export function planClearing(engine: Engine, currentHost: string | null): ClearPlan {
  const hosts = knownCnrsHosts();
  if (currentHost && isCnrsHost(currentHost) && !hosts.includes(currentHost)) hosts.push(currentHost);
  hosts.sort();
  if (engine === 'chromium') {
    return { engine, hosts, removalOptions: { origins: hosts.map((host) => `https://${host}`) }, dataTypes: CHROMIUM_TYPES };
  }
  // cnrs.fr itself is listed so that Firefox also clears the cookies set for the whole domain.
  const hostnames = hosts.includes(CNRS_DOMAIN) ? hosts : [...hosts, CNRS_DOMAIN];
  return { engine, hosts, removalOptions: { hostnames }, dataTypes: GECKO_TYPES };
}
