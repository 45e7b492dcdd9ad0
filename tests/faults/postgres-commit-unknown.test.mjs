// A write whose commit outcome the server cannot know: PostgreSQL is made to wait after writing the commit (a
// synchronous standby that does not exist), so the server's COMMIT times out and its connection is dropped while
// the transaction is committed locally. The caller hears 503; the identical retry answers SUCCESS and the log
// holds the write once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startInstance, types } from '../multi-instance/cluster.mjs';
import { newFollower, newOwner } from '../multi-instance/actors.mjs';
import { logOccurrences, mutationBody, readLog, waitUntil } from '../multi-instance/checks.mjs';
import { BUDGET_MS, codeOf, describe, mutationStatus, post, retryIdentically } from './load.mjs';
import { startPostgres, skipWithoutOwnPostgres } from './postgres-server.mjs';

test('a follow answered 503 whose commit went through is SUCCESS when retried, and logged once',
  { skip: skipWithoutOwnPostgres, timeout: 120_000 }, async () => {
    const postgres = startPostgres();
    const db = new pg.Client({ ...postgres.pg, types });
    let server;
    try {
      await db.connect();
      server = await startInstance('commit-unknown', [
        '--Storage:Provider=PostgreSql', `--ConnectionStrings:Follows=${postgres.connectionString}`]);
      const { endpoint } = server;
      await newOwner(endpoint, ['unknown_a', 'unknown_b']);
      const follower = await newFollower(endpoint);
      const first = await post(endpoint, mutationBody('follow', await follower.pairInput('follow', 'unknown_a')));
      assert.equal(mutationStatus(first, 'follow'), 'SUCCESS', describe(first));

      // From now on every commit waits for a standby that never comes: committed locally, never acknowledged.
      await db.query("ALTER SYSTEM SET synchronous_standby_names = 'nobody'");
      await db.query('SELECT pg_reload_conf()');
      // The reload reaches the other backends by signal, a moment after pg_reload_conf returns: the server's
      // writer connection must have it before the follow is sent.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const input = await follower.pairInput('follow', 'unknown_b');
      const body = mutationBody('follow', input);
      const answer = await post(endpoint, body);
      assert.equal(answer.status, 503, describe(answer));
      assert.equal(codeOf(answer), 'SERVICE_UNAVAILABLE');
      assert.ok(answer.ms < BUDGET_MS, `answered in ${answer.ms} ms`);

      await db.query('ALTER SYSTEM RESET synchronous_standby_names');
      await db.query('SELECT pg_reload_conf()');
      const key = `${input.message}\n${input.signature}`;
      assert.ok(await waitUntil(async () => logOccurrences(await readLog(db)).has(key), 15_000, 200),
        'the follow answered 503 was committed all the same (its outcome was unknown to the server)');

      const retry = await retryIdentically(endpoint, body);
      assert.equal(mutationStatus(retry, 'follow'), 'SUCCESS', describe(retry));
      assert.equal(logOccurrences(await readLog(db)).get(key), 1, 'the follow is in the log once');
    } finally {
      await server?.stop();
      await db.end().catch(() => {});
      postgres.remove();
    }
  });
