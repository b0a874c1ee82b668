import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../fixtures/fixture-types';
import { FIXTURES } from '../fixtures/pages';
import { anchorOf, apartFromStepHints, hintsOnArrival } from './expected-hints';
import { findAnchorBox, findHintPlaceBox } from './harness/anchors';
import { browserUnderTest, launchBrowser, type TestBrowser } from './harness/browsers';
import { useExtensionBrowser } from './harness/setup';
import { type Box, gapBetween, type TestPage } from './harness/test-page';

const BROWSER = browserUnderTest();
/** A hint is "next to" its element when the gap between the two boxes is at most this. */
const NEXT_TO_PX = 24;

const byFile = (file: string): Fixture => {
  const fixture = FIXTURES.find((candidate) => candidate.file === file);
  if (!fixture) throw new Error(`No replica ${file}`);
  return fixture;
};

const env = useExtensionBrowser();

async function onPage<T>(file: string, use: (page: TestPage) => Promise<T>, on: TestBrowser = env.browser): Promise<T> {
  const page = await on.open(byFile(file).url);
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}

function surrounds(outer: Box, inner: Box): boolean {
  return (
    outer.x <= inner.x && outer.y <= inner.y && outer.x + outer.width >= inner.x + inner.width && outer.y + outer.height >= inner.y + inner.height
  );
}

describe(`${BROWSER}: every page of the catalogue shows its hints`, () => {
  const recognised = FIXTURES.filter((fixture) => fixture.expect);
  it.each(recognised.map((fixture) => [fixture.file, fixture] as const))('%s', async (file, fixture) => {
    await onPage(file, async (page) => {
      const expected = hintsOnArrival(fixture);
      for (const hintId of expected) {
        // A person scrolls to a field before reading about it; off screen, its hint waits in the dock.
        await page.scrollIntoView(anchorOf(hintId));
        const hint = await page
          .waitFor(
            (id) => {
              const card = document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector(`[data-hint="${id}"]`);
              return card && !card.closest('.dock') ? true : null;
            },
            hintId,
            `${hintId} next to its element`,
          )
          .then(() => page.waitForHint(hintId));
        expect(hint.docked, `${hintId} should sit next to its element`).toBe(false);
        const anchor = await findHintPlaceBox(page, hintId, anchorOf(hintId));
        const gap = gapBetween(hint.box, anchor);
        expect(gap, `${hintId} is ${Math.round(gap)} px from its element`).toBeLessThanOrEqual(NEXT_TO_PX);
      }
      expect(apartFromStepHints(await page.hintIds()).sort()).toEqual([...expected].sort());
      expect(await page.overlayPages()).toEqual([fixture.expect]);
      // The way to the troubleshooting steps is on every recognised page.
      expect(await page.overlayBox('[data-troubleshooting]')).not.toBeNull();
    });
  });
});

describe(`${BROWSER}: required fields are highlighted until filled`, () => {
  it.each([
    ['neo/profile.html', 'neo-service-team', 'select[name=service_equipe]'],
    ['sygefor/profile-non-agent.html', 'sygefor-valideur', '#profile_people_validator'],
  ])('%s: %s', async (file, hintId, field) => {
    await onPage(file, async (page) => {
      await page.waitForHint(hintId);
      const ring = await page.waitFor(
        (id) => {
          const rect = document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector(`[data-highlight="${id}"]`)?.getBoundingClientRect();
          return rect && rect.width > 0 ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
        },
        hintId,
        'the highlight',
      );
      expect(surrounds(ring, await page.boxOf(field))).toBe(true);

      await page.chooseNextOption(field);
      await page.waitForNoOverlay(`[data-highlight="${hintId}"]`, 'the highlight to clear');
      await page.waitForNoOverlay(`[data-hint="${hintId}"]`, 'the hint to clear');
    });
  });
});

