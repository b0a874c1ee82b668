import { SITES } from '../rules';
import type { PageId } from '../rules/page-ids';
import type { StepId } from '../rules/types';

/**
 * The recognised pages that tick a step by themselves, from the rules' `marksStep`. Apart from steps.ts,
 * which the content script's storage schema needs: this one needs every site's rules, which only the
 * popup may load whole.
 */
export function pagesTicking(step: StepId): PageId[] {
  return SITES.flatMap((site) => site.pages.filter((page) => page.marksStep?.step === step).map((page) => page.id));
}
