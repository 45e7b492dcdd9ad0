// The subscription benchmark: 100,000 `followEvents` subscriptions over real WebSockets (graphql-ws, 50 on each of
// 2,000 sockets, all on one profile, the index's worst case), opened and closed against the Release server, with the
// latency of a follow before, while and after they are open.
//
//   node tests/bench/subscriptions-bench.mjs [--subscriptions 100000] [--per-socket 50] [--sockets-at-once 100]
//        [--follows 30] [--fanout 3] [--dll <another build's GraphQlFollows.Server.dll>]
//
// Opened: from the first socket to the server counting every subscription (its `follows_subscribers` gauge, read from
// /metrics). A follow's latency is the mutation's answer over HTTP, signed beforehand: `--follows` toggles of a
// profile nobody subscribes to before the sockets open and while they are open, then `--fanout` toggles of the
// subscribed profile, each answered and then delivered to every subscription. Closed: from closing every socket to
// the gauge reading 0, with the server's CPU time over that and the 5 seconds after it. `--dll` measures another
// build (main's, as the peer) with the same client.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { parseArgs } from 'node:util';
import { Client, MUTATIONS, newWallet, postGraphQL, runBounded } from '../e2e/clients.mjs';
import { cpuSeconds, loadAverage, rssMiB } from './measure.mjs';
import { startBenchServer } from './server-process.mjs';

const { values: options } = parseArgs({
  options: {
    subscriptions: { type: 'string', default: '100000' },
    'per-socket': { type: 'string', default: '50' },
    'sockets-at-once': { type: 'string', default: '100' },
    follows: { type: 'string', default: '30' },
    fanout: { type: 'string', default: '3' },
    dll: { type: 'string' },
  },
});
const total = Number(options.subscriptions);
const perSocket = Number(options['per-socket']);
const sockets = Math.ceil(total / perSocket);
const SUBSCRIPTION = 'subscription($handle: String!) { followEvents(filter: { handle: $handle }) { kind handle followerCount } }';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A socket waits up to two minutes for its acknowledgement: a server slow to take subscriptions is measured, not cut
// off by the 5-second initialisation timeout. Every socket comes from this one client, so its cap of sockets is off.
const server = await startBenchServer({
  dll: options.dll,
  settings: ['--Telemetry:Prometheus=true', `--GraphQL:WebSockets:MaxOperationsPerConnection=${perSocket}`,
    '--GraphQL:WebSockets:ConnectionInitTimeout=00:02:00', '--GraphQL:RateLimits:WebSocketConnections=0'],
});
const webSocketUrl = `${server.url.replace('http:', 'ws:')}/graphql`;
const report = (line) => console.log(`${line} (load average ${loadAverage()})`);

