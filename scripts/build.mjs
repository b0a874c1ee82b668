// Builds the unpacked extension for both browsers: dist/chrome and dist/firefox.
import { build } from 'vite';

// A build started from a test run inherits NODE_ENV=test, which makes Preact emit its development
// transform; the shipped extension is always a production build.
process.env.NODE_ENV = 'production';
for (const mode of ['chrome', 'firefox']) {
  await build({ mode, logLevel: 'warn' });
}
