import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const browser = createFakeBrowser();
vi.mock('../../src/shared/browser', () => ({ default: browser.fake }));
const { SCHEMA_VERSION, readItem, writeItem } = await import('../../src/shared/storage');

describe('writing what the person did', () => {
  it('stores it, and says so', async () => {
    browser.data.clear();
    expect(await writeItem('dismissedHints', { 'janus.cnrs.fr': ['janus-identifier'] })).toBe(true);
    expect(await readItem('dismissedHints')).toEqual({ 'janus.cnrs.fr': ['janus-identifier'] });
  });
  it('never overwrites what a newer version of the extension wrote, which this one cannot read', async () => {
    const newer = { version: SCHEMA_VERSION + 1, value: { janus: { done: true, by: 'hand', at: 1, shape: 'of the future' } } };
    browser.data.set('checklist', newer);
    expect(await readItem('checklist')).toEqual({});
    expect(await writeItem('checklist', { gaia: { done: true, by: 'person', at: 2 } })).toBe(false);
    expect(browser.data.get('checklist')).toEqual(newer);
  });
  it('says it stored nothing when the browser refuses (its storage full), without throwing', async () => {
    browser.data.clear();
    browser.fake.storage.local.set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await writeItem('dismissedHints', { 'janus.cnrs.fr': ['janus-identifier'] })).toBe(false);
    expect(await readItem('dismissedHints')).toEqual({});
  });
});