describe(`${BROWSER}: identifier and e-mail fields are checked as they are typed`, () => {
  async function verdict(page: TestPage, hintId: string, state: string): Promise<string> {
    return page.waitFor(
      ({ id, expected }) => {
        const check = document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector(`[data-hint="${id}"] [data-check]`);
        return check?.getAttribute('data-state') === expected ? check.textContent : null;
      },
      { id: hintId, expected: state },
      `${hintId} to say ${state}`,
    );
  }

  it('webmail: a RESEDA e-mail is refused, the GAIA identifier accepted', async () => {
    await onPage('webmail/login.html', async (page) => {
      await page.waitForHint('webmail-identifier');
      await page.typeInto('#username', 'helene.dupont@cnrs.fr');
      expect(await verdict(page, 'webmail-identifier', 'error')).toContain('This is an e-mail address, not a GAIA identifier');
      await page.clearField('#username');
      await page.raw.keyboard.type('helene.dupont-martin@ods.services');
      expect(await verdict(page, 'webmail-identifier', 'ok')).toContain('This is a GAIA identifier');
    });
  });

  it('Sésame: the webmail identifier is refused in the e-mail field', async () => {
    await onPage('sesame/request.html', async (page) => {
      await page.waitForHint('sesame-email');
      await page.typeInto('#email', 'helene.dupont@ods.services');
      expect(await verdict(page, 'sesame-email', 'error')).toContain('GAIA/webmail identifier');
    });
  });

  it('Sésame: the two new-password entries are compared', async () => {
    await onPage('sesame/new-password.html', async (page) => {
      await page.waitForHint('sesame-password-again');
      await page.typeInto('#new-password', 'Tournesol-2026!');
      await page.typeInto('#new-password-again', 'Tournesol-2027!');
      expect(await verdict(page, 'sesame-password-again', 'error')).toContain('The two entries differ');
      await page.clearField('#new-password-again');
      await page.raw.keyboard.type('Tournesol-2026!');
      expect(await verdict(page, 'sesame-password-again', 'ok')).toContain('The two entries match');
    });
  });

  it('GAIA password reset: an e-mail address is not the GAIA identifier', async () => {
    await onPage('gaia/forgotten.html', async (page) => {
      await page.waitForHint('gaia-forgotten-identifier');
      await page.typeInto('#reset-identifier', 'helene.dupont@cnrs.fr');
      expect(await verdict(page, 'gaia-forgotten-identifier', 'error')).toContain('prenom.nom@ods.services');
    });
  });
});

describe(`${BROWSER}: NEO remembers the connection mode`, () => {
  let fresh: TestBrowser;
  beforeAll(async () => {
    fresh = await launchBrowser(BROWSER, env.server);
  });
  afterAll(() => fresh?.close());

  it('says which mode was used last time after a reload, and warns before the other one is picked', async () => {
    await onPage(
      'neo/home.html',
      async (page) => {
        await page.waitForHint('neo-authenticated');
        expect(await page.hintIds()).not.toContain('neo-mode-same');
        await page.clickAt(await findAnchorBox(page, anchorOf('neo-authenticated')));
        await page.waitFor(() => (location.pathname !== '/' ? true : null), null, 'NEO to follow the link');

        await page.goto(byFile('neo/home.html').url);
        const same = await page.waitForHint('neo-mode-same');
        expect(same.text).toBe('Last time you used « Accès authentifié ». NEO asks you to always use the same connection mode.');
        expect(await page.hintIds()).not.toContain('neo-mode-switch');

        await page.hoverAt(await findAnchorBox(page, anchorOf('neo-other-user')));
        const warning = await page.waitForHint('neo-mode-switch');
        expect(warning.text).toContain('Careful: last time you used « Accès authentifié »');
        await page.raw.mouse.move(5, 5);
        await page.waitForNoOverlay('[data-hint="neo-mode-switch"]', 'the warning to go');
      },
      fresh,
    );
  });
});

