/** The @zxcvbn-ts packages and the dictionary options every configuration of the estimator uses. */

// Type-only imports are erased: the packages themselves are loaded by the dynamic import() below.
import type { OptionsType } from '@zxcvbn-ts/core';
import type * as ZxcvbnCoreModule from '@zxcvbn-ts/core';
import type * as CommonPackageModule from '@zxcvbn-ts/language-common';
import type * as FrenchPackageModule from '@zxcvbn-ts/language-fr';

export interface ZxcvbnPackages {
  readonly core: typeof ZxcvbnCoreModule;
  readonly common: typeof CommonPackageModule;
  readonly french: typeof FrenchPackageModule;
}

export async function importZxcvbnPackages(): Promise<ZxcvbnPackages> {
  const [core, common, french] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-fr'),
  ]);
  return { core, common, french };
}

/** The dictionaries and keyboard graphs every configuration uses (also the benchmark's default one). */
export function zxcvbnDictionaryOptions(packages: ZxcvbnPackages): OptionsType {
  return {
    dictionary: { ...packages.common.dictionary, ...packages.french.dictionary },
    graphs: packages.common.adjacencyGraphs,
  };
}
