// Clients that reuse keep-alive connections, as graphql-http's audits and real clients do, never meet a connection
// the server closed under them: a request refused before its body was read, with a body too large to be discarded,
// is answered with `Connection: close`, and ordinary requests (bodies of 200 to 700 bytes, GETs) go on over the
// connections that stay open. Kestrel's own body limit is lowered here so that small bodies pass it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer } from './server.mjs';

const ROUNDS = 120;
const OVER_KESTREL = 'x'.repeat(100_000);

let server;
before(async () => {
  server = await startServer(['--Kestrel:Limits:MaxRequestBodySize=65536', '--GraphQL:MaxRequestBytes=16384']);
});
after(async () => {
  await server?.stop();
});

/** Requests of every shape, in the order they are sent: ordinary ones between refusals of bodies too large to drain. */
function requests(round) {
  const query = `{ __typename n${round}: __typename }`;
  const ordinary = JSON.stringify({ query, variables: { padding: 'p'.repeat(150 + (round * 37) % 500) } });
  const json = { 'content-type': 'application/json' };
  return [
    { method: 'POST', headers: json, body: ordinary, status: 200 },
    { method: 'POST', headers: json, body: JSON.stringify({ query, variables: { padding: OVER_KESTREL } }), status: 413 },
    { method: 'GET', path: `/graphql?query=${encodeURIComponent(query)}`, status: 200 },
    { method: 'POST', headers: { 'content-type': 'text/plain' }, body: OVER_KESTREL, status: 415 },
    { method: 'POST', headers: json, body: ordinary, status: 200 },
    { method: 'PUT', headers: json, body: OVER_KESTREL, status: 405 },
    { method: 'POST', headers: { ...json, accept: 'image/png' }, body: OVER_KESTREL, status: 406 },
    { method: 'POST', headers: { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' }, body: OVER_KESTREL, status: 415 },
    { method: 'GET', path: `/graphql?query=${encodeURIComponent(query)}`, status: 200 },
  ];
}

/** Sends a request over a keep-alive `http.Agent`. */
function sendWithAgent(agent, { method, path = '/graphql', headers = {}, body }) {
  const url = new URL(server.url);
  const sized = body && !headers['transfer-encoding'] ? { 'content-length': Buffer.byteLength(body) } : {};
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, path, method, agent, headers: { ...headers, ...sized } }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode, connection: response.headers.connection }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** Sends a request with fetch, whose connections are kept alive and reused. */
async function sendWithFetch({ method, path = '/graphql', headers = {}, body }) {
  const chunked = headers['transfer-encoding'];
  const response = await fetch(new URL(path, server.url), {
    method,
    headers: chunked ? { 'content-type': headers['content-type'] } : headers,
    body: chunked ? new Blob([body]).stream() : body,
    duplex: 'half',
  });
  await response.arrayBuffer();
  return { status: response.status, connection: response.headers.get('connection') ?? undefined };
}

/**
 * Four clients at once send every round's requests. The network errors they meet (resets) are reported first,
 * then any answer with another status, or whose `Connection` header is not what its body calls for.
 */
async function runLanes(send) {
  const failures = [];
  const wrong = [];
  await Promise.all([0, 1, 2, 3].map(async (lane) => {
    for (let round = lane; round < ROUNDS; round += 4) {
      for (const request of requests(round)) {
        let answer;
        try {
          answer = await send(request);
        } catch (error) {
          failures.push(`${request.method} ${request.status}: ${error.cause?.code ?? error.code ?? error.message}`);
          continue;
        }
        if (answer.status !== request.status || (answer.connection === 'close') !== (request.status !== 200)) {
          wrong.push(`${request.method} ${request.status}: ${answer.status}, connection ${answer.connection}`);
        }
      }
    }
  }));
  assert.deepEqual(failures, [], 'no request meets a closed connection');
  assert.deepEqual(wrong, []);
}

test('a keep-alive http.Agent sees no reset over requests refused with bodies too large to drain', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  try {
    await runLanes((request) => sendWithAgent(agent, request));
  } finally {
    agent.destroy();
  }
});

test('fetch, reusing its connections, sees no reset either', async () => {
  await runLanes(sendWithFetch);
});
