// Building a follow graph through the real write path, shared by the write and read benchmarks: ethers wallets
// that authorise WebCrypto P-256 keys and claim profiles through the GraphQL API (the clients of tests/e2e), then
// follow and unfollow messages signed by those keys, sent as GraphQL POSTs whose document is constant and whose
// input is a variable, so the server's prepared-document cache serves every one of them.
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { Client, MUTATIONS, newWallet, query, runBounded } from '../e2e/clients.mjs';

/** Wallets with a registered signing key each, made `concurrency` at a time. */
export async function registerFollowers(endpoint, count, concurrency = 16) {
  return runBounded(Array.from({ length: count }, () => async () => {
    const client = await Client.create(endpoint);
    const { status } = await client.registerKey();
    if (status !== 'SUCCESS') throw new Error(`registerSigningKey answered ${status}`);
    return client;
  }), concurrency);
}

/** `count` profiles, each claimed by a wallet of its own (no follower owns one, so no follow is of oneself). */
export async function createProfiles(endpoint, count, concurrency = 16) {
  // A run tag keeps handles unique should two runs ever share a database; 3-20 characters of a-z, 0-9, _.
  const tag = randomBytes(3).toString('hex');
  const handles = Array.from({ length: count }, (_, i) => `b${tag}_${i.toString(36)}`);
  await runBounded(handles.map((handle) => async () => {
    const owner = new Client(endpoint, newWallet(), null);
    const { status } = await owner.createProfile(handle);
    if (status !== 'SUCCESS') throw new Error(`createProfile(${handle}) answered ${status}`);
  }), concurrency);
  return handles;
}

/**
 * `limit` distinct (follower, profile) pairs of the W x P possible ones, in random order, as indexes
 * `follower * P + profile`: shuffled so that consecutive writes touch different rows, as independent users would.
 */
export function shuffledPairs(followerCount, profileCount, limit) {
  const total = followerCount * profileCount;
  if (total > 0xffffffff) throw new Error('too many pairs');
  const pairs = new Uint32Array(total);
  for (let i = 0; i < total; i++) pairs[i] = i;
  for (let i = total - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  return pairs.subarray(0, Math.min(limit, total));
}

/**
 * Signs `op` (follow or unfollow) for each pair with the follower's WebCrypto key; answers the mutation inputs.
 * Signatures are requested `parallel` at a time: WebCrypto signs on libuv's thread pool, so batches use every core.
 * `ts` is the signing time unless given (an unfollow must be newer than the pair's follow).
 */
export async function signPairInputs(followers, handles, pairs, op, { ts, parallel = 256 } = {}) {
  const inputs = new Array(pairs.length);
  for (let start = 0; start < pairs.length; start += parallel) {
    const end = Math.min(start + parallel, pairs.length);
    const batch = [];
    for (let i = start; i < end; i++) {
      const follower = followers[Math.floor(pairs[i] / handles.length)];
      batch.push(follower.pairInput(op, handles[pairs[i] % handles.length], ts ?? Date.now()).then((input) => { inputs[i] = input; }));
    }
    await Promise.all(batch);
  }
  return inputs;
}

/** The HTTP body of one mutation: the constant document of tests/e2e/clients.mjs, the input as a variable. */
export const mutationBody = (op, input) => JSON.stringify({ query: MUTATIONS[op], variables: { input } });

/**
 * POSTs bodies over keep-alive connections, `concurrency` in flight; answers the count of each mutation status
 * (the final answer of each body). With `retryUnless`, a body whose answer is not that status (another status, an
 * HTTP error, no answer at all) is sent once more, byte for byte, and `retried` counts those second attempts; a
 * request that fails without an answer counts as `no answer` instead of ending the run. Without it, such a
 * failure ends the run as before.
 */
export async function sendAll(endpoint, bodies, { concurrency = 64, label = 'sent', progressMs = 5000, requestTimeoutMs = 30_000, retryUnless } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses = {};
  let next = 0;
  let done = 0;
  let retried = 0;
  let firstFailure;
  const started = Date.now();
  const progress = setInterval(() => {
    const seconds = (Date.now() - started) / 1000;
    console.log(`  ${label}: ${done}/${bodies.length} (${Math.round(done / seconds)}/s)${retried ? `, ${retried} retried` : ''}`);
  }, progressMs);
  const attempt = async (body) => {
    if (!retryUnless) {
      const { status, text } = await post(endpoint, body, agent, requestTimeoutMs);
      return (status === 200 ? /"status":"([A-Z_]+)"/.exec(text)?.[1] : undefined) ?? `HTTP ${status}`;
    }
    try {
      const { status, text } = await post(endpoint, body, agent, requestTimeoutMs);
      const key = (status === 200 ? /"status":"([A-Z_]+)"/.exec(text)?.[1] : undefined) ?? `HTTP ${status}`;
      if (key !== retryUnless) firstFailure ??= `${key}: ${text.slice(0, 300)}`;
      return key;
    } catch (error) {
      firstFailure ??= `no answer: ${error.message}`;
      return 'no answer';
    }
  };
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++];
      let key = await attempt(body);
      if (retryUnless && key !== retryUnless) {
        retried++;
        key = await attempt(body);
      }
      statuses[key] = (statuses[key] ?? 0) + 1;
      done++;
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, bodies.length) }, worker));
  } finally {
    clearInterval(progress);
    agent.destroy();
  }
  return { statuses, retried, firstFailure, seconds: (Date.now() - started) / 1000 };
}

