import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './test-page';

/** axe-core's browser build, injected into a page's main world so that it sees our open shadow root. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts the audit fails on; "moderate" and "minor" are reported but do not fail it. */
export const BLOCKING_IMPACTS: readonly string[] = ['serious', 'critical'];

/** One rule that failed (or that axe could not decide), with the nodes concerned. */
export interface AxeFinding {
  readonly rule: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly AxeNode[];
}

export interface AxeNode {
  /** axe's path to the node; nested arrays go through shadow roots. */
  readonly target: string;
  /** Whether the node is our host or inside its shadow root (the only nodes this project answers for). */
  readonly ours: boolean;
  readonly summary: string;
}

export interface AxeReport {
  readonly violations: readonly AxeFinding[];
  readonly incomplete: readonly AxeFinding[];
  /** How many nodes of ours axe looked at, over all rules (0 means the audit saw nothing of ours). */
  readonly checkedNodes: number;
}

/**
 * Injects axe (once per document). An evaluated string rather than a function: the whole bundle is a
 * script, and an evaluation from the driver is not subject to the page's content security policy.
 */
export async function injectAxe(page: TestPage): Promise<void> {
  const present = await page.raw.evaluate(() => 'axe' in window, null);
  if (present) return;
  await (page.raw as unknown as { evaluate(expression: string): Promise<unknown> }).evaluate(AXE_SOURCE);
}

/**
 * - `overlay`: our host and its shadow tree only (the page's own markup is not ours to fix);
 * - `page`: the whole document, each node marked as ours or the page's;
 * - `extension-page`: one of the extension's own pages (the popup), where every node is ours.
 */
export type AuditScope = 'overlay' | 'page' | 'extension-page';

/**
 * Runs axe and returns its violations and undecided results, each node marked as ours or not by
 * where it is in the DOM (not by matching selector strings).
 */
export async function runAxe(page: TestPage, scope: AuditScope): Promise<AxeReport> {
  await injectAxe(page);
  return page.raw.evaluate(
    async ({ scope: where, tags }) => {
      interface AxeResultNode {
        target: unknown;
        element?: Element;
        failureSummary?: string;
      }
      interface AxeRule {
        id: string;
        impact?: string | null;
        help: string;
        nodes: AxeResultNode[];
      }
      interface AxeRun {
        violations: AxeRule[];
        incomplete: AxeRule[];
        passes: AxeRule[];
      }
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeRun> } }).axe;
      const host = document.querySelector('[data-cnrs-helper]');
      const isOurs = (element: Element | undefined) =>
        where === 'extension-page' || (!!element && !!host && (element === host || element.getRootNode() === host.shadowRoot));
      const results = await axe.run(where === 'overlay' ? { include: ['[data-cnrs-helper]'] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations', 'incomplete'],
        elementRef: true,
      });
      const describe = (rules: AxeRule[]) =>
        rules.map((rule) => ({
          rule: rule.id,
          impact: rule.impact ?? null,
          help: rule.help,
          nodes: rule.nodes.map((node) => ({ target: JSON.stringify(node.target), ours: isOurs(node.element), summary: node.failureSummary ?? '' })),
        }));
      const checkedNodes = [...results.passes, ...results.violations, ...results.incomplete].reduce(
        (sum, rule) => sum + rule.nodes.filter((node) => isOurs(node.element)).length,
        0,
      );
      return { violations: describe(results.violations), incomplete: describe(results.incomplete), checkedNodes };
    },
    { scope, tags: AXE_TAGS },
  );
}

/**
 * Every rule of WCAG 2.0-2.2 A and AA and of axe's best practices, color-contrast included. Speed comes
 * from the context instead: on the overlay, axe looks at our host and its shadow tree only, where a run
 * takes tens of milliseconds; rules about the document as a whole (title, language, the page's landmarks
 * and headings) then have nothing to look at, and they concern the page's markup, not ours.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The blocking findings on nodes of ours, one line each, for an assertion message. */
export function blockingOnOurs(findings: readonly AxeFinding[]): string[] {
  return findings
    .filter((finding) => finding.impact !== null && BLOCKING_IMPACTS.includes(finding.impact))
    .flatMap((finding) =>
      finding.nodes.filter((node) => node.ours).map((node) => `${finding.rule} (${finding.impact}) on ${node.target}: ${node.summary}`),
    );
}
