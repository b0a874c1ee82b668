import { STEP_IDS, type StepId } from '../rules/types';
import type { Profile } from './profiles';
import { fitFor, STEPS } from './steps';

/**
 * Who ticked a step: a page that shows its success (`page`), a later step that cannot succeed without
 * it (`implied`), or the person (`person`), whose word is final until a page shows the step succeed.
 */
export type TickedBy = 'page' | 'implied' | 'person';

export interface StepRecord {
  readonly done: boolean;
  readonly by: TickedBy;
  /** When, in milliseconds since the epoch. */
  readonly at: number;
}

/** The checklist as stored: one record per step the extension or the person has ticked or unticked. */
export type Checklist = Readonly<Partial<Record<StepId, StepRecord>>>;

/**
 * Steps that cannot succeed before others did. The Sygefor procedure: Sygefor needs a Janus account, and Janus (for
 * members of CNRS units) the e-mail declared in RESEDA; the GAIA procedure: GAIA is activated « avec Janus ».
 * The webmail is not here: its step ticks when its login form is sent, which is not yet a success.
 */
const NEEDS: Readonly<Partial<Record<StepId, readonly StepId[]>>> = {
  janus: ['reseda'],
  gaia: ['janus'],
  sygefor: ['janus'],
};

/** The steps whose success ticks this one (directly or through another): RESEDA is ticked by Janus, GAIA or Sygefor. */
export function stepsImplying(step: StepId): StepId[] {
  const direct = STEP_IDS.filter((other) => NEEDS[other]?.includes(step));
  return [...new Set(direct.flatMap((other) => [other, ...stepsImplying(other)]))];
}

export function isDone(checklist: Checklist, step: StepId): boolean {
  return checklist[step]?.done === true;
}

/** The steps a success implies, transitively; RESEDA only for people who work in a CNRS unit. */
function impliedBy(step: StepId, profile: Profile | null): StepId[] {
  const direct = (NEEDS[step] ?? []).filter((needed) => !(needed === 'reseda' && profile === 'external'));
  return direct.flatMap((needed) => [needed, ...impliedBy(needed, profile)]);
}

/**
 * A page showed that a step succeeded: tick it (even if the person had unticked it: this is new
 * evidence), and tick what it implies unless the person decided otherwise about those.
 */
export function recordSuccess(checklist: Checklist, step: StepId, profile: Profile | null, now: number): Checklist {
  const next: Partial<Record<StepId, StepRecord>> = { ...checklist, [step]: { done: true, by: 'page', at: now } };
  for (const implied of impliedBy(step, profile)) {
    const current = next[implied];
    if (current?.done || current?.by === 'person') continue;
    next[implied] = { done: true, by: 'implied', at: now };
  }
  return next;
}

/** The person ticked or unticked a step. */
export function setByHand(checklist: Checklist, step: StepId, done: boolean, now: number): Checklist {
  return { ...checklist, [step]: { done, by: 'person', at: now } };
}

/** "3 of 6": the steps that are for the person (all of them until the question is answered). */
export function progress(checklist: Checklist, profile: Profile | null): { done: number; total: number } {
  const counted = STEPS.filter((step) => !step.optional && fitFor(step, profile).applies !== 'no');
  return { done: counted.filter((step) => isDone(checklist, step.id)).length, total: counted.length };
}

const TICKERS: readonly TickedBy[] = ['page', 'implied', 'person'];

function decodeRecord(value: unknown): StepRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { done, by, at } = value as Record<string, unknown>;
  if (typeof done !== 'boolean' || !TICKERS.includes(by as TickedBy) || typeof at !== 'number' || !Number.isFinite(at)) return undefined;
  return { done, by: by as TickedBy, at };
}

/**
 * The stored checklist, keeping every well-formed step record: one damaged record (or a step id this
 * version does not know) never costs the person the rest of their progress.
 */
export function decodeChecklist(value: unknown): Checklist | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  const checklist: Partial<Record<StepId, StepRecord>> = {};
  for (const step of STEP_IDS) {
    const record = decodeRecord(raw[step]);
    if (record) checklist[step] = record;
  }
  return checklist;
}
