// The write benchmark: signed follows (or unfollows) driven by wrk against the Release server on a fresh
// database, counted from the graph afterwards, set against the machine's own P-256 verify rate.
//
//   node tests/bench/write-bench.mjs [--store sqlite|postgres] [--variant follow|unfollow|mixed]
//        [--duration 30] [--connections 64] [--threads 2] [--wallets 450] [--profiles 450] [--requests 200000]
//        [--warmup 1000] [--instances 1] [--server DLL]
//
// `--instances N` (PostgreSQL only) starts N server processes on the one database and drives them with N wrk
// processes at once, each against its own instance with its share of the connections (64 in all by default) and
// its own share of the bodies, max(1, threads / N) threads each; every instance gets its own `--warmup` first.
// The accepted count is still read from the graph through the first instance. On PostgreSQL the CPU of the
// database server's processes is sampled too, and pg_stat_activity's wait events of the run's connections.
// `--server DLL` runs another build of the server (an earlier commit's) under the same load.
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
import { commitLockFigures, dealToThreads, loadAverage, p256VerifyRate, postgresCpuSeconds, runWrk, startClusterSampler, writeThreadFiles } from './measure.mjs';
import { startWaitSampler } from './pg-waits.mjs';
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
    instances: { type: 'string', default: '1' },
    server: { type: 'string' },
  },
});
const duration = Number(options.duration);
const connections = Number(options.connections);
const threads = Number(options.threads);
const walletCount = Number(options.wallets);
const profileCount = Number(options.profiles);
const warmupCount = Number(options.warmup);
const requestCount = Math.min(Number(options.requests), walletCount * profileCount);
const instanceCount = Number(options.instances);
if (!['follow', 'unfollow', 'mixed'].includes(options.variant)) throw new Error(`unknown variant ${options.variant}`);
if (!(duration > 0 && duration <= 3600 && connections >= threads && threads > 0)) throw new Error('bad --duration, --connections or --threads');
if (!(Number.isInteger(instanceCount) && instanceCount >= 1 && connections >= instanceCount)) throw new Error('bad --instances');
if (instanceCount > 1 && options.store !== 'postgres') throw new Error('--instances above 1 needs --store postgres');

/** The commit lock's figures of the run, from two readings of the instances' metrics (see commitLockFigures). */
function commitLock(before, after) {
  const held = after.heldSeconds - before.heldSeconds;
  const appended = after.appended - before.appended;
  const commits = after.commits - before.commits;
  const perWrite = held / Math.max(1, appended);
  return {
    lockHeldPerWriteUs: Number((perWrite * 1e6).toFixed(1)),
    lockHeldMsPerCommit: Number(((held / Math.max(1, commits)) * 1e3).toFixed(2)),
    writesPerCommit: Number((appended / Math.max(1, commits)).toFixed(1)),
    lockCeilingPerSecond: Math.round(1 / Math.max(perWrite, 1e-9)),
  };
}

/** Instance i's share of the connections: 64 over 3 is 22, 21, 21. */
const connectionsOf = (i) => Math.floor(connections / instanceCount) + (i < connections % instanceCount ? 1 : 0);
const threadsOf = (i) => Math.min(connectionsOf(i), Math.max(1, Math.floor(threads / instanceCount)));
const weightedMean = (values, weights) => values.reduce((sum, v, i) => sum + v * weights[i], 0) / Math.max(1, weights.reduce((a, b) => a + b, 0));

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

