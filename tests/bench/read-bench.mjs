// The read benchmark: pages of 50 followers of random profiles, driven by wrk against the Release server, on a
// graph built through the real write path (signed follows over GraphQL, as the write benchmark sends them), and
// the same pages from the reference server node-peer (graphql-js and better-sqlite3, one thread) over the same
// graph, in the same run.
//
//   node tests/bench/read-bench.mjs --edges 10000|1000000 [--followers-per-profile 60] [--duration 30]
//        [--connections 64] [--threads 2] [--rounds 1] [--warmup 15] [--store sqlite|postgres] [--keep DIR | --reuse DIR]
//        [--two-step | --with-counts] [--no-peer] [--server DLL]
//
// Every profile has `--followers-per-profile` followers (60: every page of 50 is full and has a next page): F
// wallets each following all of P = edges / F profiles. `--keep DIR` builds the SQLite graph in DIR and leaves it
// there with graph.json (its handles); `--reuse DIR` measures it again without reseeding. A kept graph of
// search-bench.mjs is measured on its profiles with 50 followers or more.
//
// The page is the request
//   profileByHandle(handle) { followerCount followers(first: 50) { pageInfo { hasNextPage endCursor }
//                             edges { cursor node { address handle } } } }
// With `--two-step`, each page is followed by batchGetAddresses of its 50 addresses (the followers' following
// counts); with `--with-counts`, the page itself reads them through each follow's `follower`
// (`node { address handle follower { followingCount } }`). The peer serves neither: it is then left out.
//
// node-peer is seeded from the server's own SQLite file (its profiles and current follows, copied into a file in
// the peer's schema: see node-peer.mjs), not through its mutations. On PostgreSQL it is left out. Each round
// measures the server, then the peer, each after `--warmup` seconds of the same load unmeasured (the server's
// code is compiled at its final tier by then, so the figures are its steady state); the figures include each
// process's CPU time per page (CPU seconds from /proc over the measured seconds, divided by the pages), and the
// machine's P-256 verify rate on all its cores (openssl) is measured before the load as a reference of its speed.
// `--server DLL` measures another build of the server (for instance an earlier commit's) on the same graph.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createProfiles, registerFollowers, seedFollows, shuffledPairs, sumFollowerCounts } from './graph.mjs';
import { loadAverage, p256VerifyRate, runWrk, startSampler } from './measure.mjs';
import { findPeer, installPeer, seedPeerFromServer, startPeer } from './node-peer.mjs';
import { runWithStore } from './store.mjs';

const { values: options } = parseArgs({
  options: {
    edges: { type: 'string' },
    'followers-per-profile': { type: 'string', default: '60' },
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '64' },
    threads: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '1' },
    warmup: { type: 'string', default: '15' },
    server: { type: 'string' },
    store: { type: 'string', default: 'sqlite' },
    keep: { type: 'string' },
    reuse: { type: 'string' },
    'two-step': { type: 'boolean', default: false },
    'with-counts': { type: 'boolean', default: false },
    'no-peer': { type: 'boolean', default: false },
  },
});
const duration = Number(options.duration);
const connections = Number(options.connections);
const threads = Number(options.threads);
const rounds = Number(options.rounds);
const warmup = Number(options.warmup);
if (options['two-step'] && options['with-counts']) throw new Error('--two-step and --with-counts are two ways of reading the counts: one at a time');
const mode = options['two-step'] ? 'two-step' : options['with-counts'] ? 'with-counts' : 'page-only';
if (!(duration > 0 && duration <= 3600 && connections >= threads && threads > 0)) throw new Error('bad --duration, --connections or --threads');
if (!(Number.isInteger(rounds) && rounds >= 1 && rounds <= 10)) throw new Error('--rounds must be 1 to 10');
if (!(warmup >= 1 && warmup <= 600)) throw new Error('--warmup must be 1 to 600 seconds');
if (options.keep && options.reuse) throw new Error('--keep builds a graph, --reuse measures a kept one: not both');
const withPeer = !options['no-peer'] && mode === 'page-only' && options.store === 'sqlite';

