// Webhooks with real HTTP receivers on loopback: every operation arrives in log order, signed with its timestamp,
// exactly as the `operations` query shows it; a receiver that fails for a while gets everything once it recovers; a
// restart of the server loses nothing; a receiver that never answers slows neither writes nor the other receivers; a
// redirect is never followed; and neither the database nor `webhook list` gives away a secret or a URL's credentials.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { once } from 'node:events';
import path from 'node:path';
import { allOperations } from '../e2e/clients.mjs';
import { testDatabase } from './applications.mjs';
import { createProfile, newDevice, registerSigningKey, setFollowing } from './signed.mjs';

const SECRET = 'receiver-secret';

/**
 * What a receiver does with a delivery: recompute the HMAC of `timestamp.body` under the secret, compare it in
 * constant time, and refuse a timestamp more than five minutes away from its own clock.
 */
function verifyDelivery(headers, rawBody, secret, toleranceSeconds = 300) {
  const timestamp = headers['x-follows-timestamp'];
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex')}`;
  const given = headers['x-follows-signature'] ?? '';
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) <= toleranceSeconds;
  return fresh && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/**
 * A receiver on a free loopback port: answers 204, 500 while `failing`, nothing at all while `hanging`, or a 307 to
 * another path of its own while `redirecting` (where anything that arrives is kept in `redirected`).
 */
