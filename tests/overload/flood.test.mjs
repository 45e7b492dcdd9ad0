// More valid writes than the server accepts, on PostgreSQL, whose commit lock the test holds to make the server's
// capacity small and known: while it is held, the batch the writer decided (taken from its queue) and the queue
// behind it (Follows:MaxQueuedWrites) are all the server takes in. A flood of 20 times the queue's bound, distinct,
// valid follows all sent at once (an open loop, one connection each), is answered in full, each within the request
// budget: 200 with a status, or 503 OVERLOADED with Retry-After; the server's resident memory stays under a stated
// bound, and follows are as fast as before within seconds after. The lock is released once every request the
// server could not hold has been answered. Then the writer's other promise: a write whose caller was told it timed
// out while its commit waited for the lock is dropped rather than applied once the lock goes, and its identical
// retry is then accepted. The server's statements
// may wait longer than its request budget here (a held lock, not a database that hangs): otherwise the commit
// waiting for the lock would fail with SERVICE_UNAVAILABLE (tests/faults) before the request timed out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNone, readLog, send } from '../multi-instance/checks.mjs';
import { connect, skipWithoutPostgres, startCluster } from '../multi-instance/cluster.mjs';
import { percentile, rssMiB, writeSource } from './load.mjs';

const QUEUE_BOUND = 25;
const FLOOD = 20 * QUEUE_BOUND;
const REQUEST_BUDGET_MS = 10_000;
// The lock is held no longer than this, short of the budget, so that the queued writes are answered SUCCESS.
const MAX_HOLD_MS = 7_000;
// Every answer within the request budget and two seconds for the client and a loaded machine.
const ANSWER_BOUND_MS = REQUEST_BUDGET_MS + 2_000;
const RSS_BOUND_MIB = 400;
const RECOVERY_MS = 10_000;
// The commit lock of the writers (SqlDialect.PostgresCommitLock).
const COMMIT_LOCK = '29116632989986663';

/** Holds the writers' commit lock from a connection of the test until the answer's `release()`. */
async function holdCommitLock(database) {
  const db = await connect(database);
  await db.query(`SELECT pg_advisory_lock(${COMMIT_LOCK})`);
  return {
    async release() {
      await db.query(`SELECT pg_advisory_unlock(${COMMIT_LOCK})`);
      await db.end();
    },
  };
}

/** Posts a body and answers its HTTP status, Retry-After, parsed body and time taken. */
async function post(endpoint, body) {
  const started = Date.now();
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    const json = await response.json();
    return { status: response.status, retryAfter: response.headers.get('retry-after'), json, ms: Date.now() - started };
  } catch (error) {
    return { error: `${error.name}: ${error.cause?.code ?? error.message}`, ms: Date.now() - started };
  }
}

/** Median time of `count` follows sent one after another. */
async function followLatency(endpoint, writes, count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const write = await writes.next();
    const started = Date.now();
    const answer = await send(endpoint, write.name, write.body);
    times.push(Date.now() - started);
    writes.release(write.pair, answer);
  }
  return percentile(times, 50);
}

