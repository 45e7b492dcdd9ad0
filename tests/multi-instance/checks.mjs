// Requests that never throw (every answer is recorded, errors included) and the checks of the stored graph that
// every multi-instance test ends with: the log's positions, its digest chain, the counts and the edges.
import assert from 'node:assert/strict';
import { MUTATIONS } from '../e2e/clients.mjs';
import { fetchOperations, verifyOperations } from '../e2e/verify-operations.mjs';

/** The HTTP body of a mutation: built once, so that a retry can send the very same bytes. */
export const mutationBody = (name, input) => JSON.stringify({ query: MUTATIONS[name], variables: { input } });

/**
 * Posts a body to an endpoint and answers `{ status, tsInServer }` from the mutation's response, or
 * `{ error }` when the request failed (connection refused, HTTP error, GraphQL errors), within `timeoutMs`.
 */
export async function send(endpoint, name, body, timeoutMs = 20_000) {
  let text = '';
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
    const json = JSON.parse(text);
    if (response.status !== 200 || json.errors || !json.data?.[name]) {
      return { error: `HTTP ${response.status}: ${text.slice(0, 500)}` };
    }
    return json.data[name];
  } catch (error) {
    return { error: `${error.name}: ${error.cause?.code ?? error.message}${text ? `: ${text.slice(0, 200)}` : ''}` };
  }
}

/**
 * Sends a body, and the very same body again (the safe retry of the contract) while the request fails, at most
 * `attempts` times: for the writes a test needs answered rather than the failures it judges. Answers the last
 * answer, with `attempts`, the number of requests made.
 */
export async function sendSettled(endpoint, name, body, attempts = 4) {
  let answer;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    answer = { ...(await send(endpoint, name, body)), attempts: attempt };
    if (!answer.error) break;
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
  return answer;
}

/** `sendSettled` for a signed input; fails the test when every attempt failed. */
export async function settle(endpoint, name, input, attempts = 4) {
  const answer = await sendSettled(endpoint, name, mutationBody(name, input), attempts);
  assert.equal(answer.error, undefined, `${name} on ${endpoint} failed ${attempts} times, last: ${answer.error}`);
  return answer;
}

/** The operation log as stored, in position order (addresses lowercase, kinds as in signed messages). */
export async function readLog(db) {
  const { rows } = await db.query(
    'SELECT position, id, kind, address, handles, content, signature, ts FROM operations ORDER BY position');
  return rows.map((row) => ({ ...row, handles: row.handles ? row.handles.split(',') : [] }));
}

const sample = (items, n = 5) => `${items.slice(0, n).join('; ')}${items.length > n ? ` ... (${items.length} in all)` : ''}`;

/** Fails with the count and the first few when `problems` is not empty. */
export function assertNone(problems, what) {
  if (problems.length > 0) assert.fail(`${problems.length} ${what}: ${sample(problems)}`);
}

/** Positions are exactly 1..N: none missing, none twice. */
export function assertPositionsContiguous(log) {
  const wrong = [];
  log.forEach((op, index) => {
    if (op.position !== index + 1) wrong.push(`#${index + 1} holds position ${op.position}`);
  });
  assertNone(wrong, `operations out of place (positions must be 1..${log.length})`);
}

/** The project's verifier, through an instance's `operations` query: signatures, key authorisations, chain. */
export async function assertChainVerifies(endpoint, log) {
  const operations = await fetchOperations(endpoint);
  assert.equal(operations.length, log.length, 'the operations query shows as many operations as the table holds');
  const { problems } = await verifyOperations(operations);
  assertNone(problems.map(({ position, problem }) => `operation ${position}: ${problem}`), 'problems the verifier found');
}

/** Each profile's follower_count and each address's following_count equal their edges in `follows`. */
export async function assertCountsMatchEdges(db) {
  const { rows: profiles } = await db.query(`SELECT p.handle, p.follower_count,
      (SELECT count(*) FROM follows f WHERE f.handle = p.handle AND f.follow_operation IS NOT NULL) AS edges
    FROM profiles p WHERE p.follower_count <> (SELECT count(*) FROM follows f
      WHERE f.handle = p.handle AND f.follow_operation IS NOT NULL)`);
  assertNone(profiles.map((p) => `${p.handle}: follower_count ${p.follower_count}, ${p.edges} edges`),
    'profiles whose follower_count differs from their follows rows');
  const { rows: addresses } = await db.query(`SELECT a.address, a.following_count,
      (SELECT count(*) FROM follows f WHERE f.address = a.address AND f.follow_operation IS NOT NULL) AS edges
    FROM addresses a WHERE a.following_count <> (SELECT count(*) FROM follows f
      WHERE f.address = a.address AND f.follow_operation IS NOT NULL)`);
  assertNone(addresses.map((a) => `${a.address}: following_count ${a.following_count}, ${a.edges} edges`),
    'addresses whose following_count differs from their follows rows');
  // An address that follows must have its count row.
  const { rows: missing } = await db.query(`SELECT DISTINCT f.address FROM follows f
    WHERE f.follow_operation IS NOT NULL AND NOT EXISTS (SELECT 1 FROM addresses a WHERE a.address = f.address)`);
  assertNone(missing.map((row) => row.address), 'addresses that follow without an addresses row');
}

