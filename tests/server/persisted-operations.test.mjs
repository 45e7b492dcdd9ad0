// Persisted operations against the real server: Apollo Client's persisted-query link (automatic persisted queries)
// over POST and GET, the protocol's errors on raw requests, and trusted documents from the manifest the command-line
// tool prints, with a server that runs nothing else.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { serverDll, startServer } from './server.mjs';

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A fetch that records what Apollo Client sends: the method, and the document or hash it carries. */
function recordingFetch(log) {
  return async (url, init) => {
    const target = new URL(url);
    const parameters = init.method === 'GET'
      ? { query: target.searchParams.get('query'), extensions: JSON.parse(target.searchParams.get('extensions') ?? 'null') }
      : JSON.parse(init.body);
    const response = await fetch(url, init);
    log.push({ method: init.method, hasQuery: Boolean(parameters.query), hash: parameters.extensions?.persistedQuery?.sha256Hash, status: response.status });
    return response;
  };
}

function apolloClient(endpoint, log, linkOptions = {}) {
  const http = new HttpLink({ uri: endpoint, fetch: recordingFetch(log) });
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: new PersistedQueryLink({ sha256, ...linkOptions }).concat(http),
  });
}

// One document per test, so that no test finds its hash already known from another.
const profileQuery = (name) => gql(`query ${name}($handle: String!) { profileByHandle(handle: $handle) { handle followerCount } }`);

/** A GraphQL request sent as given, answering the status and parsed body. */
async function send(endpoint, { method = 'POST', body, query: parameters, headers }) {
  const url = new URL(endpoint);
  for (const [name, value] of Object.entries(parameters ?? {})) url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  const response = await fetch(url, {
    method,
    headers: { accept: 'application/graphql-response+json', ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body && JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

const codes = (json) => json.errors?.map((error) => error.extensions?.code);

describe('automatic persisted queries', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });

  for (const [transport, options] of [['POST', {}], ['GET', { useGETForHashedQueries: true }]]) {
    test(`Apollo Client sends the hash, then the document once, then the hash alone (${transport})`, async () => {
      const first = [];
      const query = profileQuery(`PersistedProfileBy${transport}`);
      const answer = await apolloClient(server.endpoint, first, options).query({ query, variables: { handle: 'nobody' } });
      assert.deepEqual(answer.data, { profileByHandle: null });
      // Unknown hash, answered PERSISTED_QUERY_NOT_FOUND; then the document with its hash, by POST as the link does.
      assert.deepEqual(first.map(({ method, hasQuery, status }) => ({ method, hasQuery, status })), [
        { method: transport, hasQuery: false, status: 400 },
        { method: 'POST', hasQuery: true, status: 200 },
      ]);

      // Another client (a fresh cache, as another browser) is served by the hash alone.
      const second = [];
      const again = await apolloClient(server.endpoint, second, options).query({ query, variables: { handle: 'nobody' } });
      assert.deepEqual(again.data, { profileByHandle: null });
      assert.deepEqual(second.map(({ method, hasQuery, status }) => ({ method, hasQuery, status })), [
        { method: transport, hasQuery: false, status: 200 },
      ]);
      assert.equal(second[0].hash, first[0].hash);
    });
  }

  test('an unknown hash is PERSISTED_QUERY_NOT_FOUND, over GET and POST', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256('{ nothing }') } };
    const byGet = await send(server.endpoint, { method: 'GET', query: { extensions } });
    assert.equal(byGet.status, 400);
    assert.deepEqual(codes(byGet.json), ['PERSISTED_QUERY_NOT_FOUND']);
    const byPost = await send(server.endpoint, { body: { extensions } });
    assert.deepEqual(codes(byPost.json), ['PERSISTED_QUERY_NOT_FOUND']);
  });

  test('a document whose hash is not the one sent is PERSISTED_QUERY_HASH_MISMATCH, and is not kept', async () => {
    const query = '{ __typename }';
    const wrong = sha256('{ __schema { queryType { name } } }');
    const { status, json } = await send(server.endpoint, { body: { query, extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } } });
    assert.equal(status, 400);
    assert.deepEqual(codes(json), ['PERSISTED_QUERY_HASH_MISMATCH']);
    const later = await send(server.endpoint, { method: 'GET', query: { extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } } });
    assert.deepEqual(codes(later.json), ['PERSISTED_QUERY_NOT_FOUND']);
  });

  test('a document that does not validate is not kept under its hash', async () => {
    const query = '{ noSuchField }';
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    const sent = await send(server.endpoint, { body: { query, extensions: { persistedQuery } } });
    assert.equal(sent.status, 400);
    assert.equal(codes(sent.json)[0], undefined);
    const byHash = await send(server.endpoint, { body: { extensions: { persistedQuery } } });
    assert.deepEqual(codes(byHash.json), ['PERSISTED_QUERY_NOT_FOUND']);
  });

  test('a persisted query is priced as a sent one: too dear, it is refused by its hash as by its text', async () => {
    // Three nested pages of 100 followers: 3,171,715 against the default limit of 10,000.
    const query = `{ profileByHandle(handle: "nobody") { followers(first: 100) { edges { node { profile {
      followers(first: 100) { edges { node { profile { followers(first: 100) { edges { node { address } } } } } } } } } } } } }`;
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    for (const request of [{ body: { query, extensions: { persistedQuery } } }, { method: 'GET', query: { extensions: { persistedQuery } } }]) {
      const { status, json } = await send(server.endpoint, request);
      assert.equal(status, 400);
      assert.deepEqual(codes(json), ['OPERATION_COST_TOO_HIGH']);
      assert.deepEqual(json.errors[0].extensions.cost, { requested: 3_171_715, maximum: 10_000 });
    }
  });

  test('a malformed persistedQuery is a 400, never a 500', async () => {
    for (const persistedQuery of [5, { version: 2, sha256Hash: sha256('x') }, { version: 1 }, { version: 1, sha256Hash: 12 }]) {
      const { status, json } = await send(server.endpoint, { body: { extensions: { persistedQuery } } });
      assert.equal(status, 400, JSON.stringify(persistedQuery));
      assert.deepEqual(codes(json), ['BAD_REQUEST']);
    }
    const mutationByGet = await send(server.endpoint, {
      method: 'GET', query: { query: 'mutation { __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256('mutation { __typename }') } } },
    });
    assert.equal(mutationByGet.status, 405);
    assert.doesNotMatch(server.output(), /fail|error/i);
  });
});