test('a flood of 20 times the writes the server accepts, and a write dropped after its timeout', { skip: skipWithoutPostgres, timeout: 240_000 }, async (t) => {
  const cluster = await startCluster({
    count: 1,
    settings: ['--Follows:RateLimitPermits=0', `--Follows:MaxQueuedWrites=${QUEUE_BOUND}`,
      `--GraphQL:RequestTimeout=00:00:${REQUEST_BUDGET_MS / 1000}`],
    connection: `Command Timeout=${(2 * REQUEST_BUDGET_MS) / 1000}`,
  });
  try {
    const [server] = cluster.instances;
    const writes = await writeSource(server.endpoint, { followers: 20, profiles: 30, prefix: 'flood' });
    assert.ok(writes.pairs >= FLOOD + 100);
    const baseline = await followLatency(server.endpoint, writes, 20);
    // Normal: within three times the median before, or a quarter of a second of it on a busy machine.
    const normal = (median) => median <= Math.max(3 * baseline, baseline + 250);

    const flood = [];
    for (let i = 0; i < FLOOD; i++) flood.push(await writes.next());
    let maxRss = rssMiB(server.pid);
    const sampler = setInterval(() => { maxRss = Math.max(maxRss, rssMiB(server.pid)); }, 100);
    const lock = await holdCommitLock(cluster.database);
    let answered = 0;
    const pending = flood.map((write) => post(server.endpoint, write.body).then((answer) => { answered++; return answer; }));
    const holdUntil = Date.now() + MAX_HOLD_MS;
    while (answered < FLOOD - 2 * QUEUE_BOUND && Date.now() < holdUntil) await new Promise((resolve) => setTimeout(resolve, 20));
    await lock.release();
    const answers = await Promise.all(pending);
    clearInterval(sampler);
    const floodEnded = Date.now();

    const accepted = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 503);
    t.diagnostic(`flood of ${FLOOD}: ${accepted.length} answered 200, ${refused.length} refused 503; `
      + `slowest answer ${Math.max(...answers.map((a) => a.ms))} ms; RSS at most ${maxRss.toFixed(0)} MiB`);
    await t.test('every request was answered: 200 with a status, or 503 OVERLOADED with Retry-After', () => {
      assertNone(answers.filter((a) => !(a.status === 200 && a.json.data?.follow?.status)
        && !(a.status === 503 && /^[1-9]\d*$/.test(a.retryAfter ?? '') && a.json.errors?.[0]?.extensions?.code === 'OVERLOADED'))
        .map((a) => a.error ?? `${a.status} ${JSON.stringify(a.json)}`), 'other answers');
    });
    await t.test(`every request was answered within ${ANSWER_BOUND_MS} ms`, () => {
      assertNone(answers.filter((a) => a.ms > ANSWER_BOUND_MS).map((a) => `${a.ms} ms`), 'late answers');
    });
    await t.test('the server took in no more than a batch and its queue: the flood was at least 10 times that', () => {
      assert.ok(accepted.length > 0 && accepted.length <= 2 * QUEUE_BOUND, `${accepted.length} accepted`);
      assert.ok(answers.length >= 10 * accepted.length);
    });
    await t.test(`resident memory stayed under ${RSS_BOUND_MIB} MiB`, () => assert.ok(maxRss < RSS_BOUND_MIB, `${maxRss} MiB`));
    await t.test('follows are as fast as before within seconds of the flood', async () => {
      let after;
      do {
        after = await followLatency(server.endpoint, writes, 10);
      } while (!normal(after) && Date.now() - floodEnded < RECOVERY_MS);
      t.diagnostic(`median follow: ${baseline} ms before the flood, ${after} ms ${Date.now() - floodEnded} ms after it`);
      assert.ok(normal(after), `median ${after} ms against ${baseline} ms before`);
    });

    await t.test('a write answered TIMEOUT while its commit waited is not applied later; its identical retry is SUCCESS', async () => {
      const write = await writes.next();
      const held = await holdCommitLock(cluster.database);
      const timedOut = await post(server.endpoint, write.body);
      await held.release();
      assert.equal(timedOut.status, 504, JSON.stringify(timedOut.json));
      assert.equal(timedOut.json.errors[0].extensions.code, 'TIMEOUT');
      // A follow sent after the lock is gone commits after anything still queued: then the log is complete.
      const later = await writes.next();
      assert.equal((await send(server.endpoint, later.name, later.body)).status, 'SUCCESS');
      const db = await cluster.db();
      try {
        const inLog = async () => (await readLog(db)).filter((op) => op.content === write.input.message).length;
        assert.equal(await inLog(), 0, 'the timed-out write was applied');
        assert.equal((await send(server.endpoint, write.name, write.body)).status, 'SUCCESS');
        assert.equal(await inLog(), 1);
      } finally {
        await db.end();
      }
    });
  } finally {
    await cluster.stop();
  }
});
