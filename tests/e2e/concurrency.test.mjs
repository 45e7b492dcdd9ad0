// Many clients at once on the same (address, handle) pairs: whatever order the server sees them in, the counts,
// the lists and the operation log must agree with each other afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../server/server.mjs';
import {
  addressFollowings, allOperations, clientWithProfiles, mutate, profileFollowers, runBounded, uniqueHandle,
} from './clients.mjs';
import { seededRandom } from './random.mjs';
import { verifyOperations } from './verify-operations.mjs';

const FOLLOWERS = 8;
const PROFILES = 4;
const OPERATIONS_PER_PAIR = 10;
const BATCHES_PER_FOLLOWER = 2;
const IN_FLIGHT = 32;

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

/** Every request of the run, each with a ts newer than the previous one of its wallet, in a seeded random order. */
async function planRequests(followers, handles, random) {
  const requests = [];
  for (const follower of followers) {
    let ts = Date.now();
    const next = () => (ts += 1 + random.int(3));
    for (const handle of handles) {
      for (let i = 0; i < OPERATIONS_PER_PAIR; i++) {
        const op = random.next() < 0.6 ? 'follow' : 'unfollow';
        requests.push({ name: op, input: await follower.pairInput(op, handle, next()) });
      }
    }
    for (let i = 0; i < BATCHES_PER_FOLLOWER; i++) {
      requests.push({ name: 'batchUnfollow', input: await follower.batchUnfollowInput(random.shuffle(handles), next()) });
    }
  }
  // Some identical retries, sent alongside their originals.
  const retries = Array.from({ length: 40 }, () => random.pick(requests.filter((r) => r.name !== 'batchUnfollow')));
  return random.shuffle([...requests, ...retries]);
}

test(`${FOLLOWERS} wallets x ${PROFILES} profiles, ${IN_FLIGHT} requests in flight: counts, lists and log agree`, async () => {
  const random = seededRandom(20260401);
  const endpoint = server.endpoint;
  const handles = Array.from({ length: PROFILES }, () => uniqueHandle('cc'));
  await Promise.all(handles.map((handle) => clientWithProfiles(endpoint, [handle])));
  const followers = await Promise.all(Array.from({ length: FOLLOWERS }, () => clientWithProfiles(endpoint)));
  const requests = await planRequests(followers, handles, random);
  assert.ok(requests.length >= 300);

  const answers = await runBounded(requests.map((request) => () => mutate(endpoint, request.name, request.input)), IN_FLIGHT);

  const pairStatuses = new Set(['SUCCESS', 'MESSAGE_EXPIRED', 'ALREADY_DONE']);
  for (const [index, answer] of answers.entries()) {
    if (requests[index].name === 'batchUnfollow') {
      assert.equal(answer.status, 'SUCCESS');
      assert.ok(answer.results.every((r) => pairStatuses.has(r.status)), JSON.stringify(answer.results));
    } else {
      assert.ok(pairStatuses.has(answer.status), answer.status);
    }
  }

  // Counts against lists, from both sides.
  const edgesFromProfiles = new Set();
  for (const handle of handles) {
    const profile = await profileFollowers(endpoint, handle, 3);
    assert.equal(profile.followerCount, profile.followers.length, `followerCount of ${handle}`);
    assert.equal(profile.totalCount, profile.followers.length);
    assert.equal(new Set(profile.followers.map((f) => f.address)).size, profile.followers.length, 'a follower listed twice');
    for (const follow of profile.followers) edgesFromProfiles.add(`${follow.address}|${handle}`);
  }
  const edgesFromAddresses = new Set();
  for (const follower of followers) {
    const address = await addressFollowings(endpoint, follower.address, 3);
    assert.equal(address.followingCount, address.followings.length, `followingCount of ${follower.address}`);
    assert.equal(address.totalCount, address.followings.length);
    for (const follow of address.followings) edgesFromAddresses.add(`${follower.address}|${follow.handle}`);
  }
  assert.deepEqual([...edgesFromAddresses].sort(), [...edgesFromProfiles].sort());

  // Each edge is what the last accepted operation of its pair says, and accepted ts grow along the log.
  const operations = await allOperations(endpoint);
  const lastOfPair = new Map();
  for (const op of operations.filter((o) => ['FOLLOW', 'UNFOLLOW', 'BATCH_UNFOLLOW'].includes(o.kind))) {
    for (const handle of op.handles) {
      const pair = `${op.address}|${handle}`;
      const previous = lastOfPair.get(pair);
      assert.ok(!previous || op.ts > previous.ts, `ts of ${pair} did not grow at position ${op.position}`);
      lastOfPair.set(pair, op);
    }
  }
  for (const follower of followers) {
    for (const handle of handles) {
      const pair = `${follower.address}|${handle}`;
      assert.equal(edgesFromProfiles.has(pair), lastOfPair.get(pair)?.kind === 'FOLLOW', pair);
    }
  }

  // Every distinct message answered SUCCESS is in the log exactly once; nothing else is.
  const accepted = new Set();
  for (const [index, answer] of answers.entries()) {
    const { name, input } = requests[index];
    if (name !== 'batchUnfollow' && answer.status === 'SUCCESS') accepted.add(input.message);
    if (name === 'batchUnfollow' && answer.results.some((r) => r.status === 'SUCCESS')) {
      const logged = operations.find((op) => op.content === input.message);
      assert.deepEqual(logged?.handles.slice().sort(), answer.results.filter((r) => r.status === 'SUCCESS').map((r) => r.handle).sort());
    }
  }
  const logged = operations.filter((op) => op.kind === 'FOLLOW' || op.kind === 'UNFOLLOW').map((op) => op.content);
  assert.equal(logged.length, new Set(logged).size);
  assert.deepEqual(logged.sort(), [...accepted].sort());

  // An independent verifier rebuilds the same graph from the log.
  const verified = await verifyOperations(operations);
  assert.deepEqual(verified.problems, []);
  assert.deepEqual([...verified.follows].sort(), [...edgesFromProfiles].sort());
});

test('the same signed follow sent several times at once is SUCCESS every time and one operation', async () => {
  const endpoint = server.endpoint;
  const handles = Array.from({ length: 5 }, () => uniqueHandle('dup'));
  await clientWithProfiles(endpoint, handles);
  const followers = await Promise.all(Array.from({ length: 4 }, () => clientWithProfiles(endpoint)));
  const inputs = [];
  for (const follower of followers) {
    for (const handle of handles) inputs.push(await follower.pairInput('follow', handle));
  }
  const sends = inputs.flatMap((input) => Array.from({ length: 3 }, () => () => mutate(endpoint, 'follow', input)));
  const answers = await runBounded(seededRandom(7).shuffle(sends), IN_FLIGHT);
  assert.deepEqual(new Set(answers.map((a) => a.status)), new Set(['SUCCESS']));
  const messages = new Set(inputs.map((input) => input.message));
  const logged = (await allOperations(endpoint)).filter((op) => messages.has(op.content));
  assert.equal(logged.length, inputs.length);
  for (const handle of handles) {
    const profile = await profileFollowers(endpoint, handle);
    assert.equal(profile.followerCount, followers.length);
  }
});
