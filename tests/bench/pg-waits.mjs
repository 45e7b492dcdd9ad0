// What a benchmark database's connections are doing while the load runs: pg_stat_activity sampled every
// `intervalMs` from a connection of its own, counted by state and wait event. A commit that waits for another
// instance's commit shows as `Lock:advisory` (the writers' transaction-scoped advisory lock); a commit waiting for
// its WAL flush as `IO:WALSync` or `LWLock:WALWrite`.
import pg from 'pg';

export async function startWaitSampler(database, { intervalMs = 500 } = {}) {
  const { host, port, user, password } = database.server;
  const client = new pg.Client({ host, port, user, password, database: 'postgres' });
  await client.connect();
  const counts = {};
  let samples = 0;
  let busy = false;
  const take = async () => {
    if (busy) return;
    busy = true;
    try {
      const { rows } = await client.query(
        `SELECT state, wait_event_type, wait_event, count(*)::int AS n FROM pg_stat_activity
          WHERE datname = $1 AND pid <> pg_backend_pid() GROUP BY 1, 2, 3`, [database.name]);
      samples++;
      for (const row of rows) {
        const key = `${row.state ?? '?'}${row.wait_event_type ? ` ${row.wait_event_type}:${row.wait_event}` : ''}`;
        counts[key] = (counts[key] ?? 0) + row.n;
      }
    } catch {
      // a sample lost is a sample lost: the load goes on
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(take, intervalMs);
  return {
    /** Answers the mean number of connections in each state / wait event over the samples. */
    async stop() {
      clearInterval(timer);
      await client.end().catch(() => {});
      const mean = {};
      for (const [key, n] of Object.entries(counts).sort((a, b) => b[1] - a[1])) mean[key] = Number((n / Math.max(samples, 1)).toFixed(2));
      return { samples, meanConnections: mean };
    },
  };
}
