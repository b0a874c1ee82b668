/** The strength estimate, by concern: the estimator, its loading, the words it is given, its tips. */
export * from './estimator';
export { loadStrengthEstimator } from './load';
export { importZxcvbnPackages, zxcvbnDictionaryOptions, type ZxcvbnPackages } from './packages';
export { CONTEXT_WORDS, userInputsFor } from './user-inputs';