await runWithStore(options.store, async ({ server, servers, database, describeStore }) => {
  const report = {
    store: options.store, variant: options.variant, duration, connections, threads, instances: instanceCount,
    loadStart: loadAverage(), startedAt: new Date().toISOString(),
  };
  console.log(`server ${servers.map((s) => `${s.endpoint} (pid ${s.pid})`).join(', ')}, ${describeStore}; load average ${report.loadStart}`);

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
  // Every instance warms up on pairs of its own, kept out of the measured pool.
  const warmupEach = Math.min(warmupCount, Math.floor(signed.length / 10 / instanceCount));
  const warmupInputs = dealToThreads(signed.slice(0, warmupEach * instanceCount), instanceCount);
  const inputs = signed.slice(warmupEach * instanceCount);
  const signSeconds = (performance.now() - since) / 1000;
  console.log(`signed ${inputs.length} ${op} messages with WebCrypto in ${signSeconds.toFixed(1)} s (${Math.round(inputs.length / signSeconds)}/s)`);

  // Instance i's bodies, then dealt to its wrk's threads: no body goes to two instances or two threads.
  const plans = dealToThreads(inputs, instanceCount).map((mine, i) => {
    const c = connectionsOf(i);
    const t = threadsOf(i);
    const perThread = dealToThreads(mine, t).map((theirs) => (options.variant === 'mixed'
      ? mixedSequence(theirs, 2 * Math.ceil(c / t))
      : theirs.map((input) => mutationBody(op, input))));
    return { server: servers[i], connections: c, threads: t, perThread };
  });
  const workDir = mkdtempSync(path.join(tmpdir(), 'gqlf-wrk-'));
  let waits;
  try {
    plans.forEach((plan, i) => writeThreadFiles(path.join(workDir, `bodies-${i}`), plan.perThread));

    // A server fresh from start-up runs its first seconds on unoptimised code: the warm-up pairs (kept out of the
    // pool) go through the same mutation first, unmeasured; the accepted count is read as a difference anyway.
    if (warmupEach > 0) {
      const warmups = await Promise.all(plans.map((plan, i) => sendAll(plan.server.endpoint, warmupInputs[i].map((input) => mutationBody(op, input)), {
        concurrency: plan.connections, label: `warm-up ${i + 1}`,
      })));
      warmups.forEach(({ statuses, seconds: warmupSeconds }, i) => console.log(`warm-up${instanceCount > 1 ? ` of instance ${i + 1}` : ''}: ${warmupEach} ${op}s in ${warmupSeconds.toFixed(1)} s, ${JSON.stringify(statuses)}`));
    }

    const followersBefore = await sumFollowerCounts(server.endpoint, handles);
    const operationsBefore = await operationCount(server.endpoint);

    for (const [i, plan] of plans.entries()) {
      console.log(`wrk -t${plan.threads} -c${plan.connections} -d${duration}s against ${plan.server.endpoint}: ${plan.perThread.reduce((n, b) => n + b.length, 0)} bodies ready`);
    }
    const postmaster = database?.postmasterPid() ?? null;
    if (database && postmaster === null) console.log('NOTE: the PostgreSQL server\'s processes cannot be found from here: its CPU is not measured');
    const sampler = startClusterSampler(servers.map((s) => s.pid), { postgresCpu: postmaster === null ? undefined : () => postgresCpuSeconds(postmaster) });
    waits = database ? await startWaitSampler(database) : null;
    const lockBefore = database ? await commitLockFigures(servers) : null;
    const runs = await Promise.all(plans.map((plan, i) => runWrk({
      script: 'signed-writes.lua', endpoint: plan.server.endpoint, threads: plan.threads, connections: plan.connections, duration,
      scriptArgs: [path.join(workDir, `bodies-${i}`)], onStart: (pid) => sampler.addWrkPid(pid),
    })));
    const usage = sampler.stop();
    const lockAfter = database ? await commitLockFigures(servers) : null;
    const waitReport = waits ? await waits.stop() : null;
    waits = null;
    runs.forEach(({ text }, i) => console.log(`${instanceCount > 1 ? `-- wrk of instance ${i + 1}\n` : ''}${text.trim()}`));

    // Accepted writes as the graph has them: the change in the profiles' follower counts and in the log's length,
    // read once the requests still in flight when wrk stopped have been committed (the log stops growing).
    let settled = await operationCount(server.endpoint);
    for (let attempt = 0; attempt < 40; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const now = await operationCount(server.endpoint);
      if (now === settled) break;
      settled = now;
    }
    const followersAfter = await sumFollowerCounts(server.endpoint, handles);
    const operationsAfter = await operationCount(server.endpoint);
    const accepted = Math.abs(followersAfter - followersBefore);
    const results = runs.map((run) => run.result);
    // wrk's runs start together and each lasts `duration`: the longest of them is the load's span.
    const loadSeconds = Math.max(...results.map((r) => r.durationUs)) / 1e6;
    if (operationsAfter - operationsBefore !== accepted) {
      console.log(`NOTE: the log grew by ${operationsAfter - operationsBefore} operations, the follower counts moved by ${accepted}`);
    }

    // Right after the load, not during it, so that the two do not share the cores.
    const cores = cpus().length;
    const verifyPerSecond = p256VerifyRate(cores);

    const total = (pick) => results.reduce((n, r) => n + pick(r), 0);
    const statuses = {};
    const socketErrors = {};
    for (const r of results) {
      for (const [name, n] of Object.entries(r.statuses)) statuses[name] = (statuses[name] ?? 0) + n;
      for (const [name, n] of Object.entries(r.socketErrors)) socketErrors[name] = (socketErrors[name] ?? 0) + n;
    }
    const requests = total((r) => r.requests);
    const requestCounts = results.map((r) => r.requests);
    const ms = (us) => us / 1000;
    // One wrk: its own percentiles. Several: p50 weighted by each wrk's requests, p90 and p99 the worst of them.
    const latency = {
      p50Ms: ms(weightedMean(results.map((r) => r.latencyUs.p50), requestCounts)),
      p90Ms: ms(Math.max(...results.map((r) => r.latencyUs.p90))),
      p99Ms: ms(Math.max(...results.map((r) => r.latencyUs.p99))),
      maxMs: ms(Math.max(...results.map((r) => r.latencyUs.max))),
    };
    const perInstance = results.map((r, i) => ({
      instance: i + 1,
      wrk: `-t${plans[i].threads} -c${plans[i].connections}`,
      requests: r.requests,
      requestsPerSecond: Math.round(r.requests / (r.durationUs / 1e6)),
      statuses: r.statuses,
      p50Ms: ms(r.latencyUs.p50), p99Ms: ms(r.latencyUs.p99), maxMs: ms(r.latencyUs.max),
      serverCores: Number(usage.servers[i].cores.toFixed(2)),
      rssStartMiB: usage.servers[i].rssStartMiB, rssEndMiB: usage.servers[i].rssEndMiB, rssPeakMiB: usage.servers[i].rssPeakMiB,
      rssPer10sMiB: usage.servers[i].rssPer10sMiB,
    }));
    const firstFailure = results.find((r) => r.firstFailure)?.firstFailure;
    const idle = total((r) => r.idle);
    const non200 = total((r) => r.non200);
    const first = usage.servers[0];

    Object.assign(report, {
      accepted,
      acceptedPerSecond: Math.round(accepted / loadSeconds),
      operationsLogged: operationsAfter - operationsBefore,
      requests,
      requestsPerSecond: Math.round(requests / loadSeconds),
      statuses,
      non200,
      socketErrors,
      poolExhausted: idle > 0,
      ...latency,
      serverCores: Number(usage.serverCores.toFixed(2)),
      postgresCores: usage.postgresCores === null ? null : Number(usage.postgresCores.toFixed(2)),
      wrkCores: usage.wrkCores === null ? null : Number(usage.wrkCores.toFixed(2)),
      rssStartMiB: first.rssStartMiB,
      rssEndMiB: first.rssEndMiB,
      rssPeakMiB: first.rssPeakMiB,
      rssPer10sMiB: first.rssPer10sMiB,
      ...(instanceCount > 1 ? { perInstance } : {}),
      ...(waitReport ? { postgresWaits: waitReport } : {}),
      verifyPerSecond: Math.round(verifyPerSecond),
      cores,
      acceptedToVerifyRatio: Number((accepted / loadSeconds / verifyPerSecond).toFixed(4)),
      // CPU seconds of the server processes (from /proc) per accepted write, beside what one P-256 check costs a core.
      serverCpuPerWriteUs: Math.round((usage.serverCores * usage.seconds * 1e6) / Math.max(1, accepted)),
      verifyCpuUs: Math.round((cores * 1e6) / verifyPerSecond),
      ...(lockAfter ? commitLock(lockBefore, lockAfter) : {}),
      loadEnd: loadAverage(),
    });

    const instanceLines = instanceCount > 1 ? `
per instance      ${perInstance.map((p) => `#${p.instance} (${p.wrk}): ${p.requests} requests, p50 ${p.p50Ms} ms, p99 ${p.p99Ms} ms, ${p.serverCores} cores, RSS peak ${p.rssPeakMiB} MiB`).join('\n                  ')}` : '';
    const rssLines = usage.servers.map((u, i) => `${instanceCount > 1 ? `#${i + 1} ` : ''}start ${u.rssStartMiB} MiB, end ${u.rssEndMiB} MiB, peak ${u.rssPeakMiB} MiB; per 10 s: ${u.rssPer10sMiB.join(', ')} MiB`).join('\n                  ');
    const waitLine = waitReport ? `
PostgreSQL waits  mean connections of the run's database per state and wait event over ${waitReport.samples} samples: ${JSON.stringify(waitReport.meanConnections)}` : '';
    console.log(`
accepted ${op}s       ${accepted} in ${loadSeconds.toFixed(1)} s = ${report.acceptedPerSecond}/s (read back from the graph)
requests          ${requests} (${report.requestsPerSecond}/s), statuses ${JSON.stringify(statuses)}, non-200 ${non200}${firstFailure ? ` (first: ${firstFailure})` : ''}
latency           p50 ${report.p50Ms.toFixed(2)} ms${instanceCount > 1 ? ' (request-weighted over the wrks)' : ''}, p90 ${report.p90Ms} ms, p99 ${report.p99Ms} ms${instanceCount > 1 ? ' (worst wrk)' : ''}, max ${report.maxMs} ms${instanceLines}
server CPU        ${report.serverCores} cores on average${instanceCount > 1 ? ` over ${instanceCount} processes` : ''} (wrk ${report.wrkCores ?? '?'} cores) of ${cores}
PostgreSQL CPU    ${options.store !== 'postgres' ? '-' : report.postgresCores === null ? 'not measured' : `${report.postgresCores} cores on average (all the PostgreSQL server's processes)`}${waitLine}
server RSS        ${rssLines}
P-256 verify      ${report.verifyPerSecond}/s on ${cores} cores (openssl speed -multi ${cores} ecdsap256)
accepted / verify ${report.acceptedToVerifyRatio}
server CPU/write  ${report.serverCpuPerWriteUs} µs of server CPU per accepted write (a P-256 check costs ${report.verifyCpuUs} µs of a core)${report.lockHeldPerWriteUs === undefined ? '' : `
commit lock       held ${report.lockHeldPerWriteUs} µs per appended write (${report.lockHeldMsPerCommit} ms per commit of ${report.writesPerCommit} on average): a ceiling of ${report.lockCeilingPerSecond} writes a second for the database`}
load average      ${report.loadStart} at start, ${report.loadEnd} at end`);
    if (report.poolExhausted) console.log(`WARNING: the pre-signed pool ran out (${idle} health checks sent instead): raise --requests`);
    if (non200 > 0 || Object.values(socketErrors).some((n) => n > 0)) console.log('WARNING: some requests failed (see non-200 and socket errors)');
    console.log(`BENCH_SUMMARY ${JSON.stringify(report)}`);
  } finally {
    if (waits) await waits.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}, { instances: instanceCount, dll: options.server && path.resolve(options.server) });
