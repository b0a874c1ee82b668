import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../fixtures/pages';
import { browserUnderTest } from './harness/browsers';
import { useExtensionBrowser } from './harness/setup';
import type { ExtensionScope } from './harness/extension-api';
import type { TestPage } from './harness/test-page';

const BROWSER = browserUnderTest();
const NAMED = FIXTURES.find((fixture) => fixture.file === 'gaia/password-named.html')!.url;
/** The extension page used to look inside the extension: its popup (any of its pages would do). */
const EXTENSION_PAGE = 'src/popup/index.html';

/**
 * A password no page, rule or catalogue contains, so that any of its pieces found anywhere can only come
 * from what was typed.
 */
const MARKER = 'Qx7#Zwpk-Vbjq!Hgy3';
/** Every stretch of 4 characters of the marker, as typed and folded to lower case. */
const PIECES = [
  ...new Set([...MARKER].flatMap((_, i) => (i + 4 <= MARKER.length ? [MARKER.slice(i, i + 4), MARKER.slice(i, i + 4).toLowerCase()] : []))),
];

function piecesIn(haystack: string): string[] {
  return PIECES.filter((piece) => haystack.includes(piece));
}

/** All the text and attribute values of the page, its open shadow roots included (ours among them). */
function everythingInTheDom(page: TestPage): Promise<string> {
  return page.raw.evaluate(() => {
    const parts: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
        else {
          const element = node as Element;
          for (const attribute of element.attributes) parts.push(attribute.value);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      }
    };
    visit(document);
    return parts.join('\n');
  }, null);
}

const env = useExtensionBrowser();

describe(`${BROWSER}: a password typed on GAIA never leaves the content script`, () => {
  it('is not written to the DOM, to storage, to a message, to a log or to the network', async () => {
    // An extension page that records every runtime message, as any extension context receives them.
    const spy = await env.browser.openExtensionPage(EXTENSION_PAGE, '[data-step]');
    await spy.raw.evaluate(() => {
      const seen: string[] = [];
      const scope = globalThis as unknown as ExtensionScope;
      scope.seenMessages = seen;
      const api = (scope.browser ?? scope.chrome)!;
      api.runtime.onMessage.addListener((message) => {
        seen.push(JSON.stringify(message));
      });
    }, null);
    const requestsBefore = env.server.requests.length;

    const page = await env.browser.open(NAMED);
    await page.waitForHint('gaia-password-checker');
    await page.typeInto('#pw-new', MARKER);
    await page.typeInto('#pw-confirm', MARKER);
    // Let the panel settle: the strength estimate, its refinement, any storage write or message.
    await page.waitFor(
      () =>
        document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-password-rules] [data-confirmation="same"]') ? true : null,
      null,
      'the panel to see both entries',
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));

    // The page's DOM, our shadow root included: verdicts and counts only.
    const dom = await everythingInTheDom(page);
    expect(dom).toContain('GAIA'); // the walk did read the panel's text
    expect(piecesIn(dom)).toEqual([]);

    // Extension storage, in every area.
    const stored = await spy.raw.evaluate(async () => {
      const scope = globalThis as unknown as ExtensionScope;
      const api = (scope.browser ?? scope.chrome)!;
      const areas = await Promise.all([api.storage.local.get(null), api.storage.sync.get(null), api.storage.session?.get(null) ?? {}]);
      return JSON.stringify(areas);
    }, null);
    expect(piecesIn(stored)).toEqual([]);

    // Runtime messages: the page's own reports arrive (so the spy works), and none carries the password.
    const messages = await spy.raw.evaluate(() => (globalThis as unknown as ExtensionScope).seenMessages ?? [], null);
    expect(messages.some((message) => message.includes('gaia/password'))).toBe(true);
    expect(piecesIn(messages.join('\n'))).toEqual([]);

    // Console output of the page (content script included) and of the extension page.
    expect(piecesIn([...page.consoleMessages, ...spy.consoleMessages].join('\n'))).toEqual([]);

    // The network: what the server received, and what the page asked for.
    const received = env.server.requests.slice(requestsBefore).map((request) => `${request.url}\n${request.body}`);
    expect(received.length).toBeGreaterThan(0); // the page itself was fetched, so the log works
    expect(piecesIn([...received, ...page.requestUrls].join('\n'))).toEqual([]);

    await page.close();
    await spy.close();
  });
});
