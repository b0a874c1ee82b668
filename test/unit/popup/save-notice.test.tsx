// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../fake-browser';

const browser = createFakeBrowser();
vi.mock('../../../src/shared/browser', () => ({ default: browser.fake }));
const { noticeSave, SaveNotice } = await import('../../../src/popup/save-notice');

describe("the popup's notice of a change not stored", () => {
  it('says so after a refused write, and clears at the next stored one', () => {
    const mount = document.createElement('div');
    document.body.append(mount);
    act(() => render(<SaveNotice />, mount));
    const notice = () => mount.querySelector('[role=status]')!;
    expect(notice().textContent).toBe('');
    act(() => void expect(noticeSave(false)).toBe(false));
    expect(notice().textContent).toBe('popup_not_saved');
    act(() => void expect(noticeSave(true)).toBe(true));
    expect(notice().textContent).toBe('');
    act(() => render(null, mount));
  });
});