/**
 * Replays the log's follows and unfollows in position order: `address|handle` -> the pair's last state, whose
 * operations are named by their ids (the rows refer to operations by id).
 */
export function replayPairs(log) {
  const pairs = new Map();
  for (const op of log) {
    if (op.kind !== 'follow' && op.kind !== 'unfollow' && op.kind !== 'batchUnfollow') continue;
    for (const handle of op.handles) {
      const key = `${op.address}|${handle}`;
      const state = pairs.get(key) ?? { following: false, followOperation: null };
      if (op.kind === 'follow') {
        state.following = true;
        state.followOperation = op.id;
      } else {
        state.following = false;
        state.followOperation = null;
      }
      state.lastOperation = op.id;
      state.lastTs = op.ts;
      pairs.set(key, state);
    }
  }
  return pairs;
}

/** Every row of `follows` is what replaying the log gives for its pair, and every replayed pair has its row. */
export async function assertEdgesMatchReplay(db, log) {
  const replayed = replayPairs(log);
  const { rows } = await db.query('SELECT address, handle, last_ts, last_operation, follow_operation FROM follows');
  const stored = new Map(rows.map((row) => [`${row.address}|${row.handle}`, row]));
  const wrong = [];
  for (const [key, state] of replayed) {
    const row = stored.get(key);
    if (!row) {
      wrong.push(`${key}: no row (the log leaves it ${state.following ? 'following' : 'not following'})`);
      continue;
    }
    const expected = { last_ts: state.lastTs, last_operation: state.lastOperation, follow_operation: state.followOperation };
    const actual = { last_ts: row.last_ts, last_operation: row.last_operation, follow_operation: row.follow_operation };
    if (JSON.stringify(expected) !== JSON.stringify(actual)) {
      wrong.push(`${key}: stored ${JSON.stringify(actual)}, the log gives ${JSON.stringify(expected)}`);
    }
  }
  for (const key of stored.keys()) {
    if (!replayed.has(key)) wrong.push(`${key}: a row no operation of the log made`);
  }
  assertNone(wrong, 'follows rows that differ from a replay of the log');
}

const proofKey = (content, signature) => `${content}\n${signature}`;

/** How many times each (content, signature) is in the log. */
export function logOccurrences(log) {
  const counts = new Map();
  for (const op of log) {
    const key = proofKey(op.content, op.signature);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Every acknowledged write (`{ content, signature }`, one per distinct message) is in the log exactly once. */
export function assertAcknowledgedOnce(log, acknowledged) {
  const counts = logOccurrences(log);
  const wrong = [];
  for (const { content, signature } of acknowledged) {
    const times = counts.get(proofKey(content, signature)) ?? 0;
    if (times !== 1) wrong.push(`${content} is in the log ${times} times`);
  }
  assertNone(wrong, 'writes answered SUCCESS that are not in the log exactly once');
}

/**
 * The checks every test ends with, each a subtest of `t` so that one failing does not hide the others: positions,
 * the chain (through `endpoint`), the counts, the edges. Answers the log.
 */
export async function checkStoredGraph(t, db, endpoint) {
  const log = await readLog(db);
  await t.test('operations.position is exactly 1..N', () => assertPositionsContiguous(log));
  await t.test('the verifier accepts every signature, authorisation and digest of the log', () => assertChainVerifies(endpoint, log));
  await t.test('follower and following counts equal the follows rows', () => assertCountsMatchEdges(db));
  await t.test('the follows table is a replay of the log', () => assertEdgesMatchReplay(db, log));
  return log;
}

/** Waits until `condition()` holds, checking every `intervalMs`, for at most `timeoutMs`; answers whether it held. */
export async function waitUntil(condition, timeoutMs, intervalMs = 25) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