function post(endpoint, body, agent, timeoutMs) {
  return new Promise((resolve, reject) => {
    const request = http.request(endpoint, {
      method: 'POST',
      agent,
      timeout: timeoutMs,
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'content-length': Buffer.byteLength(body) },
    }, (response) => {
      const chunks = [];
      response.setEncoding('utf8');
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, text: chunks.join('') }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Follows the pairs in order, signing the next chunk while the current one is being sent, so that no message
 * waits long enough to leave the server's clock window (10 minutes). Stops early once `enough(seeded, perSecond)`
 * says so. A follow not answered SUCCESS is sent once more (an identical retry of one the server did commit
 * answers SUCCESS again); one that fails twice is counted in `failed` and left out, and the seeding goes on
 * unless more than `maxFailedShare` of a chunk failed. Answers how many pairs were sent (`seeded`, the first
 * `seeded` of `pairs`), how many of them failed, how many were retried, and in how long.
 */
export async function seedFollows(endpoint, followers, handles, pairs, { chunk = 20_000, concurrency = 64, enough = () => false, maxFailedShare = 0.01 } = {}) {
  const started = Date.now();
  const chunks = Math.ceil(pairs.length / chunk);
  const sign = (k) => signPairInputs(followers, handles, pairs.subarray(k * chunk, (k + 1) * chunk), 'follow');
  let signing = sign(0);
  let seeded = 0;
  let failed = 0;
  let retried = 0;
  for (let k = 0; k < chunks; k++) {
    const inputs = await signing;
    const last = k + 1 === chunks;
    if (!last) signing = sign(k + 1);
    const sent = await sendAll(endpoint, inputs.map((input) => mutationBody('follow', input)), {
      concurrency,
      label: `follows ${seeded}+`,
      retryUnless: 'SUCCESS',
    });
    const failedHere = inputs.length - (sent.statuses.SUCCESS ?? 0);
    seeded += inputs.length;
    failed += failedHere;
    retried += sent.retried;
    if (sent.retried > 0) console.log(`  ${sent.retried} follows retried in this chunk, ${failedHere} failed twice: ${JSON.stringify(sent.statuses)}; first failure: ${sent.firstFailure}`);
    if (failedHere > maxFailedShare * inputs.length) {
      await signing.catch(() => {});
      throw new Error(`seeding follows answered ${JSON.stringify(sent.statuses)} (first failure: ${sent.firstFailure})`);
    }
    const seconds = (Date.now() - started) / 1000;
    const perSecond = seeded / seconds;
    const left = last ? '' : `, about ${Math.round((pairs.length - seeded) / perSecond)} s to go`;
    console.log(`  seeded ${seeded}/${pairs.length} follows in ${seconds.toFixed(0)} s (${Math.round(perSecond)}/s${left}; ${retried} retried, ${failed} failed)`);
    if (!last && enough(seeded, perSecond)) {
      await signing; // the chunk signed ahead is dropped; let its signatures finish before going on
      break;
    }
  }
  return { seeded, failed, retried, seconds: (Date.now() - started) / 1000 };
}

/** The sum of the profiles' follower counts, read through GraphQL 50 aliases at a time (MaxAliases is 60). */
export async function sumFollowerCounts(endpoint, handles) {
  let sum = 0;
  for (let start = 0; start < handles.length; start += 50) {
    const slice = handles.slice(start, start + 50);
    const fields = slice.map((handle, i) => `p${i}: profileByHandle(handle: ${JSON.stringify(handle)}) { followerCount }`).join(' ');
    const data = await query(endpoint, `{ ${fields} }`);
    for (let i = 0; i < slice.length; i++) sum += data[`p${i}`].followerCount;
  }
  return sum;
}
