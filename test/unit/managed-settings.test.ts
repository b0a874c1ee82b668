import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { SITES } from '../../src/rules';
import { DEFAULT_SETTINGS, effectiveSettings, LANGUAGES, validSettingsFields } from '../../src/shared/settings-schema';
import { createFakeBrowser } from './fake-browser';

const browser = createFakeBrowser();
let managed: () => Promise<Record<string, unknown>> = async () => ({});
vi.mock('../../src/shared/browser', () => ({
  default: { ...browser.fake, storage: { ...browser.fake.storage, managed: { get: () => managed() } } },
}));
const { copyPresetsFromPolicy, readSettings } = await import('../../src/shared/settings');
const { encodeItem } = await import('../../src/shared/storage');

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const manifest = read('manifest.json') as {
  permissions: string[];
  optional_permissions: string[];
  host_permissions: string[];
  content_scripts: { matches: string[] }[];
  action: { default_popup: string };
  storage: { managed_schema: string };
};
interface SchemaNode {
  type: string;
  enum?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
  id?: string;
}
const schema = read(`assets/${manifest.storage.managed_schema}`) as unknown as SchemaNode;

describe('managed storage schema (what a unit IT can preset)', () => {
  it('is shipped at the root of the build and names fields of the settings model exactly', () => {
    expect(manifest.storage.managed_schema).toBe('managed-schema.json');
    expect(Object.keys(schema.properties!).sort()).toEqual(['language', 'preventionAssistant', 'sitesOff', 'unitAdministrator']);
    for (const field of Object.keys(schema.properties!)) expect(DEFAULT_SETTINGS).toHaveProperty(field);
  });
  it('allows the languages, the site ids and the contact fields the extension reads', () => {
    const { language, sitesOff, preventionAssistant, unitAdministrator } = schema.properties!;
    expect(language!.enum).toEqual([...LANGUAGES]);
    expect(sitesOff!.items!.enum).toEqual(SITES.map((site) => site.id));
    expect(Object.keys(preventionAssistant!.properties!)).toEqual(['name', 'email']);
    expect(unitAdministrator!.$ref).toBe(preventionAssistant!.id);
  });
});

describe('managed values win over the person’s', () => {
  const presets = { language: 'fr', sitesOff: ['noa'], unitAdministrator: { name: 'Marie Martin', email: 'marie.martin@example.org' } };

  it('in the settings model, field by field, and are listed as set by the administrator', () => {
    const effective = effectiveSettings({ language: 'en', paused: true, sitesOff: ['gaia'] }, validSettingsFields(presets));
    expect(effective.settings).toMatchObject({ language: 'fr', paused: true, sitesOff: ['noa'], unitAdministrator: presets.unitAdministrator });
    expect([...effective.managed].sort()).toEqual(['language', 'sitesOff', 'unitAdministrator']);
  });
  it('when read from the browser: policy presets (as the background copied them) over what the person stored', async () => {
    browser.data.set('settings', encodeItem({ language: 'en', firstName: 'Jeanne' }));
    managed = async () => presets;
    // Before the background copies them, the pages and the popup know of no presets.
    expect((await readSettings()).managed.size).toBe(0);
    await copyPresetsFromPolicy();
    const { settings, managed: fromPolicy } = await readSettings();
    // The background copies them again each time it starts: an unchanged copy is not written again, so
    // open pages are not redrawn for nothing.
    const writes = browser.fake.storage.local.set.mock.calls.length;
    await copyPresetsFromPolicy();
    expect(browser.fake.storage.local.set.mock.calls.length).toBe(writes);
    expect(settings.language).toBe('fr');
    expect(settings.firstName).toBe('Jeanne');
    expect(fromPolicy.has('language')).toBe(true);
  });
  it('a malformed preset is ignored, the others still apply', async () => {
    managed = async () => ({ language: 'de', sitesOff: ['noa'] });
    await copyPresetsFromPolicy();
    const { settings, managed: fromPolicy } = await readSettings();
    expect(settings.language).toBe('en');
    expect(settings.sitesOff).toEqual(['noa']);
    expect(fromPolicy.has('language')).toBe(false);
  });
  it('no policy (Firefox without a managed-storage manifest answers with an error): the person’s settings', async () => {
    managed = () => Promise.reject(new Error('Managed storage manifest not found'));
    await copyPresetsFromPolicy();
    const { settings, managed: fromPolicy } = await readSettings();
    expect(settings.language).toBe('en');
    // A policy that was removed leaves no preset behind.
    expect(settings.sitesOff).toEqual([]);
    expect(fromPolicy.size).toBe(0);
  });
});

describe('manifest permissions', () => {
  it('storage, browsingData only when asked, host access only where the content script runs; a popup', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.optional_permissions).toEqual(['browsingData']);
    expect(manifest.host_permissions).toEqual(manifest.content_scripts[0]!.matches);
    expect(manifest.action.default_popup).toBe('src/popup/index.html');
  });
});
