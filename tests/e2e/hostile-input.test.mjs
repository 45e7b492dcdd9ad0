// Malformed input to every mutation: the answer is a status or a GraphQL error with a 2xx or 4xx code, never a
// server error, and the graph is left exactly as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../server/server.mjs';
import {
  MUTATIONS, allOperations, clientWithProfiles, pairMessage, postGraphQL, postRaw, profileFollowers, addressFollowings,
  runBounded, signWithKey, uniqueHandle,
} from './clients.mjs';
import { seededRandom } from './random.mjs';

const GENERATED_REQUESTS = 400;
const STATUSES = new Set(['INVALID_ADDRESS', 'INVALID_MESSAGE', 'INVALID_HANDLE', 'MESSAGE_EXPIRED', 'INVALID_SIGNING_KEY',
  'INVALID_SIGNATURE', 'RATE_LIMITED', 'HANDLE_NOT_FOUND', 'HANDLE_TAKEN', 'ALREADY_DONE']);

let server;
let endpoint;
let owner;
let follower;
let handles;
before(async () => {
  server = await startServer();
  endpoint = server.endpoint;
  handles = [uniqueHandle('h'), uniqueHandle('h')];
  owner = await clientWithProfiles(endpoint, handles);
  follower = await clientWithProfiles(endpoint);
  // The follower's last operations on both pairs are dated ahead, so that any well-formed message of this test
  // reaches the replay check (MESSAGE_EXPIRED) instead of changing the graph.
  const ahead = Date.now() + 110_000;
  assert.equal((await follower.follow(handles[0], ahead)).status, 'SUCCESS');
  assert.equal((await follower.follow(handles[1])).status, 'SUCCESS');
  assert.equal((await follower.unfollow(handles[1], ahead)).status, 'SUCCESS');
});
after(async () => {
  await server?.stop();
});

/** What a client can see of the graph: the whole log and both sides' counts and lists. */
async function snapshot() {
  return {
    operations: await allOperations(endpoint),
    profiles: await Promise.all(handles.map((handle) => profileFollowers(endpoint, handle))),
    followings: await Promise.all([owner, follower].map((client) => addressFollowings(endpoint, client.address))),
  };
}

/**
 * The answer must be a refusal with a 2xx or 4xx code: GraphQL errors, or a status other than SUCCESS. Two
 * SUCCESSes change nothing and are allowed: registering the follower's own key again, and a batch whose every
 * handle is refused. The snapshots catch any change either would make.
 */
function assertRefused({ status, json, text }, what) {
  assert.ok(status >= 200 && status < 500, `${what}: HTTP ${status} ${text.slice(0, 300)}`);
  if (status >= 400 && !json) return; // e.g. 413 for a body over the limit, 415 for a body that is not JSON
  assert.ok(json, `${what}: a ${status} answer that is not JSON: ${text.slice(0, 300)}`);
  const [name, answer] = Object.entries(json.data ?? {})[0] ?? [];
  if (answer) {
    const harmless = answer.status === 'SUCCESS' && (name === 'registerSigningKey' || name === 'batchUnfollow');
    assert.ok(STATUSES.has(answer.status) || harmless, `${what}: status ${answer.status}`);
    for (const result of answer.results ?? []) assert.ok(STATUSES.has(result.status), `${what}: result ${result.status}`);
  } else {
    assert.ok(Array.isArray(json.errors) && json.errors.length > 0, `${what}: neither data nor errors: ${text.slice(0, 300)}`);
    for (const error of json.errors) assert.equal(typeof error.message, 'string');
  }
}

const ADDRESS_LIKE = (random) => random.pick([
  '', '0x', '0x0', `0x${'g'.repeat(40)}`, `0x${'a'.repeat(39)}`, `0x${'a'.repeat(41)}`, `0X${'a'.repeat(40)}`,
  ` 0x${'a'.repeat(40)}`, `0x${'a'.repeat(40)}\u0000`, `0x${'aB'.repeat(20)}`, 'a'.repeat(100_000), '\u0000', '💥'.repeat(30),
]);

