// Finding profiles: profiles(where, order, first, after, last, before) against a brute-force computation over the
// same graph. A seeded random graph is written through the signed write path (wallet-claimed profiles, batch
// follows), then every filter and order is read in pages forwards and backwards and compared with the list computed
// here from what was written: on SQLite, and on PostgreSQL in a database whose collation (ICU's en-US) sorts
// handles otherwise than by code point, when the test PostgreSQL server is given (FOLLOWS_TEST_POSTGRES).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client, clientWithProfiles, postGraphQL, query } from './clients.mjs';
import { seededRandom } from './random.mjs';
import { startServer } from '../server/server.mjs';
import { connect, dropDatabase, postgresConnectionString, skipWithoutPostgres } from '../multi-instance/cluster.mjs';

let endpoint;
let random;
const PROFILES = 36;
const PAGE = 4;

/** The graph as written: each profile's handle, owner and follower count. */
let graph = [];

// Handles of few characters share prefixes often, so prefix searches match several profiles and miss others.
function randomHandles(count) {
  const handles = new Set();
  while (handles.size < count) {
    const length = 3 + random.int(3);
    handles.add(Array.from({ length }, () => random.pick(['a', 'b', '_', '1', 'z'])).join(''));
  }
  return [...handles];
}

async function seedGraph() {
  random = seededRandom(19);
  graph = [];
  const handles = randomHandles(PROFILES);
  const owners = await Promise.all(Array.from({ length: 4 }, () => Client.create(endpoint)));
  for (const [i, handle] of handles.entries()) {
    const owner = owners[i % owners.length];
    assert.equal((await owner.createProfile(handle)).status, 'SUCCESS');
    graph.push({ handle, owner: owner.address, followerCount: 0 });
  }
  // Each follower follows a random subset of at most 20 profiles (one batch), so counts spread from 0 to 12 with ties.
  const followers = await Promise.all(Array.from({ length: 12 }, () => clientWithProfiles(endpoint)));
  for (const follower of followers) {
    const chosen = random.shuffle(graph).slice(0, random.int(20) + 1);
    const answer = await follower.batchFollow(chosen.map((p) => p.handle));
    assert.equal(answer.status, 'SUCCESS');
    assert.ok(answer.results.every((r) => r.status === 'SUCCESS'));
    for (const profile of chosen) profile.followerCount++;
  }
}

/** The brute force: the profiles the filter keeps, sorted by the order's keys with the handle last, as code units. */
function expected(keep, order) {
  const keys = [];
  for (const item of order ?? []) {
    const [field, direction] = Object.entries(item)[0];
    if (keys.some((key) => key.field === field)) continue;
    keys.push({ field, sign: direction === 'DESC' ? -1 : 1 });
    if (field === 'handle') break;
  }
  if (!keys.some((key) => key.field === 'handle')) keys.push({ field: 'handle', sign: 1 });
  const compare = (a, b) => {
    for (const { field, sign } of keys) {
      if (a[field] !== b[field]) return (a[field] < b[field] ? -1 : 1) * sign;
    }
    return 0;
  };
  return graph.filter(keep).sort(compare).map((p) => p.handle);
}

const PAGE_QUERY = `query($where: ProfileFilterInput, $order: [ProfileSortInput!], $first: Int, $after: String, $last: Int, $before: String) {
  profiles(where: $where, order: $order, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id handle followerCount owner { address } } } } }`;

const page = async (variables) => (await query(endpoint, PAGE_QUERY, variables)).profiles;

/** Every page from the start with first/after; checks each page's cursors, flags and total on the way. */
async function forwards(where, order, total) {
  const handles = [];
  let after = null;
  for (let pages = 0; ; pages++) {
    const { edges, pageInfo, totalCount } = await page({ where, order, first: PAGE, after });
    assert.equal(totalCount, total);
    assert.equal(pageInfo.hasPreviousPage, after !== null);
    assert.equal(pageInfo.startCursor, edges[0]?.cursor ?? null);
    assert.equal(pageInfo.endCursor, edges.at(-1)?.cursor ?? null);
    handles.push(...edges.map((edge) => edge.node.handle));
    if (!pageInfo.hasNextPage) return handles;
    assert.equal(edges.length, PAGE);
    assert.ok(pages < PROFILES);
    after = pageInfo.endCursor;
  }
}

