// The per-client budgets: requests to the endpoint (ASP.NET Core's rate limiter) and the tighter one of
// wallet-signed mutations, over HTTP and WebSocket. Refusals are 429 with Retry-After and a GraphQL error whose
// extensions.code names the budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { Client, MUTATIONS } from '../e2e/clients.mjs';
import { sqliteSettings, startInstance } from './load.mjs';

const HOUR = '01:00:00';

async function post(endpoint, query, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), json: await response.json() };
}

function assertRefused(answer, code) {
  assert.equal(answer.status, 429, JSON.stringify(answer.json));
  assert.match(answer.retryAfter ?? '', /^[1-9]\d*$/, 'Retry-After is a positive number of seconds');
  assert.equal(answer.json.errors[0].extensions.code, code);
  assert.equal(answer.json.errors[0].extensions.retryAfter, Number(answer.retryAfter));
}

async function withServer(settings, run) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gqlf-limits-'));
  const server = await startInstance('limits', sqliteSettings(path.join(dir, 'follows.db'), ...settings));
  try {
    await run(server);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a client past its request budget is answered 429 TOO_MANY_REQUESTS with Retry-After; health is not limited', { timeout: 60_000 }, () =>
  withServer(['--GraphQL:RateLimits:Requests:Permits=5', `--GraphQL:RateLimits:Requests:Window=${HOUR}`], async (server) => {
    const answers = [];
    for (let i = 0; i < 8; i++) answers.push(await post(server.endpoint, '{ __typename }'));
    assert.deepEqual(answers.map((a) => a.status), [200, 200, 200, 200, 200, 429, 429, 429]);
    for (const refused of answers.slice(5)) assertRefused(refused, 'TOO_MANY_REQUESTS');
    assert.ok(Number(answers[5].retryAfter) > 60, 'a budget of 5 an hour is not back within a minute');
    assert.equal((await fetch(`${server.url}/health/live`)).status, 200);
  }));

test('over WebSocket each operation spends a request of the client\'s budget, as the upgrade does', { timeout: 60_000 }, () =>
  withServer(['--GraphQL:RateLimits:Requests:Permits=3', `--GraphQL:RateLimits:Requests:Window=${HOUR}`], async (server) => {
    const socket = new WebSocket(server.webSocketEndpoint, 'graphql-transport-ws');
    const messages = [];
    socket.on('message', (data) => messages.push(JSON.parse(data)));
    await once(socket, 'open');
    socket.send(JSON.stringify({ type: 'connection_init' }));
    // One at a time: operations of one socket run concurrently, so only their order of sending is their order of spending.
    for (const id of ['1', '2', '3']) {
      socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: '{ __typename }' } }));
      const ended = () => messages.some((m) => m.id === id && (m.type === 'complete' || m.type === 'error'));
      for (let i = 0; i < 400 && !ended(); i++) await new Promise((r) => setTimeout(r, 25));
    }
    socket.close();
    const answers = Object.fromEntries(messages.filter((m) => m.type !== 'complete').map((m) => [m.id ?? m.type, m]));
    // The upgrade spent the first permit, operations 1 and 2 the others.
    assert.deepEqual(answers['1']?.payload, { data: { __typename: 'Query' } }, JSON.stringify(messages));
    assert.deepEqual(answers['2']?.payload, { data: { __typename: 'Query' } });
    assert.equal(answers['3']?.type, 'error');
    assert.equal(answers['3'].payload[0].extensions.code, 'TOO_MANY_REQUESTS');
    assertRefused(await post(server.endpoint, '{ __typename }'), 'TOO_MANY_REQUESTS');
  }));

test('wallet-signed mutations have their own budget, over HTTP and WebSocket; device-signed writes and reads do not spend it',
  { timeout: 60_000 }, () =>
    withServer(['--GraphQL:RateLimits:WalletSigned:Permits=2', `--GraphQL:RateLimits:WalletSigned:Window=${HOUR}`], async (server) => {
      const alice = await Client.create(server.endpoint);
      const bob = await Client.create(server.endpoint);

      // Three recoveries in one document are more than the whole budget: refused before any is made.
      const triple = await post(server.endpoint, `mutation($a: RegisterSigningKeyRequest!) {
        a: registerSigningKey(input: $a) { status } b: registerSigningKey(input: $a) { status } c: registerSigningKey(input: $a) { status } }`,
      { a: await alice.registerKeyInput() });
      assertRefused(triple, 'TOO_MANY_WALLET_SIGNATURES');

      const registered = await post(server.endpoint, MUTATIONS.registerSigningKey, { input: await alice.registerKeyInput() });
      assert.equal(registered.json.data?.registerSigningKey.status, 'SUCCESS', JSON.stringify(registered.json));
      const created = await post(server.endpoint, MUTATIONS.createProfile, { input: await bob.createProfileInput('bob_limits') });
      assert.equal(created.json.data?.createProfile.status, 'SUCCESS', JSON.stringify(created.json));

      assertRefused(await post(server.endpoint, MUTATIONS.createProfile, { input: await alice.createProfileInput('alice_limits') }),
        'TOO_MANY_WALLET_SIGNATURES');
      // The refused profile was not created; device-signed follows and reads go on.
      const follow = await post(server.endpoint, MUTATIONS.follow, { input: await alice.pairInput('follow', 'bob_limits') });
      assert.equal(follow.json.data?.follow.status, 'SUCCESS', JSON.stringify(follow.json));
      const read = await post(server.endpoint, '{ alice: profileByHandle(handle: "alice_limits") { handle } }');
      assert.deepEqual(read.json.data, { alice: null });

      const socket = new WebSocket(server.webSocketEndpoint, 'graphql-transport-ws');
      const messages = [];
      socket.on('message', (data) => messages.push(JSON.parse(data)));
      await once(socket, 'open');
      socket.send(JSON.stringify({ type: 'connection_init' }));
      const waitFor = async (type) => {
        for (let i = 0; i < 200 && !messages.some((m) => m.type === type); i++) await new Promise((r) => setTimeout(r, 25));
        return messages.find((m) => m.type === type);
      };
      assert.ok(await waitFor('connection_ack'));
      socket.send(JSON.stringify({ id: '1', type: 'subscribe',
        payload: { query: MUTATIONS.revokeSigningKey, variables: { input: await alice.revokeKeyInput() } } }));
      const error = await waitFor('error');
      socket.close();
      assert.equal(error?.payload?.[0]?.extensions?.code, 'TOO_MANY_WALLET_SIGNATURES', JSON.stringify(messages));
    }));
