import type { HintSpec, PageRule } from '../rules/types';
import { locate, locateFirst } from './locate';

/** A hint ready to show: where it goes (undefined: docked) and the page text its message quotes. */
export interface ResolvedHint {
  readonly spec: HintSpec;
  readonly anchor: Element | undefined;
  readonly args: readonly string[];
}

function readArguments(spec: HintSpec, root: ParentNode): string[] | undefined {
  const values: string[] = [];
  for (const argument of spec.args ?? []) {
    const text = locate(root, argument.from)?.textContent?.replace(/\s+/g, ' ').trim();
    const value = text ? argument.pattern.exec(text)?.[1]?.trim() : undefined;
    if (!value) return undefined;
    values.push(value);
  }
  return values;
}

/**
 * The page's hints that are still to show, with their anchors found on the current document.
 * A hint the person dismissed, or whose message needs page text that is not there, is left out.
 */
export function resolveHints(page: PageRule, root: ParentNode, dismissed: ReadonlySet<string>): ResolvedHint[] {
  const resolved: ResolvedHint[] = [];
  for (const spec of page.hints) {
    if (dismissed.has(spec.id)) continue;
    const args = readArguments(spec, root);
    if (args) resolved.push({ spec, anchor: locateFirst(root, spec.anchor), args });
  }
  return resolved;
}
