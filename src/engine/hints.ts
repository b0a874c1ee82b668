import type { HintSpec, PageRule, PageTextArgument, RememberedChoice } from '../rules/types';
import { locate, locateFirst } from './locate';

/** A hint ready to show: where it goes (undefined: docked) and the page text its message quotes. */
export interface ResolvedHint {
  readonly spec: HintSpec;
  readonly anchor: Element | undefined;
  readonly args: readonly string[];
  /** For a repeated-entry check: the first entry's field. */
  readonly compareWith?: Element;
  /** For `show: { afterActivating }`: the element whose click reveals the hint. */
  readonly activator?: Element;
  /** For the password checker: the person's names as the page shows them (empty: not shown there). */
  readonly pageNames?: readonly string[];
}

/** What the person has told the extension so far, as far as hints are concerned. */
export interface HintState {
  readonly dismissed: ReadonlySet<string>;
  /** Remembered choices, by their key. */
  readonly remembered: Readonly<Record<string, string>>;
}

/** How far up from the located element an argument's pattern is looked for (text split over spans). */
const ARGUMENT_SEARCH_DEPTH = 3;

/** The first capture of the pattern in the element's text, or in an enclosing element's. */
function readArgument(element: Element | undefined, pattern: RegExp): string | undefined {
  for (let depth = 0; element && depth <= ARGUMENT_SEARCH_DEPTH; depth++, element = element.parentElement ?? undefined) {
    const text = element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const value = pattern.exec(text)?.[1]?.trim();
    if (value) return value;
  }
  return undefined;
}

function readArguments(spec: HintSpec, root: ParentNode): string[] | undefined {
  const values: string[] = [];
  for (const argument of spec.args ?? []) {
    const value = readArgument(locate(root, argument.from), argument.pattern);
    if (!value) return undefined;
    values.push(value);
  }
  return values;
}

/** The first of the page's texts that gives the person's names (as one string, e.g. a full name). */
function pageNames(sources: readonly PageTextArgument[], root: ParentNode): string[] {
  for (const source of sources) {
    const value = readArgument(locate(root, source.from), source.pattern);
    if (value) return [value];
  }
  return [];
}

/**
 * The hints of a remembered choice: "you chose this last time" next to that option, and a warning next
 * to each other option, shown while it is pointed at, before a click would take the person there.
 */
function choiceHints(
  choice: RememberedChoice,
  remembered: string | undefined,
  root: ParentNode,
): { spec: HintSpec; args: string[] | undefined }[] {
  const last = choice.options.find((option) => option.value === remembered);
  const label = last && locate(root, last.control)?.textContent?.replace(/\s+/g, ' ').trim();
  if (!last || !label) return [];
  const others = choice.options.filter((option) => option !== last);
  return [
    {
      spec: { id: choice.sameHint.id, message: choice.sameHint.message, anchor: [last.control], source: choice.source },
      args: [label],
    },
    ...others.map((option) => ({
      spec: {
        id: others.length > 1 ? `${choice.switchHint.id}-${option.value}` : choice.switchHint.id,
        message: choice.switchHint.message,
        anchor: [option.control],
        show: 'whilePointedAt' as const,
        source: choice.source,
      },
      args: [label],
    })),
  ];
}

/**
 * The page's hints that are still to show, with their anchors found on the current document.
 * A hint the person dismissed, or whose message needs page text that is not there, is left out.
 */
export function resolveHints(page: PageRule, root: ParentNode, state: HintState): ResolvedHint[] {
  const candidates = page.hints.map((spec) => ({ spec, args: readArguments(spec, root) }));
  if (page.remembers) candidates.push(...choiceHints(page.remembers, state.remembered[page.remembers.key], root));
  const resolved: ResolvedHint[] = [];
  for (const { spec, args } of candidates) {
    if (!args || state.dismissed.has(spec.id)) continue;
    const show = spec.show;
    const activator = typeof show === 'object' ? locate(root, show.afterActivating) : undefined;
    if (typeof show === 'object' && !activator) continue;
    resolved.push({
      spec,
      anchor: locateFirst(root, spec.anchor),
      args,
      ...(spec.compareWith ? { compareWith: locate(root, spec.compareWith) } : {}),
      ...(activator ? { activator } : {}),
      ...(spec.passwordChecker ? { pageNames: pageNames(spec.passwordChecker.namesFrom, root) } : {}),
    });
  }
  return resolved;
}

/** The value of a remembered choice that this click (or key press) picks, if any. */
export function choiceActivated(choice: RememberedChoice, root: ParentNode, target: EventTarget | null): string | undefined {
  if (!target || !(target as Node).nodeType) return undefined;
  for (const option of choice.options) {
    const control = locate(root, option.control);
    if (control && control.contains(target as Node)) return option.value;
  }
  return undefined;
}
