// What a benchmark run measures besides its own counts: wrk's run, the server's CPU time and memory from /proc
// while wrk runs, the machine's load average, and its P-256 verify rate from openssl.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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
function cpuSeconds(pid) {
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
function rssMiB(pid) {
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
  const samples = [];
  let wrkPid = null;
  const take = () => samples.push({ at: performance.now() / 1000, cpu: cpuSeconds(serverPid), rss: rssMiB(serverPid), wrkCpu: wrkPid && cpuSeconds(wrkPid) });
  take();
  const timer = setInterval(take, 1000);
  return {
    setWrkPid(pid) {
      wrkPid = pid;
    },
    stop() {
      clearInterval(timer);
      take();
      const valid = samples.filter((s) => s.cpu !== null && s.rss !== null);
      const first = valid[0];
      const last = valid.at(-1);
      const wall = last.at - first.at;
      const withWrk = samples.filter((s) => s.wrkCpu !== null && s.wrkCpu !== undefined);
      const slices = [];
      for (const s of valid) {
        const slice = Math.floor((s.at - first.at) / 10);
        slices[slice] = Math.round(s.rss);
      }
      return {
        seconds: wall,
        serverCores: wall > 0 ? (last.cpu - first.cpu) / wall : 0,
        wrkCores: withWrk.length > 1 ? (withWrk.at(-1).wrkCpu - withWrk[0].wrkCpu) / (withWrk.at(-1).at - withWrk[0].at) : null,
        rssStartMiB: Math.round(first.rss),
        rssEndMiB: Math.round(last.rss),
        rssPeakMiB: Math.round(Math.max(...valid.map((s) => s.rss))),
        rssPer10sMiB: slices.filter((v) => v !== undefined),
      };
    },
  };
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