function hostileString(random) {
  return random.pick([
    () => '', () => '\u0000', () => 'a\u0000b', () => '\ud800', () => '\udfff\ud800', () => '💥'.repeat(random.int(2000)),
    () => 'x'.repeat(4095), () => 'x'.repeat(4096), () => 'x'.repeat(4097), () => 'x'.repeat(60_000), () => 'é'.repeat(2049),
    () => random.bytes(random.int(300)).toString('latin1'), () => random.bytes(200).toString('base64'),
    () => `0x${random.bytes(random.int(200)).toString('hex')}`, () => `0x${random.bytes(64).toString('hex')}0`,
    () => '\u202e\u200b\ufeff', () => '{"op":"follow"', () => '[]'.repeat(1000), () => 'Null', () => '1E309',
  ])();
}

const TS_VALUES = [String(Date.now()), `"${Date.now()}"`, '1e308', '99999999999999999999', '9223372036854775807', '9223372036854775808', '-1', '1.5e3', '"0x10"', '""',
  '" 1"', '"1 "', '"-5"', '"١٢٣"', 'null', '{}', '[1]', 'true', '0', '-0', '1E3', `"${'9'.repeat(18)}"`, `"${'9'.repeat(19)}"`, '1'.repeat(400)];

/** A JSON message text: right shape with hostile values, wrong types, deep nesting or raw junk. */
function hostileMessage(random, op, address, handle, target) {
  const ts = random.pick(TS_VALUES);
  const value = () => random.pick(['null', '1', '-1.5e400', '[]', '{}', '"\\u0000"', '"\\ud800"', 'true', JSON.stringify(hostileString(random))]);
  // A target is ignored by the operations that name none.
  const wellShaped = `{"op":${JSON.stringify(op)},"address":${JSON.stringify(address)},"handle":${JSON.stringify(handle)},"target":${JSON.stringify(target)},"ts":${ts}}`;
  return random.next() < 0.4 ? wellShaped : random.pick([
    () => `{"op":${value()},"address":${value()},"handle":${value()},"handles":${value()},"signingKey":${value()},"ts":${value()}}`,
    () => `{"op":${JSON.stringify(op)},"deep":${'['.repeat(3000)}${']'.repeat(3000)},"ts":${Date.now()}}`,
    () => `${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`,
    () => `{"op":${JSON.stringify(op)},"address":${JSON.stringify(address)},"handles":[${Array.from({ length: 500 }, () => '"x"').join(',')}],"ts":${Date.now()}}`,
    () => `{"op":${JSON.stringify(op)},"op":${JSON.stringify(op)},"address":${JSON.stringify(address)},"handle":${JSON.stringify(handle)},"ts":${Date.now()}}`,
    () => `{"op":"${op}\\u0000","address":${JSON.stringify(address)},"handle":${JSON.stringify(handle)},"ts":${Date.now()}}`,
    () => hostileString(random),
  ])();
}

/** One mutation request with a hostile input; some are signed properly by the follower's real key. */
async function hostileRequest(random, names) {
  const name = random.pick(names);
  const address = random.next() < 0.5 ? follower.address : ADDRESS_LIKE(random);
  const handle = random.next() < 0.3 ? handles[random.int(2)] : hostileString(random);
  const target = BLOCK_NAMES.includes(name) && random.next() < 0.5 ? ADDRESS_LIKE(random) : owner.address;
  const op = random.next() < 0.5 ? name : random.pick(['follow', 'unfollow', 'batchUnfollow', 'createProfile', 'revokeSigningKey']);
  const message = random.next() < 0.2
    ? `I authorize ${hostileString(random)} from this device using signing key:\n${random.pick([hostileString(random), follower.key.spki])}`
    : hostileMessage(random, op, address, handle, target);
  const signature = random.next() < 0.4 ? await signWithKey(follower.key, message) : random.pick([
    hostileString(random), await walletSignature(message), `0x${random.bytes(random.pick([0, 1, 63, 64, 65, 70, 72, 300])).toString('hex')}`,
  ]);
  const signingKey = random.pick([
    follower.key.spki, owner.key.spki, hostileString(random), random.bytes(random.pick([0, 26, 91, 120, 400])).toString('base64'),
    flipByte(follower.key.spki, 27 + random.int(64)), `${follower.key.spki}=`, follower.key.spki.slice(4),
  ]);
  const input = { address, handle, target, message, signature, signingKey, handles: random.next() < 0.5 ? [handle] : Array.from({ length: random.int(60) }, () => hostileString(random).slice(0, 30)) };
  // Sometimes a GraphQL type is wrong too: a number for a string, null, a list, a missing field.
  const field = random.pick(Object.keys(input));
  const variant = random.int(8);
  if (variant === 0) input[field] = 12345;
  if (variant === 1) input[field] = null;
  if (variant === 2) input[field] = [input[field]];
  if (variant === 3) delete input[field];
  if (variant === 4) input[field] = { nested: { deeper: [1, 2, 3] } };
  return { name, variables: { input: pickInputFields(name, input) } };
}