/** Every page from the end with last/before, put back in the list's order. */
async function backwards(where, order) {
  const handles = [];
  let before = null;
  for (let pages = 0; ; pages++) {
    const { edges, pageInfo } = await page({ where, order, last: PAGE, before });
    assert.equal(pageInfo.hasNextPage, before !== null);
    handles.unshift(...edges.map((edge) => edge.node.handle));
    if (!pageInfo.hasPreviousPage) return handles;
    assert.equal(edges.length, PAGE);
    assert.ok(pages < PROFILES);
    before = pageInfo.startCursor;
  }
}

const owner = () => graph[0].owner;
const FILTERS = [
  ['everything', undefined, () => true],
  ['handle starting with a', { handle: { startsWith: 'a' } }, (p) => p.handle.startsWith('a')],
  ['handle starting with _1', { handle: { startsWith: '_1' } }, (p) => p.handle.startsWith('_1')],
  ['handle starting with a character no handle has', { handle: { startsWith: 'A' } }, () => false],
  ['one handle', () => ({ handle: { eq: graph[5].handle } }), (p) => p.handle === graph[5].handle],
  ['one owner, its address in lowercase', () => ({ owner: { eq: owner().toLowerCase() } }), (p) => p.owner === owner()],
  ['at least 3 followers', { followerCount: { gte: 3 } }, (p) => p.followerCount >= 3],
  ['2 to 4 followers', { followerCount: { gte: 2, lt: 5 } }, (p) => p.followerCount >= 2 && p.followerCount < 5],
  ['and: over one follower, handle starting with b',
    { and: [{ followerCount: { gt: 1 } }, { handle: { startsWith: 'b' } }] },
    (p) => p.followerCount > 1 && p.handle.startsWith('b')],
  ['or: one owner, or no follower, or exactly 2',
    () => ({ or: [{ owner: { eq: owner() } }, { followerCount: { lte: 0 } }, { followerCount: { eq: 2 } }] }),
    (p) => p.owner === owner() || p.followerCount === 0 || p.followerCount === 2],
];
const ORDERS = [
  ['by handle (the default)', undefined],
  ['by handle, z to a', [{ handle: 'DESC' }]],
  ['most followed first', [{ followerCount: 'DESC' }]],
  ['most followed first, then handle', [{ followerCount: 'DESC' }, { handle: 'ASC' }]],
  ['least followed first, ties z to a', [{ followerCount: 'ASC' }, { handle: 'DESC' }]],
];

/** A database whose collation orders text by ICU's en-US rules, where `_` and digits do not sort by code point. */
async function linguisticDatabase() {
  const name = `gqlf_icu_${process.pid}_${Date.now() % 1e6}`;
  const admin = await connect('postgres');
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.utf8'`);
  } finally {
    await admin.end();
  }
  return name;
}

const STORES = [
  ['SQLite', async () => ({ settings: [], drop: async () => {} })],
  ['PostgreSQL with a linguistic collation', async () => {
    const database = await linguisticDatabase();
    return {
      settings: ['--Storage:Provider=PostgreSql', `--ConnectionStrings:Follows=${postgresConnectionString};Database=${database}`],
      drop: () => dropDatabase(database),
    };
  }, { skip: skipWithoutPostgres }],
];

