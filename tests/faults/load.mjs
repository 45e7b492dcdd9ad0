// Requests that record how the server answered (status, media type, Retry-After, body, time taken) and a load of
// signed follows and follower reads kept up while a test breaks the database and repairs it.
import { mutationBody } from '../multi-instance/checks.mjs';

/** The server's request budget (GraphQL:RequestTimeout, 10 s by default): every answer must come within it. */
export const BUDGET_MS = 10_000;

const READ = 'query($handle: String!) { profileByHandle(handle: $handle) { followerCount followers(first: 5) { totalCount } } }';

/** Posts a body and answers what came back; never throws (a request that got no answer has `error`). */
export async function post(endpoint, body, accept = 'application/graphql-response+json') {
  const started = Date.now();
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body,
      signal: AbortSignal.timeout(BUDGET_MS + 20_000),
    });
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      retryAfter: response.headers.get('retry-after'),
      json,
      text: text.slice(0, 300),
      ms: Date.now() - started,
    };
  } catch (error) {
    return { error: `${error.name}: ${error.cause?.code ?? error.message}`, ms: Date.now() - started };
  }
}

export const codeOf = (answer) => answer.json?.errors?.[0]?.extensions?.code;

/** A mutation's status when the request succeeded as a whole, else undefined (also while it has no answer yet). */
export const mutationStatus = (answer, name) =>
  (answer?.status === 200 && !answer.json?.errors ? answer.json?.data?.[name]?.status : undefined);

export const readSucceeded = (answer) => answer?.status === 200 && !answer.json?.errors && answer.json?.data?.profileByHandle;

export const describe = (answer) => answer.error ?? `HTTP ${answer.status} ${answer.contentType} in ${answer.ms} ms: ${answer.text}`;

/** `/health/ready`, with the time it took to answer. */
export async function probeReady(url) {
  const started = Date.now();
  try {
    const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(30_000) });
    await response.text();
    return { status: response.status, ms: Date.now() - started, at: started };
  } catch (error) {
    return { error: error.name, ms: Date.now() - started, at: started };
  }
}

export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The wait before the next request after a failure: the answer's Retry-After, else a second. */
const retryPause = (answer) => Number(answer.retryAfter ?? 1) * 1000;

/**
 * Sends a body again, the very same bytes, while the server refuses it for the database's sake (503 or 507),
 * waiting as Retry-After asks, at most `attempts` times; answers the last answer.
 */
export async function retryIdentically(endpoint, body, attempts = 5) {
  let answer;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    answer = await post(endpoint, body);
    if (answer.status !== 503 && answer.status !== 507) break;
    await pause(retryPause(answer));
  }
  return answer;
}

/**
 * Keeps `writers` workers sending follows of distinct (follower, handle) pairs, each up to ten a second, and
 * `readers` workers reading profiles, and probes readiness every 250 ms, until `stop()` says so. A worker whose request failed waits as
 * its Retry-After asks. Every request is recorded with the phase it was sent in.
 */
export function startLoad({ endpoint, url, followers, handles, writers = 6, readers = 2 }) {
  const pairs = followers.flatMap((follower) => handles.map((handle) => ({ follower, handle })));
  const record = { writes: [], reads: [], probes: [], phase: 'before' };
  let stopped = false;
  const writer = async () => {
    while (!stopped && pairs.length > 0) {
      const { follower, handle } = pairs.splice(Math.floor(Math.random() * pairs.length), 1)[0];
      const input = await follower.pairInput('follow', handle);
      const write = { input, body: mutationBody('follow', input), phase: record.phase };
      record.writes.push(write);
      write.answer = await post(endpoint, write.body);
      // Paced, so that the pairs last through the outage and the recovery.
      await pause(mutationStatus(write.answer, 'follow') === 'SUCCESS' ? 100 : retryPause(write.answer));
    }
  };
  const reader = async () => {
    while (!stopped) {
      const handle = handles[Math.floor(Math.random() * handles.length)];
      const read = { phase: record.phase };
      record.reads.push(read);
      read.answer = await post(endpoint, JSON.stringify({ query: READ, variables: { handle } }));
      await pause(readSucceeded(read.answer) ? 20 : retryPause(read.answer));
    }
  };
  const prober = async () => {
    while (!stopped) {
      record.probes.push({ phase: record.phase, ...(await probeReady(url)) });
      await pause(250);
    }
  };
  const running = Promise.all([
    ...Array.from({ length: writers }, writer),
    ...Array.from({ length: readers }, reader),
    prober(),
  ]);
  return {
    record,
    /** Marks the requests sent from now on with `phase`. */
    enter(phase) {
      record.phase = phase;
    },
    async stop() {
      stopped = true;
      await running;
      return record;
    },
  };
}
