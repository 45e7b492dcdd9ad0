// What a benchmark run measures besides its own counts: wrk's run, the server's CPU time and memory from /proc
// while wrk runs, the machine's load average, and its P-256 verify rate from openssl.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = path.dirname(fileURLToPath(import.meta.url));

/** Deals items to wrk's threads as cards: thread N gets items N, N+T, N+2T, ... */
export function dealToThreads(items, threads) {
  const hands = Array.from({ length: threads }, () => []);
  items.forEach((item, i) => hands[i % threads].push(item));
  return hands;
}

/** Writes thread N's bodies to `prefix.N`, one a line (JSON.stringify never leaves a raw newline in a body). */
export function writeThreadFiles(prefix, perThread) {
  perThread.forEach((lines, t) => writeFileSync(`${prefix}.${t}`, lines.length ? `${lines.join('\n')}\n` : ''));
}

/**
 * Runs wrk with one of this folder's Lua scripts and answers the JSON its done() prints after `BENCH_RESULT`,
 * with wrk's pid reported through `onStart` as soon as it runs. wrk's socket timeout is raised from 2 s to 30 s:
 * a slow answer must count in the latency, not vanish as a timeout.
 */
export async function runWrk({ script, endpoint, threads, connections, duration, scriptArgs = [], onStart = () => {} }) {
  const args = [`-t${threads}`, `-c${connections}`, `-d${duration}s`, '--timeout', '30s', '--latency', '-s', path.join(benchDir, script), endpoint, '--', ...scriptArgs];
  const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  onStart(child.pid);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  // wrk stops itself after `duration`; this bound only guards against a hang.
  const guard = setTimeout(() => child.kill('SIGKILL'), (duration + 120) * 1000);
  const code = await new Promise((resolve) => child.once('exit', resolve));
  clearTimeout(guard);
  const line = stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (code !== 0 || !line) throw new Error(`wrk exited with ${code}:\n${stdout}\n${stderr}`);
  return { result: JSON.parse(line.slice('BENCH_RESULT '.length)), text: stdout.split('\n').filter((l) => !l.startsWith('BENCH_RESULT ')).join('\n') };
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU seconds (user + system) a process has used so far; null once it is gone. */
export function cpuSeconds(pid) {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th
    // and 13th of them (the 14th and 15th of the whole line).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Resident memory in MiB; null once the process is gone. */
export function rssMiB(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Samples the server's CPU time and RSS every second (and wrk's CPU time, once its pid is known) until stopped;
 * `stop()` answers cores used on average, RSS at start, end and peak, and RSS at the end of every 10 s slice.
 */
export function startSampler(serverPid) {
  const sampler = startClusterSampler([serverPid]);
  return {
    setWrkPid: (pid) => sampler.addWrkPid(pid),
    stop() {
      const usage = sampler.stop();
      return { ...usage.servers[0], seconds: usage.seconds, serverCores: usage.serverCores, wrkCores: usage.wrkCores };
    },
  };
}

/**
 * Samples several server processes every second: each one's CPU time and RSS, the wrk processes' CPU time (pids
 * added as they start) and, when `postgresCpu` is given (a function answering the CPU seconds of a PostgreSQL
 * server's processes), that too. `stop()` answers the servers' cores together, each server's RSS (start, end,
 * peak, per 10 s slice), wrk's cores and PostgreSQL's cores, all averaged over the sampled wall time.
 */
export function startClusterSampler(serverPids, { postgresCpu } = {}) {
  const samples = [];
  const wrkPids = [];
  const take = () => samples.push({
    at: performance.now() / 1000,
    cpu: serverPids.map(cpuSeconds),
    rss: serverPids.map(rssMiB),
    wrkCpu: wrkPids.map(cpuSeconds),
    pgCpu: postgresCpu ? postgresCpu() : null,
  });
  take();
  const timer = setInterval(take, 1000);
  return {
    addWrkPid(pid) {
      wrkPids.push(pid);
    },
    stop() {
      clearInterval(timer);
      take();
      const valid = samples.filter((s) => s.cpu.every((c) => c !== null) && s.rss.every((r) => r !== null));
      const first = valid[0];
      const last = valid.at(-1);
      const wall = last.at - first.at;
      const sum = (values) => values.reduce((a, b) => a + b, 0);
      const servers = serverPids.map((pid, i) => {
        const slices = [];
        for (const s of valid) slices[Math.floor((s.at - first.at) / 10)] = Math.round(s.rss[i]);
        return {
          pid,
          cores: wall > 0 ? (last.cpu[i] - first.cpu[i]) / wall : 0,
          rssStartMiB: Math.round(first.rss[i]),
          rssEndMiB: Math.round(last.rss[i]),
          rssPeakMiB: Math.round(Math.max(...valid.map((s) => s.rss[i]))),
          rssPer10sMiB: slices.filter((v) => v !== undefined),
        };
      });
      // wrk's CPU: each wrk process from its first to its last sample (they start within a few ms of each other).
      let wrkCores = null;
      if (wrkPids.length > 0) {
        wrkCores = 0;
        wrkPids.forEach((_, i) => {
          const seen = samples.filter((s) => s.wrkCpu[i] !== null && s.wrkCpu[i] !== undefined);
          if (seen.length > 1) wrkCores += (seen.at(-1).wrkCpu[i] - seen[0].wrkCpu[i]) / (seen.at(-1).at - seen[0].at);
        });
      }
      const pg = samples.filter((s) => s.pgCpu !== null && s.pgCpu !== undefined);
      return {
        seconds: wall,
        serverCores: wall > 0 ? (sum(last.cpu) - sum(first.cpu)) / wall : 0,
        servers,
        wrkCores,
        postgresCores: pg.length > 1 ? (pg.at(-1).pgCpu - pg[0].pgCpu) / (pg.at(-1).at - pg[0].at) : null,
      };
    },
  };
}

/**
 * The CPU seconds of every process of the PostgreSQL server whose postmaster is `postmasterPid`: the postmaster's
 * own time, the time of the children it has already reaped (its cutime and cstime, so that a backend that exits
 * between two samples still counts), and that of its live children, found by their parent pid in /proc.
 */
export function postgresCpuSeconds(postmasterPid) {
  const stat = readStat(postmasterPid);
  if (!stat) return null;
  let total = (Number(stat[11]) + Number(stat[12]) + Number(stat[13]) + Number(stat[14])) / CLOCK_TICKS;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = readStat(entry);
    if (child && Number(child[1]) === postmasterPid) total += (Number(child[11]) + Number(child[12])) / CLOCK_TICKS;
  }
  return total;
}

/** The fields of /proc/<pid>/stat after the command name (state first, then ppid, ...); null once it is gone. */
function readStat(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

export const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/**
 * The machine's ECDSA P-256 verifications a second on all its cores, as `openssl speed -multi` sums them: the
 * ceiling for a server that verifies one signature per accepted write.
 */
export function p256VerifyRate(cores) {
  const output = execFileSync('openssl', ['speed', '-seconds', '3', '-multi', String(cores), 'ecdsap256'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  const line = output.split('\n').reverse().find((l) => /ecdsa \(nistp256\)/.test(l));
  const numbers = line?.trim().split(/\s+/).map(Number).filter((n) => Number.isFinite(n));
  if (!numbers?.length) throw new Error(`could not read openssl's verify rate from:\n${output}`);
  return numbers.at(-1);
}

/** The sum of a metric's series in Prometheus's text (every label set), or 0 when it has none. */
function metricSum(text, name) {
  return text.split('\n')
    .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/**
 * The commit lock's totals over every instance, read from their /metrics: seconds the lock was held and operations
 * appended while it was. Two readings, before and after a run, give the lock held per appended write.
 */
export async function commitLockFigures(servers) {
  const texts = await Promise.all(servers.map(async (server) => {
    const response = await fetch(new URL('/metrics', server.endpoint));
    return response.ok ? response.text() : '';
  }));
  return {
    heldSeconds: texts.reduce((n, text) => n + metricSum(text, 'follows_commit_lock_held_seconds_sum'), 0),
    appended: texts.reduce((n, text) => n + metricSum(text, 'follows_commit_appended_sum'), 0),
    commits: texts.reduce((n, text) => n + metricSum(text, 'follows_commit_appended_count'), 0),
  };
}