const FOLLOW_NAMES = ['registerSigningKey', 'revokeSigningKey', 'createProfile', 'follow', 'unfollow', 'batchUnfollow'];
const BLOCK_NAMES = ['block', 'unblock', 'batchFollow'];

const INPUT_FIELDS = {
  registerSigningKey: ['address', 'message', 'signature'],
  revokeSigningKey: ['address', 'signingKey', 'message', 'signature'],
  createProfile: ['address', 'handle', 'message', 'signature'],
  follow: ['address', 'handle', 'message', 'signature', 'signingKey'],
  unfollow: ['address', 'handle', 'message', 'signature', 'signingKey'],
  batchUnfollow: ['address', 'handles', 'message', 'signature', 'signingKey'],
  batchFollow: ['address', 'handles', 'message', 'signature', 'signingKey'],
  block: ['address', 'handle', 'target', 'message', 'signature', 'signingKey'],
  unblock: ['address', 'handle', 'target', 'message', 'signature', 'signingKey'],
};

function pickInputFields(name, input) {
  return Object.fromEntries(INPUT_FIELDS[name].filter((field) => field in input).map((field) => [field, input[field]]));
}

/** The follower's wallet signature, or garbage where ethers refuses the text (a lone surrogate is not UTF-8). */
async function walletSignature(message) {
  try {
    return await follower.wallet.signMessage(message);
  } catch {
    return '0x00';
  }
}

function flipByte(base64, index) {
  const bytes = Buffer.from(base64, 'base64');
  bytes[index % bytes.length] ^= 0x55;
  return bytes.toString('base64');
}

test(`${GENERATED_REQUESTS} generated hostile mutation inputs: refused without a server error, graph unchanged`, async () => {
  const random = seededRandom(0x5eed);
  const before = await snapshot();
  const requests = [];
  for (let i = 0; i < GENERATED_REQUESTS; i++) requests.push(await hostileRequest(random, FOLLOW_NAMES));
  const reached = await sendRefused(requests);
  // The generator reaches every early check, and the GraphQL layer's own refusals.
  for (const expected of ['INVALID_ADDRESS', 'INVALID_MESSAGE', 'MESSAGE_EXPIRED', 'INVALID_SIGNING_KEY', 'INVALID_SIGNATURE', 'HTTP 400']) {
    assert.ok(reached.has(expected), `no generated request answered ${expected}: ${[...reached]}`);
  }
  assert.deepEqual(await snapshot(), before);
});

test('200 generated hostile block, unblock and batchFollow inputs: refused without a server error, graph unchanged', async () => {
  const random = seededRandom(0xb10c);
  const before = await snapshot();
  const requests = [];
  for (let i = 0; i < 200; i++) requests.push(await hostileRequest(random, BLOCK_NAMES));
  const reached = await sendRefused(requests);
  for (const expected of ['INVALID_ADDRESS', 'INVALID_MESSAGE', 'HTTP 400']) {
    assert.ok(reached.has(expected), `no generated request answered ${expected}: ${[...reached]}`);
  }
  assert.deepEqual(await snapshot(), before);
});

