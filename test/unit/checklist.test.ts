import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../src/checklist/profiles';
import { type Checklist, decodeChecklist, isDone, progress, recordSuccess, setByHand } from '../../src/checklist/state';
import { fitFor, STEPS } from '../../src/checklist/steps';
import { pagesTicking } from '../../src/checklist/ticking-pages';
import { STEP_IDS } from '../../src/rules/types';
import { documentedSources } from '../sources';

const NOW = 1_800_000_000_000;
const doneSteps = (checklist: Checklist) => STEP_IDS.filter((step) => isDone(checklist, step));

describe('checklist steps', () => {
  it('are the test contract step ids, in order', () => {
    expect(STEPS.map((step) => step.id)).toEqual([...STEP_IDS]);
  });
  it('link to CNRS sites where the procedures say the step is done; RESEDA has no public site', () => {
    expect(Object.fromEntries(STEPS.map((step) => [step.id, step.link]))).toEqual({
      reseda: undefined,
      janus: 'https://sesame.cnrs.fr/',
      gaia: 'https://gaia.cnrs.fr/',
      webmail: 'https://webmail.cnrs.fr/',
      neo: 'https://neo.cnrs.fr/',
      sygefor: 'https://formation.ifsem.cnrs.fr/page/login',
      bibcnrs: 'https://bib.cnrs.fr/',
      mailClient: 'https://ods.cnrs.fr/',
    });
    for (const step of STEPS)
      for (const source of step.source) expect(documentedSources(), `${step.id}: ${source} is not in docs/sources.md`).toContain(source);
  });
  it('tick themselves on the pages whose rules mark them', () => {
    expect(Object.fromEntries(STEP_IDS.map((step) => [step, pagesTicking(step)]))).toEqual({
      reseda: [],
      janus: ['sesame/new-password', 'gaia/charter'],
      gaia: ['gaia/done'],
      webmail: ['webmail/login'],
      neo: ['neo/profile'],
      sygefor: ['sygefor/profile'],
      bibcnrs: [],
      mailClient: [],
    });
  });
});

describe('profiles', () => {
  it('refine the steps and never hide one: every step has a fit for every profile, with a reason when it does not fully apply', () => {
    for (const step of STEPS) {
      for (const profile of PROFILES) {
        const fit = fitFor(step, profile);
        expect(['yes', 'maybe', 'no']).toContain(fit.applies);
        if (fit.applies !== 'yes') expect(fit.note, `${step.id} for ${profile}`).toBeDefined();
      }
    }
  });
  it('before the question is answered, every step applies', () => {
    expect(STEPS.map((step) => fitFor(step, null).applies)).toEqual(STEP_IDS.map(() => 'yes'));
  });
  it.each([
    ['agent', ['yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes']],
    ['unitMember', ['yes', 'yes', 'maybe', 'maybe', 'yes', 'yes', 'yes', 'maybe']],
    ['external', ['no', 'maybe', 'no', 'no', 'maybe', 'no', 'no', 'no']],
  ] as const)('%s', (profile, expected) => {
    expect(STEPS.map((step) => fitFor(step, profile).applies)).toEqual(expected);
  });
  it('count the steps that are for the person in the progress', () => {
    const checklist = recordSuccess({}, 'gaia', 'agent', NOW);
    expect(progress(checklist, null)).toEqual({ done: 3, total: 6 });
    expect(progress(checklist, 'agent')).toEqual({ done: 3, total: 6 });
    expect(progress(checklist, 'unitMember')).toEqual({ done: 3, total: 6 });
    // External: only Janus and NEO may be for them; the RESEDA and GAIA ticks do not count.
    expect(progress(checklist, 'external')).toEqual({ done: 1, total: 2 });
  });
  it('leave the optional steps (BibCnrs, a mail client) out of the progress, ticked or not', () => {
    expect(STEPS.filter((step) => step.optional).map((step) => step.id)).toEqual(['bibcnrs', 'mailClient']);
    const ticked = setByHand(setByHand({}, 'bibcnrs', true, NOW), 'mailClient', true, NOW);
    expect(progress(ticked, 'agent')).toEqual({ done: 0, total: 6 });
  });
});

