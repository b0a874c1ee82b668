// Builds the unpacked extension for both browsers: dist/chrome and dist/firefox.
import { build } from 'vite';

// A build started from a test run inherits NODE_ENV=test, which makes Preact emit its development
// transform; the shipped extension is always a production build.
process.env.NODE_ENV = 'production';

/**
 * @crxjs/vite-plugin builds the content script as an IIFE in a build of its own, whose output options
 * set `inlineDynamicImports` while Vite's library mode already sets `codeSplitting: false`; Rolldown
 * then warns that the first is ignored, once per browser, through its own logger (no log level of ours
 * reaches it). Both options mean the same thing here, so the line says nothing to act on: it is dropped,
 * and only it.
 */
const IGNORED_OPTION_WARNING = /inlineDynamicImports.{0,3} option is ignored because .{0,3}codeSplitting: false.{0,3} is set/;
const writeError = process.stderr.write.bind(process.stderr);
const writeOutput = process.stdout.write.bind(process.stdout);
const dropping =
  (write) =>
  (chunk, ...rest) =>
    IGNORED_OPTION_WARNING.test(String(chunk)) ? true : write(chunk, ...rest);
process.stderr.write = dropping(writeError);
process.stdout.write = dropping(writeOutput);
try {
  for (const mode of ['chrome', 'firefox']) await build({ mode, logLevel: 'warn' });
} finally {
  process.stderr.write = writeError;
  process.stdout.write = writeOutput;
}