/** Sends the requests, asserts that each was refused without a server error, and answers the statuses reached. */
async function sendRefused(requests) {
  const answers = await runBounded(requests.map(({ name, variables }) => () => postGraphQL(endpoint, MUTATIONS[name], variables)), 8);
  const reached = new Set();
  for (const [index, answer] of answers.entries()) {
    assertRefused(answer, `request ${index} (${requests[index].name})`);
    reached.add(answer.json?.data ? Object.values(answer.json.data)[0].status : `HTTP ${answer.status}`);
  }
  return reached;
}

test('signed messages naming hostile handles reach the graph checks and are refused', async () => {
  const before = await snapshot();
  const hostileHandles = ['', '\u0000', `${handles[0]}\u0000`, handles[0].toUpperCase(), ` ${handles[0]}`, 'x'.repeat(3900), '\ud800', "'; DROP TABLE follows; --", '%', '_', '*'];
  let ts = Date.now();
  for (const handle of hostileHandles) {
    for (const op of ['follow', 'unfollow']) {
      const message = pairMessage(op, follower.address, handle, ++ts);
      const input = { address: follower.address, handle, message, signature: await signWithKey(follower.key, message), signingKey: follower.key.spki };
      assertRefused(await postGraphQL(endpoint, MUTATIONS[op], { input }), `${op} ${JSON.stringify(handle.slice(0, 20))}`);
    }
    const batch = JSON.stringify({ op: 'batchUnfollow', address: follower.address, handles: [handle], ts: ++ts });
    const input = { address: follower.address, handles: [handle], message: batch, signature: await signWithKey(follower.key, batch), signingKey: follower.key.spki };
    assertRefused(await postGraphQL(endpoint, MUTATIONS.batchUnfollow, { input }), `batch ${JSON.stringify(handle.slice(0, 20))}`);
    const claim = pairMessage('createProfile', follower.address, handle, ++ts);
    const create = { address: follower.address, handle, message: claim, signature: await walletSignature(claim) };
    assertRefused(await postGraphQL(endpoint, MUTATIONS.createProfile, { input: create }), `create ${JSON.stringify(handle.slice(0, 20))}`);
  }
  assert.deepEqual(await snapshot(), before);
});

test('raw bodies: binary garbage, invalid UTF-8, null bytes, truncated and oversized JSON', async () => {
  const random = seededRandom(42);
  const before = await snapshot();
  const document = MUTATIONS.follow;
  const valid = Buffer.from(JSON.stringify({ query: document, variables: { input: await follower.pairInput('follow', handles[1]) } }));
  const messageAt = valid.indexOf('"message":"') + 11;
  const bodies = [
    ...Array.from({ length: 20 }, () => random.bytes(1 + random.int(2000))),
    Buffer.concat([valid.subarray(0, messageAt), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), valid.subarray(messageAt)]),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"query":"mutation { follow(input: {}) { status } }"}')]),
    Buffer.from(`{"query":${JSON.stringify(document)},"variables":{"input":"\u0000"}}`),
    Buffer.from(`{"query":"mutation { unfollow(input: {address: \\"\\u0000\\", handle: \\"\\u0000\\", message: \\"\\u0000\\", signature: \\"\\u0000\\", signingKey: \\"\\u0000\\"}) { status } }"}`),
    valid.subarray(0, valid.length - 5),
    valid.subarray(0, messageAt + 3),
    Buffer.from(`{"query":${JSON.stringify(document)},"variables":${'['.repeat(100_000)}}`),
    Buffer.from(`{"query":${JSON.stringify(document)},"variables":{"input":{"address":"${'a'.repeat(200_000)}"}}}`),
    Buffer.from(`{"query":${JSON.stringify(document)},"variables":{"input":{"handle":1e999999}}}`),
    Buffer.alloc(0),
    Buffer.alloc(5000, 0),
  ];
  for (const [index, body] of bodies.entries()) {
    for (const contentType of ['application/json', 'application/octet-stream']) {
      assertRefused(await postRaw(endpoint, body, contentType), `body ${index} as ${contentType}`);
    }
  }
  assert.deepEqual(await snapshot(), before);
});
