// The rate limit is the address's, not an instance's: 10 signed writes an hour, whichever instances they reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { skipWithoutPostgres, clusterForTests, testSeed } from './cluster.mjs';
import { newFollower, newOwner } from './actors.mjs';
import { assertNone, checkStoredGraph, mutationBody, readLog, sendSettled } from './checks.mjs';
import { runBounded } from '../e2e/clients.mjs';
import { seededRandom } from '../e2e/random.mjs';

const PERMITS = 10;
const FOLLOWS = 30;

const cluster = clusterForTests({ settings: [`--Follows:RateLimitPermits=${PERMITS}`, '--Follows:RateLimitWindow=01:00:00'] });

test(`one address sending ${FOLLOWS} follows round-robin over three instances gets at most ${PERMITS} accepted`,
  { skip: skipWithoutPostgres, timeout: 60_000 }, async (t) => {
    const random = seededRandom(testSeed(t, 'rate-limit'));
    const instances = cluster.instances;
    // Six owners of five profiles each: within their own limit.
    const handles = Array.from({ length: FOLLOWS }, (_, i) => `rl_${i}`);
    for (let i = 0; i < handles.length; i += 5) await newOwner(instances[0].endpoint, handles.slice(i, i + 5));
    const wallet = await newFollower(instances[0].endpoint);

    const requests = [];
    for (const [i, handle] of random.shuffle(handles).entries()) {
      requests.push({ instance: instances[i % instances.length], body: mutationBody('follow', await wallet.pairInput('follow', handle)) });
    }
    const answers = await runBounded(requests.map(({ instance, body }) => () => sendSettled(instance.endpoint, 'follow', body)), 3);

    const statuses = answers.map((answer) => answer.status ?? 'error');
    const tally = {};
    statuses.forEach((status, i) => {
      const key = `instance ${requests[i].instance.name} ${status}`;
      tally[key] = (tally[key] ?? 0) + 1;
    });
    t.diagnostic(`answers: ${JSON.stringify(tally)}`);
    const accepted = statuses.filter((status) => status === 'SUCCESS').length;

    await t.test(`at most ${PERMITS} SUCCESS, and some`, () => {
      assert.ok(accepted >= 1, 'no follow was accepted at all');
      assert.ok(accepted <= PERMITS, `${accepted} follows were accepted: ${JSON.stringify(tally)}`);
    });
    await t.test('every other follow is RATE_LIMITED', () => {
      assertNone(answers.filter((answer) => answer.status !== 'SUCCESS' && answer.status !== 'RATE_LIMITED')
        .map((answer) => answer.status ?? answer.error), 'other answers');
    });

    const db = await cluster.db();
    try {
      await t.test(`the log and the counts hold at most ${PERMITS} follows of the address`, async () => {
        const address = wallet.address.toLowerCase();
        const follows = (await readLog(db)).filter((op) => op.kind === 'follow' && op.address === address);
        assert.ok(follows.length <= PERMITS, `the log has ${follows.length} follows of the address`);
        assert.equal(follows.length, accepted, 'the log has the accepted follows');
        const { rows } = await db.query('SELECT following_count FROM addresses WHERE address = $1', [address]);
        assert.ok((rows[0]?.following_count ?? 0) <= PERMITS, `following_count is ${rows[0]?.following_count}`);
      });
      await checkStoredGraph(t, db, instances[1].endpoint);
    } finally {
      await db.end();
    }
  });
