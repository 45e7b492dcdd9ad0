// Webhooks with real HTTP receivers on loopback: every operation arrives in log order, signed, exactly as the
// `operations` query shows it; a receiver that fails for a while gets everything once it recovers; a restart of
// the server loses nothing; and a receiver that never answers slows neither writes nor the other receivers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { allOperations } from '../e2e/clients.mjs';
import { testDatabase } from './applications.mjs';
import { createProfile, newDevice, registerSigningKey, setFollowing } from './signed.mjs';

const SECRET = 'receiver-secret';

/** A receiver on a free loopback port: answers 200, 500 while `failing`, or nothing at all while `hanging`. */
async function receiver() {
  const state = { accepted: [], refused: 0, hanging: false, failing: false, held: [] };
  const server = createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
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

/** Every operation of the log reached the receiver once, in log order, signed, with the body `operations` shows. */
async function assertAllDelivered(receiverState, filter = () => true) {
  const log = (await allOperations(server.endpoint)).filter(filter);
  await eventually(() => delivered(receiverState).length >= log.length, `${log.length} deliveries`);
  const deliveries = delivered(receiverState);
  assert.deepEqual(deliveries.map(({ body }) => JSON.parse(body)), log);
  for (const { headers, body } of deliveries) {
    assert.equal(headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(headers['x-follows-signature'], `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`);
  }
}

before(async () => {
  for (const name of ['steady', 'flaky', 'hanging', 'byHandle', 'byAddress']) {
    receivers[name] = await receiver();
  }
  receivers.flaky.failing = true;
  database = testDatabase();
  // One webhook through the command, the others through configuration.
  await database.command('webhook', 'add', 'flaky', '--url', receivers.flaky.url, '--secret', SECRET);
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
