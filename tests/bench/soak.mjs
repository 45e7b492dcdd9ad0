// The mixed soak: for --duration seconds (90 by default) against the Release server on SQLite, writers send
// signed follows and unfollows one after another, readers page through profiles' followers, and subscribers
// open a WebSocket, subscribe to followEvents for one to three seconds, and leave. The server's resident memory
// is sampled every 5 s; the figures compared are the first sample after --warmup seconds (15 by default) and the
// last. Not part of the suite:
//
//   node tests/bench/soak.mjs [--duration 90] [--warmup 15] [--writers 8] [--readers 8] [--subscribers 16]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { sqliteSettings, startInstance, writeSource } from '../overload/load.mjs';
import { send } from '../multi-instance/checks.mjs';
import { loadAverage } from './measure.mjs';

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '90' },
    warmup: { type: 'string', default: '15' },
    writers: { type: 'string', default: '8' },
    readers: { type: 'string', default: '8' },
    subscribers: { type: 'string', default: '16' },
  },
});
const durationMs = Number(options.duration) * 1000;
const warmupMs = Number(options.warmup) * 1000;
if (!(warmupMs > 0 && durationMs > warmupMs)) throw new Error('--duration must be longer than --warmup');

const rssMiB = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const PAGE = `query($handle: String!) { profileByHandle(handle: $handle) { followerCount
  followers(first: 50) { edges { node { address followedAt } } } } }`;

const dir = mkdtempSync(path.join(tmpdir(), 'gqlf-soak-'));
const server = await startInstance('soak', sqliteSettings(path.join(dir, 'follows.db'), '--Logging:LogLevel:Default=Warning'));
const counts = { writes: 0, writeErrors: 0, pages: 0, pageErrors: 0, subscriptions: 0, events: 0 };
try {
  const writes = await writeSource(server.endpoint, { followers: 32, profiles: 40, prefix: 'soak' });
  const handles = Array.from({ length: 40 }, (_, i) => `soak_${i}`);
  console.log(`server pid ${server.pid}; load average ${loadAverage()}; ${writes.pairs} pairs`);
  const started = Date.now();
  const running = () => Date.now() - started < durationMs;

  const writer = async () => {
    while (running()) {
      const write = await writes.next();
      const answer = await send(server.endpoint, write.name, write.body);
      counts[answer.status ? 'writes' : 'writeErrors']++;
      writes.release(write.pair, answer);
    }
  };
  const reader = async () => {
    while (running()) {
      const handle = handles[Math.floor(Math.random() * handles.length)];
      const response = await fetch(server.endpoint, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PAGE, variables: { handle } }),
      });
      counts[response.status === 200 && !(await response.json()).errors ? 'pages' : 'pageErrors']++;
    }
  };
  const subscriber = async () => {
    while (running()) {
      const socket = new WebSocket(server.webSocketEndpoint, 'graphql-transport-ws');
      socket.on('error', () => {});
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.on('message', (data) => {
        const message = JSON.parse(data);
        if (message.type === 'connection_ack') {
          counts.subscriptions++;
          const handle = handles[Math.floor(Math.random() * handles.length)];
          socket.send(JSON.stringify({ id: '1', type: 'subscribe',
            payload: { query: `subscription { followEvents(filter: { handle: "${handle}" }) { kind address } }` } }));
        } else if (message.type === 'next') {
          counts.events++;
        }
      });
      await pause(1000 + Math.random() * 2000);
      socket.close();
    }
  };

  const samples = [];
  const sampler = setInterval(() => samples.push({ s: Math.round((Date.now() - started) / 1000), rssMiB: Math.round(rssMiB(server.pid)) }), 5000);
  samples.push({ s: 0, rssMiB: Math.round(rssMiB(server.pid)) });
  await Promise.all([
    ...Array.from({ length: Number(options.writers) }, writer),
    ...Array.from({ length: Number(options.readers) }, reader),
    ...Array.from({ length: Number(options.subscribers) }, subscriber),
  ]);
  clearInterval(sampler);
  samples.push({ s: Math.round((Date.now() - started) / 1000), rssMiB: Math.round(rssMiB(server.pid)) });

  const afterWarmup = samples.find((sample) => sample.s * 1000 >= warmupMs);
  const last = samples.at(-1);
  const growth = (last.rssMiB - afterWarmup.rssMiB) / afterWarmup.rssMiB;
  console.log(JSON.stringify(counts));
  console.log(`RSS (MiB) every 5 s: ${samples.map((sample) => `${sample.s}s ${sample.rssMiB}`).join(', ')}`);
  console.log(`RSS at start ${samples[0].rssMiB} MiB, after the ${options.warmup} s warm-up ${afterWarmup.rssMiB} MiB, `
    + `at the end ${last.rssMiB} MiB: growth after warm-up ${(growth * 100).toFixed(1)}%; load average ${loadAverage()}`);
  process.exitCode = growth < 0.2 ? 0 : 1;
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
