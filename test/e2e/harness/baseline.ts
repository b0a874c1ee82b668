import type { TestBrowser } from './browsers';
import type { FixtureServer, RecordedPost } from './fixture-server';
import type { Box, TestPage } from './test-page';

const SETTLE_MS = 300;

/** What a page did during one run of a scenario, as the server and the browser saw it. */
export interface RunRecord {
  /** The forms the server received, in order. */
  readonly posts: readonly RecordedPost[];
  /** Every uncaught error, unhandled rejection and console error of the tab, sorted. */
  readonly errors: readonly string[];
  /** Screenshots of regions of the page, by name (see `Run.snapshot`). */
  readonly snapshots: ReadonlyMap<string, Buffer>;
}

/** What a scenario gets: the tab, whether the extension is there (to check its UI), and a camera. */
export interface Run {
  readonly page: TestPage;
  readonly withExtension: boolean;
  /** Records what a region of the viewport looks like now; both runs must look the same there. */
  snapshot(name: string, region: Box): Promise<void>;
  /** Resolves once the server has received one more form than when the scenario started. */
  posted(): Promise<void>;
}

export type Scenario = (run: Run) => Promise<void>;

/** Runs a scenario once in a tab of the given browser and returns what the page did. */
export async function runScenario(
  browser: TestBrowser,
  server: FixtureServer,
  url: string,
  withExtension: boolean,
  scenario: Scenario,
): Promise<RunRecord> {
  const postsBefore = server.posts.length;
  const snapshots = new Map<string, Buffer>();
  const page = await browser.open(url);
  try {
    await scenario({
      page,
      withExtension,
      snapshot: async (name, region) => {
        snapshots.set(name, Buffer.from((await page.raw.screenshot({ clip: region })) as Uint8Array));
      },
      posted: async () => {
        const deadline = Date.now() + 10_000;
        while (server.posts.length <= postsBefore) {
          if (Date.now() > deadline) throw new Error(`No form was posted from ${url}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
    });
    // Errors are reported asynchronously: let the last ones arrive.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return { posts: server.posts.slice(postsBefore), errors: [...page.errors].sort(), snapshots };
  } finally {
    await page.close();
  }
}

/** The errors of one run that the other did not have (each counted as many times as it occurred). */
export function errorsOnlyIn(run: RunRecord, baseline: RunRecord): string[] {
  const left = [...baseline.errors];
  return run.errors.filter((error) => {
    const index = left.indexOf(error);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}
