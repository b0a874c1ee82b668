import type { HintArgument, HintSpec, Locator, PageRule, PageTextArgument, RememberedChoice, StepId } from '../rules/types';
import { CHOICE_ACTIONS, isChoiceAction } from './choices';
import { isInput, locate, locateFirst, locateNamed } from './locate';
import { readingOnce } from './reading';

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
  /** The onboarding steps done, for hints shown only after one (`afterStepDone`). */
  readonly stepsDone: ReadonlySet<StepId>;
}

/** How far up from the located element an argument's pattern is looked for (text split over spans). */
const ARGUMENT_SEARCH_DEPTH = 3;

/**
 * Bidirectional formatting characters (embeddings, overrides, isolates, marks). Quoted page text never
 * keeps them: one « \u202E » at the end of a legend would turn the rest of the hint's sentence around.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Longer page text is cut: a hint quotes a name or an identifier, never a paragraph of the page. */
export const MAX_QUOTED_LENGTH = 120;

/** Page text as a hint may quote it: on one line, without bidi controls, and at most MAX_QUOTED_LENGTH long. */
export function quotable(text: string): string {
  const line = text.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
  const characters = [...line];
  if (characters.length <= MAX_QUOTED_LENGTH) return line;
  const cut = characters.slice(0, MAX_QUOTED_LENGTH - 1).join('');
  return `${cut.trimEnd()}…`;
}

/** The first capture of the pattern in the text of the first element found that gives one. */
function readArgument(root: ParentNode, from: PageTextArgument['from'], pattern: RegExp): string | undefined {
  for (const locator of (Array.isArray(from) ? from : [from]) as readonly Locator[]) {
    const value = readAround(locate(root, locator), pattern);
    if (value) return value;
  }
  return undefined;
}

/** The first capture of the pattern in the element's text (a field's value), or in an enclosing element's. */
function readAround(element: Element | undefined, pattern: RegExp): string | undefined {
  for (let depth = 0; element && depth <= ARGUMENT_SEARCH_DEPTH; depth++, element = element.parentElement ?? undefined) {
    const shown = isInput(element) ? element.value : element.textContent;
    const text = shown?.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim() ?? '';
    const value = pattern.exec(text)?.[1];
    if (value?.trim()) return quotable(value);
  }
  return undefined;
}

/** The official wording a locator quotes first, for a subject the page shows no name for. */
function firstPhrase(locator: Locator): string {
  if ('selector' in locator) return '';
  return (
    ('choice' in locator ? locator.choice : 'control' in locator ? locator.control : 'field' in locator ? locator.field : locator.heading)[0] ?? ''
  );
}

/**
 * Marks a page draws around a name (« › First login », « Next → », « • »): symbols and angle quotes,
 * not part of what a person would quote. Other punctuation (« Forgot your password? ») stays.
 */
const DECORATION_START = /^[\p{S}\p{Pi}\p{Pf}•·\s]+/u;
const DECORATION_END = /[\p{S}\p{Pi}\p{Pf}•·\s*:：]+$/u;

/** The name the page shows for a hint's subject, without a trailing « * » or colon, or marks around it. */
export function subjectName(root: ParentNode, locator: Locator): string {
  const name = quotable(locateNamed(root, locator)?.name ?? '')
    .replace(DECORATION_START, '')
    .replace(DECORATION_END, '')
    .trim();
  return name || firstPhrase(locator);
}

function readOne(argument: HintArgument, root: ParentNode): string | undefined {
  if ('nameOf' in argument) return subjectName(root, argument.nameOf) || undefined;
  return readArgument(root, argument.from, argument.pattern);
}

function readArguments(spec: HintSpec, root: ParentNode): string[] | undefined {
  const values: string[] = [];
  for (const argument of spec.args ?? []) {
    const value = readOne(argument, root);
    if (!value) return undefined;
    values.push(value);
  }
  return values;
}

/** The first of the page's texts that gives the person's names (as one string, e.g. a full name). */
function pageNames(sources: readonly PageTextArgument[], root: ParentNode): string[] {
  for (const source of sources) {
    const value = readArgument(root, source.from, source.pattern);
    if (value) return [value];
  }
  return [];
}

/**
 * The hints of a remembered choice: "you chose this last time" next to that option, and a warning next
 * to each other option, shown while it is pointed at, before a click would take the person there.
 */
function choiceHints(choice: RememberedChoice, remembered: string | undefined, root: ParentNode): { spec: HintSpec; args: string[] | undefined }[] {
  const last = choice.options.find((option) => option.value === remembered);
  const label = last && subjectName(root, last.control);
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
 * A hint the person dismissed, whose message needs page text that is not there, or that waits for an
 * onboarding step not done yet, is left out.
 */
export function resolveHints(page: PageRule, root: ParentNode, state: HintState): ResolvedHint[] {
  return readingOnce(() => resolveNow(page, root, state));
}

function resolveNow(page: PageRule, root: ParentNode, state: HintState): ResolvedHint[] {
  const candidates = page.hints.map((spec) => ({ spec, args: readArguments(spec, root) }));
  if (page.remembers) candidates.push(...choiceHints(page.remembers, state.remembered[page.remembers.key], root));
  const resolved: ResolvedHint[] = [];
  for (const { spec, args } of candidates) {
    if (!args || state.dismissed.has(spec.id)) continue;
    if (spec.afterStepDone && !state.stepsDone.has(spec.afterStepDone)) continue;
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
  // The control clicked, not any text of a card: a link in a card's description chooses nothing.
  const element = (target as Node).nodeType === 1 ? (target as Element) : (target as Node).parentElement;
  const clicked = element?.closest(CHOICE_ACTIONS);
  if (!clicked || !isChoiceAction(clicked)) return undefined;
  for (const option of choice.options) {
    if (locate(root, option.control)?.contains(clicked)) return option.value;
  }
  return undefined;
}
