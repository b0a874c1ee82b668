import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserUnderTest, EXTENSION_DIRS } from './harness/browsers';
import { bytesOf, reachable, readChunkGraph, staticClosure } from './harness/chunk-graph';
import { PASSWORD_PANEL_FILE } from '../../src/password-panel/chunk';

const BROWSER = browserUnderTest();

/**
 * What each kind of page can load, read from this browser's build: the strength estimator (zxcvbn-ts
 * and its dictionaries) must be reachable only through the password panel, which only GAIA's password
 * page loads.
 */
describe(`${BROWSER} build: what each page loads`, () => {
  const graph = readChunkGraph(EXTENSION_DIRS[BROWSER]);
  const panel = [...graph.sizes.keys()].find((chunk) => `assets/${chunk}` === PASSWORD_PANEL_FILE);

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

  it('can reach the rules and overlay, and the password panel, from the content entry', () => {
    const all = reachable(graph, graph.contentEntry);
    for (const chunk of ['content-second-stage.js', 'overlay.js', 'password-panel.js']) expect(all.has(chunk), chunk).toBe(true);
    // The rules travel in the overlay chunk (vite.config.ts): one site's rule file is there.
    expect(readFileSync(join(graph.dir, 'assets', 'overlay.js'), 'utf8')).toContain('janus/login');
  });

  it('has an entry that is one classic script, which loads neither the rules, the overlay nor the estimator by itself', () => {
    const entryCode = readFileSync(join(graph.dir, graph.contentEntry), 'utf8');
    expect(entryCode).not.toMatch(/^\s*(import|export)\b|\bimport\s*["'{*]/m);
    const idle = staticClosure(graph, graph.contentEntry);
    expect([...idle]).toEqual([graph.contentEntry]);
  });

  it('brings what a recognised page needs in one round: the entry asks for the second stage, the one chunk it imports, and the password panel', () => {
    expect([...graph.dynamicImports.get(graph.contentEntry)!].sort()).toEqual(['content-second-stage.js', 'overlay.js', 'password-panel.js']);
    expect(graph.staticImports.get('content-second-stage.js')).toEqual(['overlay.js']);
    expect(graph.staticImports.get('password-panel.js')).toEqual(['overlay.js']);
    expect(graph.staticImports.get('overlay.js')).toEqual([]);
  });
});
