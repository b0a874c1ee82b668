import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const browser = createFakeBrowser();
vi.mock('../../src/shared/browser', () => ({ default: browser.fake }));
const { ANY_HOST, DEFAULTS, SCHEMA_VERSION, decodeItem, encodeItem, readItem, writeItem } = await import('../../src/shared/storage');

const NOW = 1_800_000_000_000;
const CHECKLIST = { reseda: { done: true, by: 'implied', at: NOW }, gaia: { done: true, by: 'page', at: NOW } } as const;

describe('storage schema version 3: the checklist, the profile, dismissals by host', () => {
  it('round-trips the checklist and the profile through their envelopes', () => {
    expect(SCHEMA_VERSION).toBe(3);
    expect(decodeItem('checklist', encodeItem(CHECKLIST))).toEqual(CHECKLIST);
    expect(decodeItem('profile', encodeItem('unitMember'))).toBe('unitMember');
    expect(decodeItem('profile', encodeItem(null))).toBeNull();
  });
  it('starts with an empty checklist and an unanswered profile', () => {
    expect(decodeItem('checklist', undefined)).toEqual({});
    expect(decodeItem('profile', undefined)).toBeNull();
    expect(DEFAULTS.checklist).toEqual({});
  });
  it('migrates version-1 values, whose shape did not change, instead of dropping them', () => {
    // Dismissals made before they were kept by host hold on every host, as they did.
    expect(decodeItem('dismissedHints', { version: 1, value: ['janus-identifier'] })).toEqual({ [ANY_HOST]: ['janus-identifier'] });
    expect(decodeItem('dismissedHints', { version: 2, value: ['gaia-charter'] })).toEqual({ [ANY_HOST]: ['gaia-charter'] });
    expect(decodeItem('settings', { version: 1, value: { language: 'fr', paused: true } })).toEqual({ language: 'fr', paused: true });
    expect(decodeItem('rememberedChoices', { version: 1, value: { neoMode: 'authenticated' } })).toEqual({ neoMode: 'authenticated' });
  });
  it.each([
    ['a version with no migration path', { version: 0, value: 'fr' }],
    ['a future version', { version: SCHEMA_VERSION + 1, value: 'agent' }],
    ['a fractional version', { version: 1.5, value: 'agent' }],
    ['an unknown profile', { version: SCHEMA_VERSION, value: 'student' }],
  ])('reads %s as the default', (_case, raw) => {
    expect(decodeItem('profile', raw)).toBeNull();
  });
  it('keeps the rest of a checklist when one of its records is damaged', () => {
    const damaged = { ...CHECKLIST, janus: { done: 'maybe' } };
    expect(decodeItem('checklist', { version: SCHEMA_VERSION, value: damaged })).toEqual(CHECKLIST);
  });
});

describe('one unreadable item never costs the person their checklist', () => {
  it('reads the checklist intact next to corrupted, old and future items', async () => {
    browser.data.clear();
    browser.data.set('settings', { version: 0, value: { language: 'fr' } });
    browser.data.set('dismissedHints', 'not an envelope');
    browser.data.set('rememberedChoices', { version: SCHEMA_VERSION + 5, value: {} });
    browser.data.set('profile', { version: SCHEMA_VERSION, value: 42 });
    browser.data.set('checklist', encodeItem(CHECKLIST));
    expect(await readItem('settings')).toEqual({});
    expect(await readItem('dismissedHints')).toEqual({});
    expect(await readItem('rememberedChoices')).toEqual({});
    expect(await readItem('profile')).toBeNull();
    expect(await readItem('checklist')).toEqual(CHECKLIST);
  });
  it('writes the checklist at the current version, leaving the other items as they were', async () => {
    browser.data.clear();
    browser.data.set('dismissedHints', { version: 1, value: ['gaia-charter'] });
    await writeItem('checklist', CHECKLIST);
    expect(browser.data.get('checklist')).toEqual({ version: SCHEMA_VERSION, value: CHECKLIST });
    expect(browser.data.get('dismissedHints')).toEqual({ version: 1, value: ['gaia-charter'] });
    expect(await readItem('dismissedHints')).toEqual({ [ANY_HOST]: ['gaia-charter'] });
  });
});
