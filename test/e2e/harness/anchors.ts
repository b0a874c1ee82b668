import { BESIDE_GROUP } from '../expected-hints';
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

/** The box around every rendered element matching css: a group of fields that one card is about. */
export function findGroupBox(page: TestPage, css: string): Promise<Box> {
  return page.waitFor(
    (selector) => {
      const rects = [...document.querySelectorAll(selector)]
        .map((element) => element.getBoundingClientRect())
        .filter((rect) => rect.width > 0 && rect.height > 0);
      if (rects.length === 0) return null;
      const x = Math.min(...rects.map((rect) => rect.left));
      const y = Math.min(...rects.map((rect) => rect.top));
      return { x, y, width: Math.max(...rects.map((rect) => rect.right)) - x, height: Math.max(...rects.map((rect) => rect.bottom)) - y };
    },
    css,
    `the elements ${css}`,
  );
}

function unionOf(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** The box a hint must sit next to: its element's, or the whole group's for a card about several fields. */
export async function findHintPlaceBox(page: TestPage, hintId: string, query: AnchorQuery): Promise<Box> {
  const own = await findAnchorBox(page, query);
  const group = BESIDE_GROUP[hintId];
  return group ? unionOf(own, await findGroupBox(page, group)) : own;
}