describe('auto-ticking', () => {
  it("ticks the step a page showed, as the page's", () => {
    const checklist = recordSuccess({}, 'neo', 'agent', NOW);
    expect(checklist.neo).toEqual({ done: true, by: 'page', at: NOW });
    expect(doneSteps(checklist)).toEqual(['neo']);
  });
  it('ticks the steps a success cannot happen without (GAIA needs Janus, Janus needs RESEDA)', () => {
    const checklist = recordSuccess({}, 'gaia', 'agent', NOW);
    expect(doneSteps(checklist)).toEqual(['reseda', 'janus', 'gaia']);
    expect(checklist.janus?.by).toBe('implied');
    expect(doneSteps(recordSuccess({}, 'sygefor', 'unitMember', NOW))).toEqual(['reseda', 'janus', 'sygefor']);
  });
  it('does not imply RESEDA for external people, nor anything from the webmail form', () => {
    expect(doneSteps(recordSuccess({}, 'janus', 'external', NOW))).toEqual(['janus']);
    expect(doneSteps(recordSuccess({}, 'webmail', 'agent', NOW))).toEqual(['webmail']);
  });
  it("never overrides the person's own word on an implied step", () => {
    const unticked = setByHand({}, 'reseda', false, NOW);
    const checklist = recordSuccess(unticked, 'janus', 'agent', NOW + 1);
    expect(checklist.reseda).toEqual({ done: false, by: 'person', at: NOW });
    expect(isDone(checklist, 'janus')).toBe(true);
  });
  it('ticks again a step the person unticked when a page shows it succeed anew', () => {
    const unticked = setByHand(recordSuccess({}, 'gaia', 'agent', NOW), 'gaia', false, NOW + 1);
    expect(isDone(unticked, 'gaia')).toBe(false);
    expect(recordSuccess(unticked, 'gaia', 'agent', NOW + 2).gaia).toEqual({ done: true, by: 'page', at: NOW + 2 });
  });
  it('keeps an implied step that was already ticked as it was', () => {
    const byHand = setByHand({}, 'janus', true, NOW);
    expect(recordSuccess(byHand, 'gaia', 'agent', NOW + 1).janus).toEqual({ done: true, by: 'person', at: NOW });
  });
});

describe('hand ticking', () => {
  it('ticks and unticks, recording that the person did', () => {
    const ticked = setByHand({}, 'webmail', true, NOW);
    expect(ticked.webmail).toEqual({ done: true, by: 'person', at: NOW });
    expect(setByHand(ticked, 'webmail', false, NOW + 1).webmail).toEqual({ done: false, by: 'person', at: NOW + 1 });
  });
  it('leaves the other steps alone and never mutates the checklist it was given', () => {
    const before = recordSuccess({}, 'gaia', 'agent', NOW);
    const snapshot = structuredClone(before);
    const after = setByHand(before, 'neo', true, NOW + 1);
    expect(before).toEqual(snapshot);
    expect(doneSteps(after)).toEqual(['reseda', 'janus', 'gaia', 'neo']);
  });
});

describe('stored checklist', () => {
  it('keeps every well-formed record and drops the damaged ones and unknown steps', () => {
    const decoded = decodeChecklist({
      reseda: { done: true, by: 'person', at: NOW },
      janus: { done: 'yes', by: 'person', at: NOW },
      gaia: { done: true, by: 'robot', at: NOW },
      webmail: { done: true, by: 'page', at: Number.NaN },
      neo: { done: false, by: 'person', at: NOW },
      moodle: { done: true, by: 'page', at: NOW },
    });
    expect(decoded).toEqual({ reseda: { done: true, by: 'person', at: NOW }, neo: { done: false, by: 'person', at: NOW } });
  });
  it.each([null, 'reseda', 42, ['reseda']])('reads %j as unreadable', (value) => {
    expect(decodeChecklist(value)).toBeUndefined();
  });
});
