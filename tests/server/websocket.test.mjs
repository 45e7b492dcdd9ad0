// Subscriptions transport with the graphql-ws client (graphql-transport-ws), and the protocol's messages on a raw socket.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startServer } from './server.mjs';
import { createProfile, newDevice, registerSigningKey, setFollowing } from './signed.mjs';

let server;
before(async () => {
  server = await startServer(['--GraphQL:WebSockets:ConnectionInitTimeout=00:00:01']);
});
after(async () => {
  await server?.stop();
});

function client(options = {}) {
  return createClient({ url: server.webSocketEndpoint, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, ...options });
}

/** Runs one operation to its end: every `next` payload, or the error it ended with. */
function run(graphqlClient, payload) {
  return new Promise((resolve) => {
    const results = [];
    graphqlClient.subscribe(payload, {
      next: (result) => results.push(result),
      error: (error) => resolve({ results, error }),
      complete: () => resolve({ results }),
    });
  });
}

/** A raw socket speaking graphql-transport-ws, with its messages queued for reading. */
async function rawSocket() {
  const socket = new WebSocket(server.webSocketEndpoint, 'graphql-transport-ws');
  const messages = [];
  const waiting = [];
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else messages.push(message);
  });
  const closed = once(socket, 'close').then(([code, reason]) => ({ code, reason: reason.toString() }));
  await once(socket, 'open');
  return {
    socket,
    closed,
    send: (message) => socket.send(JSON.stringify(message)),
    next: () => (messages.length ? Promise.resolve(messages.shift()) : new Promise((resolve) => waiting.push(resolve))),
  };
}

test('the client connects, runs a query and is told it completed', async () => {
  let acknowledged = false;
  const graphqlClient = client({ on: { connected: () => (acknowledged = true) } });
  try {
    const { results, error } = await run(graphqlClient, { query: '{ __typename }' });
    assert.equal(error, undefined);
    assert.deepEqual(results, [{ data: { __typename: 'Query' } }]);
    assert.ok(acknowledged, 'connection_ack arrived');
  } finally {
    await graphqlClient.dispose();
  }
});

test('the client runs several operations on one connection, with variables and operation names', async () => {
  const graphqlClient = client();
  try {
    const [first, second] = await Promise.all([
      run(graphqlClient, { query: 'query A { a: __typename } query B { b: __typename }', operationName: 'B' }),
      run(graphqlClient, {
        query: 'query ($name: String!) { __type(name: $name) { name } }',
        variables: { name: 'FollowEvent' },
      }),
    ]);
    assert.deepEqual(first.results, [{ data: { b: 'Query' } }]);
    assert.deepEqual(second.results, [{ data: { __type: { name: 'FollowEvent' } } }]);
  } finally {
    await graphqlClient.dispose();
  }
});

test('an unknown operation name is an error message', async () => {
  const graphqlClient = client();
  try {
    const { results, error } = await run(graphqlClient, { query: 'query A { __typename }', operationName: 'Missing' });
    assert.deepEqual(results, []);
    assert.ok(Array.isArray(error), 'the error payload is a list of GraphQL errors');
    assert.match(error[0].message, /Missing/);
  } finally {
    await graphqlClient.dispose();
  }
});

test('a subscription document that does not validate is an error message', async () => {
  const graphqlClient = client();
  try {
    const { results, error } = await run(graphqlClient, {
      query: 'subscription { followEvents(filter: { handle: "alice" }) { kind } __typename }',
    });
    assert.deepEqual(results, []);
    assert.ok(Array.isArray(error));
    assert.ok(error[0].message.length > 0);
    assert.ok(Array.isArray(error[0].locations));
  } finally {
    await graphqlClient.dispose();
  }
});

