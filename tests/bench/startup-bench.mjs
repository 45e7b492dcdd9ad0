// The start-up benchmark: the time from launching the server to its first answered GraphQL request, on a fresh
// SQLite file each time (so every launch creates the file and applies every migration), set against a minimal
// ASP.NET Core application (tests/bench/minimal-app: one endpoint answering a constant) launched the same way in
// the same run.
//
//   node tests/bench/startup-bench.mjs [--launches 5] [--no-publish] [--server DLL]
//
// The server is measured twice: as published for deployment (`dotnet publish -c Release -r linux-x64`, its
// assemblies precompiled with ReadyToRun; the benchmark publishes it first unless `--no-publish`), and as the
// Release build output that `dotnet build` makes (bin/Release/net10.0), which the tests and other benchmarks run.
// `--server DLL` measures another build instead of both. Each launch starts `dotnet <dll> --urls
// http://127.0.0.1:<free port>` with the default settings in a fresh working directory and POSTs
// `{ profileByHandle(handle: "nobody") { handle } }` every 5 ms from the moment it is launched until one is answered
// 200 with data (for the server, a read of the migrated store). The programs take turns, so that all see the same
// machine. Prints each time, the CPU time the process had used by its first answer (from /proc), and the medians.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { root } from '../server/server.mjs';
import { benchDir, loadAverage } from './measure.mjs';
import { serverDll } from './server-process.mjs';

const { values: options } = parseArgs({
  options: { launches: { type: 'string', default: '5' }, 'no-publish': { type: 'boolean', default: false }, server: { type: 'string' } },
});
const launches = Number(options.launches);
if (!(Number.isInteger(launches) && launches >= 1 && launches <= 50)) throw new Error('--launches must be 1 to 50');

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
const QUERY = JSON.stringify({ query: '{ profileByHandle(handle: "nobody") { handle } }' });
const runtime = `linux-${process.arch === 'arm64' ? 'arm64' : 'x64'}`;
const serverProject = path.join(root, 'src/GraphQlFollows.Server');
const publishedDll = path.join(serverProject, `bin/Release/net10.0/${runtime}/publish/GraphQlFollows.Server.dll`);
const minimalProject = path.join(benchDir, 'minimal-app');
const minimalDll = path.join(minimalProject, 'bin/Release/net10.0/MinimalApp.dll');

const programs = [];
if (options.server) {
  programs.push({ name: 'GraphQlFollows.Server', dll: path.resolve(options.server) });
} else {
  if (!options['no-publish']) {
    console.log(`publishing the server (dotnet publish -c Release -r ${runtime}, ReadyToRun)`);
    dotnet(['publish', serverProject, '-c', 'Release', '-r', runtime, '--self-contained', 'false', '-nologo', '-clp:ErrorsOnly']);
  }
  programs.push({ name: 'server, published (ReadyToRun)', dll: publishedDll }, { name: 'server, build output', dll: serverDll });
}
if (!existsSync(minimalDll)) {
  console.log('building tests/bench/minimal-app (once)');
  dotnet(['build', minimalProject, '-c', 'Release', '-nologo', '-clp:ErrorsOnly']);
}
programs.push({ name: 'minimal ASP.NET Core app', dll: minimalDll });
for (const program of programs) {
  if (!existsSync(program.dll)) throw new Error(`${program.dll} is missing: build (or publish) it first.`);
  Object.assign(program, { times: [], cpu: [] });
}

console.log(`${launches} launches of each, taking turns; load average ${loadAverage()}`);
for (let i = 1; i <= launches; i++) {
  for (const program of programs) {
    const { ms, cpuMs } = await timeToFirstAnswer(program.dll);
    program.times.push(ms);
    program.cpu.push(cpuMs);
    console.log(`  launch ${i}: ${program.name} answered after ${ms.toFixed(0)} ms, having used ${cpuMs} ms of CPU`);
  }
}
console.log(`\nfirst answered GraphQL request after launch (load average ${loadAverage()} at the end):`);
for (const program of programs) {
  console.log(`  ${program.name.padEnd(32)} median ${median(program.times).toFixed(0)} ms of ${program.times.map((t) => t.toFixed(0)).join(', ')}; ` +
    `CPU by then, median ${median(program.cpu)} ms`);
}
console.log(`BENCH_SUMMARY ${JSON.stringify(Object.fromEntries(programs.map((p) => [p.name, {
  medianMs: Math.round(median(p.times)), ms: p.times.map(Math.round), cpuMedianMs: median(p.cpu), cpuMs: p.cpu,
}])))}`);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function dotnet(args) {
  const run = spawnSync('dotnet', args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`dotnet ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
}

/** Launches `dll` in a fresh directory; answers the milliseconds until its first GraphQL answer, and the CPU it used by then. */
async function timeToFirstAnswer(dll) {
  const port = await freePort();
  const cwd = mkdtempSync(path.join(tmpdir(), 'gqlf-startup-'));
  const started = performance.now();
  const child = spawn('dotnet', [dll, '--urls', `http://127.0.0.1:${port}`], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${dll} exited with ${child.exitCode}:\n${output}`);
      if (performance.now() - started > 60_000) throw new Error(`${dll} did not answer within 60 s:\n${output}`);
      const answer = await post(port);
      if (answer?.status === 200 && answer.body.includes('"data"')) return { ms: performance.now() - started, cpuMs: cpuMilliseconds(child.pid) };
      if (answer) throw new Error(`${dll} answered ${answer.status}: ${answer.body}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
    rmSync(cwd, { recursive: true, force: true });
  }
}

/** POSTs the query; answers null while nothing listens on the port. */
function post(port) {
  return new Promise((resolve) => {
    const request = http.request({
      host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false,
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'content-length': Buffer.byteLength(QUERY) },
    }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, body }));
    });
    request.on('error', () => resolve(null));
    request.end(QUERY);
  });
}

/** User and system CPU time of a process so far, in milliseconds (the 14th and 15th fields of /proc/PID/stat). */
function cpuMilliseconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Math.round(((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS) * 1000);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