describe(`${BROWSER}: other behaviours of the catalogue`, () => {
  it('Janus in English: the first-login hint quotes the link as the page names it, not in French', async () => {
    await onPage('janus/login-en.html', async (page) => {
      const hint = await page.waitForHint('janus-first-login');
      expect(hint.text).toContain('Click « First login or forgotten password »');
      expect(hint.text).not.toContain('Première connexion');
    });
  });

  it('Sygefor: a CNRS word in a card opens its definition when pointed at or focused, and Escape closes it', async () => {
    await onPage('sygefor/profile-non-agent.html', async (page) => {
      await page.waitForHint('sygefor-valideur');
      const word = '[data-hint="sygefor-valideur"] [data-term="valideur"]';
      const definition = '[data-hint="sygefor-valideur"] [data-definition="valideur"]';
      expect(await page.overlayText(word)).toBe('valideur');
      expect(await page.overlayBox(definition)).toBeNull();

      await page.hoverAt((await page.overlayBox(word))!);
      await page.waitFor(
        (css) => (document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector(css)?.getBoundingClientRect().width ? true : null),
        definition,
        'the definition',
      );
      expect(await page.overlayText(definition)).toBe(
        'Valideur: the person who approves your training requests in Sygefor. CNRS agents find theirs filled in from RESEDA; others pick theirs in the list.',
      );
      await page.raw.mouse.move(5, 5);
      await page.waitForNoOverlay(`${definition}:not([hidden])`, 'the definition to close once the pointer left');

      // From the keyboard: focus shows it, Escape hides it and leaves the card (opened again first, if it
      // rests as its marker and closed when the pointer left).
      await page.waitForHint('sygefor-valideur');
      await page.raw.evaluate((css) => document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector<HTMLElement>(css)?.focus(), word);
      await page.waitFor(
        (css) => (document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector(css)?.getBoundingClientRect().width ? true : null),
        definition,
        'the definition on focus',
      );
      await page.press('Escape');
      await page.waitForNoOverlay(`${definition}:not([hidden])`, 'Escape to close the definition');
      expect(await page.hintIds()).toContain('sygefor-valideur');
    });
  });

  it('NOA: taking the local-account path brings a warning', async () => {
    await onPage('noa/login.html', async (page) => {
      await page.waitForHint('noa-federation');
      expect(await page.hintIds()).not.toContain('noa-local-warning');
      await page.clickAt(await findAnchorBox(page, anchorOf('noa-local-warning')));
      const warning = await page.waitForHint('noa-local-warning');
      expect(warning.text).toContain('local accounts have no access to the CNRS reference databases');
    });
  });

  it('GAIA: the assigned identifier is quoted and can be copied', async () => {
    await onPage('gaia/identifier.html', async (page) => {
      const hint = await page.waitForHint('gaia-identifier-note');
      expect(hint.text).toContain('helene.dupont-martin@ods.services');
      const copy = await page.overlayBox('[data-hint="gaia-identifier-note"] [data-copy]');
      expect(copy).not.toBeNull();
      await page.clickAt(copy!);
      await page.waitFor(
        () =>
          document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-hint="gaia-identifier-note"] [role=status]')?.textContent ||
          null,
        null,
        'the copy status',
      );
      expect(await page.overlayText('[data-hint="gaia-identifier-note"] [role=status]')).toBe('Copied.');
    });
  });

  it('GAIA done: says what comes next and warns against setting the password again', async () => {
    await onPage('gaia/done.html', async (page) => {
      const hint = await page.waitForHint('gaia-done-next');
      expect(hint.text).toContain('open the webmail');
      expect(hint.text).toContain('Do not log in to GAIA again to set a new password');
    });
  });

  it('the troubleshooting steps are those of the browser in use', async () => {
    await onPage('sygefor/login.html', async (page) => {
      await page.waitForHint('sygefor-janus');
      await page.clickAt((await page.overlayBox('[data-troubleshooting]'))!);
      const panel = await page.waitFor(
        () => {
          const element = document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-troubleshooting-panel]');
          return element ? { browser: element.getAttribute('data-browser'), text: element.textContent ?? '' } : null;
        },
        null,
        'the troubleshooting panel',
      );
      expect(panel.browser).toBe(BROWSER === 'firefox' ? 'firefox' : 'chrome');
      expect(panel.text).toContain('Refresh the page');
      expect(panel.text).toContain(BROWSER === 'firefox' ? 'Clear recent history' : 'Clear cache & cookies');
      expect(panel.text).toContain('dr01.support.sygefor@cnrs.fr');
    });
  });
});