describe('trusted documents only', () => {
  let server;
  let manifest;
  let directory;
  before(async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'gqlf-manifest-'));
    const text = execFileSync('dotnet', [serverDll, 'persisted-operations'], { encoding: 'utf8' });
    manifest = JSON.parse(text);
    const file = path.join(directory, 'manifest.json');
    writeFileSync(file, text);
    // A cost limit under the mutations' (each checks a signature, weight 10) and above the queries'.
    server = await startServer([`--GraphQL:PersistedOperations:Path=${file}`, '--GraphQL:PersistedOperations:Only=true', '--GraphQL:MaxCost=5']);
  });
  after(async () => {
    await server?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  const operation = (name) => manifest.operations.find((o) => o.name === name);

  test("the manifest holds the tool's and the sandbox's operations, each id the SHA-256 of its body", () => {
    assert.equal(manifest.format, 'apollo-persisted-query-manifest');
    assert.equal(manifest.version, 1);
    const names = manifest.operations.map((o) => o.name);
    for (const name of ['Follow', 'Unfollow', 'RegisterSigningKey', 'CreateProfile', 'SandboxFollow', 'SandboxFollowEvents', 'SandboxFollowerCount']) {
      assert.ok(names.includes(name), name);
    }
    assert.equal(new Set(names).size, names.length);
    for (const o of manifest.operations) {
      assert.equal(o.id, sha256(o.body));
      assert.match(o.body, new RegExp(`^${o.type} ${o.name}\\b`));
    }
  });

  test('a registered document is served by documentId, by its hash, and as its text', async () => {
    const { id, body } = operation('SandboxFollowerCount');
    const variables = { handle: 'nobody' };
    for (const request of [
      { body: { documentId: id, variables } },
      { body: { documentId: `sha256:${id}`, variables } },
      { method: 'GET', query: { documentId: id, variables } },
      { body: { query: body, variables } },
    ]) {
      const { status, json } = await send(server.endpoint, request);
      assert.equal(status, 200, JSON.stringify(request));
      assert.deepEqual(json, { data: { profileByHandle: null } });
    }
    // Apollo Client sending the manifest's ids (as @apollo/persisted-query-lists does, by operation name).
    const log = [];
    const client = apolloClient(server.endpoint, log, { generateHash: () => id, useGETForHashedQueries: true });
    const answer = await client.query({ query: gql(body), variables });
    assert.deepEqual(answer.data, { profileByHandle: null });
    assert.deepEqual(log.map(({ method, hasQuery }) => ({ method, hasQuery })), [{ method: 'GET', hasQuery: false }]);
  });

  test("the sandbox page's documents, as it serves them, pass the server that runs only the manifest's", async () => {
    const documents = await (await fetch(`${server.url}/sandbox/operations.json`)).json();
    assert.ok(Object.keys(documents).length >= 6);
    for (const [name, body] of Object.entries(documents)) {
      assert.equal(operation(name)?.body, body, name);
      // Without its variables the document is refused for them (a subscription for coming by HTTP), which shows it
      // passed the persisted-only check.
      const { status, json } = await send(server.endpoint, { body: { query: body } });
      assert.equal(status, 400);
      assert.match(json.errors[0].message, /^Variable "\$\w+" has invalid value|served over WebSocket/, name);
    }
  });

  test('an ad-hoc document is refused with PERSISTED_OPERATIONS_ONLY, over HTTP and WebSocket', async () => {
    const query = '{ profileByHandle(handle: "nobody") { handle } }';
    for (const request of [{ body: { query } }, { method: 'GET', query: { query } },
      { body: { query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } } }]) {
      const { status, json } = await send(server.endpoint, request);
      assert.equal(status, 400);
      assert.deepEqual(codes(json), ['PERSISTED_OPERATIONS_ONLY']);
      assert.equal(json.data, undefined);
    }
    const client = createClient({ url: server.webSocketEndpoint, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const errors = await new Promise((resolve) => {
        client.subscribe({ query }, { next: () => resolve(['a result']), error: resolve, complete: () => resolve([]) });
      });
      assert.deepEqual(errors.map((e) => e.extensions?.code), ['PERSISTED_OPERATIONS_ONLY']);
    } finally {
      await client.dispose();
    }
  });

  test('a registered document is priced: its cost reported on request, and refused past the limit', async () => {
    const reported = await send(server.endpoint, {
      body: { documentId: operation('SandboxFollowerCount').id, variables: { handle: 'nobody' } }, headers: { 'graphql-cost': 'report' },
    });
    assert.equal(reported.status, 200);
    assert.deepEqual(reported.json.extensions.cost, { requested: 3, maximum: 5 });

    const input = { address: `0x${'1'.repeat(40)}`, handle: 'nobody', message: '{}', signature: '0x', signingKey: 'key' };
    const refused = await send(server.endpoint, { body: { documentId: operation('SandboxFollow').id, variables: { input } } });
    assert.equal(refused.status, 400);
    assert.deepEqual(codes(refused.json), ['OPERATION_COST_TOO_HIGH']);
    assert.equal(refused.json.errors[0].extensions.cost.maximum, 5);
  });

  test('an unknown documentId is PERSISTED_OPERATION_NOT_FOUND; the server stays ready', async () => {
    for (const documentId of [sha256('{ __typename }'), 'sha256:nothing', 'x'.repeat(5000)]) {
      const { status, json } = await send(server.endpoint, { body: { documentId } });
      assert.equal(status, 400);
      assert.deepEqual(codes(json), ['PERSISTED_OPERATION_NOT_FOUND']);
    }
    const both = await send(server.endpoint, { body: { documentId: operation('Follow').id, query: operation('Follow').body } });
    assert.deepEqual(codes(both.json), ['BAD_REQUEST']);
    assert.equal((await fetch(`${server.url}/health/ready`)).status, 200);
  });
});

test('a manifest that is not one stops the server at start-up, saying why', async () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'gqlf-manifest-'));
  try {
    const file = path.join(directory, 'manifest.json');
    writeFileSync(file, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: 'abc', name: 'A', type: 'query', body: '{ a }' }] }));
    await assert.rejects(startServer([`--GraphQL:PersistedOperations:Path=${file}`]), /is not the SHA-256 of its body/);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
