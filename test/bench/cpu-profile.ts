import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly url: string; readonly functionName: string };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ExtensionTime {
  /** Main-thread time with one of the extension's functions on the stack (and the garbage collection within it). */
  readonly totalMs: number;
  /** The longest stretch of it without a break: the longest task the extension made the page wait for. */
  readonly longestMs: number;
}

const EXTENSION_URL = /^(chrome|moz)-extension:\/\//;
const SAMPLING_INTERVAL_US = 200;

/**
 * Samples the page's main thread while `during` runs, and says how much of it the extension took. A sample
 * is the extension's when one of its scripts is anywhere on the stack (the browser's own functions it calls
 * included), or when it is a garbage collection right after one of the extension's samples.
 */
export async function profileExtensionTime(cdp: CDPSession, during: () => Promise<void>): Promise<ExtensionTime> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  await during();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Profiler.disable');
  return extensionTimeOf(profile);
}

export function extensionTimeOf({ nodes, samples, timeDeltas }: Profile): ExtensionTime {
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = EXTENSION_URL.test(node?.callFrame.url ?? '') || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let totalUs = 0;
  let longestUs = 0;
  let runUs = 0;
  let previousOurs = false;
  for (let index = 0; index < samples.length; index += 1) {
    const id = samples[index]!;
    // A sample stands for the time until the next one.
    const duration = timeDeltas[index + 1] ?? SAMPLING_INTERVAL_US;
    const collecting = byId.get(id)?.callFrame.functionName === '(garbage collector)';
    const counted: boolean = isOurs(id) || (collecting && previousOurs);
    if (counted) {
      totalUs += duration;
      runUs += duration;
      longestUs = Math.max(longestUs, runUs);
    } else runUs = 0;
    previousOurs = counted;
  }
  return { totalMs: totalUs / 1000, longestMs: longestUs / 1000 };
}
