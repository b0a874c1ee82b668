import type { TestPage } from './test-page';

/** What happened to a field while a person typed into it. */
export interface TypingRecord {
  readonly value: string;
  /** Whether the field still has focus once the typing is done. */
  readonly stillFocused: boolean;
  /** Times the field lost focus, and what took it. */
  readonly blurs: number;
  readonly focusWentTo: readonly string[];
  /** Changes to our overlay (host created, hints shown, verdicts) from the first key on. */
  readonly overlayChanges: number;
  /** Hints shown when the first key was pressed, and at the end. */
  readonly hintsAtFirstKey: number;
  readonly hintsAtEnd: number;
}

type Watched = Window & {
  typingRecord?: { blurs: number; focusWentTo: string[]; overlayChanges: number; hintsAtFirstKey: number; typing: boolean };
};

/** Records, in the page, every loss of focus by the field and every change to our overlay once typing starts. */
function watchField(page: TestPage, selector: string): Promise<void> {
  return page.raw.evaluate((css) => {
    const field = document.querySelector(css)!;
    const record = { blurs: 0, focusWentTo: [] as string[], overlayChanges: 0, hintsAtFirstKey: -1, typing: false };
    (window as Watched).typingRecord = record;
    const hintCount = () => document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelectorAll('[data-hint]').length ?? 0;
    field.addEventListener('blur', () => (record.blurs += 1));
    document.addEventListener(
      'focusin',
      (event) => {
        const target = event.target as Element;
        if (target !== field)
          record.focusWentTo.push(target.hasAttribute('data-cnrs-helper') ? 'the overlay' : target.id || target.tagName.toLowerCase());
      },
      true,
    );
    field.addEventListener(
      'keydown',
      () => {
        record.typing = true;
        record.hintsAtFirstKey = hintCount();
      },
      { once: true },
    );
    const countChange = () => {
      if (record.typing) record.overlayChanges += 1;
    };
    const watchOverlay = (root: ShadowRoot) =>
      new MutationObserver(countChange).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const existing = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
    if (existing) watchOverlay(existing);
    else {
      const waitForHost = new MutationObserver(() => {
        const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
        if (!root) return;
        countChange();
        watchOverlay(root);
        waitForHost.disconnect();
      });
      waitForHost.observe(document.documentElement, { childList: true });
    }
  }, selector);
}

function readRecord(page: TestPage, selector: string): Promise<TypingRecord> {
  return page.raw.evaluate((css) => {
    const field = document.querySelector<HTMLInputElement>(css)!;
    const { typing: _typing, ...record } = (window as Watched).typingRecord!;
    return {
      ...record,
      value: field.value,
      stillFocused: document.activeElement === field,
      hintsAtEnd: document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelectorAll('[data-hint]').length ?? 0,
    };
  }, selector);
}

/** How long the overlay gets to answer the last keys (a verdict, the strength) before the record is read. */
const ANSWER_MS = 100;

/**
 * Clicks into the field as soon as it exists, then types key by key, `delayMs` apart, watching the
 * field. The field is expected empty: its value at the end must be exactly what was typed.
 */
export async function typeWatched(page: TestPage, selector: string, text: string, delayMs: number): Promise<TypingRecord> {
  await page.boxOf(selector);
  await watchField(page, selector);
  await page.clickAt(await page.boxOf(selector));
  await page.raw.keyboard.type(text, { delay: delayMs });
  await new Promise((resolve) => setTimeout(resolve, ANSWER_MS));
  return readRecord(page, selector);
}

/** What went wrong for the person typing, one line each: lost focus, lost or changed keys. */
export function typingDisturbances(record: TypingRecord, typed: string): string[] {
  const lines: string[] = [];
  if (record.value !== typed) lines.push(`the field holds "${record.value}", not the "${typed}" typed`);
  if (record.blurs > 0 || record.focusWentTo.length > 0)
    lines.push(`the field lost focus ${record.blurs} times, to ${record.focusWentTo.join(', ')}`);
  if (!record.stillFocused) lines.push('the field no longer has focus');
  return lines;
}
