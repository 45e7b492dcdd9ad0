// The GraphQL over HTTP audits of graphql-http against the running server: every audit, MUST, SHOULD and MAY.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serverAudits } from 'graphql-http';
import { startServer } from './server.mjs';

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

for (const audit of serverAudits({ url: () => server.endpoint })) {
  test(`${audit.id}: ${audit.name}`, async () => {
    const result = await audit.fn();
    assert.equal(result.status, 'ok', result.reason);
  });
}
