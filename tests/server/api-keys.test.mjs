// Application API keys with Api:RequireKey=true: refusals over HTTP and WebSocket, the rate of a key, revocation
// through the command while the server runs, the IDE page, and graphql-http's audits with a key.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createClient } from 'graphql-ws';
import { serverAudits } from 'graphql-http';
import WebSocket from 'ws';
import { testDatabase } from './applications.mjs';

const KEY_CACHE_SECONDS = 1;

let database;
let server;
const keys = {};
before(async () => {
  database = testDatabase();
  for (const [name, rate] of [['app', 0], ['limited', 3], ['doomed', 0], ['pair', 2]]) {
    keys[name] = (await database.command('api-key', 'create', name, '--rate', String(rate))).trim();
  }
  server = await database.start(['--Api:RequireKey=true', `--Api:KeyCacheDuration=00:00:0${KEY_CACHE_SECONDS}`,
    '--Telemetry:Prometheus=true']);
});
after(async () => {
  await server?.stop();
  database?.remove();
});

async function post(key, query = '{ __typename }', endpoint = server.endpoint) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (key !== undefined) headers['x-api-key'] = key;
  const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

function assertUnauthenticated(answer) {
  assert.equal(answer.status, 401);
  assert.equal(answer.body.data, undefined);
  assert.equal(answer.body.errors[0].extensions.code, 'UNAUTHENTICATED');
}

