// The read benchmark: pages of 50 followers of random profiles, with the profile's followerCount and each
// follower's followingCount, driven by wrk against the Release server, on a graph built through the real write
// path (signed follows over GraphQL, as the write benchmark sends them). Two requests a page (the page, then
// batchGetAddresses of its followers), or one with `--page-only` (the counts read through each follow's `follower`).
//
//   node tests/bench/read-bench.mjs --edges 10000|1000000 [--duration 30] [--connections 64] [--threads 2]
//        [--store sqlite|postgres] [--keep DIR | --reuse DIR] [--page-only]
//
// The graph is F followers each following all of P profiles (E = F x P): 100 x 100 for 10,000 edges, 500
// followers x 2,000 profiles for 1,000,000, so every profile has more than a page of followers. `--keep DIR`
// builds the SQLite graph in DIR and leaves it there with graph.json (its handles); `--reuse DIR` measures it
// again without reseeding. A kept graph of search-bench.mjs is measured on its profiles with 50 followers or more.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createProfiles, registerFollowers, seedFollows, shuffledPairs, sumFollowerCounts } from './graph.mjs';
import { loadAverage, runWrk, startSampler } from './measure.mjs';
import { runWithStore } from './store.mjs';

const { values: options } = parseArgs({
  options: {
    edges: { type: 'string' },
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '64' },
    threads: { type: 'string', default: '2' },
    store: { type: 'string', default: 'sqlite' },
    keep: { type: 'string' },
    reuse: { type: 'string' },
    'page-only': { type: 'boolean', default: false },
  },
});
const duration = Number(options.duration);
const connections = Number(options.connections);
const threads = Number(options.threads);
if (!(duration > 0 && duration <= 3600 && connections >= threads && threads > 0)) throw new Error('bad --duration, --connections or --threads');
if (options.keep && options.reuse) throw new Error('--keep builds a graph, --reuse measures a kept one: not both');

const reuseDir = options.reuse && path.resolve(options.reuse);
const keepDir = options.keep && path.resolve(options.keep);
let graph;
if (reuseDir) {
  graph = JSON.parse(readFileSync(path.join(reuseDir, 'graph.json'), 'utf8'));
} else {
  const edges = Number(options.edges);
  if (!(edges >= 100 && edges <= 5_000_000)) throw new Error('--edges must be between 100 and 5,000,000');
  const followers = edges >= 100_000 ? 500 : 100;
  graph = { edges, followers, profiles: Math.ceil(edges / followers) };
  if (keepDir && existsSync(path.join(keepDir, 'follows.db'))) throw new Error(`${keepDir} already holds a follows.db: use --reuse`);
}

