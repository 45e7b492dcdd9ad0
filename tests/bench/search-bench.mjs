// The profile-search benchmark: a prefix search (the first 20 profiles whose handle starts with two random
// characters) and the top 50 profiles by follower count, against profileByHandle of a random handle as the peer,
// each driven by wrk against the Release server in the same run, on a graph of 100,000 profiles and 1,000,000
// follows written through the server's signed write path by tests/GraphQlFollows.Benchmarks (--seed-search-graph:
// registerSigningKey, createProfile and batchFollow mutations over HTTP, see Seeding/SearchGraphSeeder.cs).
//
//   node tests/bench/search-bench.mjs [--profiles 100000] [--edges 1000000] [--followers 1000] [--duration 20]
//        [--connections 64] [--threads 2] [--keep DIR | --reuse DIR]
//
// `--keep DIR` builds the SQLite graph in DIR and leaves it there with graph.json (its handles, and those with 50
// followers or more, which read-bench.mjs --reuse DIR pages through); `--reuse DIR` measures it again.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { root } from '../server/server.mjs';
import { sumFollowerCounts } from './graph.mjs';
import { loadAverage, runWrk, startSampler } from './measure.mjs';
import { runWithStore } from './store.mjs';

const { values: options } = parseArgs({
  options: {
    profiles: { type: 'string', default: '100000' },
    edges: { type: 'string', default: '1000000' },
    followers: { type: 'string', default: '1000' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '64' },
    threads: { type: 'string', default: '2' },
    keep: { type: 'string' },
    reuse: { type: 'string' },
  },
});
const duration = Number(options.duration);
const connections = Number(options.connections);
const threads = Number(options.threads);
if (options.keep && options.reuse) throw new Error('--keep builds a graph, --reuse measures a kept one: not both');
const reuseDir = options.reuse && path.resolve(options.reuse);
const keepDir = options.keep && path.resolve(options.keep);
if (keepDir && existsSync(path.join(keepDir, 'follows.db'))) throw new Error(`${keepDir} already holds a follows.db: use --reuse`);
const seeder = path.join(root, 'tests/GraphQlFollows.Benchmarks/bin/Release/net10.0/GraphQlFollows.Benchmarks.dll');

await runWithStore('sqlite', async ({ server, describeStore }) => {
  console.log(`server ${server.endpoint} (pid ${server.pid}), ${describeStore}; load average ${loadAverage()}`);
  const workDir = mkdtempSync(path.join(tmpdir(), 'gqlf-search-'));
  try {
    const graphFile = reuseDir ? path.join(reuseDir, 'graph.json') : path.join(keepDir ?? workDir, 'graph.json');
    if (!reuseDir) {
      if (!existsSync(seeder)) throw new Error(`${seeder} is missing: dotnet build tests/GraphQlFollows.Benchmarks -c Release`);
      execFileSync('dotnet', [seeder, '--seed-search-graph', server.endpoint, options.profiles, options.followers, options.edges, graphFile], { stdio: 'inherit' });
    }
    const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
    const followerSum = await sumFollowerCounts(server.endpoint, graph.handles);
    if (followerSum !== graph.edges) throw new Error(`the graph has ${followerSum} follows, not ${graph.edges}`);
    console.log(`graph: ${graph.edges} follows over ${graph.handles.length} profiles (${graph.pageHandles.length} with 50 followers or more)` +
      `${graph.seedSeconds ? `, seeded in ${graph.seedSeconds} s` : ''}`);

    const handlesFile = path.join(workDir, 'handles');
    writeFileSync(handlesFile, `${graph.handles.join('\n')}\n`);
    const run = async (mode, seconds) => {
      const sampler = startSampler(server.pid);
      const { result } = await runWrk({
        script: 'profile-search.lua', endpoint: server.endpoint, threads, connections, duration: seconds,
        scriptArgs: [handlesFile, mode], onStart: (pid) => sampler.setWrkPid(pid),
      });
      const usage = sampler.stop();
      return { mode, ...result, serverCores: Number(usage.serverCores.toFixed(2)), load: loadAverage() };
    };
    // A server fresh from start-up runs its first seconds on unoptimised code: 5 s of each load first, unmeasured.
    for (const mode of ['by-handle', 'prefix', 'top']) await run(mode, 5);
    // The peer before and after the two searches, so that a change of the machine's load shows.
    const results = [];
    for (const mode of ['by-handle', 'prefix', 'top', 'by-handle']) {
      const result = await run(mode, duration);
      results.push(result);
      const seconds = result.durationUs / 1e6;
      console.log(`${mode.padEnd(10)} ${Math.round(result.requests / seconds)} requests/s, p50 ${result.latencyUs.p50 / 1000} ms, ` +
        `p99 ${result.latencyUs.p99 / 1000} ms, max ${result.latencyUs.max / 1000} ms; answers ${result.answers}, empty ${result.empty}, ` +
        `errors ${result.badAnswers}, non-200 ${result.non200}${result.firstFailure ? ` (first: ${result.firstFailure})` : ''}; ` +
        `server ${result.serverCores} cores; load ${result.load}`);
    }
    const peerP99 = Math.max(results[0].latencyUs.p99, results[3].latencyUs.p99);
    for (const result of results.slice(1, 3)) {
      console.log(`${result.mode}: p99 is ${(result.latencyUs.p99 / peerP99).toFixed(2)} times the larger p99 of profileByHandle`);
    }
    console.log(`BENCH_SUMMARY ${JSON.stringify({ edges: graph.edges, profiles: graph.handles.length, duration, connections, threads, results })}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}, { workDir: keepDir ?? reuseDir });
