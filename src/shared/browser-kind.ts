/** The browsers whose cache-clearing steps the seeds give (seed 001). */
export type BrowserKind = 'firefox' | 'edge' | 'chrome';

/** Which of them this is, from the user agent string (Edge says "Edg/", Firefox "Firefox/"). */
export function detectBrowser(userAgent: string): BrowserKind {
  if (/\bFirefox\//.test(userAgent)) return 'firefox';
  if (/\bEdg(e|A|iOS)?\//.test(userAgent)) return 'edge';
  return 'chrome';
}
