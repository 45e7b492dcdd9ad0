// Starts the Release build of the server for a benchmark: on a free loopback port, in a working directory the
// caller may keep (so a seeded SQLite graph can be measured again), with the rate limit off and quiet logging so
// that neither the limiter nor the console bounds the numbers. Unlike tests/server/server.mjs it answers the
// process id, which the benchmarks need to read the server's CPU time and memory from /proc.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from '../server/server.mjs';

export const serverDll = path.join(root, 'src/GraphQlFollows.Server/bin/Release/net10.0/GraphQlFollows.Server.dll');

export const BENCH_SETTINGS = ['--Follows:RateLimitPermits=0', '--Logging:LogLevel:Default=Warning'];

/**
 * Starts the server. `workDir` is used (and kept) when given; otherwise a fresh temporary one is made and removed
 * on stop. `settings` are extra command-line settings (the store's). `dll` runs another build of the server.
 */
export async function startBenchServer({ workDir, settings = [], startTimeoutMs = 120_000, dll = serverDll } = {}) {
  if (!existsSync(dll)) {
    throw new Error(`${dll} is missing: run \`dotnet build src/GraphQlFollows.Server -c Release\` first.`);
  }
  const ownDir = !workDir;
  const cwd = workDir ?? mkdtempSync(path.join(tmpdir(), 'gqlf-bench-'));
  mkdirSync(cwd, { recursive: true });

  const child = spawn('dotnet', [dll, '--urls', 'http://127.0.0.1:0', ...BENCH_SETTINGS, ...settings], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept whole until the server listens (to explain a failed start), then only its tail: a server that logs a
  // warning per request under load must not grow this process's memory without bound.
  let output = '';
  const keep = (chunk) => {
    output += chunk;
    if (output.length > 64_000) output = output.slice(-32_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start within ${startTimeoutMs / 1000} s:\n${output}`)), startTimeoutMs);
    const onData = () => {
      const listening = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve(listening[1]);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${code}:\n${output}`));
    });
  });

  return {
    pid: child.pid,
    url,
    endpoint: `${url}/graphql`,
    workDir: cwd,
    output: () => output,
    exited: () => child.exitCode !== null,
    async stop() {
      if (child.exitCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        // A server that does not stop within 30 s is killed: the benchmark must end.
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      }
      if (ownDir) rmSync(cwd, { recursive: true, force: true });
    },
  };
}
