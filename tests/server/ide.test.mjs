// Banana Cake Pop in headless Chromium: served by the server, it introspects the schema and runs a query, offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { artifacts, launchBrowser } from './browser.mjs';
import { startServer } from './server.mjs';

/** The response to a GraphQL request posted to the endpoint whose body satisfies the predicate. */
function graphqlResponse(page, server, predicate, timeout = 30_000) {
  return page.waitForResponse(
    (response) =>
      response.url() === server.endpoint &&
      response.request().method() === 'POST' &&
      predicate(JSON.parse(response.request().postData() ?? '{}')),
    { timeout },
  );
}

test('Banana Cake Pop loads from the server, introspects the schema and runs a query', async () => {
  const server = await startServer();
  const browser = await launchBrowser(server);
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const served = await page.goto(server.endpoint);
    assert.match(served.headers()['content-security-policy'] ?? '', /frame-ancestors 'none'/);
    // The title comes from the server's bcp-config.json, so the IDE found its configuration.
    await page.waitForFunction(() => document.title === 'GraphQlFollows', null, { timeout: 30_000 });

    const introspection = graphqlResponse(page, server, (body) => body.query?.includes('__schema'));
    await page.getByText('Create Document').click();
    const schema = await (await introspection).json();
    assert.equal(schema.errors, undefined);
    assert.ok(schema.data.__schema.types.some((type) => type.name === 'FollowEvent'));

    // The IDE takes the editor's text a moment after the keystrokes (before that, Run has nothing to send), so
    // Run is pressed until the query goes out.
    const query = '{ __typename }';
    await page.locator('.monaco-editor').first().click();
    await page.keyboard.type(query);
    let result;
    for (let attempt = 0; attempt < 10 && !result; attempt++) {
      const sent = graphqlResponse(page, server, (body) => body.query === query, 2_000).catch(() => null);
      await page.getByRole('button', { name: 'Run' }).first().click();
      result = await (await sent)?.json();
    }
    assert.deepEqual(result, { data: { __typename: 'Query' } });
    // The response pane shows it, and the status bar tells the schema arrived.
    await page.locator('.monaco-editor').filter({ hasText: '"Query"' }).waitFor();
    await page.getByText('Schema available').waitFor();

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'banana-cake-pop.png') });
    assert.deepEqual(browser.outside, [], 'the IDE works offline: it asked for nothing beyond the server');
    assert.deepEqual(browser.cspViolations, [], 'the IDE works within its Content-Security-Policy');
  } finally {
    await browser.close();
    await server.stop();
  }
});
