// Banana Cake Pop in headless Chromium: served by the server, it introspects the schema and runs a query, offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { root, startServer } from './server.mjs';

const artifacts = path.join(root, 'artifacts');

/** A fresh Debian Chromium that reaches nothing but the server under test. */
async function launchBrowser(server) {
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
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Posts of GraphQL requests to the endpoint whose body satisfies the predicate. */
function graphqlResponse(page, server, predicate) {
  return page.waitForResponse(
    (response) =>
      response.url() === server.endpoint &&
      response.request().method() === 'POST' &&
      predicate(JSON.parse(response.request().postData() ?? '{}')),
    { timeout: 30_000 },
  );
}

test('Banana Cake Pop loads from the server, introspects the schema and runs a query', async () => {
  const server = await startServer();
  const browser = await launchBrowser(server);
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(server.endpoint);
    // The title comes from the server's bcp-config.json, so the IDE found its configuration.
    await page.waitForFunction(() => document.title === 'GraphQlFollows', null, { timeout: 30_000 });

    const introspection = graphqlResponse(page, server, (body) => body.query?.includes('__schema'));
    await page.getByText('Create Document').click();
    const schema = await (await introspection).json();
    assert.equal(schema.errors, undefined);
    assert.ok(schema.data.__schema.types.some((type) => type.name === 'FollowEvent'));

    // The editor may hand the Run button the text it had before the last keystrokes, so run until the query is sent.
    const query = '{ __typename }';
    await page.locator('.monaco-editor').first().click();
    await page.keyboard.type(query);
    let result;
    for (let attempt = 0; attempt < 5 && !result; attempt++) {
      const sent = graphqlResponse(page, server, (body) => !body.query?.includes('__schema'));
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      const response = await sent;
      if (JSON.parse(response.request().postData()).query === query) {
        result = await response.json();
      }
    }
    assert.deepEqual(result, { data: { __typename: 'Query' } });
    await page.locator('.monaco-editor').nth(1).getByText('"Query"').waitFor();

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'banana-cake-pop.png') });
    assert.deepEqual(browser.outside, [], 'the IDE works offline: it asked for nothing beyond the server');
  } finally {
    await browser.close();
    await server.stop();
  }
});
