import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import type { FixtureServer } from './fixture-server';
import { type RawPage, TestPage } from './test-page';

export type BrowserName = 'chromium' | 'firefox';
export type Language = 'en' | 'fr';

export const BROWSER_PATHS: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};
const INSTALL_HINT: Record<BrowserName, string> = {
  chromium: 'apt-get install chromium (or set CHROMIUM_PATH)',
  firefox: 'apt-get install firefox-esr firefox-esr-l10n-fr (or set FIREFOX_PATH)',
};

export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: resolve('dist/chrome'),
  firefox: resolve('dist/firefox'),
};

/** A real browser with the built extension installed, whose CNRS hosts lead to the fixture server. */
export interface TestBrowser {
  readonly name: BrowserName;
  open(url: string): Promise<TestPage>;
  /**
   * Opens one of the extension's own pages (e.g. `src/popup/index.html`) in a new tab and waits until
   * an element matching `readySelector` is there.
   */
  openExtensionPage(path: string, readySelector: string): Promise<TestPage>;
  /** The address of every open tab, the browser's own pages included (what the extension cannot read). */
  tabAddresses(): Promise<string[]>;
  close(): Promise<void>;
}

/** Fails loudly, never skips, when the browser or the build is missing. */
export function assertRunnable(name: BrowserName): void {
  if (!existsSync(BROWSER_PATHS[name])) {
    throw new Error(`${name} is not installed at ${BROWSER_PATHS[name]}: ${INSTALL_HINT[name]}. The end-to-end tests need it.`);
  }
  if (!existsSync(join(EXTENSION_DIRS[name], 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIRS[name]}: run \`npm run build\` first.`);
  }
}

// Flags that make Chromium run in a container and in CI: no sandbox as root, and no
// background traffic towards Google's hosts on a network that refuses it.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--ignore-certificate-errors',
];

export interface LaunchOptions {
  /** Default true; the demo opens a window when there is a display. */
  readonly headless?: boolean;
  /**
   * Grants the extension's optional permissions (`browsingData`) when it asks, as a person clicking
   * "Allow" would. Chromium asks nothing for permissions without an install warning, `browsingData`
   * among them; Firefox shows a prompt, which this turns off.
   */
  readonly grantOptionalPermissions?: boolean;
  /** The colour scheme pages see (`prefers-color-scheme`); default light. */
  readonly colorScheme?: 'light' | 'dark';
  /** Whether pages see `prefers-reduced-motion: reduce`; default false. */
  readonly reducedMotion?: boolean;
  /**
   * The unpacked extension to install: default the build of this browser (EXTENSION_DIRS), null for a
   * browser without any extension (the baseline of what a page does on its own).
   */
  readonly extensionDir?: string | null;
}

/**
 * The moz-extension:// host of our add-on in the test Firefox, pinned through the
 * `extensions.webextensions.uuids` pref so that its pages have a known address.
 */
const FIREFOX_EXTENSION_UUID = '5f1c0c3e-7d2a-4b8e-9c41-2a6d0e3b7f19';

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIRS.firefox, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * Starts loading an extension page without waiting for the navigation: Firefox never settles
 * `page.goto('moz-extension://…')`. The page is ready when its selector is.
 */
async function openWithoutWaiting(raw: RawPage, url: string, readySelector: string): Promise<TestPage> {
  raw.goto(url).catch(() => undefined);
  const page = new TestPage(raw);
  await page.waitFor((css) => (document.querySelector(css) ? true : null), readySelector, `${url} (${readySelector})`, 20_000);
  return page;
}

/** A Chromium profile with the extension (or none), as the e2e suites, the demo and the bench all start it. */
export interface ChromiumContext {
  readonly context: BrowserContext;
  /** The extension's host, `chrome-extension://<id>/`; undefined without the extension. */
  readonly extensionId: string | undefined;
  close(): Promise<void>;
}

/**
 * The one way Chromium is started: a fresh profile, the CNRS hosts (and a foreign test site) mapped to the
 * fixture server, the page's language, and the unpacked extension (`extensionDir` null: none at all).
 */
