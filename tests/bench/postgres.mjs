// A PostgreSQL database for one benchmark run. With FOLLOWS_TEST_POSTGRES (an Npgsql connection string) it
// creates a fresh database on that server and drops it at the end; without it, it starts a throwaway server on
// loopback as tests/postgres.sh does (initdb as the postgres user, trust authentication) and removes it at the end.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

/** Parses `Key=Value;...` into a map with lower-case keys (Npgsql's keys are case-insensitive). */
function parseConnectionString(text) {
  const parts = new Map();
  for (const part of text.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) parts.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  return parts;
}

function psql({ host, port, user, password }, sql) {
  return execFileSync('psql', ['-h', host, '-p', String(port), '-U', user, '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], {
    encoding: 'utf8',
    env: password ? { ...process.env, PGPASSWORD: password } : process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
}

/**
 * The postmaster's pid of the server, from postmaster.pid in its data directory (the server names it to a
 * superuser); null when the directory cannot be read from here (a server on another machine or user).
 */
function postmasterPid(server, dataDirectory) {
  try {
    const dir = dataDirectory ?? psql(server, 'SHOW data_directory').trim();
    const pid = Number(readFileSync(`${dir}/postmaster.pid`, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function startThrowawayServer() {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
  if (versions.length === 0) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql).');
  const bin = `/usr/lib/postgresql/${versions.at(-1)}/bin`;
  const dir = mkdtempSync('/tmp/gqlf-bench-postgres.');
  const { uid, gid } = userIds('postgres');
  chownSync(dir, uid, gid);
  const asPostgres = (args) => execFileSync('runuser', ['-u', 'postgres', '--', ...args], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  asPostgres([`${bin}/initdb`, '-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres']);
  // A random port may be taken: a few attempts, each on another one.
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const started = spawnSync('runuser', ['-u', 'postgres', '--', `${bin}/pg_ctl`, '-D', `${dir}/data`, '-l', `${dir}/log`, '-w', 'start',
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`], { stdio: 'ignore', timeout: 120_000 });
    if (started.status === 0) {
      return {
        server: { host: '127.0.0.1', port, user: 'postgres' },
        dataDirectory: `${dir}/data`,
        base: `Host=127.0.0.1;Port=${port};Username=postgres;Pooling=true;Maximum Pool Size=20`,
        stop() {
          spawnSync('runuser', ['-u', 'postgres', '--', `${bin}/pg_ctl`, '-D', `${dir}/data`, '-m', 'fast', '-w', 'stop'], { stdio: 'ignore', timeout: 60_000 });
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error('Could not start a throwaway PostgreSQL server on loopback.');
}

function userIds(name) {
  const line = execFileSync('getent', ['passwd', name], { encoding: 'utf8' }).split(':');
  return { uid: Number(line[2]), gid: Number(line[3]) };
}

/** A fresh database: answers its connection string and `drop()`, which removes it (and a throwaway server). */
export function createBenchDatabase() {
  let server;
  let base;
  let stopServer = () => {};
  let dataDirectory;
  if (process.env.FOLLOWS_TEST_POSTGRES) {
    base = process.env.FOLLOWS_TEST_POSTGRES;
    const parts = parseConnectionString(base);
    server = { host: parts.get('host') ?? '127.0.0.1', port: Number(parts.get('port') ?? 5432), user: parts.get('username') ?? parts.get('user id') ?? 'postgres', password: parts.get('password') };
  } else {
    const throwaway = startThrowawayServer();
    ({ server, base, dataDirectory } = throwaway);
    stopServer = throwaway.stop;
  }
  const name = `gqlf_bench_${randomBytes(4).toString('hex')}`;
  psql(server, `CREATE DATABASE ${name}`);
  const connectionString = `${base.replace(/;?\s*Database=[^;]*/i, '').replace(/;$/, '')};Database=${name}`;
  return {
    name,
    server,
    connectionString,
    postmasterPid: () => postmasterPid(server, dataDirectory),
    describe: process.env.FOLLOWS_TEST_POSTGRES ? `database ${name} on ${server.host}:${server.port}` : `throwaway server on ${server.host}:${server.port}`,
    drop() {
      try {
        psql(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        stopServer();
      }
    },
  };
}

export const postgresSettings = (database) => ['--Storage:Provider=PostgreSql', `--ConnectionStrings:Follows=${database.connectionString}`];
