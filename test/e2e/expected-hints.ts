import type { PageId } from '../../src/rules/page-ids';
import type { AnchorQuery } from './harness/anchors';

/**
 * What a person must see on each page when they arrive (nothing typed, nothing dismissed), written
 * independently of the rules: the hints, and the element each one must sit next to.
 */
export const HINT_ANCHORS: Record<string, AnchorQuery> = {
  'idp-choice-units': { css: 'button, a, label, input', text: ['Personnels des unités', 'Unit staff'] },
  'idp-choice-external': { css: 'button, a, label, input', text: ['Personnels externes', 'External staff'] },
  'idp-choice-remember': { css: 'select' },
  'janus-service': { css: 'legend' },
  'janus-identifier': { css: '#username' },
  'janus-first-login': { css: 'a', text: ['Première connexion', 'First'] },
  'sesame-status': { css: 'label, input[type=radio]', text: ['Personnel des unités CNRS', 'CNRS units staff'] },
  'sesame-email': { css: 'input[type=email]' },
  'sesame-same-browser': { css: 'button[type=submit]' },
  'sesame-new-password': { css: 'input[type=password]' },
  'sesame-password-again': { css: 'input[name=password_confirmation]' },
  'neo-authenticated': { css: 'a', text: ['Accès authentifié'] },
  'neo-other-user': { css: 'a', text: ['Autre utilisateur'] },
  'neo-mode-same': { css: 'a', text: ['Accès authentifié'] },
  'neo-mode-switch': { css: 'a', text: ['Autre utilisateur'] },
  'neo-service-team': { css: 'select[name=service_equipe]' },
  'neo-profile-rules': { css: 'button[type=submit]' },
  'gaia-activate': { css: 'a, button', text: ['Activer mon compte avec Janus'] },
  'gaia-no-janus': { css: 'a', text: ["Je n'ai pas de compte Janus"] },
  'gaia-login-once': { css: 'input[name=username]' },
  'gaia-charter': { css: 'input[type=checkbox], label', text: ["j'accepte"] },
  'gaia-password-checker': { css: 'input[name=password]' },
  'gaia-recovery': { css: 'input[type=email]' },
  'gaia-identifier-note': { css: 'strong, b, span, p, dd, code', text: ['@ods.services'] },
  'gaia-validate-wait': { css: 'button[type=submit]' },
  'gaia-done-next': { css: 'h1, h2, h3, p', text: ['Votre compte a bien été activé'] },
  'gaia-forgotten-identifier': { css: 'input[name=identifier]' },
  'webmail-identifier': { css: '#username' },
  'webmail-mail-clients': { css: 'input[type=submit]' },
  'sygefor-conditions': { css: 'h1', text: ['Connexion à votre compte'] },
  'sygefor-janus': { css: 'a', text: ['Se connecter avec son compte Janus ou CRU'] },
  'sygefor-wayf-choice': { css: 'select[name=user_idp]' },
  'sygefor-valideur': { css: '#profile_people_validator' },
  'sygefor-save': { css: 'button[type=submit]' },
  'noa-federation': { css: 'a, button', text: ["Via la fédération d'identité"] },
  'noa-local-warning': { css: 'button', text: ['Via un compte local'] },
  'bibcnrs-janus': { css: 'button', text: ["Via le gestionnaire d'identité janus"] },
  'bibcnrs-legacy-code': { css: 'button', text: ["Via le code d'accès de votre unité", "Via votre ancien code d'accès portail"] },
};