export async function launchChromiumContext(
  server: FixtureServer,
  language: Language,
  { headless = true, colorScheme = 'light', reducedMotion = false, extensionDir }: LaunchOptions,
): Promise<ChromiumContext> {
  const profile = mkdtempSync(join(tmpdir(), 'cnrs-helper-chromium-'));
  const extension = extensionDir === undefined ? EXTENSION_DIRS.chromium : extensionDir;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSER_PATHS.chromium,
    headless,
    ignoreHTTPSErrors: true,
    locale: language === 'fr' ? 'fr-FR' : 'en-US',
    viewport: { width: 1280, height: 800 },
    colorScheme,
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
    // Chromium on Linux takes its UI language (and so the extension's) from LANGUAGE.
    env: { ...process.env, LANGUAGE: language, LANG: language === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
    args: [
      ...CHROMIUM_FLAGS,
      `--lang=${language}`,
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : ['--disable-extensions']),
      `--host-resolver-rules=MAP *.cnrs.fr 127.0.0.1:${server.httpsPort}, MAP cnrs.fr 127.0.0.1:${server.httpsPort}, MAP *.other-site.example 127.0.0.1:${server.httpsPort}, MAP other-site.example 127.0.0.1:${server.httpsPort}`,
    ],
  });
  const worker = extension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }))) : undefined;
  return {
    context,
    extensionId: worker ? new URL(worker.url()).host : undefined,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchChromium(server: FixtureServer, language: Language, options: LaunchOptions): Promise<TestBrowser> {
  const { context, extensionId, close } = await launchChromiumContext(server, language, options);
  return {
    name: 'chromium',
    open: async (url) => {
      const page = await context.newPage();
      const testPage = new TestPage(page as unknown as RawPage);
      await testPage.goto(url);
      return testPage;
    },
    openExtensionPage: async (path, readySelector) => {
      if (!extensionId) throw new Error('This browser was launched without the extension');
      return openWithoutWaiting((await context.newPage()) as unknown as RawPage, `chrome-extension://${extensionId}/${path}`, readySelector);
    },
    tabAddresses: async () => context.pages().map((page) => page.url()),
    close,
  };
}

async function launchFirefox(
  server: FixtureServer,
  language: Language,
  { headless = true, grantOptionalPermissions = false, colorScheme = 'light', reducedMotion = false, extensionDir }: LaunchOptions,
): Promise<TestBrowser> {
  const extension = extensionDir === undefined ? EXTENSION_DIRS.firefox : extensionDir;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSER_PATHS.firefox,
    headless,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      // Every https request goes through our CONNECT proxy, which only lets the served hosts through.
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'intl.locale.requested': language === 'fr' ? 'fr' : 'en-US',
      'intl.accept_languages': language === 'fr' ? 'fr-FR, fr' : 'en-US, en',
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: FIREFOX_EXTENSION_UUID }),
      ...(grantOptionalPermissions ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
      // BiDi cannot emulate media features: Firefox's own prefs set them (0 dark, 1 light; 1 reduce).
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      'ui.prefersReducedMotion': reducedMotion ? 1 : 0,
    },
  });
  if (extension) await browser.installExtension(extension);
  return {
    name: 'firefox',
    open: async (url) => {
      const page = await browser.newPage();
      const testPage = new TestPage(page as unknown as RawPage);
      await testPage.goto(url);
      return testPage;
    },
    openExtensionPage: async (path, readySelector) => {
      if (!extension) throw new Error('This browser was launched without the extension');
      return openWithoutWaiting((await browser.newPage()) as unknown as RawPage, `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`, readySelector);
    },
    tabAddresses: async () => (await browser.pages()).map((page) => page.url()),
    close: () => browser.close(),
  };
}

export async function launchBrowser(
  name: BrowserName,
  server: FixtureServer,
  language: Language = 'en',
  options: LaunchOptions = {},
): Promise<TestBrowser> {
  assertRunnable(name);
  return name === 'chromium' ? launchChromium(server, language, options) : launchFirefox(server, language, options);
}

/** The browser of this vitest project (see vite.config.ts). */
export function browserUnderTest(): BrowserName {
  const name = process.env.E2E_BROWSER;
  if (name !== 'chromium' && name !== 'firefox') throw new Error('E2E_BROWSER must be chromium or firefox');
  return name;
}
