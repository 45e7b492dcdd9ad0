// One scenario for both ways PostgreSQL fails under load (stopped, or frozen with SIGSTOP): a server process on a
// PostgreSQL of the test's own, a load of follows and reads, the outage, the repair, and the checks the issue asks
// for, each a subtest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startInstance, types } from '../multi-instance/cluster.mjs';
import { newFollower, newOwner } from '../multi-instance/actors.mjs';
import { assertAcknowledgedOnce, assertNone, checkStoredGraph, logOccurrences, readLog, waitUntil } from '../multi-instance/checks.mjs';
import { runBounded } from '../e2e/clients.mjs';
import { startPostgres, skipWithoutOwnPostgres } from './postgres-server.mjs';
import { BUDGET_MS, codeOf, describe, mutationStatus, pause, readSucceeded, retryIdentically, startLoad } from './load.mjs';

const PROFILES = 20;
const FOLLOWERS = 30;
const LOAD_BEFORE_MS = 2_000;
const WRITES_AFTER_RECOVERY = 10;
const RECOVERY_MS = 30_000;
/** Storage:HealthCheckTimeout's default; a probe may take this long and a little more. */
const HEALTH_TIMEOUT_MS = 2_000;
const PROBE_SLACK_MS = 1_500;

const isRefusal = (answer) => answer.status === 503 && codeOf(answer) === 'SERVICE_UNAVAILABLE';

/**
 * Defines the test: `breakDatabase(postgres)` starts the outage, which lasts `outageMs`, then
 * `repairDatabase(postgres)` ends it.
 */
export function postgresOutageTest(name, { breakDatabase, repairDatabase, outageMs }) {
  test(name, { skip: skipWithoutOwnPostgres, timeout: 180_000 }, async (t) => {
    const postgres = startPostgres();
    let server;
    let load;
    try {
      server = await startInstance('faults', [
        '--Storage:Provider=PostgreSql',
        `--ConnectionStrings:Follows=${postgres.connectionString}`,
        '--Follows:RateLimitPermits=0',
      ]);
      const { endpoint, url } = server;
      const handles = Array.from({ length: PROFILES }, (_, i) => `outage_${i}`);
      await Promise.all(Array.from({ length: PROFILES / 5 }, (_, i) => newOwner(endpoint, handles.slice(i * 5, i * 5 + 5))));
      const followers = await runBounded(Array.from({ length: FOLLOWERS }, () => () => newFollower(endpoint)), 8);

      load = startLoad({ endpoint, url, followers, handles });
      await pause(LOAD_BEFORE_MS);
      load.enter('outage');
      await breakDatabase(postgres);
      await pause(outageMs);
      await repairDatabase(postgres);
      load.enter('recovered');
      const recovered = (record) => record.probes.some((p) => p.phase === 'recovered' && p.status === 200)
        && record.writes.filter((w) => w.phase === 'recovered' && mutationStatus(w.answer, 'follow') === 'SUCCESS').length
          >= WRITES_AFTER_RECOVERY;
      await waitUntil(() => recovered(load.record), RECOVERY_MS, 100);
      const record = await load.stop();
      const requests = [...record.writes, ...record.reads];
      const succeeded = (r) => (r.input ? mutationStatus(r.answer, 'follow') === 'SUCCESS' : readSucceeded(r.answer));
      const tally = {};
      for (const r of requests) {
        const key = `${r.input ? 'write' : 'read'} ${r.phase} ${succeeded(r) ? 'ok' : (r.answer.status ?? 'no answer')}`;
        tally[key] = (tally[key] ?? 0) + 1;
      }
      t.diagnostic(`${requests.length} requests: ${JSON.stringify(tally)}`);

      await t.test(`every request was answered within the ${BUDGET_MS} ms budget`, () => {
        assertNone(requests.filter((r) => r.answer.error || r.answer.ms >= BUDGET_MS).map((r) => describe(r.answer)),
          'requests answered late or not at all');
      });
      await t.test('every request that failed was answered 503 SERVICE_UNAVAILABLE, without data, with Retry-After', () => {
        assertNone(requests.filter((r) => !succeeded(r)).filter((r) => !isRefusal(r.answer)
          || !r.answer.contentType?.startsWith('application/graphql-response+json')
          || r.answer.json.data !== undefined || !r.answer.retryAfter).map((r) => describe(r.answer)),
        'failures answered otherwise');
      });
      await t.test('writes and reads were refused during the outage', () => {
        assert.ok(record.writes.some((w) => w.phase === 'outage' && isRefusal(w.answer)), 'a write answered 503');
        assert.ok(record.reads.some((r) => r.phase === 'outage' && isRefusal(r.answer)), 'a read answered 503');
      });
      await t.test('readiness answered within its own timeout, went down during the outage and came back', () => {
        assertNone(record.probes.filter((p) => p.error || p.ms > HEALTH_TIMEOUT_MS + PROBE_SLACK_MS)
          .map((p) => `${p.phase}: ${p.error ?? `HTTP ${p.status}`} in ${p.ms} ms`), 'readiness probes answered late');
        assert.ok(record.probes.some((p) => p.phase === 'outage' && p.status === 503), '/health/ready answered 503');
        assert.equal(record.probes.at(-1).status, 200, 'the last probe answered 200');
      });
      await t.test('writes succeed again, on the same server process', () => {
        assert.ok(recovered(record), `${WRITES_AFTER_RECOVERY} follows answered SUCCESS after the repair`);
        assert.ok(server.running(), 'the server process still runs');
      });

      const db = new pg.Client({ ...postgres.pg, types });
      await db.connect();
      try {
        const failed = record.writes.filter((w) => !succeeded(w));
        const before = logOccurrences(await readLog(db));
        const committedAnyway = failed.filter((w) => before.has(`${w.input.message}\n${w.input.signature}`)).length;
        t.diagnostic(`${failed.length} writes failed; ${committedAnyway} of them had been committed all the same`);
        const acknowledged = record.writes.filter(succeeded);
        const again = [...failed, ...acknowledged.slice(0, 10)];
        const answers = await runBounded(again.map((w) => () => retryIdentically(endpoint, w.body)), 8);
        await t.test('identical retries after recovery, of failed and of acknowledged writes, answer SUCCESS', () => {
          assertNone(answers.filter((a) => mutationStatus(a, 'follow') !== 'SUCCESS').map(describe), 'retries answered otherwise');
        });
        const log = await readLog(db);
        await t.test('every acknowledged write, retries included, is in the log exactly once', () => {
          assertAcknowledgedOnce(log, [...acknowledged, ...failed].map((w) => ({ content: w.input.message, signature: w.input.signature })));
        });
        await t.test('no message is in the log twice', () => {
          assertNone([...logOccurrences(log)].filter(([, times]) => times > 1).map(([key]) => key), 'messages logged twice');
        });
        await checkStoredGraph(t, db, endpoint);
      } finally {
        await db.end();
      }
    } finally {
      await load?.stop();
      await server?.stop();
      postgres.remove();
    }
  });
}