/** The hints shown on arrival, by page (a page's replicas may add or remove some: see below). */
export const HINTS_ON_ARRIVAL: Record<PageId, readonly string[]> = {
  'idp/choice': ['idp-choice-units', 'idp-choice-external', 'idp-choice-remember'],
  'janus/login': ['janus-service', 'janus-identifier', 'janus-first-login'],
  'sesame/request': ['sesame-status', 'sesame-email', 'sesame-same-browser'],
  'sesame/new-password': ['sesame-new-password', 'sesame-password-again'],
  'neo/home': ['neo-authenticated', 'neo-other-user'],
  'neo/profile': ['neo-service-team', 'neo-profile-rules'],
  'gaia/login': ['gaia-activate', 'gaia-no-janus'],
  'gaia/charter': ['gaia-charter'],
  'gaia/password': ['gaia-password-checker'],
  'gaia/recovery': ['gaia-recovery'],
  'gaia/identifier': ['gaia-identifier-note', 'gaia-validate-wait'],
  'gaia/done': ['gaia-done-next'],
  'gaia/forgotten': ['gaia-forgotten-identifier'],
  'webmail/login': ['webmail-identifier', 'webmail-mail-clients'],
  'sygefor/login': ['sygefor-conditions', 'sygefor-janus'],
  'sygefor/wayf': ['sygefor-wayf-choice'],
  'sygefor/profile': ['sygefor-valideur', 'sygefor-save'],
  // The local-account warning appears only once that path is taken.
  'noa/login': ['noa-federation'],
  'bibcnrs/login': ['bibcnrs-janus', 'bibcnrs-legacy-code'],
};

/** Replicas whose arrival differs from their page's: a CNRS agent's Sygefor profile has its valideur. */
export const ARRIVAL_EXCEPTIONS: Record<string, { readonly without: readonly string[] }> = {
  'sygefor/profile.html': { without: ['sygefor-valideur'] },
};

/**
 * Replicas written independently (test/fixtures/pages/independent/) say themselves where each hint
 * belongs: `data-expect-hint="<hint id> …"` on the element a person expects it next to, put there by
 * someone who had not read the rules. The engine never reads these attributes.
 */
export function markedHints(html: string): string[] {
  const ids = new Set<string>();
  // As an attribute (`data-expect-hint="…"`, escaped or not inside a script) or a script's attribute map (`'data-expect-hint': '…'`).
  const marker = /data-expect-hint['"]?\s*[=:]\s*\\?["']([^"'\\]+)/g;
  for (const [, list] of html.matchAll(marker)) for (const id of list!.split(/\s+/)) if (id) ids.add(id);
  if (ids.size === 0) throw new Error('An independent replica marks at least one element with data-expect-hint');
  return [...ids];
}

/**
 * Hints meant for the moment after an onboarding step, absent on a first visit: GAIA's « do not log in
 * again » warning is for someone whose account is already activated. A replica may still mark where it
 * belongs; arrival with an empty checklist leaves it out.
 */
export const SHOWN_AFTER_STEP: Readonly<Record<string, string>> = { 'gaia-login-once': 'gaia' };

/**
 * The hints shown, less those that wait for a step: whether they show depends on the pages the browser
 * saw before (a sweep visits GAIA's « activated » page before its login page); step-success.e2e.ts
 * checks them from a known checklist.
 */
export function apartFromStepHints(shown: readonly string[]): string[] {
  return shown.filter((id) => !(id in SHOWN_AFTER_STEP));
}

/**
 * Hints placed beside a group of fields rather than one: the password panel sits beside the new password
 * and its confirmation, or under the pair.
 */
export const BESIDE_GROUP: Readonly<Record<string, string>> = { 'gaia-password-checker': 'input[type=password]' };

export function hintsOnArrival(file: string, pageId: PageId, html?: string): string[] {
  if (html !== undefined && file.startsWith('independent/')) return markedHints(html).filter((id) => !(id in SHOWN_AFTER_STEP));
  const without = ARRIVAL_EXCEPTIONS[file]?.without ?? [];
  return HINTS_ON_ARRIVAL[pageId].filter((id) => !without.includes(id));
}

/** Where a hint must sit on a replica: its marked element on independent ones, else the shared description. */
export function anchorOf(file: string, hintId: string): AnchorQuery {
  return file.startsWith('independent/') ? { css: `[data-expect-hint~="${hintId}"]` } : HINT_ANCHORS[hintId]!;
}
