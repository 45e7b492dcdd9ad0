// Runs a benchmark body against a server on the chosen store, and cleans up whatever way the body ends: the
// server stopped, a PostgreSQL database dropped (and a throwaway PostgreSQL server stopped), a temporary SQLite
// directory removed. SIGINT and SIGTERM clean up too, so an interrupted run leaves no server behind.
import { createBenchDatabase, postgresSettings } from './postgres.mjs';
import { startBenchServer } from './server-process.mjs';

/**
 * `store` is sqlite or postgres. `workDir` (SQLite only) is the server's working directory, kept afterwards so
 * that its follows.db can be measured again; without it the database is fresh and removed at the end.
 * `instances` (PostgreSQL only) starts that many server processes on the one database: the first, which migrates
 * it before it listens, then the others together once it does. The body gets `server` (the first), `servers`
 * (all of them) and, on PostgreSQL, `database`. `dll` runs another build of the server.
 */
export async function runWithStore(store, body, { workDir, instances = 1, dll } = {}) {
  if (!['sqlite', 'postgres'].includes(store)) throw new Error(`unknown store ${store}`);
  if (store === 'postgres' && workDir) throw new Error('--keep and --reuse keep a SQLite database only');
  if (!(Number.isInteger(instances) && instances >= 1 && instances <= 8)) throw new Error('instances must be 1 to 8');
  if (store !== 'postgres' && instances > 1) throw new Error('several instances share a PostgreSQL database only');

  const cleanups = [];
  const cleanUp = async () => {
    while (cleanups.length > 0) {
      try {
        await cleanups.pop()();
      } catch (error) {
        console.error(`clean-up failed: ${error.message}`);
      }
    }
  };
  const onSignal = async (signal) => {
    console.error(`${signal}: stopping`);
    await cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    let settings = [];
    let describeStore = workDir ? `SQLite in ${workDir}` : 'SQLite (fresh follows.db, WAL, each commit flushed before it is answered)';
    let database;
    if (store === 'postgres') {
      database = createBenchDatabase();
      cleanups.push(() => database.drop());
      // Prometheus's text, for the commit lock's metrics (see measure.mjs, commitLockFigures).
      settings = [...postgresSettings(database), '--Telemetry:Prometheus=true'];
      describeStore = `PostgreSQL, ${database.describe}`;
    }
    const server = await startBenchServer({ workDir, settings, dll });
    cleanups.push(() => server.stop());
    const servers = [server];
    if (instances > 1) {
      const others = await Promise.allSettled(Array.from({ length: instances - 1 }, () => startBenchServer({ settings, dll })));
      for (const started of others) {
        if (started.status === 'fulfilled') {
          servers.push(started.value);
          cleanups.push(() => started.value.stop());
        }
      }
      const failed = others.find((started) => started.status === 'rejected');
      if (failed) throw failed.reason;
      describeStore += `, ${instances} server instances`;
    }
    return await body({ server, servers, database, describeStore });
  } finally {
    await cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
