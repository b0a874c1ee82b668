import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { SITES } from '../../../src/rules';
import { PAGE_IDS } from '../../../src/rules/page-ids';

vi.mock('../../../src/shared/browser', () => ({ default: {} }));
const { PAGE_NAMES, SITE_NAMES } = await import('../../../src/popup/names');

const english = JSON.parse(readFileSync(new URL('../../../assets/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('names the popup shows', () => {
  it('every recognised page has its name in words', () => {
    expect(Object.keys(PAGE_NAMES).sort()).toEqual([...PAGE_IDS].sort());
    for (const key of Object.values(PAGE_NAMES)) expect(english[key]).toBeDefined();
  });
  it('every site of the rules has a name, for "turn one site off"', () => {
    expect(Object.keys(SITE_NAMES)).toEqual(SITES.map((site) => site.id));
    for (const key of Object.values(SITE_NAMES)) expect(english[key]).toBeDefined();
  });
});
