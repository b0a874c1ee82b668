import type { Fixture } from '../fixtures/fixture-types';
import { fixtureHtml } from '../unit/load-fixture';
import type { AnchorQuery } from './harness/anchors';

/**
 * Every replica says itself where each hint belongs, so that the tests' oracle never comes from the
 * rules: `data-expect-hint="<hint id> …"` on the element a person expects a hint next to on arrival, and
 * `data-expect-later="<hint id>"` where a hint belongs that only shows later (once a path is taken, a mode
 * remembered) or not on this variant. The engine never reads these attributes.
 */
export function markedHints(html: string): string[] {
  const ids = new Set<string>();
  // As an attribute (escaped or not inside a script) or a script's attribute map (`'data-expect-hint': '…'`).
  const marker = /data-expect-hint['"]?\s*[=:]\s*\\?["']([^"'\\]+)/g;
  for (const [, list] of html.matchAll(marker)) for (const id of list!.split(/\s+/)) if (id) ids.add(id);
  if (ids.size === 0) throw new Error('A replica of a recognised page marks at least one element with data-expect-hint');
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

/** A replica that turns into another page in place (a single-page application) keeps that view in a `<template data-expect="page id">`. */
const OTHER_VIEW = /<template\b[^>]*\bdata-expect="([^"]+)"[^>]*>([\s\S]*?)<\/template>/g;

/** The replica's markup split by the page each part belongs to, its own page first. */
export function partsByPage(html: string, pageId: string): Array<[string, string]> {
  const views = [...html.matchAll(OTHER_VIEW)].map((match): [string, string] => [match[1]!, match[2]!]);
  return [[pageId, html.replace(OTHER_VIEW, '')], ...views];
}

/** The hints a person must see on arriving at a replica, nothing typed, nothing dismissed, checklist empty. */
export function hintsOnArrival(fixture: Fixture): string[] {
  return markedHints(fixtureHtml(fixture).replace(OTHER_VIEW, '')).filter((id) => !(id in SHOWN_AFTER_STEP));
}

/** Where a hint must sit on any replica: the element the replica marks for it. */
export function anchorOf(hintId: string): AnchorQuery {
  return { css: `[data-expect-hint~="${hintId}"], [data-expect-later~="${hintId}"]` };
}
