import { readFileSync } from 'node:fs';

/** The source ids docs/sources.md defines, one heading each (`### \`procedure:neo\``). */
export function documentedSources(): Set<string> {
  const text = readFileSync(new URL('../docs/sources.md', import.meta.url), 'utf8');
  return new Set([...text.matchAll(/^### `([a-z]+:[a-z-]+)`$/gm)].map((match) => match[1]!));
}
