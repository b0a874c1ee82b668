import type { PageOutline } from '../outline/page-outline';
import type { PageId } from '../rules/page-ids';
import type { StepId } from '../rules/types';
import browser, { type Runtime } from './browser';
import type { Engine } from '../sites/clear-plan';

/**
 * Every message between the extension's contexts, with its payload and reply. Messages carry page ids,
 * step ids, counts and at most a CNRS host name, never anything typed; page content only in the outline
 * the person asks for (`pageOutline`).
 */
export interface MessageTable {
  /** Content script → background: the page in this tab changed (null: not a recognised page). */
  pageChanged: { request: { pageId: PageId | null; hintCount: number }; response: void };
  /** Content script → background: this page showed that a checklist step succeeded. */
  stepSucceeded: { request: { step: StepId }; response: void };
  /**
   * Popup → background, once the person allowed `browsingData`: clear the CNRS sites' data. Carries the
   * host of the tab the person is looking at when it is a CNRS page (its blank page may be on a host no
   * rule names).
   */
  clearCnrsSiteData: { request: { currentHost: string | null }; response: ClearReport };
  /**
   * Popup → the content script of a tab on a host the rules name: an outline of its page, which no rule
   * recognised (src/outline/page-outline.ts). The only message that carries page content: the popup shows
   * it to the person, who alone decides to copy it; it goes nowhere else.
   */
  pageOutline: { request: Record<string, never>; response: PageOutline };
}

/** What was cleared, for the popup to say it exactly (see src/sites/clear-plan.ts). */
export type ClearReport =
  | { readonly cleared: true; readonly engine: Engine; readonly hosts: readonly string[] }
  | { readonly cleared: false; readonly reason: 'noPermission' | 'failed' };

export type MessageType = keyof MessageTable;

export interface Envelope<K extends MessageType> {
  type: K;
  data: MessageTable[K]['request'];
}

export async function sendMessage<K extends MessageType>(type: K, data: MessageTable[K]['request']): Promise<MessageTable[K]['response']> {
  const envelope: Envelope<K> = { type, data };
  return (await browser.runtime.sendMessage(envelope)) as MessageTable[K]['response'];
}

/** Sends a message to the content script of one tab. */
export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  data: MessageTable[K]['request'],
): Promise<MessageTable[K]['response']> {
  const envelope: Envelope<K> = { type, data };
  return (await browser.tabs.sendMessage(tabId, envelope)) as MessageTable[K]['response'];
}

/**
 * Handles one message type, once `accept` has checked its data and sender: data it refuses (undefined)
 * is dropped unanswered. Returns the function that removes the handler.
 */
export function onMessage<K extends MessageType>(
  type: K,
  accept: (data: unknown, sender: Runtime.MessageSender) => MessageTable[K]['request'] | undefined,
  handler: (data: MessageTable[K]['request'], sender: Runtime.MessageSender) => Promise<MessageTable[K]['response']>,
): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    const envelope = message as Partial<Envelope<K>> | undefined;
    if (envelope?.type !== type) return undefined;
    const data = accept(envelope.data, sender);
    return data === undefined ? undefined : handler(data, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
