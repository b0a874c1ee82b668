import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The JavaScript chunks of a build and how they import one another (static and dynamic imports). */
export interface ChunkGraph {
  readonly dir: string;
  readonly sizes: ReadonlyMap<string, number>;
  readonly staticImports: ReadonlyMap<string, readonly string[]>;
  readonly dynamicImports: ReadonlyMap<string, readonly string[]>;
  /** The chunk the content script's loader imports: what runs on every CNRS page. */
  readonly contentEntry: string;
  readonly contentLoader: string;
}

const STATIC_IMPORT = /(?:from|import)\s*["']\.\/([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g;
/** A chunk imported at run time by its URL beside the importing chunk (src/content/index.ts). */
const IMPORT_BY_URL = /new URL\(\s*[`"']([^`"'/]+\.js)[`"']\s*,\s*import\.meta\.url\s*\)/g;

export function readChunkGraph(distDir: string): ChunkGraph {
  const assets = join(distDir, 'assets');
  const sizes = new Map<string, number>();
  const staticImports = new Map<string, string[]>();
  const dynamicImports = new Map<string, string[]>();
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(assets, file), 'utf8');
    sizes.set(file, statSync(join(assets, file)).size);
    staticImports.set(file, [...code.matchAll(STATIC_IMPORT)].map((match) => match[1]!));
    dynamicImports.set(file, [...code.matchAll(DYNAMIC_IMPORT), ...code.matchAll(IMPORT_BY_URL)].map((match) => match[1]!));
  }
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const contentLoader = manifest.content_scripts[0]!.js[0]!.replace(/^assets\//, '');
  const loaderCode = readFileSync(join(assets, contentLoader), 'utf8');
  const contentEntry = /getURL\(\s*["']assets\/([^"']+)["']/.exec(loaderCode)?.[1];
  if (!contentEntry) throw new Error(`Cannot find the content entry imported by ${contentLoader}`);
  return { dir: distDir, sizes, staticImports, dynamicImports, contentEntry, contentLoader };
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
