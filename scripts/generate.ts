/** `npm run generate`: rewrites the files derived from the rule files (see from-rules.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { generatedFiles } from './from-rules';

for (const { path, text } of generatedFiles()) {
  const url = new URL(`../${path}`, import.meta.url);
  if (readFileSync(url, 'utf8') === text) continue;
  writeFileSync(url, text);
  console.log(`wrote ${path}`);
}
