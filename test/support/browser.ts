import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_DIR } from '../../src/paths';
import { WEB_BUILD_DIR } from '../../src/server/web';

/** Debian's Chromium; scripts/ensure-chromium.sh installs it when it is missing (CI runs as root). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the browser tests leave their screenshots (gitignored). */
export const ARTIFACTS_DIR = join(PROJECT_DIR, 'test-artifacts', 'browser');

/**
 * Flags for a headless Chromium on a machine without internet: no first-run work, and none of the background
 * connections (updates, sync, safe browsing lists) that would otherwise try to leave the machine.
 */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `npm test` builds the pages before jest; a lone `npx jest <file>` on a fresh clone builds them here. */
export function ensureWebBuild(): void {
  if (!existsSync(join(WEB_BUILD_DIR, 'index.html'))) {
    execFileSync('npm', ['run', 'build:web'], { cwd: PROJECT_DIR, stdio: 'inherit' });
  }
}

export function ensureChromiumAndBuild(): void {
  execFileSync(join(PROJECT_DIR, 'scripts', 'ensure-chromium.sh'), { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH } });
  ensureWebBuild();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
}

/** A fresh headless Chromium (Playwright gives every launch a new, empty profile). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

export type Watch = {
  /** console.error calls and uncaught exceptions, with the page they happened on. */
  consoleErrors: string[];
  /** Every request whose host is not 127.0.0.1 (they are also aborted). */
  offHost: string[];
  /** JavaScript responses: URL and body, for the size budget. */
  scripts: Map<string, Buffer>;
};

/**
 * Watches a browser context: every request must stay on 127.0.0.1 (anything else is recorded and
 * aborted, so a stray CDN link fails the test rather than hanging it), and console errors are collected.
 */
export async function watchContext(context: BrowserContext): Promise<Watch> {
  const watch: Watch = { consoleErrors: [], offHost: [], scripts: new Map() };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') && url.hostname !== '127.0.0.1') {
      watch.offHost.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') watch.offHost.push(url.href);
  });
  context.on('response', async (response) => {
    if (response.request().resourceType() === 'script' && response.ok()) {
      try {
        watch.scripts.set(response.url(), await response.body());
      } catch {
        // the page navigated away before the body was read; the next load of the same bundle records it
      }
    }
  });
  return watch;
}

export function watchPage(page: Page, watch: Watch): void {
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`${page.url()}: uncaught ${error.message}`));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}
