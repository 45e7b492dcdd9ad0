// Several server processes on one PostgreSQL database: a fresh database per test file, three instances of the
// Release build on their own loopback ports and working directories, and direct reads of the tables with `pg`.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const configuration = process.env.CONFIGURATION ?? 'Release';
// FOLLOWS_SERVER_DLL runs another build of the server (another checkout's, for instance) against the same tests.
export const serverDll = process.env.FOLLOWS_SERVER_DLL
  ?? path.join(root, 'src/GraphQlFollows.Server/bin', configuration, 'net10.0/GraphQlFollows.Server.dll');

/** The connection string of the test PostgreSQL server (Npgsql format), or undefined. */
export const postgresConnectionString = process.env.FOLLOWS_TEST_POSTGRES;

/** node:test's `skip` option: false when a PostgreSQL server is given, otherwise the reason. */
export const skipWithoutPostgres = postgresConnectionString
  ? false
  : 'FOLLOWS_TEST_POSTGRES is not set (a connection string for a PostgreSQL user that may create databases): '
    + 'the multi-instance tests need a real PostgreSQL server; tests/run.sh starts one';

/** Reads `Host=...;Port=...;Username=...;Password=...;Database=...` into `pg` settings (other keys are Npgsql's own). */
export function pgSettings(connectionString, database) {
  const settings = { host: '127.0.0.1', port: 5432, user: 'postgres', database: database ?? 'postgres' };
  for (const part of connectionString.split(';')) {
    const equals = part.indexOf('=');
    if (equals < 0) continue;
    const key = part.slice(0, equals).trim().toLowerCase().replace(/\s+/g, '');
    const value = part.slice(equals + 1).trim();
    if (key === 'host' || key === 'server') settings.host = value;
    else if (key === 'port') settings.port = Number(value);
    else if (key === 'username' || key === 'userid' || key === 'user') settings.user = value;
    else if (key === 'password') settings.password = value;
    else if (key === 'database' && !database) settings.database = value;
  }
  return settings;
}

// bigint columns read as numbers: every position, ts and count of a test stays far below 2^53.
export const types = {
  getTypeParser: (oid, format) => (oid === 20 ? Number : pg.types.getTypeParser(oid, format)),
};

/** A connected `pg` client on `database` of the test server; the caller ends it. */
export async function connect(database) {
  const client = new pg.Client({ ...pgSettings(postgresConnectionString, database), types });
  await client.connect();
  return client;
}

/** Creates an empty database `gqlf_mi_<random>` and answers its name. */
export async function createDatabase() {
  const name = `gqlf_mi_${randomBytes(6).toString('hex')}`;
  const admin = await connect('postgres');
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return name;
}

/** Drops the database, closing whatever connections are still open on it. */
export async function dropDatabase(name) {
  const admin = await connect('postgres');
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * Starts one server process on a free loopback port in its own working directory and waits until it listens.
 * Answers its endpoints, its output, `stop()` (SIGTERM, then removes the directory) and `kill(signal)`.
 */
export async function startInstance(name, settings) {
  if (!existsSync(serverDll)) {
    throw new Error(`${serverDll} is missing: build the server (dotnet build src/GraphQlFollows.Server -c ${configuration}) first.`);
  }
  const workDir = mkdtempSync(path.join(tmpdir(), `gqlf-mi-${name}-`));
  const child = spawn('dotnet', [serverDll, '--urls', 'http://127.0.0.1:0', ...settings], {
    cwd: workDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output += chunk;
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  const exited = once(child, 'exit');
  exited.catch(() => {}); // a process that could not start: the wait below reports it
  const url = await new Promise((resolve, reject) => {
    // An instance that never listens is killed: its open pipes would otherwise keep the test process alive.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`instance ${name} did not start within 60 s:\n${output}`));
    }, 60_000);
    child.stdout.on('data', (chunk) => {
      keep(chunk);
      const listening = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(listening[1]);
      }
    });
    child.stderr.on('data', keep);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`instance ${name} exited with ${code ?? signal}:\n${output}`));
    });
  });
  return {
    name,
    url,
    endpoint: `${url}/graphql`,
    webSocketEndpoint: `${url.replace('http:', 'ws:')}/graphql`,
    pid: child.pid,
    output: () => output,
    running: () => child.exitCode === null && child.signalCode === null,
    exitCode: () => child.exitCode,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        await exited;
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh database and `count` instances on it: the first migrates the database before it listens, the others
 * start once it does. `settings` are added to every instance's command line, and `connection` to the connection
 * string (for instance `Command Timeout=30`, when a test holds the database's locks on purpose).
 */
export async function startCluster({ count = 3, settings = ['--Follows:RateLimitPermits=0'], connection = '' } = {}) {
  const database = await createDatabase();
  const instances = [];
  const stop = async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await dropDatabase(database);
  };
  try {
    const serverSettings = [
      '--Storage:Provider=PostgreSql',
      `--ConnectionStrings:Follows=${postgresConnectionString};Database=${database}${connection ? `;${connection}` : ''}`,
      ...settings,
    ];
    instances.push(await startInstance('1', serverSettings));
    const others = await Promise.allSettled(
      Array.from({ length: count - 1 }, (_, i) => startInstance(String(i + 2), serverSettings)));
    for (const started of others) {
      if (started.status === 'fulfilled') instances.push(started.value);
    }
    const failed = others.find((started) => started.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
  return { database, instances, stop, db: () => connect(database) };
}

/**
 * A cluster for the tests of one file: started before them (unless no PostgreSQL is configured) and stopped after
 * them; its `instances` and `db()` are those of the running cluster.
 */
export function clusterForTests(options) {
  let started;
  before(async () => {
    if (!skipWithoutPostgres) started = await startCluster(options);
  });
  after(async () => {
    await started?.stop();
  });
  return {
    get instances() {
      return started.instances;
    },
    db: () => started.db(),
  };
}

/** The seed of a test's random choices: FOLLOWS_TEST_SEED when set, else a new one; printed so a run can be repeated. */
export function testSeed(t, name) {
  const seed = process.env.FOLLOWS_TEST_SEED ? Number(process.env.FOLLOWS_TEST_SEED) : randomBytes(4).readUInt32BE(0);
  const line = `${name}: seed ${seed} (FOLLOWS_TEST_SEED=${seed} repeats it)`;
  console.log(line);
  t.diagnostic(line);
  return seed;
}
