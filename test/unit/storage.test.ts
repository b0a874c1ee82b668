import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', () => ({ default: {} }));
const { DEFAULTS, SCHEMA_VERSION, decodeItem, encodeItem } = await import('../../src/shared/storage');

describe('typed storage', () => {
  it('round-trips a value through its versioned envelope', () => {
    const stored = encodeItem({ 'janus.cnrs.fr': ['janus-identifier'] });
    expect(stored.version).toBe(SCHEMA_VERSION);
    expect(decodeItem('dismissedHints', stored)).toEqual({ 'janus.cnrs.fr': ['janus-identifier'] });
  });
  it.each([
    ['missing', undefined],
    ['not an object', 'janus-identifier'],
    ['no version', { value: ['x'] }],
    ['a future version', { version: SCHEMA_VERSION + 1, value: { 'janus.cnrs.fr': ['x'] } }],
    ['a value of the wrong shape', { version: SCHEMA_VERSION, value: 'x' }],
    ['a list, as before dismissals were kept by host, at the current version', { version: SCHEMA_VERSION, value: ['x'] }],
    ['a host holding non-strings', { version: SCHEMA_VERSION, value: { 'janus.cnrs.fr': [1, 2] } }],
  ])('reads %s as the default', (_case, raw) => {
    expect(decodeItem('dismissedHints', raw)).toEqual(DEFAULTS.dismissedHints);
  });
});
