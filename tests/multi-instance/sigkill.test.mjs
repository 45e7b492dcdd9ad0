// Instance 2 is killed with SIGKILL in the middle of a load of follows spread over three instances: the other two
// keep accepting, and no follow any instance acknowledged is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../e2e/random.mjs';
import { skipWithoutPostgres, clusterForTests, testSeed } from './cluster.mjs';
import { newFollower, newOwner } from './actors.mjs';
import { assertAcknowledgedOnce, assertNone, checkStoredGraph, mutationBody, readLog, send } from './checks.mjs';
import { runBounded } from '../e2e/clients.mjs';

const PROFILES = 40;
const FOLLOWERS = 50;
const IN_FLIGHT = 12;
const KILL_AT_MS = 2_000;
const AFTER_KILL_MS = 2_000;
const MIN_ACCEPTED_AFTER_KILL = 5;
const MAX_LOAD_MS = 20_000;

const cluster = clusterForTests();

test('a SIGKILL of one instance under load loses no acknowledged follow, and the others keep accepting',
  { skip: skipWithoutPostgres, timeout: 90_000 }, async (t) => {
    const random = seededRandom(testSeed(t, 'sigkill'));
    const instances = cluster.instances;
    const victim = instances[1];
    const handles = Array.from({ length: PROFILES }, (_, i) => `load_${i}`);
    const setup = instances[0].endpoint;
    await Promise.all(Array.from({ length: PROFILES / 5 }, (_, i) => newOwner(setup, handles.slice(i * 5, i * 5 + 5))));
    const followers = await runBounded(Array.from({ length: FOLLOWERS }, () => () => newFollower(setup)), 10);
    // Every (follower, profile) pair is followed once: each request is valid and distinct, in a seeded order.
    const pairs = random.shuffle(followers.flatMap((follower) => handles.map((handle) => ({ follower, handle }))));

    const sent = [];
    const follow = async (instance, afterKill) => {
      const { follower, handle } = pairs.pop();
      const input = await follower.pairInput('follow', handle);
      const request = { instance, input, afterKill };
      sent.push(request);
      request.answer = await send(instance.endpoint, 'follow', mutationBody('follow', input), 15_000);
      return request;
    };
    // Two follows through each instance first, so that none is still warming up when the load starts.
    for (const instance of instances) {
      for (let i = 0; i < 2; i++) await follow(instance, false);
    }

    let killedAt = null;
    const started = Date.now();
    const killer = new Promise((resolve) => setTimeout(resolve, KILL_AT_MS)).then(async () => {
      killedAt = Date.now();
      await victim.kill('SIGKILL');
      t.diagnostic(`instance 2 killed after ${killedAt - started} ms, ${sent.length} requests sent`);
    });
    const survivors = instances.filter((instance) => instance !== victim);
    const acceptedAfterKill = (instance) =>
      sent.filter((r) => r.afterKill && r.instance === instance && r.answer?.status === 'SUCCESS').length;
    // The load goes on for a while after the kill, and until each survivor has accepted a few (or time is up).
    const done = () => pairs.length === 0 || Date.now() - started > MAX_LOAD_MS || (killedAt !== null
      && Date.now() - killedAt >= AFTER_KILL_MS && survivors.every((i) => acceptedAfterKill(i) >= MIN_ACCEPTED_AFTER_KILL));
    const worker = async () => {
      while (!done()) {
        // A load balancer sends no more to an instance that is gone.
        const choices = killedAt ? survivors : instances;
        await follow(choices[random.int(choices.length)], killedAt !== null);
      }
    };
    await Promise.all([killer, ...Array.from({ length: IN_FLIGHT }, worker)]);
    assert.ok(sent.some((r) => r.afterKill), 'the load went on after the kill');

    const tally = {};
    for (const request of sent) {
      const key = `instance ${request.instance.name} ${request.afterKill ? 'after' : 'before'} ${request.answer.status ?? 'error'}`;
      tally[key] = (tally[key] ?? 0) + 1;
    }
    t.diagnostic(`${sent.length} follows in ${Date.now() - started} ms: ${JSON.stringify(tally)}`);

    await t.test('instance 2 is gone', () => assert.equal(victim.running(), false));
    await t.test('instances 1 and 3 each accepted follows after the kill', () => {
      for (const instance of survivors) {
        const accepted = acceptedAfterKill(instance);
        assert.ok(accepted >= MIN_ACCEPTED_AFTER_KILL,
          `instance ${instance.name} accepted ${accepted} follows in the ${MAX_LOAD_MS - KILL_AT_MS} ms after the kill`);
      }
    });
    await t.test('instances 1 and 3 answered SUCCESS to every follow, before and after the kill', () => {
      assertNone(sent.filter((r) => r.instance !== victim && r.answer.status !== 'SUCCESS')
        .map((r) => `instance ${r.instance.name}${r.afterKill ? ' after the kill' : ''}: ${r.answer.status ?? r.answer.error}`),
      'follows answered otherwise');
    });

    const db = await cluster.db();
    try {
      const log = await readLog(db);
      const acknowledged = sent.filter((r) => r.answer.status === 'SUCCESS')
        .map((r) => ({ content: r.input.message, signature: r.input.signature, address: r.input.address, handle: r.input.handle }));
      t.diagnostic(`${acknowledged.length} follows acknowledged, ${log.length} operations in the log`);
      await t.test('every acknowledged follow is in the log exactly once', () => assertAcknowledgedOnce(log, acknowledged));
      await t.test('every acknowledged follow is an edge of the follows table', async () => {
        const { rows } = await db.query('SELECT address, handle FROM follows WHERE follow_operation IS NOT NULL');
        const edges = new Set(rows.map((row) => `${row.address}|${row.handle}`));
        assertNone(acknowledged.filter((a) => !edges.has(`${a.address.toLowerCase()}|${a.handle}`))
          .map((a) => `${a.address} -> ${a.handle}`), 'acknowledged follows missing from the follows table');
      });
      await checkStoredGraph(t, db, instances[2].endpoint);
    } finally {
      await db.end();
    }
  });
