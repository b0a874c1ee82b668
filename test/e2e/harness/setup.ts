import { afterAll, beforeAll } from 'vitest';
import { browserUnderTest, launchBrowser, type LaunchOptions, type TestBrowser } from './browsers';
import { type FixtureServer, startFixtureServer } from './fixture-server';

/** The fixture server and the browser (with the built extension) that a test file shares. */
export interface ExtensionBrowserEnv {
  readonly server: FixtureServer;
  readonly browser: TestBrowser;
}

/** Starts them before the file's tests and closes them after; read them inside tests only. */
export function useExtensionBrowser(options: LaunchOptions = {}): ExtensionBrowserEnv {
  let server: FixtureServer | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser(browserUnderTest(), server, 'en', options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('The fixture server is not started yet (use it inside a test)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('The browser is not launched yet (use it inside a test)');
      return browser;
    },
  };
}