const reuseDir = options.reuse && path.resolve(options.reuse);
const keepDir = options.keep && path.resolve(options.keep);
let graph;
if (reuseDir) {
  graph = JSON.parse(readFileSync(path.join(reuseDir, 'graph.json'), 'utf8'));
} else {
  const edges = Number(options.edges);
  const followers = Number(options['followers-per-profile']);
  if (!(edges >= 100 && edges <= 5_000_000)) throw new Error('--edges must be between 100 and 5,000,000');
  if (!(Number.isInteger(followers) && followers >= 51 && followers <= 1000)) throw new Error('--followers-per-profile must be 51 to 1,000, so that every page is full');
  graph = { edges, followers, profiles: Math.ceil(edges / followers) };
  graph.edges = graph.followers * graph.profiles;
  if (keepDir && existsSync(path.join(keepDir, 'follows.db'))) throw new Error(`${keepDir} already holds a follows.db: use --reuse`);
}

// The peer is installed before anything is measured: its first `npm ci` takes minutes.
const peerDir = withPeer ? installPeer(findPeer()) : null;
const cores = cpus().length;
console.log(`machine: ${cores} cores; P-256 verifications a second on all of them (openssl speed -multi ${cores} ecdsap256), measured before the load:`);
const verifyRate = p256VerifyRate(cores);
console.log(`  ${Math.round(verifyRate)}/s`);

