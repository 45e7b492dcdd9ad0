// Subscribers of followEvents on instances 2 and 3 hear of the follows accepted through instance 1, once each,
// and of operations accepted through every instance, in the order of the log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { seededRandom } from '../e2e/random.mjs';
import { skipWithoutPostgres, clusterForTests, testSeed } from './cluster.mjs';
import { newFollower, newOwner } from './actors.mjs';
import { assertNone, readLog, settle, waitUntil } from './checks.mjs';

const EVENT_WAIT_MS = 5_000;
const QUIET_MS = 500;

const cluster = clusterForTests();

/** A graphql-ws client subscribed to a profile's followEvents; `events` fills as they arrive. */
function subscribe(instance, handle) {
  const client = createClient({ url: instance.webSocketEndpoint, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  const subscriber = { instance, events: [], errors: [], client };
  subscriber.stop = client.subscribe({
    query: `subscription ($handle: String!) {
      followEvents(filter: { handle: $handle }) { kind address handle followerCount followingCount position acceptedAt } }`,
    variables: { handle },
  }, {
    next: (result) => (result.data ? subscriber.events.push(result.data.followEvents) : subscriber.errors.push(result.errors)),
    error: (error) => subscriber.errors.push(error instanceof Error ? error.message : JSON.stringify(error)),
    complete: () => subscriber.errors.push('the subscription completed'),
  });
  return subscriber;
}

/** Follows or unfollows (whichever changes the pair) until `ready()`: a subscription starts a moment after it is sent. */
async function untilReady(pair, endpoint, ready) {
  for (let attempt = 0; attempt < 20; attempt++) {
    pair.following = !pair.following;
    const op = pair.following ? 'follow' : 'unfollow';
    const answer = await settle(endpoint, op, await pair.client.pairInput(op, pair.handle));
    assert.equal(answer.status, 'SUCCESS', 'a warm-up write was accepted');
    if (await waitUntil(ready, 300)) return;
  }
  assert.fail(`a subscription never received an event of its own instance (subscription errors: ${JSON.stringify(pair.errors?.() ?? [])})`);
}

const positionOf = async (db, content) =>
  (await db.query('SELECT position FROM operations WHERE content = $1', [content])).rows.map((row) => row.position);

test('followEvents subscribers on every instance receive each accepted follow once, in log order',
  { skip: skipWithoutPostgres, timeout: 60_000 }, async (t) => {
    const random = seededRandom(testSeed(t, 'subscriptions'));
    const [one, two, three] = cluster.instances;
    const handle = 'watched';
    await newOwner(one.endpoint, [handle]);
    const warmUp = await newFollower(one.endpoint);
    const followers = [];
    for (let i = 0; i < 3; i++) followers.push(await newFollower(one.endpoint));

    const subscribers = [subscribe(two, handle), subscribe(three, handle)];
    const db = await cluster.db();
    try {
      // Each subscription is running once it has an event accepted through its own instance.
      const warmUpPair = { client: warmUp, handle, following: false };
      for (const subscriber of subscribers) {
        warmUpPair.errors = () => subscriber.errors.map(String);
        await untilReady(warmUpPair, subscriber.instance.endpoint, () => subscriber.events.length > 0);
      }

      // One follow through instance 1: each subscriber on 2 and 3 has it once.
      const input = await followers[0].pairInput('follow', handle);
      assert.equal((await settle(one.endpoint, 'follow', input)).status, 'SUCCESS');
      const [position] = await positionOf(db, input.message);
      assert.ok(position, 'the follow is in the log');
      await t.test('a follow through instance 1 reaches the subscribers on instances 2 and 3 exactly once', async () => {
        await waitUntil(() => subscribers.every((s) => s.events.some((e) => e.position === position)), EVENT_WAIT_MS);
        await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
        for (const subscriber of subscribers) {
          const received = subscriber.events.filter((event) => event.position === position);
          assert.equal(received.length, 1,
            `the subscriber on instance ${subscriber.instance.name} received the event ${received.length} times`);
          assert.deepEqual({ kind: received[0].kind, address: received[0].address, handle: received[0].handle },
            { kind: 'FOLLOW', address: followers[0].address, handle });
        }
      });

      // Rounds of three writes at once, one per follower, each through another instance.
      const state = [true, false, false];
      for (let round = 0; round < 4; round++) {
        const offset = random.int(3);
        await Promise.all(followers.map(async (follower, i) => {
          state[i] = !state[i];
          const op = state[i] ? 'follow' : 'unfollow';
          const instance = cluster.instances[(i + offset) % 3];
          const answer = await settle(instance.endpoint, op, await follower.pairInput(op, handle));
          assert.equal(answer.status, 'SUCCESS', `${op} through instance ${instance.name}`);
        }));
      }

      const log = (await readLog(db)).filter((op) => (op.kind === 'follow' || op.kind === 'unfollow') && op.handles[0] === handle);
      const last = log.at(-1).position;
      await waitUntil(() => subscribers.every((s) => s.events.some((e) => e.position >= last)), EVENT_WAIT_MS);
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));

      for (const subscriber of subscribers) {
        await t.test(`the subscriber on instance ${subscriber.instance.name} has every operation since it started, once, in log order`, () => {
          assertNone(subscriber.errors.map(String), 'subscription errors');
          const first = subscriber.events[0].position;
          const expected = log.filter((op) => op.position >= first)
            .map((op) => `${op.position} ${op.kind.toUpperCase()} ${op.address}`);
          const received = subscriber.events.map((event) => `${event.position} ${event.kind} ${event.address.toLowerCase()}`);
          assert.ok(first <= position, 'the subscription was running before the follow through instance 1');
          assert.deepEqual(received, expected);
        });
      }
    } finally {
      await db.end();
      for (const subscriber of subscribers) {
        subscriber.stop();
        await subscriber.client.dispose();
      }
    }
  });
