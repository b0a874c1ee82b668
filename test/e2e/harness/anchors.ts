import type { Box, TestPage } from './test-page';

/** An element of the page, named the way a person would point at it: what it is, and what it says. */
export interface AnchorQuery {
  readonly css: string;
  /** Any of these texts (its text, value or label); absent: the first element matching css. */
  readonly text?: readonly string[];
}

/**
 * The box of the smallest rendered element matching the query, found in the page independently of the
 * engine; with `scroll`, brought to the middle of the viewport first.
 */
export function findAnchorBox(page: TestPage, query: AnchorQuery, scroll = false): Promise<Box> {
  return page.waitFor(
    ({ css, text, scroll }) => {
      const candidates = [...document.querySelectorAll<HTMLElement>(css)].filter((element) => {
        if (element.getClientRects().length === 0) return false;
        if (!text) return true;
        const said = `${element.textContent ?? ''} ${(element as HTMLInputElement).value ?? ''}`;
        return text.some((phrase) => said.includes(phrase));
      });
      candidates.sort((a, b) => (a.textContent ?? '').length - (b.textContent ?? '').length);
      if (scroll) candidates[0]?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = candidates[0]?.getBoundingClientRect();
      return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
    },
    { css: query.css, text: query.text ? [...query.text] : undefined, scroll },
    `the element ${query.css} ${query.text?.join(' / ') ?? ''}`,
  );
}