await runWithStore(options.store, async ({ server, describeStore }) => {
  const loadStart = loadAverage();
  console.log(`server ${server.endpoint} (pid ${server.pid}), ${describeStore}; load average ${loadStart}`);

  if (!reuseDir) {
    const started = performance.now();
    const followers = await registerFollowers(server.endpoint, graph.followers);
    graph.handles = await createProfiles(server.endpoint, graph.profiles);
    console.log(`registered ${graph.followers} followers and ${graph.profiles} profiles; seeding ${graph.edges} follows`);
    const pairs = shuffledPairs(graph.followers, graph.profiles, graph.edges);
    const { seconds, failed, retried } = await seedFollows(server.endpoint, followers, graph.handles, pairs, { concurrency: connections });
    graph.seedSeconds = Math.round(seconds);
    graph.seedRetried = retried;
    graph.seedFailed = failed;
    // A follow that failed twice is not in the graph: the graph has that many edges fewer.
    graph.edges -= failed;
    graph.builtIn = Math.round((performance.now() - started) / 1000);
    graph.builtAt = new Date().toISOString();
    if (keepDir) writeFileSync(path.join(keepDir, 'graph.json'), JSON.stringify(graph));
  }

  // The graph must be whole before it is measured (a reused directory could hold a run interrupted mid-seed).
  const followerSum = await sumFollowerCounts(server.endpoint, graph.handles);
  if (followerSum !== graph.edges) throw new Error(`the graph has ${followerSum} follows, not ${graph.edges}`);
  console.log(`graph: ${graph.edges} follows over ${graph.handles.length} profiles${graph.seedSeconds ? ` (seeded in ${graph.seedSeconds} s, ${Math.round(graph.edges / graph.seedSeconds)}/s; ${graph.seedRetried ?? 0} follows retried, ${graph.seedFailed ?? 0} failed twice)` : ''}`);

  const workDir = mkdtempSync(path.join(tmpdir(), 'gqlf-wrk-'));
  try {
    const handlesFile = path.join(workDir, 'handles');
    writeFileSync(handlesFile, `${(graph.pageHandles ?? graph.handles).join('\n')}\n`);
    const mode = options['page-only'] ? 'page-only' : 'two-step';
    // A server fresh from start-up runs its first seconds on unoptimised code: 5 s of the same load first, unmeasured.
    console.log('warm-up: 5 s of the same load, not measured');
    await runWrk({ script: 'follower-pages.lua', endpoint: server.endpoint, threads, connections, duration: 5, scriptArgs: [handlesFile, mode] });
    console.log(`wrk -t${threads} -c${connections} -d${duration}s: follower pages (${mode})`);
    const sampler = startSampler(server.pid);
    const { result: wrk, text } = await runWrk({
      script: 'follower-pages.lua', endpoint: server.endpoint, threads, connections, duration,
      scriptArgs: [handlesFile, mode], onStart: (pid) => sampler.setWrkPid(pid),
    });
    const usage = sampler.stop();
    console.log(text.trim());

    const loadSeconds = wrk.durationUs / 1e6;
    const report = {
      edges: graph.edges, followers: graph.followers, profiles: graph.handles.length, store: options.store, mode, duration, connections, threads,
      pagesPerSecond: Math.round(wrk.pagesDone / loadSeconds),
      requestsPerSecond: Math.round(wrk.requests / loadSeconds),
      pages: wrk.pagesDone, requests: wrk.requests, shortPages: wrk.shortPages, badAnswers: wrk.badAnswers, non200: wrk.non200,
      socketErrors: wrk.socketErrors,
      p50Ms: wrk.latencyUs.p50 / 1000, p90Ms: wrk.latencyUs.p90 / 1000, p99Ms: wrk.latencyUs.p99 / 1000, maxMs: wrk.latencyUs.max / 1000,
      serverCores: Number(usage.serverCores.toFixed(2)),
      wrkCores: usage.wrkCores === null ? null : Number(usage.wrkCores.toFixed(2)),
      rssStartMiB: usage.rssStartMiB, rssEndMiB: usage.rssEndMiB, rssPeakMiB: usage.rssPeakMiB, rssPer10sMiB: usage.rssPer10sMiB,
      loadStart, loadEnd: loadAverage(),
    };
    console.log(`
pages             ${wrk.pagesDone} in ${loadSeconds.toFixed(1)} s = ${report.pagesPerSecond} pages/s (${mode === 'two-step' ? 'page + batchGetAddresses each' : 'one request each, counts through follower'})
requests          ${wrk.requests} (${report.requestsPerSecond}/s), short pages ${wrk.shortPages}, errors ${wrk.badAnswers}, non-200 ${wrk.non200}${wrk.firstFailure ? ` (first: ${wrk.firstFailure})` : ''}
latency/request   p50 ${report.p50Ms} ms, p90 ${report.p90Ms} ms, p99 ${report.p99Ms} ms, max ${report.maxMs} ms
server CPU        ${report.serverCores} cores on average (wrk ${report.wrkCores ?? '?'} cores)
server RSS        start ${usage.rssStartMiB} MiB, end ${usage.rssEndMiB} MiB, peak ${usage.rssPeakMiB} MiB; per 10 s: ${usage.rssPer10sMiB.join(', ')} MiB
load average      ${loadStart} at start, ${report.loadEnd} at end`);
    if (wrk.badAnswers > 0 || wrk.non200 > 0 || wrk.shortPages > 0) console.log('WARNING: some answers were not full pages (see above)');
    console.log(`BENCH_SUMMARY ${JSON.stringify(report)}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}, { workDir: keepDir ?? reuseDir });
