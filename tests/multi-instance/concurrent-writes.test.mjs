// Hundreds of follows and unfollows on a few shared (address, handle) pairs, with colliding ts and identical
// retries, each sent to a random one of three instances writing one PostgreSQL database: whatever the instances
// answered, the log must be one gapless verified chain, and the counts and edges a replay of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../e2e/random.mjs';
import { skipWithoutPostgres, clusterForTests, testSeed } from './cluster.mjs';
import { newFollower, newOwner } from './actors.mjs';
import {
  assertAcknowledgedOnce, assertNone, checkStoredGraph, logOccurrences, mutationBody, send,
} from './checks.mjs';
import { runBounded } from '../e2e/clients.mjs';

const FOLLOWERS = 4;
const PROFILES = 2;
const REQUESTS = 360;
const NEAR_RETRIES = 60;
const LATE_RETRIES = 20;
const IN_FLIGHT = 32;
const PAIR_STATUSES = new Set(['SUCCESS', 'MESSAGE_EXPIRED', 'ALREADY_DONE']);

const cluster = clusterForTests();

/**
 * The requests of the run in the order they are sent. Each pair's messages are made in ts order, a ts often equal to
 * the pair's previous one (a collision: at most one of the two can be accepted); mostly they alternate follow and
 * unfollow, sometimes they repeat. They are sent nearly in the order made (a client's order, jittered), with
 * identical retries shortly after their original or at the very end, each to a random instance.
 */
async function planRequests(random, followers, handles, instanceCount) {
  const pairs = followers.flatMap((follower) => handles.map((handle) => ({ follower, handle, ts: Date.now(), op: 'unfollow' })));
  const originals = [];
  for (let i = 0; i < REQUESTS; i++) {
    const pair = random.pick(pairs);
    // A ts equal to the pair's previous one is a collision; it always changes the op (the same op would be the
    // same message), so a ts serves at most one follow and one unfollow of a pair.
    const step = pair.collided ? 1 + random.int(2) : random.int(3);
    pair.collided = step === 0;
    pair.ts += step;
    if (step === 0 || random.next() < 0.7) pair.op = pair.op === 'follow' ? 'unfollow' : 'follow';
    const input = await pair.follower.pairInput(pair.op, pair.handle, pair.ts);
    originals.push({ name: pair.op, input, body: mutationBody(pair.op, input), order: i + random.next() * 8 });
  }
  assert.equal(new Set(originals.map((request) => request.input.message)).size, originals.length, 'every message is distinct');
  const retries = [];
  for (let i = 0; i < NEAR_RETRIES + LATE_RETRIES; i++) {
    const index = random.int(originals.length);
    const order = i < NEAR_RETRIES ? index + 1 + random.next() * 30 : REQUESTS + 10 + random.next();
    retries.push({ ...originals[index], order, retry: true });
  }
  return [...originals, ...retries]
    .sort((a, b) => a.order - b.order)
    .map((request) => ({ ...request, instance: random.int(instanceCount) }));
}

test('conflicting follows and unfollows through three instances leave one consistent, gapless, verified log',
  { skip: skipWithoutPostgres, timeout: 90_000 }, async (t) => {
    const random = seededRandom(testSeed(t, 'concurrent-writes'));
    const instances = cluster.instances;
    // The profiles and keys come first, through one instance; the run then writes through all three.
    const setup = instances[0].endpoint;
    const handles = Array.from({ length: PROFILES }, (_, i) => `shared_${i}`);
    for (const handle of handles) await newOwner(setup, [handle]);
    const followers = [];
    for (let i = 0; i < FOLLOWERS; i++) followers.push(await newFollower(setup));
    const requests = await planRequests(random, followers, handles, instances.length);

    const started = Date.now();
    const answers = await runBounded(requests.map((request) => () =>
      send(instances[request.instance].endpoint, request.name, request.body)), IN_FLIGHT);

    const tally = {};
    answers.forEach((answer, i) => {
      const key = `instance ${requests[i].instance + 1} ${answer.status ?? 'error'}`;
      tally[key] = (tally[key] ?? 0) + 1;
    });
    t.diagnostic(`${requests.length} requests in ${Date.now() - started} ms; answers: ${JSON.stringify(tally)}`);

    await t.test('every request is answered with a status', () => {
      const errors = answers.flatMap((answer, i) => (answer.error ? [`instance ${requests[i].instance + 1}: ${answer.error}`] : []));
      assertNone(errors, `requests (of ${answers.length}) that failed instead of answering a status`);
    });
    await t.test('a valid signed follow or unfollow answers SUCCESS, MESSAGE_EXPIRED or ALREADY_DONE', () => {
      const unexpected = answers.filter((answer) => !answer.error && !PAIR_STATUSES.has(answer.status));
      assertNone(unexpected.map((answer) => answer.status), 'other answers');
    });

    // Every distinct message answered SUCCESS at least once; a retry carries the same content and signature.
    const acknowledged = new Map();
    answers.forEach((answer, i) => {
      if (answer.status !== 'SUCCESS') return;
      const { message: content, signature } = requests[i].input;
      acknowledged.set(`${content}\n${signature}`, { content, signature });
    });
    const originals = requests.filter((request) => !request.retry).length;
    t.diagnostic(`${acknowledged.size} of ${originals} distinct messages answered SUCCESS`);
    await t.test('enough messages were accepted for the run to prove something', () => {
      assert.ok(acknowledged.size >= Math.max(30, originals / 10),
        `only ${acknowledged.size} of ${originals} distinct messages were accepted`);
    });

    const db = await cluster.db();
    try {
      const log = await checkStoredGraph(t, db, instances[random.int(instances.length)].endpoint);
      const pairOps = log.filter((op) => op.kind === 'follow' || op.kind === 'unfollow');

      await t.test('every message answered SUCCESS is in the log exactly once', () =>
        assertAcknowledgedOnce(log, [...acknowledged.values()]));

      await t.test('every follow and unfollow of the log was answered SUCCESS to some sender', () => {
        const unanswered = pairOps.filter((op) => !acknowledged.has(`${op.content}\n${op.signature}`));
        assertNone(unanswered.map((op) => `${op.position}: ${op.content}`),
          'operations committed while every sender of them was told otherwise');
      });

      await t.test("each pair's accepted ts strictly increase along the log", () => {
        const last = new Map();
        const wrong = [];
        for (const op of pairOps) {
          const key = `${op.address}|${op.handles[0]}`;
          if (last.has(key) && op.ts <= last.get(key)) {
            wrong.push(`position ${op.position}: ts ${op.ts} after ${last.get(key)} on ${key}`);
          }
          last.set(key, op.ts);
        }
        assertNone(wrong, "operations accepted with a ts not newer than their pair's");
      });

      await t.test('no message is in the log twice', () => {
        const twice = [...logOccurrences(log)].filter(([, times]) => times > 1).map(([key]) => key.split('\n')[0]);
        assertNone(twice, 'messages appended more than once');
      });
    } finally {
      await db.end();
    }
  });