test('a subscriber receives the follow events of a profile as they are accepted, until it completes', async () => {
  const owner = await newDevice();
  const follower = await newDevice();
  const handle = `ws_${Date.now().toString(36)}`;
  assert.equal(await createProfile(server.endpoint, owner, handle), 'SUCCESS');
  assert.equal(await registerSigningKey(server.endpoint, follower), 'SUCCESS');

  const graphqlClient = client();
  const events = graphqlClient.iterate({
    query: 'subscription ($handle: String!) { followEvents(filter: { handle: $handle }) { kind address handle followerCount } }',
    variables: { handle },
  });
  try {
    // The subscription starts a moment after it is sent, and nothing tells the client when: until the first event
    // arrives, follow and unfollow again (each with a newer ts), at most a few times. Each wait is long enough that
    // an event of an earlier toggle does not arrive after it on a loaded machine and get taken for the latest one's.
    const first = events.next();
    let following = false;
    let arrived;
    for (let attempt = 0; attempt < 10 && !arrived; attempt++) {
      following = !following;
      const status = await setFollowing(server.endpoint, follower, handle, following, Date.now() + attempt);
      assert.equal(status, 'SUCCESS');
      arrived = await Promise.race([first, new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
    }
    assert.ok(arrived, 'an event arrived');
    assert.deepEqual(arrived.value.data.followEvents, {
      kind: following ? 'FOLLOW' : 'UNFOLLOW',
      address: follower.address,
      handle,
      followerCount: following ? 1 : 0,
    });

    // Every later operation on the profile is an event too, in order.
    const ts = Date.now() + 100;
    assert.equal(await setFollowing(server.endpoint, follower, handle, !following, ts), 'SUCCESS');
    const next = await events.next();
    assert.equal(next.value.data.followEvents.kind, following ? 'UNFOLLOW' : 'FOLLOW');
  } finally {
    // Ending the iteration sends complete; the client then has nothing running.
    await events.return();
    await graphqlClient.dispose();
  }
});

test('a raw socket is acknowledged, answered ping with pong, and sent next then complete', async () => {
  const raw = await rawSocket();
  try {
    raw.send({ type: 'ping', payload: { at: 1 } });
    assert.deepEqual(await raw.next(), { type: 'pong', payload: { at: 1 } });
    raw.send({ type: 'connection_init', payload: {} });
    assert.deepEqual(await raw.next(), { type: 'connection_ack' });
    raw.send({ type: 'pong' });
    raw.send({ id: 'q1', type: 'subscribe', payload: { query: '{ __typename }' } });
    assert.deepEqual(await raw.next(), { id: 'q1', type: 'next', payload: { data: { __typename: 'Query' } } });
    assert.deepEqual(await raw.next(), { id: 'q1', type: 'complete' });
    raw.send({ id: 'unknown', type: 'complete' });
    raw.send({ type: 'ping' });
    assert.deepEqual(await raw.next(), { type: 'pong' });
  } finally {
    raw.socket.close(1000);
  }
  assert.equal((await raw.closed).code, 1000);
});

const closes = [
  ['an unknown message type', [{ type: 'connection_init' }, { type: 'hello' }], 4400],
  ['a message that is not JSON', [{ type: 'connection_init' }, 'not json'], 4400],
  ['a subscribe without an id', [{ type: 'connection_init' }, { type: 'subscribe', payload: { query: '{ __typename }' } }], 4400],
  ['a subscribe without a query', [{ type: 'connection_init' }, { id: '1', type: 'subscribe', payload: {} }], 4400],
  ['a subscribe whose variables are not an object', [{ type: 'connection_init' }, { id: '1', type: 'subscribe', payload: { query: '{ __typename }', variables: [1] } }], 4400],
  ['a subscribe whose payload is not an object', [{ type: 'connection_init' }, { id: '1', type: 'subscribe', payload: '{ __typename }' }], 4400],
  ['a subscribe before connection_init', [{ id: '1', type: 'subscribe', payload: { query: '{ __typename }' } }], 4401],
  ['a second connection_init', [{ type: 'connection_init' }, { type: 'connection_init' }], 4429],
  ['no connection_init in time', [], 4408],
];

for (const [what, messages, code] of closes) {
  test(`${what} closes the socket with ${code}`, async () => {
    const raw = await rawSocket();
    for (const message of messages) {
      raw.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
    }
    const { code: closedWith, reason } = await raw.closed;
    assert.equal(closedWith, code);
    assert.ok(reason.length > 0);
  });
}

test('a socket that asks for no subprotocol is closed with 4406', async () => {
  const socket = new WebSocket(server.webSocketEndpoint);
  socket.on('error', () => {});
  const [code] = await once(socket, 'close');
  assert.equal(code, 4406);
});
