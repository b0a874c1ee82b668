import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../fixtures/pages';
import { browserUnderTest } from './harness/browsers';
import { useExtensionBrowser } from './harness/setup';
import { removeStoredItems, setStoredItems } from './harness/extension-api';
import { LAYOUT_SIZES, waitForRest } from './harness/layout-audit';
import { gapBetween, type TestPage } from './harness/test-page';

const BROWSER = browserUnderTest();
const url = (file: string) => FIXTURES.find((fixture) => fixture.file === file)!.url;
const PLAIN = url('gaia/password.html');
const NAMED = url('gaia/password-named.html');
const LATE = url('gaia/password-late.html');

const env = useExtensionBrowser();

/** What the panel shows: each rule's state, the strength level, and the confirmation verdict. */
interface PanelView {
  readonly rules: Record<string, string>;
  readonly level: string;
  readonly confirmation: string | null;
}

function readPanel(page: TestPage): Promise<PanelView | null> {
  return page.raw.evaluate(() => {
    const root = document.querySelector('[data-cnrs-helper]')?.shadowRoot;
    const panel = root?.querySelector('[data-password-rules]');
    if (!panel) return null;
    const rules: Record<string, string> = {};
    for (const rule of panel.querySelectorAll('[data-rule]')) rules[rule.getAttribute('data-rule')!] = rule.getAttribute('data-state')!;
    return {
      rules,
      level: panel.querySelector('[data-strength]')?.getAttribute('data-level') ?? '',
      confirmation: panel.querySelector('[data-confirmation]')?.getAttribute('data-confirmation') ?? null,
    };
  }, null);
}

