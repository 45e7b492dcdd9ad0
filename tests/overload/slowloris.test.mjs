// 2,000 slow connections (slowloris: each sends a request's headers a few bytes at a time, and opens again when
// the server drops it) against the server's default Kestrel limits, while a normal client keeps querying: its
// answers stay fast (p99 under 1 s), and the server cuts the slow connections off (RequestHeadersTimeout).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { percentile, sqliteSettings, startInstance } from './load.mjs';

const SLOW_CONNECTIONS = 2_000;
const DURATION_MS = 16_000;
const TRICKLE_MS = 2_000;

/** Starts the slow connections in a worker thread, so that they do not delay this thread's client. */
function slowloris(url, count) {
  const worker = new Worker(new URL('./slow-connections.mjs', import.meta.url), { workerData: { url, count, trickleMs: TRICKLE_MS } });
  const state = { open: 0, cut: 0, mostOpen: 0 };
  worker.on('message', ({ open, cut }) => {
    Object.assign(state, { open, cut, mostOpen: Math.max(state.mostOpen, open) });
  });
  return {
    state,
    async stop() {
      worker.postMessage('stop');
      await once(worker, 'exit');
    },
  };
}

/** A normal client's query; answers null, or what went wrong. */
async function query(endpoint) {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ operations(first: 5) { totalCount } }' }),
      signal: AbortSignal.timeout(5_000),
    });
    const json = await response.json();
    return response.status === 200 && !json.errors ? null : `${response.status} ${JSON.stringify(json)}`;
  } catch (error) {
    return `${error.name}: ${error.cause?.code ?? error.message}`;
  }
}

test(`${SLOW_CONNECTIONS} slow connections: a normal client's answers have a p99 under 1 s`, { timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gqlf-slowloris-'));
  const server = await startInstance('slowloris', sqliteSettings(path.join(dir, 'follows.db')));
  try {
    // The first queries compile and cache the document; the attack is measured once all its connections are open.
    for (let i = 0; i < 5; i++) await query(server.endpoint);
    const attack = slowloris(server.url, SLOW_CONNECTIONS);
    const opened = Date.now() + 20_000;
    while (attack.state.open < SLOW_CONNECTIONS * 0.9 && Date.now() < opened) await new Promise((resolve) => setTimeout(resolve, 50));
    const times = [];
    const failures = [];
    const ends = Date.now() + DURATION_MS;
    while (Date.now() < ends) {
      const started = Date.now();
      const failure = await query(server.endpoint);
      if (failure) failures.push(failure);
      times.push(Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await attack.stop();
    const { mostOpen, cut } = attack.state;
    const p99 = percentile(times, 99);
    t.diagnostic(`${times.length} queries: p50 ${percentile(times, 50)} ms, p99 ${p99} ms; `
      + `at most ${mostOpen} slow connections open at once, ${cut} cut by the server`);
    assert.deepEqual(failures, []);
    assert.ok(mostOpen >= SLOW_CONNECTIONS * 0.9, `only ${mostOpen} slow connections were open at once`);
    assert.ok(p99 < 1_000, `p99 ${p99} ms`);
    assert.ok(cut >= SLOW_CONNECTIONS / 10, 'the server cut slow connections off after its headers timeout');
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
