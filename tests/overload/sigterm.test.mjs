// SIGTERM under load, five times over one SQLite database: each time the server exits with 0 within its
// shutdown bound (HostOptions:ShutdownTimeout), and after the last restart every write it acknowledged
// (answered SUCCESS) is in the operation log exactly once. A subscriber's WebSocket is closed with 1001 (going
// away), which graphql-transport-ws clients take as a reason to reconnect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import WebSocket from 'ws';
import { allOperations } from '../e2e/clients.mjs';
import { assertAcknowledgedOnce, assertNone, send } from '../multi-instance/checks.mjs';
import { sqliteSettings, startInstance, writeSource } from './load.mjs';

const ROUNDS = 5;
const WORKERS = 24;
const LOAD_BEFORE_SIGTERM_MS = 1_500;
const SHUTDOWN_BOUND_MS = 10_000;
// A request sent in the last moments before the signal may not have reached the server yet: Kestrel then closes
// its connection as idle, and the client sees the connection close (and may retry: every write is safe to send
// again). One sent earlier is in the server's hands and must be answered.
const IN_FLIGHT_AFTER_MS = 250;

/** A WebSocket subscribed to followEvents; `closed` answers its close code. */
async function subscribe(endpoint) {
  const socket = new WebSocket(endpoint, 'graphql-transport-ws');
  socket.on('error', () => {});
  const closed = once(socket, 'close').then(([code]) => code);
  await once(socket, 'open');
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await once(socket, 'message');
  socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { followEvents(filter: { handle: "term_0" }) { kind } }' } }));
  return { closed };
}

test('SIGTERM under load, 5 times: exit 0 within the bound, nothing acknowledged lost', { timeout: 180_000 }, async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gqlf-sigterm-'));
  const settings = sqliteSettings(path.join(dir, 'follows.db'), `--HostOptions:ShutdownTimeout=00:00:${SHUTDOWN_BOUND_MS / 1000}`);
  const sent = [];
  const exits = [];
  try {
    let server = await startInstance('setup', settings);
    const started = Date.now();
    const writes = await writeSource(server.endpoint, { followers: 12, profiles: 10, prefix: 'term' });
    t.diagnostic(`set up in ${Date.now() - started} ms`);
    for (let round = 1; round <= ROUNDS; round++) {
      if (round > 1) server = await startInstance(`round${round}`, settings);
      let signalledAt = null;
      const worker = async () => {
        while (server.running()) {
          const write = await writes.next();
          const request = { ...write, sentAt: Date.now() };
          request.answer = await send(server.endpoint, write.name, write.body, 30_000);
          request.answeredAt = Date.now();
          request.beforeSignalMs = signalledAt === null ? Infinity : signalledAt - request.sentAt;
          request.beforeSignal = request.beforeSignalMs > 0;
          if (request.beforeSignal || request.answer.status) sent.push(request);
          writes.release(write.pair, request.answer);
        }
      };
      const subscriber = await subscribe(server.webSocketEndpoint);
      const load = Promise.all(Array.from({ length: WORKERS }, worker));
      await new Promise((resolve) => setTimeout(resolve, LOAD_BEFORE_SIGTERM_MS));
      signalledAt = Date.now();
      await server.kill('SIGTERM');
      exits.push({ round, code: server.exitCode(), ms: Date.now() - signalledAt, webSocketClose: await subscriber.closed });
      await load;
    }
    t.diagnostic(`exits: ${JSON.stringify(exits)}`);

    await t.test('every SIGTERM ended the process with exit code 0 within the shutdown bound', () => {
      assertNone(exits.filter((e) => e.code !== 0 || e.ms > SHUTDOWN_BOUND_MS)
        .map((e) => `round ${e.round}: exit code ${e.code} after ${e.ms} ms`), 'shutdowns outside the bound');
    });
    await t.test('every subscriber was closed with 1001', () => assert.deepEqual(exits.map((e) => e.webSocketClose), exits.map(() => 1001)));
    await t.test('no request was answered with a server error', () => {
      assertNone(sent.filter((r) => /^HTTP 5/.test(r.answer.error ?? '')).map((r) => r.answer.error), 'server errors');
    });
    await t.test(`requests sent over ${IN_FLIGHT_AFTER_MS} ms before the signal were answered with a status`, () => {
      const before = sent.filter((r) => r.beforeSignal);
      const closed = before.filter((r) => !r.answer.status && r.beforeSignalMs <= IN_FLIGHT_AFTER_MS);
      t.diagnostic(`${before.length} requests sent before a signal (${closed.length} in the last ${IN_FLIGHT_AFTER_MS} ms `
        + `closed unanswered), ${sent.length - before.length} after`);
      assertNone(before.filter((r) => !r.answer.status && r.beforeSignalMs > IN_FLIGHT_AFTER_MS)
        .map((r) => `sent ${r.beforeSignalMs} ms before: ${r.answer.error}`), 'requests in flight at SIGTERM without an answer');
    });

    server = await startInstance('after', settings);
    try {
      const log = (await allOperations(server.endpoint, 100)).map((op) => ({ content: op.content, signature: op.signature }));
      const acknowledged = sent.filter((r) => r.answer.status === 'SUCCESS')
        .map((r) => ({ content: r.input.message, signature: r.input.signature }));
      t.diagnostic(`${sent.length} writes sent, ${acknowledged.length} acknowledged, ${log.length} operations in the log`);
      assert.ok(acknowledged.length > ROUNDS * WORKERS, 'the load acknowledged writes in every round');
      await t.test('every acknowledged write is in the log exactly once after the restart', () => assertAcknowledgedOnce(log, acknowledged));
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
