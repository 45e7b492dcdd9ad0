// Headless Chromium for the browser tests: the Debian build, a throwaway profile, and no network but the server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { root } from './server.mjs';

/** Where browser tests keep their screenshots. */
export const artifacts = path.join(root, 'artifacts');

/**
 * A fresh Debian Chromium that reaches nothing but the server under test. `cspViolations` collects what the pages'
 * Content-Security-Policy refused, as Chromium reports it on the console.
 */
export async function launchBrowser(server) {
  const profile = mkdtempSync(path.join(tmpdir(), 'gqlf-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const cspViolations = [];
  context.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  const outside = [];
  await context.route(
    (url) => !url.href.startsWith(server.url),
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  return {
    context,
    outside,
    cspViolations,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
