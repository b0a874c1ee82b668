import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../scripts/from-rules';

describe('files written from the rule files', () => {
  it.each(generatedFiles().map((file) => [file.path, file] as const))('%s is up to date (run `npm run generate` if not)', (path, { text }) => {
    const checkedIn = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    expect(checkedIn === text, `${path} differs from what src/rules/ gives: run \`npm run generate\` and commit the result`).toBe(true);
  });
});
