// The write benchmark: signed follows (or unfollows) driven by wrk against the Release server on a fresh
// database, counted from the graph afterwards, set against the machine's own P-256 verify rate.
//
//   node tests/bench/write-bench.mjs [--store sqlite|postgres] [--variant follow|unfollow|mixed]
//        [--duration 30] [--connections 64] [--threads 2] [--wallets 450] [--profiles 450] [--requests 200000]
//        [--warmup 1000]
//
// Every pre-signed request is a distinct (follower, profile) pair, so each can succeed once; `--requests` must
// exceed what the run can consume (the run says so when the pool ran out); the first `--warmup` of them are sent
// before the measurement, unmeasured. Variants:
//   follow    every request a new follow
//   unfollow  a setup pass follows every pair first, then the run unfollows them with newer messages
//   mixed     follows, of which 10% are byte-identical retries of one sent earlier and 10% carry a bad signature
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { operationCount } from '../e2e/clients.mjs';
import { createProfiles, mutationBody, registerFollowers, seedFollows, sendAll, shuffledPairs, signPairInputs, sumFollowerCounts } from './graph.mjs';
import { dealToThreads, loadAverage, p256VerifyRate, runWrk, startSampler, writeThreadFiles } from './measure.mjs';
import { runWithStore } from './store.mjs';

const { values: options } = parseArgs({
  options: {
    store: { type: 'string', default: 'sqlite' },
    variant: { type: 'string', default: 'follow' },
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '64' },
    threads: { type: 'string', default: '2' },
    wallets: { type: 'string', default: '450' },
    profiles: { type: 'string', default: '450' },
    requests: { type: 'string', default: '200000' },
    warmup: { type: 'string', default: '1000' },
  },
});
const duration = Number(options.duration);
const connections = Number(options.connections);
const threads = Number(options.threads);
const walletCount = Number(options.wallets);
const profileCount = Number(options.profiles);
const warmupCount = Number(options.warmup);
const requestCount = Math.min(Number(options.requests), walletCount * profileCount);
if (!['follow', 'unfollow', 'mixed'].includes(options.variant)) throw new Error(`unknown variant ${options.variant}`);
if (!(duration > 0 && duration <= 3600 && connections >= threads && threads > 0)) throw new Error('bad --duration, --connections or --threads');

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/** Breaks one signature of a valid input: the last hex digit of `s` changes, so it parses and fails to verify. */
function withBadSignature(input) {
  const last = input.signature.at(-1);
  return { ...input, signature: input.signature.slice(0, -1) + (last === '0' ? '1' : '0') };
}

/**
 * Thread N's bodies for the mixed variant: its own fresh follows in order, with 10% of positions a repeat of a
 * valid body of this thread at least `gap` positions back (already answered, since a connection has one request
 * in flight and a thread `gap / 2` connections) and 10% a fresh follow with a broken signature.
 */
function mixedSequence(inputs, gap) {
  const bodies = [];
  const validPositions = [];
  let next = 0;
  while (next < inputs.length) {
    const roll = Math.random();
    if (roll < 0.1 && validPositions.length > gap) {
      const from = validPositions[Math.floor(Math.random() * (validPositions.length - gap))];
      bodies.push(bodies[from]);
    } else if (roll < 0.2) {
      bodies.push(mutationBody('follow', withBadSignature(inputs[next++])));
    } else {
      validPositions.push(bodies.length);
      bodies.push(mutationBody('follow', inputs[next++]));
    }
  }
  return bodies;
}