/** Waits until the panel shows what `expected` says (only the listed rules are compared). */
async function panelShows(
  page: TestPage,
  expected: { rules?: Record<string, string>; level?: string; confirmation?: string | null },
): Promise<PanelView> {
  let last: PanelView | null = null;
  const deadline = Date.now() + 10_000;
  for (;;) {
    last = await readPanel(page);
    const rulesMatch = last && Object.entries(expected.rules ?? {}).every(([rule, state]) => last!.rules[rule] === state);
    const levelMatches = last && (expected.level === undefined || last.level === expected.level);
    const confirmationMatches = last && (expected.confirmation === undefined || last.confirmation === expected.confirmation);
    if (rulesMatch && levelMatches && confirmationMatches) return last!;
    if (Date.now() > deadline) throw new Error(`The panel shows ${JSON.stringify(last)}, expected ${JSON.stringify(expected)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function onPage<T>(address: string, use: (page: TestPage) => Promise<T>): Promise<T> {
  const page = await env.browser.open(address);
  try {
    await page.waitForHint('gaia-password-checker');
    return await use(page);
  } finally {
    await page.close();
  }
}

describe(`${BROWSER}: the GAIA password checker`, () => {
  it('ticks and fails each rule as the password is typed', async () => {
    await onPage(PLAIN, async (page) => {
      // Nothing typed: nothing met, and no names known on this page nor in the settings.
      await panelShows(page, {
        rules: { length: 'fail', special: 'fail', upper: 'fail', lower: 'fail', name: 'na', janus: 'unverifiable' },
        level: '0',
      });
      await page.typeInto('#pw-new', 'soleil');
      await panelShows(page, { rules: { length: 'fail', lower: 'pass', upper: 'fail', special: 'fail', charset: 'pass', digits: 'pass' } });
      await page.raw.keyboard.type('-Levant');
      await panelShows(page, { rules: { length: 'pass', special: 'pass', upper: 'pass', lower: 'pass', charset: 'pass' } });
      await page.raw.keyboard.type('140789');
      await panelShows(page, { rules: { digits: 'fail' } });
      const digits = await page.overlayText('[data-rule="digits"]');
      expect(digits).toContain('could be a date');
      await page.raw.keyboard.type('é');
      await panelShows(page, { rules: { charset: 'fail' } });
    });
  });

  it('finds the name the page shows, even disguised, and caps the strength', async () => {
    await onPage(NAMED, async (page) => {
      await page.typeInto('#pw-new', 'Dup@nt-Tournesol!');
      const view = await panelShows(page, { rules: { name: 'fail' } });
      expect(Number(view.level)).toBeLessThanOrEqual(1);
      await page.clearField('#pw-new');
      await page.raw.keyboard.type('Tr0mbone!Cactus-Velo-Orage');
      // A long passphrase is graded on its whole length once typing pauses.
      await panelShows(page, { rules: { name: 'pass' }, level: '4' });
    });
  });

  it("uses the names saved in the extension's settings when the page shows none", async () => {
    const settingsPage = await env.browser.openExtensionPage('src/popup/index.html', '[data-step]');
    // As the popup's settings store them: a versioned envelope (src/shared/storage.ts).
    await setStoredItems(settingsPage, { settings: { version: 1, value: { firstName: 'Hélène', lastName: 'Dupont-Martin' } } });
    await settingsPage.close();
    try {
      await onPage(PLAIN, async (page) => {
        await page.typeInto('#pw-new', 'Tournesol-H3lene!');
        await panelShows(page, { rules: { name: 'fail' } });
      });
    } finally {
      const cleanup = await env.browser.openExtensionPage('src/popup/index.html', '[data-step]');
      await removeStoredItems(cleanup, ['settings']);
      await cleanup.close();
    }
  });

  it('says when the confirmation differs, and when it matches', async () => {
    await onPage(PLAIN, async (page) => {
      await page.typeInto('#pw-new', 'Tournesol-Jaune-42!');
      await page.typeInto('#pw-confirm', 'Tournesol-Jaune-43!');
      await panelShows(page, { confirmation: 'differs' });
      expect(await page.overlayText('[data-confirmation]')).toContain('The confirmation differs');
      await page.clearField('#pw-confirm');
      await page.raw.keyboard.type('Tournesol-Jaune-42!');
      await panelShows(page, { confirmation: 'same' });
    });
  });

  it.each(LAYOUT_SIZES.map((size) => [size.name, size] as const))(
    'at %s, opens as the new password is typed, beside the two fields or under them, never over them',
    async (_name, size) => {
      await onPage(PLAIN, async (page) => {
        await page.resize(size.width, size.height);
        await waitForRest(page);
        await page.typeInto('#pw-new', 'Tournesol');
        await panelShows(page, { rules: { upper: 'pass' } });
        const panel = await page.waitFor(
          () => {
            const card = document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-hint="gaia-password-checker"]');
            const shown = card?.closest('.floating[data-rest="card"], .floating[data-open]');
            const rect = shown ? card!.getBoundingClientRect() : null;
            return rect && rect.width > 0 ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
          },
          null,
          'the panel shown while the field has focus',
        );
        for (const field of ['#pw-new', '#pw-confirm'])
          expect(gapBetween(panel, await page.boxOf(field)), `the panel over ${field}`).toBeGreaterThan(0);
        // The person goes on to the confirmation by clicking it: the click reaches it, and the panel stays.
        await page.typeInto('#pw-confirm', 'Tourne');
        expect(await page.raw.evaluate(() => document.querySelector<HTMLInputElement>('#pw-confirm')!.value, null)).toBe('Tourne');
        await panelShows(page, { confirmation: 'differs' });
      });
    },
  );

  it('works on a form rendered late, and never changes the field nor blocks pasting', async () => {
    await onPage(LATE, async (page) => {
      await page.typeInto('#pw-new', 'Abc');
      await panelShows(page, { rules: { upper: 'pass', length: 'fail' } });
      // Paste, as a password manager or a person would: the page receives it untouched.
      await page.raw.evaluate(() => {
        const field = document.querySelector<HTMLInputElement>('#pw-new')!;
        const data = new DataTransfer();
        data.setData('text/plain', '-Tournesol-42!');
        const allowed = field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        if (allowed) field.setRangeText('-Tournesol-42!', field.value.length, field.value.length, 'end');
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, null);
      await panelShows(page, { rules: { length: 'pass', special: 'pass' } });
      expect(await page.raw.evaluate(() => document.querySelector<HTMLInputElement>('#pw-new')!.value, null)).toBe('Abc-Tournesol-42!');
    });
  });

  it('announces changes politely, in one status line, and keeps focus in the field', async () => {
    await onPage(PLAIN, async (page) => {
      await page.typeInto('#pw-new', 'Tournesol');
      await panelShows(page, { rules: { length: 'fail' } });
      const status = await page.raw.evaluate(() => {
        const panel = document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-password-rules]');
        const live = [...(panel?.querySelectorAll('[role=status], [aria-live]') ?? [])];
        return live.map((element) => element.textContent);
      }, null);
      expect(status).toHaveLength(1);
      expect(status[0]).toMatch(/^\d of \d GAIA rules met\.$/);
      expect(await page.focusedElement()).toBe('pw-new');
    });
  });
});
