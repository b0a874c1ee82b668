/** True for cnrs.fr and its subdomains: pages without a known host are looked for there only. */
export function isCnrsHost(hostname: string): boolean {
  return hostname === 'cnrs.fr' || hostname.endsWith('.cnrs.fr');
}

/** Whether a site's pages may be on this host: its own hosts, or any CNRS host for a site without. */
export function siteApplies(site: { readonly hosts?: readonly string[] }, hostname: string): boolean {
  return site.hosts ? site.hosts.includes(hostname) : isCnrsHost(hostname);
}