for (const [store, database, options] of STORES) describe(`profiles against a brute-force computation over the same graph, on ${store}`, options ?? {}, () => {
  let server;
  let dropStore;
  before(async () => {
    const { settings, drop } = await database();
    dropStore = drop;
    server = await startServer(settings);
    endpoint = server.endpoint;
    await seedGraph();
  });
  after(async () => {
    await server?.stop();
    await dropStore?.();
  });

  test('the graph was written as computed', async () => {
    const all = await forwards(undefined, undefined, PROFILES);
    assert.equal(all.length, PROFILES);
    const counts = await query(endpoint, `{ profiles(first: 100) { edges { node { handle followerCount } } } }`);
    const byHandle = Object.fromEntries(counts.profiles.edges.map((e) => [e.node.handle, e.node.followerCount]));
    for (const profile of graph) assert.equal(byHandle[profile.handle], profile.followerCount, profile.handle);
    assert.ok(new Set(graph.map((p) => p.followerCount)).size >= 4, 'follower counts spread');
  });

  for (const [filterName, filter, keep] of FILTERS) {
    for (const [orderName, order] of ORDERS) {
      test(`${filterName}, ${orderName}: every page forwards and backwards`, async () => {
        const where = typeof filter === 'function' ? filter() : filter;
        const want = expected(keep, order);
        assert.deepEqual(await forwards(where, order, want.length), want);
        assert.deepEqual(await backwards(where, order), want);
      });
    }
  }

  test('a page between two cursors holds what lies between them', async () => {
    const order = [{ followerCount: 'DESC' }];
    const want = expected(() => true, order);
    const first = await page({ order, first: 30 });
    const after = first.edges[3].cursor;
    const before = first.edges[15].cursor;
    const between = await page({ order, after, before, first: 100 });
    assert.deepEqual(between.edges.map((e) => e.node.handle), want.slice(4, 15));
    assert.equal(between.pageInfo.hasPreviousPage, true);
    const lastThree = await page({ order, after, before, last: 3 });
    assert.deepEqual(lastThree.edges.map((e) => e.node.handle), want.slice(12, 15));
    assert.equal(lastThree.pageInfo.hasNextPage, true);
  });
});

describe('profiles refuses what it cannot serve, with a clear error', () => {
  let server;
  before(async () => {
    server = await startServer();
    endpoint = server.endpoint;
  });
  after(async () => {
    await server?.stop();
  });
  const refusal = async (variables, pattern) => {
    const { status, json } = await postGraphQL(endpoint, PAGE_QUERY, variables);
    assert.ok(status === 200 || status === 400, `HTTP ${status}`);
    assert.equal(json.data?.profiles ?? null, null);
    assert.match(json.errors.map((e) => e.message).join(' '), pattern);
  };

  test('a cursor of another order, or no cursor at all', async () => {
    const byHandle = Buffer.from('h:abc').toString('base64');
    await refusal({ order: [{ followerCount: 'DESC' }], after: byHandle }, /not a cursor of this list/);
    await refusal({ before: Buffer.from('f:3:abc').toString('base64') }, /not a cursor of this list/);
    await refusal({ after: 'bm90IGEgY3Vyc29y' }, /not a cursor of this list/);
    await refusal({ before: '%%%' }, /not a cursor of this list/);
  });

  test('a null operand, a repeated order key, two keys in one order item, too large a page', async () => {
    await refusal({ where: { handle: { eq: null } } }, /handle\.eq is null/);
    await refusal({ order: [{ followerCount: 'DESC' }, { followerCount: 'ASC' }] }, /more than once/);
    await refusal({ order: [{ followerCount: 'DESC', handle: 'ASC' }] }, /exactly one/i);
    await refusal({ first: 101 }, /at most 100/);
  });

  test('filters nested too deep or with too many comparisons', async () => {
    let deep = { handle: { startsWith: 'a' } };
    for (let i = 0; i < 6; i++) deep = { and: [deep] };
    await refusal({ where: deep }, /nest at most/);
    const many = { or: Array.from({ length: 21 }, (_, i) => ({ followerCount: { eq: i } })) };
    await refusal({ where: many }, /at most 20/);
  });
});
