import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The JavaScript files of a build and how they import one another (static and dynamic imports). Chunks
 * of assets/ are named by file name; the content script's entry, a classic script, by its manifest path.
 */
export interface ChunkGraph {
  readonly dir: string;
  readonly sizes: ReadonlyMap<string, number>;
  readonly staticImports: ReadonlyMap<string, readonly string[]>;
  readonly dynamicImports: ReadonlyMap<string, readonly string[]>;
  /** The manifest's content script: what runs on every CNRS page. */
  readonly contentEntry: string;
}

const STATIC_IMPORT = /(?:from|import)\s*["']\.\/([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g;
/** The files the content script's entry imports by their extension URL (src/content/second-stage-files.ts). */
const FILE_BY_NAME = /[`"']assets\/([\w.-]+\.js)[`"']/g;

export function readChunkGraph(distDir: string): ChunkGraph {
  const assets = join(distDir, 'assets');
  const sizes = new Map<string, number>();
  const staticImports = new Map<string, string[]>();
  const dynamicImports = new Map<string, string[]>();
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(assets, file), 'utf8');
    sizes.set(file, statSync(join(assets, file)).size);
    staticImports.set(
      file,
      [...code.matchAll(STATIC_IMPORT)].map((match) => match[1]!),
    );
    dynamicImports.set(
      file,
      [...code.matchAll(DYNAMIC_IMPORT)].map((match) => match[1]!),
    );
  }
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const contentEntry = manifest.content_scripts[0]!.js[0]!;
  const entryCode = readFileSync(join(distDir, contentEntry), 'utf8');
  sizes.set(contentEntry, statSync(join(distDir, contentEntry)).size);
  staticImports.set(contentEntry, []);
  dynamicImports.set(
    contentEntry,
    [...entryCode.matchAll(FILE_BY_NAME)].map((match) => match[1]!),
  );
  return { dir: distDir, sizes, staticImports, dynamicImports, contentEntry };
}

/** Every chunk loaded with `start`: itself and its static imports, transitively. */
export function staticClosure(graph: ChunkGraph, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (chunk: string) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const next of graph.staticImports.get(chunk) ?? []) visit(next);
  };
  visit(start);
  return seen;
}

/** Every chunk that can ever be loaded from `start`, without going through the chunks in `avoiding`. */
export function reachable(graph: ChunkGraph, start: string, avoiding: ReadonlySet<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  const visit = (chunk: string) => {
    if (seen.has(chunk) || avoiding.has(chunk)) return;
    seen.add(chunk);
    for (const next of [...(graph.staticImports.get(chunk) ?? []), ...(graph.dynamicImports.get(chunk) ?? [])]) visit(next);
  };
  visit(start);
  return seen;
}

export function bytesOf(graph: ChunkGraph, chunks: Iterable<string>): number {
  let total = 0;
  for (const chunk of chunks) total += graph.sizes.get(chunk) ?? 0;
  return total;
}