test('a request without a key, or with an unknown one, is refused with 401 UNAUTHENTICATED', async () => {
  assertUnauthenticated(await post(undefined));
  assertUnauthenticated(await post(''));
  assertUnauthenticated(await post('gqlf_not-a-key-of-this-server'));
  assertUnauthenticated(await post(keys.app.slice(0, -1)));
  // Routing serves the endpoint with a trailing slash and in any case too.
  assertUnauthenticated(await post(undefined, '{ __typename }', `${server.endpoint}/`));
  assertUnauthenticated(await post(undefined, '{ __typename }', server.endpoint.toUpperCase().replace('HTTP://', 'http://')));
  const get = await fetch(`${server.endpoint}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
  assert.equal(get.status, 401);
});

test('a valid key works over HTTP', async () => {
  const answer = await post(keys.app);
  assert.equal(answer.status, 200);
  assert.deepEqual(answer.body, { data: { __typename: 'Query' } });
});

test('a revoked key is refused by the running server within the key cache duration', async () => {
  assert.equal((await post(keys.doomed)).status, 200);
  await database.command('api-key', 'revoke', 'doomed');
  const revokedAt = Date.now();
  let answer = await post(keys.doomed);
  while (answer.status === 200 && Date.now() - revokedAt < 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    answer = await post(keys.doomed);
  }
  assertUnauthenticated(answer);
  // Generous: the cache keeps a lookup KEY_CACHE_SECONDS; the rest is scheduling on a loaded machine.
  assert.ok(Date.now() - revokedAt < KEY_CACHE_SECONDS * 1000 + 3000, `refused after ${Date.now() - revokedAt} ms`);
  assert.match(await database.command('api-key', 'list'), /^doomed\t.*\trevoked /m);
});

test("past its rate a key is answered 429 with Retry-After, and other keys are not", async () => {
  for (let i = 0; i < 3; i++) {
    assert.equal((await post(keys.limited)).status, 200);
  }
  const limited = await post(keys.limited);
  assert.equal(limited.status, 429);
  assert.equal(limited.body.errors[0].extensions.code, 'RATE_LIMITED');
  const retryAfter = Number(limited.headers.get('retry-after'));
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `Retry-After: ${limited.headers.get('retry-after')}`);
  assert.equal((await post(keys.app)).status, 200);
});

/** Runs `{ __typename }` over a graphql-ws client; resolves to its result, or to the close event that ended it. */
function overWebSocket(options) {
  return new Promise((resolve) => {
    const client = createClient({ url: server.webSocketEndpoint, retryAttempts: 0, lazy: true, ...options });
    client.subscribe({ query: '{ __typename }' }, {
      next: (result) => resolve({ result }),
      error: (error) => resolve({ error }),
      complete: () => client.dispose(),
    });
  });
}

/** The ws implementation with headers on its upgrade request. */
const withHeaders = (headers) => class extends WebSocket {
  constructor(url, protocols) {
    super(url, protocols, { headers });
  }
};

test('a valid key works over WebSocket, in connection_init or in the upgrade request', async () => {
  const inPayload = await overWebSocket({ webSocketImpl: WebSocket, connectionParams: { 'X-API-KEY': keys.app } });
  assert.deepEqual(inPayload.result, { data: { __typename: 'Query' } });
  const inUpgrade = await overWebSocket({ webSocketImpl: withHeaders({ 'X-API-KEY': keys.app }) });
  assert.deepEqual(inUpgrade.result, { data: { __typename: 'Query' } });
});

test('over WebSocket each operation spends one of the key\'s requests: a key with --rate 2 is refused on its third', async () => {
  const client = createClient({ url: server.webSocketEndpoint, retryAttempts: 0, webSocketImpl: WebSocket,
    connectionParams: { 'X-API-KEY': keys.pair } });
  const run = () => new Promise((resolve) => {
    client.subscribe({ query: '{ __typename }' }, { next: (result) => resolve({ result }), error: (error) => resolve({ error }), complete: () => {} });
  });
  try {
    assert.deepEqual(await run(), { result: { data: { __typename: 'Query' } } });
    assert.deepEqual(await run(), { result: { data: { __typename: 'Query' } } });
    const { error } = await run();
    assert.equal(error?.[0]?.extensions?.code, 'RATE_LIMITED', JSON.stringify(error));
    assert.ok(error[0].extensions.retryAfter >= 1);
  } finally {
    await client.dispose();
  }
  // The key is spent over HTTP too: one budget whichever way its requests come.
  assert.equal((await post(keys.pair)).status, 429);
});

test('over WebSocket, no key or a wrong one in connection_init closes with 4403; a wrong one in the upgrade is a 401', async () => {
  for (const connectionParams of [undefined, { 'X-API-KEY': 'gqlf_wrong' }, { 'X-API-KEY': keys.doomed }]) {
    const { error } = await overWebSocket({ webSocketImpl: WebSocket, connectionParams });
    assert.equal(error?.code, 4403, JSON.stringify(connectionParams));
  }

  const socket = new WebSocket(server.webSocketEndpoint, 'graphql-transport-ws', { headers: { 'X-API-KEY': 'gqlf_wrong' } });
  const [, response] = await once(socket, 'unexpected-response');
  assert.equal(response.statusCode, 401);
  socket.destroy?.();
  response.destroy();
});

test('the metrics need a key too, in X-API-KEY or as a bearer token as Prometheus sends it', async () => {
  const metrics = (headers) => fetch(`${server.url}/metrics`, { headers });
  const refused = await metrics({});
  assert.equal(refused.status, 401);
  assert.equal((await refused.json()).errors[0].extensions.code, 'UNAUTHENTICATED');
  assert.equal((await metrics({ authorization: 'Bearer gqlf_wrong' })).status, 401);
  for (const headers of [{ 'x-api-key': keys.app }, { authorization: `Bearer ${keys.app}` }]) {
    const scraped = await metrics(headers);
    assert.equal(scraped.status, 200);
    assert.match(await scraped.text(), /^graphql_requests_total/m);
  }
});

test('Banana Cake Pop still loads without a key', async () => {
  const page = await fetch(server.endpoint, { headers: { accept: 'text/html' } });
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<html/i);
  assert.equal((await fetch(`${server.endpoint}/bcp-config.json`)).status, 200);
});

test("graphql-http's audits all pass when every request carries a key", async () => {
  const fetchFn = (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('x-api-key', keys.app);
    return fetch(input, { ...init, headers });
  };
  const failed = [];
  for (const audit of serverAudits({ url: server.endpoint, fetchFn })) {
    const result = await audit.fn();
    if (result.status !== 'ok') failed.push(`${audit.id} ${audit.name}: ${result.reason}`);
  }
  assert.deepEqual(failed, []);
});
