import { describe, expect, it } from 'vitest';
import { browserUnderTest, EXTENSION_DIRS } from './harness/browsers';
import { bytesOf, reachable, readChunkGraph, staticClosure } from './harness/chunk-graph';

const BROWSER = browserUnderTest();

/**
 * What each kind of page can load, read from this browser's build: the strength estimator (zxcvbn-ts
 * and its dictionaries) must be reachable only through the password panel, which only GAIA's password
 * page loads.
 */
describe(`${BROWSER} build: what each page loads`, () => {
  const graph = readChunkGraph(EXTENSION_DIRS[BROWSER]);
  const panel = [...graph.sizes.keys()].find((chunk) => chunk.startsWith('password-panel-'));

  it('has a password panel chunk whose dynamic imports are the strength estimator', () => {
    expect(panel).toBeDefined();
    const estimator = graph.dynamicImports.get(panel!) ?? [];
    expect(estimator.length).toBeGreaterThan(0);
    // The estimator's dictionaries weigh hundreds of kilobytes: make sure these are them.
    expect(bytesOf(graph, estimator)).toBeGreaterThan(500_000);
  });

  it('loads no estimator byte on any page but the password page', () => {
    const estimator = new Set(graph.dynamicImports.get(panel!) ?? []);
    const withoutPanel = reachable(graph, graph.contentEntry, new Set([panel!]));
    for (const chunk of estimator) expect(withoutPanel.has(chunk), `${chunk} is reachable without the password panel`).toBe(false);
  });

  it('can reach the rules, the overlay and the password panel from the content entry', () => {
    const all = reachable(graph, graph.contentEntry);
    for (const prefix of ['janus-', 'content-lazy', 'overlay-', 'password-panel-']) {
      expect([...all].some((chunk) => chunk.startsWith(prefix)), prefix).toBe(true);
    }
  });

  it('loads neither the rules, the overlay nor the estimator on a page that matches no rule', () => {
    const idle = staticClosure(graph, graph.contentEntry);
    const lazy = ['janus-', 'gaia-', 'idp-', 'content-lazy', 'overlay-', 'password-panel-'];
    expect([...idle].filter((chunk) => lazy.some((prefix) => chunk.startsWith(prefix)))).toEqual([]);
  });
});