try {
  report(`server ${server.endpoint} (pid ${server.pid}${options.dll ? `, ${options.dll}` : ''})`);
  const stamp = Date.now().toString(36).slice(-6);
  const hub = `hub_${stamp}`;
  const quiet = `quiet_${stamp}`;
  for (const handle of [hub, quiet]) {
    const { status } = await new Client(server.endpoint, newWallet(), null).createProfile(handle);
    if (status !== 'SUCCESS') throw new Error(`createProfile answered ${status}`);
  }
  const fan = await Client.create(server.endpoint);
  if ((await fan.registerKey()).status !== 'SUCCESS') throw new Error('registerSigningKey failed');
  const following = {};
  let ts = Date.now();

  /** Milliseconds of each of `count` follows or unfollows of `handle`, one after the other, each signed beforehand. */
  async function toggleLatencies(handle, count, afterEach = async () => {}) {
    const latencies = [];
    for (let i = 0; i < count; i++) {
      following[handle] = !following[handle];
      const op = following[handle] ? 'follow' : 'unfollow';
      const input = await fan.pairInput(op, handle, ++ts);
      const started = performance.now();
      const { status, json } = await postGraphQL(server.endpoint, MUTATIONS[op], { input });
      latencies.push(performance.now() - started);
      if (status !== 200 || json?.data?.[op]?.status !== 'SUCCESS') throw new Error(`${op} answered ${status} ${JSON.stringify(json)}`);
      await afterEach();
    }
    return latencies.sort((a, b) => a - b);
  }
  const describe = (sorted) =>
    `median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms over ${sorted.length}`;

  await toggleLatencies(quiet, 10); // warm-up
  const before = await toggleLatencies(quiet, Number(options.follows));
  report(`a follow with no subscription open: ${describe(before)}`);

  let events = 0;
  const failures = [];
  const clients = [];
  const cpuBeforeOpen = cpuSeconds(server.pid);
  const openStarted = performance.now();
  await runBounded(Array.from({ length: sockets }, (_, s) => async () => {
    const client = createClient({ url: webSocketUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, onNonLazyError: () => {} });
    clients.push(client);
    const count = Math.min(perSocket, total - s * perSocket);
    for (let i = 0; i < count; i++) {
      client.subscribe({ query: SUBSCRIPTION, variables: { handle: hub } }, {
        next: () => { events++; },
        error: (error) => failures.push(error),
        complete: () => {},
      });
    }
    await new Promise((resolve, reject) => {
      client.on('connected', resolve);
      client.on('closed', (event) => reject(new Error(`a socket closed before it was acknowledged: ${event?.code}, `
        + `${((performance.now() - openStarted) / 1000).toFixed(1)} s into the opening, ${clients.length} sockets opened`)));
    });
  }), Number(options['sockets-at-once']));
  await until(() => failures.length > 0 || subscriberCount().then((count) => count >= total), 'every subscription counted', 600_000);
  if (failures.length > 0) throw new Error(`${failures.length} subscriptions failed, the first with ${JSON.stringify(failures[0])}`);
  const openSeconds = (performance.now() - openStarted) / 1000;
  report(`${total.toLocaleString('en')} subscriptions on ${sockets.toLocaleString('en')} sockets open in ${openSeconds.toFixed(2)} s, `
    + `server CPU ${(cpuSeconds(server.pid) - cpuBeforeOpen).toFixed(1)} s, RSS ${rssMiB(server.pid).toFixed(0)} MiB`);

  await sleep(2000);
  const during = await toggleLatencies(quiet, Number(options.follows));
  report(`a follow of another profile with them open: ${describe(during)}`);
  let expected = 0;
  const fanout = await toggleLatencies(hub, Number(options.fanout), async () => {
    expected += total;
    const started = performance.now();
    await until(async () => events >= expected, `${expected} events`, 120_000);
    report(`  ${total.toLocaleString('en')} events of that follow delivered ${(performance.now() - started).toFixed(0)} ms after its answer`);
  });
  report(`a follow of the subscribed profile, answered before its events go out: ${describe(fanout)}`);

  const cpuBeforeClose = cpuSeconds(server.pid);
  const closeStarted = performance.now();
  await Promise.all(clients.map((client) => client.dispose()));
  await until(() => subscriberCount().then((count) => count === 0), 'every subscription closed', 600_000);
  const closeSeconds = (performance.now() - closeStarted) / 1000;
  await sleep(5000);
  report(`closed in ${closeSeconds.toFixed(2)} s, server CPU ${(cpuSeconds(server.pid) - cpuBeforeClose).toFixed(1)} s until 5 s after`);

  const after = await toggleLatencies(quiet, Number(options.follows));
  report(`a follow once they are closed: ${describe(after)}`);
} catch (error) {
  console.error(`The server's last output:\n${server.output().slice(-4000)}`);
  throw error;
} finally {
  await server.stop();
}

/** The server's open subscriptions, from its Prometheus gauge; null when the server did not answer this time. */
async function subscriberCount() {
  try {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith('follows_subscribers'));
    return line ? Number(line.split(' ').at(-1)) : 0;
  } catch {
    return null; // a busy server may reset the keep-alive connection: asked again at the next poll
  }
}

async function until(condition, what, timeoutMs) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`no ${what} within ${timeoutMs / 1000} s`);
    await sleep(50);
  }
}
