// A PostgreSQL server of the test's own (initdb and pg_ctl of Debian's newest installed version, run as the
// postgres user), so that a test may stop, start, freeze and thaw it without disturbing the suite's shared one.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const postgresBin = () => {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
  return path.join('/usr/lib/postgresql', versions.at(-1), 'bin');
};

/** Why a test of a PostgreSQL of its own cannot run here, or false when it can (root, PostgreSQL installed). */
export const skipWithoutOwnPostgres = (() => {
  if (process.getuid?.() !== 0) return 'runs PostgreSQL as the postgres user: needs root';
  try {
    postgresBin();
    return false;
  } catch {
    return 'PostgreSQL is not installed (tests/run.sh installs it)';
  }
})();

const runuser = (tool, args) => ['runuser', ['-u', 'postgres', '--', path.join(postgresBin(), tool), ...args]];
const asPostgres = (tool, args) => execFileSync(...runuser(tool, args), { stdio: 'pipe' });
// pg_ctl while the load runs: without blocking the test's event loop, which times the requests.
const asPostgresAsync = (tool, args) => promisify(execFile)(...runuser(tool, args));

/** Initialises and starts a cluster on a free loopback port; answers its connection string and its controls. */
export function startPostgres() {
  const dir = mkdtempSync(path.join(tmpdir(), 'gqlf-faults-pg-'));
  execFileSync('chown', ['postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  const port = 20000 + Math.floor(Math.random() * 20000);
  asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  const ctl = (action) => ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', options, action];
  const fastStop = ['-D', data, '-w', '-m', 'fast', 'stop'];
  let frozen = [];
  asPostgres('pg_ctl', ctl('start'));
  return {
    connectionString: `Host=127.0.0.1;Port=${port};Username=postgres;Database=postgres`,
    pg: { host: '127.0.0.1', port, user: 'postgres', database: 'postgres' },
    start: () => asPostgresAsync('pg_ctl', ctl('start')),
    stop: () => asPostgresAsync('pg_ctl', fastStop),
    /** SIGSTOP to the postmaster and every backend: connections stay open and nothing answers. */
    freeze() {
      frozen = clusterPids(data);
      for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    },
    thaw() {
      for (const pid of frozen) process.kill(pid, 'SIGCONT');
      frozen = [];
    },
    /** Thaws, stops and removes the cluster; safe after any failure. */
    remove() {
      try {
        this.thaw();
      } catch {
        // already gone
      }
      try {
        asPostgres('pg_ctl', fastStop);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The postmaster (first line of postmaster.pid) and its children, read from /proc. */
function clusterPids(data) {
  const postmaster = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).filter((pid) => {
    try {
      // The fields after the command's closing parenthesis: state, then the parent's pid.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
    } catch {
      return false;
    }
  }).map(Number);
  return [postmaster, ...children];
}

