// A follow accepted through instance 1, sent again byte for byte through instances 2 and 3 (a client retrying
// after a lost answer, routed elsewhere by a load balancer): SUCCESS each time, and one operation in the log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { skipWithoutPostgres, clusterForTests, testSeed } from './cluster.mjs';
import { newFollower, newOwner } from './actors.mjs';
import { checkStoredGraph, mutationBody, readLog, send, sendSettled } from './checks.mjs';
import { seededRandom } from '../e2e/random.mjs';

const cluster = clusterForTests();

test('the byte-identical retry of an accepted follow through another instance answers SUCCESS and changes nothing',
  { skip: skipWithoutPostgres, timeout: 60_000 }, async (t) => {
    const random = seededRandom(testSeed(t, 'identical-retry'));
    const [one, two, three] = cluster.instances;
    const handles = ['retry_a', 'retry_b', 'retry_c'];
    await newOwner(one.endpoint, handles);
    const wallet = await newFollower(one.endpoint);
    // Each instance has written before, so that none answers from a first look at an empty database.
    await send(two.endpoint, 'follow', mutationBody('follow', await wallet.pairInput('follow', 'retry_b')));
    await send(three.endpoint, 'follow', mutationBody('follow', await wallet.pairInput('follow', 'retry_c')));

    const handle = 'retry_a';
    const body = mutationBody('follow', await wallet.pairInput('follow', handle, Date.now() + random.int(1000)));
    // The original, sent again by the client as long as its request fails: the test is about what comes after.
    const original = await sendSettled(one.endpoint, 'follow', body);
    assert.equal(original.status, 'SUCCESS', `the follow through instance 1: ${original.status ?? original.error}`);

    const retries = [];
    for (const instance of [two, three, two]) {
      retries.push({ instance, answer: await send(instance.endpoint, 'follow', body) });
    }
    for (const { instance, answer } of retries) {
      assert.equal(answer.status, 'SUCCESS', `the retry through instance ${instance.name}: ${answer.status ?? answer.error}`);
    }

    const db = await cluster.db();
    try {
      const { message } = JSON.parse(body).variables.input;
      const log = await readLog(db);
      assert.equal(log.filter((op) => op.content === message).length, 1, 'the follow is in the log once');
      assert.equal(log.filter((op) => op.kind === 'follow' && op.handles[0] === handle).length, 1, 'the pair has one follow in the log');
      const { rows } = await db.query('SELECT follower_count FROM profiles WHERE handle = $1', [handle]);
      assert.equal(rows[0].follower_count, 1, 'the profile has one follower');
      await checkStoredGraph(t, db, two.endpoint);
    } finally {
      await db.end();
    }
  });
