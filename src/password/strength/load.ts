/**
 * Loading @zxcvbn-ts and its common and French dictionaries, on demand: they are the biggest part of the
 * extension, wanted only once something is typed on GAIA's password page. What is kept here is the
 * loaded library, shared by every checker; it keeps nothing of a password.
 */

import { createStrengthEstimator, type StrengthEstimator } from './estimator';
import { importZxcvbnPackages } from './packages';

let loading: Promise<StrengthEstimator> | null = null;

/** Loads the estimator on first call (dynamic imports, so bundlers put it in its own chunks); later calls share it. */
export function loadStrengthEstimator(): Promise<StrengthEstimator> {
  if (loading === null) {
    loading = importZxcvbnPackages().then((packages) => createStrengthEstimator(packages));
    // A failed load (e.g. a missing chunk) may be retried later instead of failing forever.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
