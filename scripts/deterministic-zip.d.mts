// Types of deterministic-zip.mjs, for the tests that read the packages (the scripts are plain JavaScript).

export declare const ZIP_DATE: Date;

export interface ZipInput {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly executable?: boolean;
}

export interface ZipEntry {
  readonly path: string;
  /** Unix mode, e.g. 0o100644. */
  readonly mode: number;
  /** The stored date, read as local time (as fflate wrote it). */
  readonly date: Date;
}

export declare function deterministicZip(entries: readonly ZipInput[]): Uint8Array;
export declare function filesUnder(dir: string, keep?: (path: string) => boolean, prefix?: string): string[];
export declare function zipDirectory(dir: string): Uint8Array;
export declare function zipFiles(root: string, paths: readonly string[]): Uint8Array;
export declare function zipEntries(bytes: Uint8Array): ZipEntry[];
export declare function extractZip(bytes: Uint8Array, dir: string): string[];