await runWithStore(options.store, async ({ server, describeStore }) => {
  console.log(`server ${server.endpoint} (pid ${server.pid}), ${describeStore}; load average ${loadAverage()}`);
  if (!reuseDir) await seed(server);

  // The graph must be whole before it is measured (a reused directory could hold a run interrupted mid-seed).
  const followerSum = await sumFollowerCounts(server.endpoint, graph.handles);
  if (followerSum !== graph.edges) throw new Error(`the graph has ${followerSum} follows, not ${graph.edges}`);
  console.log(`graph: ${graph.edges} follows over ${graph.handles.length} profiles, ${graph.followers} followers each${graph.seedSeconds ? ` (seeded in ${graph.seedSeconds} s, ${Math.round(graph.edges / graph.seedSeconds)}/s; ${graph.seedRetried ?? 0} follows retried, ${graph.seedFailed ?? 0} failed twice)` : ''}`);

  const workDir = mkdtempSync(path.join(tmpdir(), 'gqlf-wrk-'));
  const handlesFile = path.join(workDir, 'handles');
  writeFileSync(handlesFile, `${(graph.pageHandles ?? graph.handles).join('\n')}\n`);
  let peer;
  try {
    if (withPeer) {
      const copied = seedPeerFromServer(peerDir, path.join(server.workDir, 'follows.db'), path.join(workDir, 'peer.db'));
      if (copied !== graph.edges) throw new Error(`node-peer was seeded with ${copied} follows, not ${graph.edges}`);
      peer = await startPeer(peerDir, path.join(workDir, 'peer.db'));
      console.log(`node-peer ${peer.endpoint} (pid ${peer.pid}), seeded from the server's SQLite file with the same ${copied} follows`);
    }
    const results = [];
    for (let round = 1; round <= rounds; round++) {
      const ours = await measure('GraphQlFollows', server, handlesFile);
      const theirs = peer ? await measure('node-peer', peer, handlesFile) : null;
      results.push({ round, ours, theirs });
    }
    summarize(results);
  } finally {
    await peer?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}, { workDir: keepDir ?? reuseDir, dll: options.server && path.resolve(options.server) });

async function seed(server) {
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

/** One measured wrk run against `target` (anything with an endpoint and a pid), after `--warmup` seconds of the same load. */
async function measure(name, target, handlesFile) {
  const run = { script: 'follower-pages.lua', endpoint: target.endpoint, threads, connections, scriptArgs: [handlesFile, mode] };
  // A process fresh from start-up runs its first seconds on unoptimised code: the same load first, unmeasured.
  await runWrk({ ...run, duration: warmup });
  const loadStart = loadAverage();
  const sampler = startSampler(target.pid);
  const { result: wrk } = await runWrk({ ...run, duration, onStart: (pid) => sampler.setWrkPid(pid) });
  const usage = sampler.stop();
  const loadSeconds = wrk.durationUs / 1e6;
  const cpuSeconds = usage.serverCores * usage.seconds;
  const figures = {
    name, mode, edges: graph.edges, profiles: graph.handles.length, duration, connections, threads,
    pagesPerSecond: Math.round(wrk.pagesDone / loadSeconds),
    requestsPerSecond: Math.round(wrk.requests / loadSeconds),
    pages: wrk.pagesDone, requests: wrk.requests, shortPages: wrk.shortPages, badAnswers: wrk.badAnswers, non200: wrk.non200,
    socketErrors: wrk.socketErrors,
    p50Ms: wrk.latencyUs.p50 / 1000, p90Ms: wrk.latencyUs.p90 / 1000, p99Ms: wrk.latencyUs.p99 / 1000, maxMs: wrk.latencyUs.max / 1000,
    cores: Number(usage.serverCores.toFixed(2)),
    cpuPerPageUs: wrk.pagesDone > 0 ? Math.round((cpuSeconds / wrk.pagesDone) * 1e6) : null,
    wrkCores: usage.wrkCores === null ? null : Number(usage.wrkCores.toFixed(2)),
    rssStartMiB: usage.rssStartMiB, rssEndMiB: usage.rssEndMiB, rssPeakMiB: usage.rssPeakMiB,
    loadStart, loadEnd: loadAverage(), verifyRate: Math.round(verifyRate),
  };
  console.log(`
${name}: wrk -t${threads} -c${connections} -d${duration}s, ${{ 'two-step': 'page + batchGetAddresses each', 'with-counts': 'one request a page, counts through follower' }[mode] ?? 'one request a page'}
  pages           ${wrk.pagesDone} in ${loadSeconds.toFixed(1)} s = ${figures.pagesPerSecond} pages/s
  requests        ${wrk.requests} (${figures.requestsPerSecond}/s), short pages ${wrk.shortPages}, errors ${wrk.badAnswers}, non-200 ${wrk.non200}${wrk.firstFailure ? ` (first: ${wrk.firstFailure})` : ''}
  latency         p50 ${figures.p50Ms} ms, p90 ${figures.p90Ms} ms, p99 ${figures.p99Ms} ms, max ${figures.maxMs} ms
  CPU             ${figures.cores} cores on average = ${figures.cpuPerPageUs} µs a page (wrk ${figures.wrkCores ?? '?'} cores)
  RSS             start ${usage.rssStartMiB} MiB, end ${usage.rssEndMiB} MiB, peak ${usage.rssPeakMiB} MiB
  load average    ${loadStart} at start, ${figures.loadEnd} at end`);
  if (wrk.badAnswers > 0 || wrk.non200 > 0 || wrk.shortPages > 0) console.log('  WARNING: some answers were not full pages (see above)');
  console.log(`BENCH_SUMMARY ${JSON.stringify(figures)}`);
  return figures;
}

function summarize(results) {
  console.log(`\nsummary (${graph.edges} edges, ${mode}; P-256 verify rate ${Math.round(verifyRate)}/s before the load)`);
  for (const { round, ours, theirs } of results) {
    const versus = theirs
      ? `; node-peer ${theirs.pagesPerSecond} pages/s, ${theirs.cpuPerPageUs} µs CPU a page, p99 ${theirs.p99Ms} ms: ${(ours.pagesPerSecond / theirs.pagesPerSecond).toFixed(1)}x the pages, ${(theirs.cpuPerPageUs / ours.cpuPerPageUs).toFixed(1)}x less CPU a page`
      : '';
    console.log(`  round ${round}: GraphQlFollows ${ours.pagesPerSecond} pages/s, ${ours.cpuPerPageUs} µs CPU a page, p99 ${ours.p99Ms} ms${versus}`);
  }
}