await runWithStore(options.store, async ({ server, describeStore }) => {
  const report = { store: options.store, variant: options.variant, duration, connections, threads, loadStart: loadAverage() };
  console.log(`server ${server.endpoint} (pid ${server.pid}), ${describeStore}; load average ${report.loadStart}`);

  let since = performance.now();
  const followers = await registerFollowers(server.endpoint, walletCount);
  const handles = await createProfiles(server.endpoint, profileCount);
  console.log(`registered ${walletCount} wallets with signing keys and ${profileCount} profiles in ${seconds(since)} s`);

  let pairs = shuffledPairs(walletCount, profileCount, requestCount);
  const op = options.variant === 'unfollow' ? 'unfollow' : 'follow';
  if (options.variant === 'unfollow') {
    // Only followed pairs can be unfollowed, and following costs as much as the run itself: the setup pass
    // follows in chunks until three times what the run could consume at the setup's own rate.
    console.log(`setup pass: following up to ${pairs.length} pairs through the server`);
    const { seeded, seconds: setupSeconds } = await seedFollows(server.endpoint, followers, handles, pairs, {
      chunk: 2000,
      concurrency: connections,
      enough: (done, perSecond) => done >= 3 * perSecond * duration,
    });
    pairs = pairs.subarray(0, seeded);
    report.setupFollows = seeded;
    report.setupFollowSeconds = Number(setupSeconds.toFixed(1));
  }

  since = performance.now();
  const signed = await signPairInputs(followers, handles, pairs, op);
  const warmupInputs = signed.slice(0, Math.min(warmupCount, Math.floor(signed.length / 10)));
  const inputs = signed.slice(warmupInputs.length);
  const signSeconds = (performance.now() - since) / 1000;
  console.log(`signed ${inputs.length} ${op} messages with WebCrypto in ${signSeconds.toFixed(1)} s (${Math.round(inputs.length / signSeconds)}/s)`);

  const perThread = dealToThreads(inputs, threads).map((mine) => (options.variant === 'mixed'
    ? mixedSequence(mine, 2 * Math.ceil(connections / threads))
    : mine.map((input) => mutationBody(op, input))));
  const workDir = mkdtempSync(path.join(tmpdir(), 'gqlf-wrk-'));
  try {
    writeThreadFiles(path.join(workDir, 'bodies'), perThread);

    // A server fresh from start-up runs its first seconds on unoptimised code: the warm-up pairs (kept out of the
    // pool) go through the same mutation first, unmeasured; the accepted count is read as a difference anyway.
    if (warmupInputs.length > 0) {
      const { statuses, seconds: warmupSeconds } = await sendAll(server.endpoint, warmupInputs.map((input) => mutationBody(op, input)), { concurrency: connections, label: 'warm-up' });
      console.log(`warm-up: ${warmupInputs.length} ${op}s in ${warmupSeconds.toFixed(1)} s, ${JSON.stringify(statuses)}`);
    }

    const followersBefore = await sumFollowerCounts(server.endpoint, handles);
    const operationsBefore = await operationCount(server.endpoint);

    console.log(`wrk -t${threads} -c${connections} -d${duration}s: ${perThread.reduce((n, b) => n + b.length, 0)} bodies ready`);
    const sampler = startSampler(server.pid);
    const { result: wrk, text } = await runWrk({
      script: 'signed-writes.lua', endpoint: server.endpoint, threads, connections, duration,
      scriptArgs: [path.join(workDir, 'bodies')], onStart: (pid) => sampler.setWrkPid(pid),
    });
    const usage = sampler.stop();
    console.log(text.trim());

    // Accepted writes as the graph has them: the change in the profiles' follower counts and in the log's length.
    const followersAfter = await sumFollowerCounts(server.endpoint, handles);
    const operationsAfter = await operationCount(server.endpoint);
    const accepted = Math.abs(followersAfter - followersBefore);
    const loadSeconds = wrk.durationUs / 1e6;
    if (operationsAfter - operationsBefore !== accepted) {
      console.log(`NOTE: the log grew by ${operationsAfter - operationsBefore} operations, the follower counts moved by ${accepted}`);
    }

    // Right after the load, not during it, so that the two do not share the cores.
    const cores = cpus().length;
    const verifyPerSecond = p256VerifyRate(cores);

    Object.assign(report, {
      accepted,
      acceptedPerSecond: Math.round(accepted / loadSeconds),
      operationsLogged: operationsAfter - operationsBefore,
      requests: wrk.requests,
      requestsPerSecond: Math.round(wrk.requests / loadSeconds),
      statuses: wrk.statuses,
      non200: wrk.non200,
      socketErrors: wrk.socketErrors,
      poolExhausted: wrk.idle > 0,
      p50Ms: wrk.latencyUs.p50 / 1000,
      p90Ms: wrk.latencyUs.p90 / 1000,
      p99Ms: wrk.latencyUs.p99 / 1000,
      maxMs: wrk.latencyUs.max / 1000,
      serverCores: Number(usage.serverCores.toFixed(2)),
      wrkCores: usage.wrkCores === null ? null : Number(usage.wrkCores.toFixed(2)),
      rssStartMiB: usage.rssStartMiB,
      rssEndMiB: usage.rssEndMiB,
      rssPeakMiB: usage.rssPeakMiB,
      rssPer10sMiB: usage.rssPer10sMiB,
      verifyPerSecond: Math.round(verifyPerSecond),
      cores,
      acceptedToVerifyRatio: Number((accepted / loadSeconds / verifyPerSecond).toFixed(4)),
      loadEnd: loadAverage(),
    });

    console.log(`
accepted ${op}s       ${accepted} in ${loadSeconds.toFixed(1)} s = ${report.acceptedPerSecond}/s (read back from the graph)
requests          ${wrk.requests} (${report.requestsPerSecond}/s), statuses ${JSON.stringify(wrk.statuses)}, non-200 ${wrk.non200}${wrk.firstFailure ? ` (first: ${wrk.firstFailure})` : ''}
latency           p50 ${report.p50Ms} ms, p90 ${report.p90Ms} ms, p99 ${report.p99Ms} ms, max ${report.maxMs} ms
server CPU        ${report.serverCores} cores on average (wrk ${report.wrkCores ?? '?'} cores) of ${cores}${options.store === 'postgres' ? ', PostgreSQL\'s own processes not counted' : ''}
server RSS        start ${usage.rssStartMiB} MiB, end ${usage.rssEndMiB} MiB, peak ${usage.rssPeakMiB} MiB; per 10 s: ${usage.rssPer10sMiB.join(', ')} MiB
P-256 verify      ${report.verifyPerSecond}/s on ${cores} cores (openssl speed -multi ${cores} ecdsap256)
accepted / verify ${report.acceptedToVerifyRatio}
load average      ${report.loadStart} at start, ${report.loadEnd} at end`);
    if (report.poolExhausted) console.log(`WARNING: the pre-signed pool ran out (${wrk.idle} health checks sent instead): raise --requests`);
    if (wrk.non200 > 0 || Object.values(wrk.socketErrors).some((n) => n > 0)) console.log('WARNING: some requests failed (see non-200 and socket errors)');
    console.log(`BENCH_SUMMARY ${JSON.stringify(report)}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
});