async function receiver() {
  const state = { accepted: [], refused: 0, hanging: false, failing: false, redirecting: false, redirects: 0, redirected: [], held: [] };
  const server = createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    if (request.url.startsWith('/elsewhere')) {
      state.redirected.push({ headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(204).end();
      return;
    }
    if (state.redirecting) {
      state.redirects++;
      response.writeHead(307, { location: '/elsewhere' }).end();
      return;
    }
    if (state.hanging) {
      state.held.push(response);
      return;
    }
    if (state.failing) {
      state.refused++;
      response.writeHead(500).end();
      return;
    }
    state.accepted.push({ headers: request.headers, body: Buffer.concat(chunks) });
    response.writeHead(204).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  state.url = `http://127.0.0.1:${server.address().port}/hook`;
  state.close = () => {
    state.held.forEach((response) => response.destroy());
    server.closeAllConnections();
    server.close();
  };
  return state;
}

/** The operations a receiver accepted, each once (repeats of a delivery id dropped), in arrival order. */
function delivered(receiverState) {
  const seen = new Set();
  return receiverState.accepted.filter(({ headers }) => !seen.has(headers['x-follows-delivery']) && seen.add(headers['x-follows-delivery']));
}

async function eventually(condition, what, timeout = 30_000) {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeout) assert.fail(`${what} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const receivers = {};
let database;
let server;
let settings;
const owner = await newDevice();
const follower = await newDevice();
const handles = [`hooked_${Date.now() % 1e8}`, `other_${Date.now() % 1e8}`];
let ts = Date.now();

/** Toggles the follower's follow of `handle`: one operation in the log. */
let following = {};
async function write(handle = handles[0]) {
  following[handle] = !following[handle];
  assert.equal(await setFollowing(server.endpoint, follower, handle, following[handle], ++ts), 'SUCCESS');
}

/**
 * Every operation of the log reached the receiver once, in log order, with the body `operations` shows, and each
 * verifies with its timestamp (and would not with another timestamp).
 */
async function assertAllDelivered(receiverState, filter = () => true) {
  const log = (await allOperations(server.endpoint)).filter(filter);
  await eventually(() => delivered(receiverState).length >= log.length, `${log.length} deliveries`);
  const deliveries = delivered(receiverState);
  assert.deepEqual(deliveries.map(({ body }) => JSON.parse(body)), log);
  for (const { headers, body } of deliveries) {
    assert.equal(headers['content-type'], 'application/json; charset=utf-8');
    assert.match(headers['x-follows-timestamp'], /^\d{10}$/);
    assert.ok(verifyDelivery(headers, body, SECRET), `delivery ${headers['x-follows-delivery']} does not verify`);
    const replayedLater = { ...headers, 'x-follows-timestamp': String(Number(headers['x-follows-timestamp']) + 3600) };
    assert.ok(!verifyDelivery(replayedLater, body, SECRET, Infinity), 'the signature covers the timestamp');
    assert.ok(!verifyDelivery(headers, body, SECRET, -1), 'a delivery older than the tolerance is refused');
  }
}

before(async () => {
  for (const name of ['steady', 'flaky', 'hanging', 'byHandle', 'byAddress', 'redirecting']) {
    receivers[name] = await receiver();
  }
  receivers.flaky.failing = true;
  receivers.redirecting.redirecting = true;
  database = testDatabase();
  // Two webhooks through the command (one with credentials and a token in its URL), the others through configuration.
  await database.command('webhook', 'add', 'flaky', '--url', receivers.flaky.url, '--secret', SECRET);
  const credentialed = receivers.redirecting.url.replace('http://', 'http://hook-user:pa55word@');
  await database.command('webhook', 'add', 'redirecting', '--url', `${credentialed}?token=t0ken-value&v=2`, '--secret', SECRET);
  const configured = [['steady', {}], ['hanging', {}], ['byHandle', { Handle: handles[1] }], ['byAddress', { Address: owner.address }]];
  settings = [
    '--Follows:RateLimitPermits=0',
    '--Webhooks:RetryDelay=00:00:00.100', '--Webhooks:MaxRetryDelay=00:00:00.500', '--Webhooks:AttemptTimeout=00:00:02',
    '--Webhooks:PollInterval=00:00:00.500', '--Webhooks:RefreshInterval=00:00:01',
    ...configured.flatMap(([name, filter], i) => Object.entries({ Name: name, Url: receivers[name].url, Secret: SECRET, ...filter })
      .map(([key, value]) => `--Webhooks:Endpoints:${i}:${key}=${value}`)),
  ];
  server = await database.start(settings);
  for (const handle of handles) {
    assert.equal(await createProfile(server.endpoint, owner, handle), 'SUCCESS');
  }
  assert.equal(await registerSigningKey(server.endpoint, follower), 'SUCCESS');
});

after(async () => {
  await server?.stop();
  database?.remove();
  Object.values(receivers).forEach((receiverState) => receiverState.close());
});

test('deliveries arrive in log order, signed, as the operations query shows them, filtered by handle or address', async () => {
  for (let i = 0; i < 4; i++) {
    await write(handles[i % 2]);
  }
  await assertAllDelivered(receivers.steady);
  await assertAllDelivered(receivers.byHandle, (operation) => operation.handles.includes(handles[1]));
  await assertAllDelivered(receivers.byAddress, (operation) => operation.address === owner.address);
  assert.equal(receivers.byAddress.accepted.length, handles.length, 'the owner made the profiles only');
  const ids = receivers.steady.accepted.map(({ headers }) => headers['x-follows-delivery']);
  assert.equal(new Set(ids).size, ids.length, 'a healthy receiver gets each operation once');
});

test('a receiver that fails for a while, then recovers, gets every operation', async () => {
  await eventually(() => receivers.flaky.refused >= 3, 'retries of the failing receiver');
  assert.equal(receivers.flaky.accepted.length, 0);
  receivers.flaky.failing = false;
  await assertAllDelivered(receivers.flaky);
});

test('a server crash and restart in the middle loses no operation', async () => {
  receivers.flaky.failing = true;
  for (let i = 0; i < 3; i++) {
    await write();
  }
  await eventually(() => receivers.flaky.refused >= 6, 'retries before the restart');
  await server.stop('SIGKILL');
  server = await database.start(settings);
  for (let i = 0; i < 3; i++) {
    await write();
  }
  receivers.flaky.failing = false;
  await assertAllDelivered(receivers.flaky);
  await assertAllDelivered(receivers.steady);
});

test('a receiver answering 307 is not followed: each attempt fails and is retried, and the other path gets nothing', async () => {
  await write();
  await eventually(() => receivers.redirecting.redirects >= 3, 'three attempts at the redirecting receiver');
  assert.equal(receivers.redirecting.redirected.length, 0);
  assert.equal(receivers.redirecting.accepted.length, 0);
  // Once it answers, it gets what it missed.
  receivers.redirecting.redirecting = false;
  await assertAllDelivered(receivers.redirecting);
  assert.equal(receivers.redirecting.redirected.length, 0);
});

test('the database holds no webhook secret, and webhook list shows no credentials or query values', async () => {
  const files = readdirSync(database.directory).filter((file) => file.startsWith('follows.db'));
  assert.ok(files.length > 0);
  for (const file of files) {
    assert.ok(!readFileSync(path.join(database.directory, file)).includes(SECRET), `${file} holds the secret`);
  }
  const listed = await database.command('webhook', 'list');
  const port = new URL(receivers.redirecting.url).port;
  assert.match(listed, new RegExp(`^redirecting\thttp://127\\.0\\.0\\.1:${port}/hook\\?token=\\*\\*\\*&v=\\*\\*\\*\t`, 'm'));
  assert.match(listed, /^flaky\t/m);
  for (const hidden of ['pa55word', 'hook-user', 't0ken-value', SECRET]) {
    assert.ok(!listed.includes(hidden), `webhook list shows ${hidden}`);
  }
  assert.ok(!server.output().includes('pa55word') && !server.output().includes('t0ken-value'), 'the log shows a credential');
});

/** Milliseconds of each of `count` writes, one after the other. */
async function writeLatencies(count) {
  const latencies = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await write();
    latencies.push(performance.now() - start);
  }
  return latencies.sort((a, b) => a - b);
}

const median = (sorted) => sorted[Math.floor(sorted.length / 2)];

test('a receiver that never answers slows neither writes nor the other receivers', async (t) => {
  const answering = await writeLatencies(15);
  receivers.hanging.hanging = true;
  await write();
  await eventually(() => receivers.hanging.held.length > 0, 'a delivery held by the hanging receiver');
  const hanging = await writeLatencies(15);
  t.diagnostic(`median write: ${median(answering).toFixed(1)} ms with every receiver answering, ${median(hanging).toFixed(1)} ms with one hanging`);
  // The bound is generous on purpose (a shared, loaded machine): the median write with a receiver that never
  // answers stays within twice the median with it answering, plus 50 ms.
  assert.ok(median(hanging) <= 2 * median(answering) + 50,
    `median write ${median(hanging).toFixed(1)} ms with a hanging receiver, ${median(answering).toFixed(1)} ms without`);
  await assertAllDelivered(receivers.steady);
  const log = await allOperations(server.endpoint);
  assert.ok(delivered(receivers.hanging).length < log.length, 'the hanging receiver is still behind');
});
