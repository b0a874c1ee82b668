import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly data?: { readonly url?: string }; readonly fileName?: string };
}

export interface LoadCost {
  /** Bytes of extension JavaScript the page's renderer parsed. */
  readonly extensionScriptBytes: number;
  readonly extensionScripts: readonly string[];
  /** Main-thread time spent in the extension's scripts: compiling, evaluating, and every call into them. */
  readonly extensionMainThreadMs: number;
  /** All main-thread task time during the load, for comparison with the same load without the extension. */
  readonly mainThreadTaskMs: number;
}

const EXTENSION_URL = /^chrome-extension:\/\//;
/** Timeline events that name the script they run: the extension's are the ones with its URL. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'v8.run']);

function scriptUrlOf(event: TraceEvent): string | undefined {
  return event.args?.data?.url ?? event.args?.fileName;
}

/** Total length of the union of [start, end) intervals, so that nested events are counted once. */
function unionLength(intervals: [number, number][]): number {
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [start, stop] of intervals) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total;
}

async function collectTrace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/**
 * Loads the URL in the page and measures what the extension costs it: the extension scripts parsed (from
 * the debugger's script list) and the main-thread time attributed to them (from a timeline trace), after
 * waiting `settleMs` for the content script's first look (at DOMContentLoaded) and what it starts.
 */
export async function measureLoad(page: Page, url: string, settleMs: number): Promise<LoadCost> {
  const cdp = await page.context().newCDPSession(page);
  const scripts = new Map<string, number>();
  cdp.on('Debugger.scriptParsed', ({ url: scriptUrl, length }) => {
    if (EXTENSION_URL.test(scriptUrl)) scripts.set(scriptUrl, length ?? 0);
  });
  await cdp.send('Debugger.enable');
  const events = await collectTrace(cdp, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
  });
  await cdp.detach();

  // The page's renderer main thread: where its HTML was parsed.
  const parse = events.find((event) => event.name === 'ParseHTML');
  const onMain = events.filter((event) => parse && event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X' && event.dur !== undefined);
  const extension = onMain.filter((event) => SCRIPT_EVENTS.has(event.name) && EXTENSION_URL.test(scriptUrlOf(event) ?? ''));
  const tasks = onMain.filter((event) => event.name === 'RunTask');
  return {
    extensionScriptBytes: [...scripts.values()].reduce((sum, length) => sum + length, 0),
    extensionScripts: [...scripts.keys()].map((scriptUrl) => scriptUrl.replace(/^chrome-extension:\/\/[^/]+\//, '')),
    extensionMainThreadMs: unionLength(extension.map((event) => [event.ts, event.ts + event.dur!])) / 1000,
    mainThreadTaskMs: tasks.reduce((sum, event) => sum + event.dur!, 0) / 1000,
  };
}