/** Forms filled as a person would, then submitted: the server must receive exactly what was typed. */
const FORMS: { file: string; typed: Record<string, string>; before?: (page: TestPage) => Promise<void>; submit: string }[] = [
  { file: 'sesame/request.html', typed: { '#email': 'helene.dupont-martin@cnrs.fr' }, submit: 'button[name=send]' },
  {
    file: 'sesame/new-password.html',
    typed: { '#new-password': 'Mot de passe « sûr » 2026 !', '#new-password-again': 'Mot de passe « sûr » 2026 !' },
    submit: 'button[name=validate]',
  },
  { file: 'neo/profile.html', typed: { '#f-nom': 'Dupont-Martin', '#f-prenom': 'Hélène' }, submit: 'button[name=enregistrer]' },
  {
    file: 'gaia/login.html',
    typed: { '#login-identifier': 'helene.dupont-martin@ods.services', '#login-password': 'P@ss word 1' },
    submit: 'button[type=submit]',
  },
  { file: 'gaia/password.html', typed: { '#pw-new': 'Tournesol-Jaune-42!', '#pw-confirm': 'Tournesol-Jaune-42!' }, submit: 'button[name=next]' },
  {
    file: 'gaia/recovery.html',
    typed: { '#backup-email': 'h.dupont@example.org', '#a1': 'Médor', '#a2': 'Lyon', '#a3': 'Jules Ferry' },
    submit: 'button[name=next]',
  },
  { file: 'gaia/forgotten.html', typed: { '#reset-identifier': 'helene.dupont-martin@ods.services' }, submit: 'button[name=next]' },
  {
    file: 'webmail/login.html',
    typed: { '#username': 'helene.dupont-martin@ods.services', '#password': 'Tournesol-Jaune-42!' },
    submit: 'input[type=submit]',
  },
  {
    file: 'sygefor/profile-non-agent.html',
    typed: { '#profile_phoneNumber': '01 23 45 67 89', '#profile_workplace': 'Bâtiment B, bureau 12' },
    before: (page) => page.chooseNextOption('#profile_people_validator'),
    submit: 'button[type=submit]',
  },
];

describe(`${BROWSER}: every form still posts exactly what was typed`, () => {
  it.each(FORMS.map((form) => [form.file, form] as const))('%s', async (file, form) => {
    await onPage(file, async (page) => {
      await page.waitFor(
        () => (document.querySelector('[data-cnrs-helper]')?.shadowRoot?.querySelector('[data-hint]') ? true : null),
        null,
        'the overlay',
      );
      await form.before?.(page);
      const names: Record<string, string> = {};
      for (const [selector, value] of Object.entries(form.typed)) {
        await page.typeInto(selector, value);
        names[selector] = await page.raw.evaluate((css) => document.querySelector<HTMLInputElement>(css)?.name ?? '', selector);
      }
      const declared = await page.raw.evaluate(
        (css) =>
          [...(document.querySelector(css)?.closest('form')?.elements ?? [])].map((element) => (element as HTMLInputElement).name).filter(Boolean),
        form.submit,
      );
      const before = env.server.posts.length;
      await page.clickAt(await page.boxOf(form.submit));
      await page.waitFor(() => document.getElementById('received') !== null || null, null, 'the form to be posted');
      const posted = env.server.posts[before]!;
      const fields = Object.fromEntries(posted.fields);
      for (const [selector, value] of Object.entries(form.typed)) expect(fields[names[selector]!], selector).toBe(value);
      for (const [name] of posted.fields) expect(declared).toContain(name);
    });
  });
});
