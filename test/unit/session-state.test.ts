import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', () => ({ default: {} }));
const { decodeLastClear } = await import('../../src/shared/session-state');

describe('the last clearing, as stored for the popup', () => {
  it.each([
    [{ at: 1, report: { cleared: true, engine: 'gecko', hosts: ['janus.cnrs.fr'] } }],
    [{ at: 1, report: { cleared: false, reason: 'noPermission' } }],
    [{ at: 1, report: { cleared: false, reason: 'failed' } }],
  ])('is read back as it was written: %j', (value) => {
    expect(decodeLastClear(value)).toEqual(value);
  });
  it.each([
    [undefined],
    ['cleared'],
    [{ at: '1', report: { cleared: false, reason: 'failed' } }],
    [{ at: 1, report: null }],
    // What left the popup blank: a report that says cleared but lists no hosts (the popup joins them).
    [{ at: 1, report: { cleared: true, engine: 'gecko' } }],
    [{ at: 1, report: { cleared: true, engine: 'gecko', hosts: [42] } }],
    [{ at: 1, report: { cleared: true, engine: 'webkit', hosts: [] } }],
    [{ at: 1, report: { cleared: false, reason: 'because' } }],
    [{ at: 1, report: { cleared: 'yes', engine: 'gecko', hosts: [] } }],
  ])('is no report when malformed: %j', (value) => {
    expect(decodeLastClear(value)).toBeUndefined();
  });
});
