// Global object identification (the Relay specification): every Node type is refetched by its id through
// node(id:) and nodes(ids:), ids that name nothing give null without an error, and the edges of follows and blocks
// lead to the addresses as objects, so that a page of followers with their own counts is one request.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { clientWithProfiles, postGraphQL, query, uniqueHandle } from './clients.mjs';
import { serverForSuite } from './settings.mjs';

let endpoint;
serverForSuite([], (url) => {
  endpoint = url;
});

const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');
const decoded = (id) => Buffer.from(id, 'base64').toString('utf8');

// What each type shows besides its id, to compare an object read through its list with the same one refetched (the
// spreads sit in one on Node, so that the same selection is valid on every type).
const NODE_FIELDS = `__typename id ... on Node {
  ... on Profile { handle followerCount owner { address } }
  ... on Address { address followingCount }
  ... on Follow { address handle followedAt }
  ... on Block { address handle blockedAt }
  ... on SigningKey { key registeredAt revokedAt }
  ... on Operation { position kind digest } }`;

describe('node and nodes', () => {
  const star = uniqueHandle('star');
  let owner;
  let fans;
  let blocked;
  let seen;

  before(async () => {
    owner = await clientWithProfiles(endpoint, [star]);
    fans = await Promise.all(Array.from({ length: 3 }, () => clientWithProfiles(endpoint)));
    for (const fan of fans) assert.equal((await fan.follow(star)).status, 'SUCCESS');
    // The second fan follows two more profiles, so that the followers' own counts differ.
    const others = [uniqueHandle('o1'), uniqueHandle('o2')];
    await clientWithProfiles(endpoint, others);
    for (const handle of others) assert.equal((await fans[1].follow(handle)).status, 'SUCCESS');
    blocked = await clientWithProfiles(endpoint);
    assert.equal((await owner.block(star, blocked.address)).status, 'SUCCESS');

    const data = await query(endpoint, `query($handle: String!) {
      profileByHandle(handle: $handle) { ${NODE_FIELDS}
        followers(first: 10) { edges { node { ${NODE_FIELDS} follower { ${NODE_FIELDS} } } } }
        blockedAddresses(first: 10) { edges { node { ${NODE_FIELDS} target { ${NODE_FIELDS} } } } }
        owner { ${NODE_FIELDS} signingKeys { ${NODE_FIELDS} } } }
      operations(first: 3) { edges { node { ${NODE_FIELDS} } } } }`, { handle: star });
    const profile = data.profileByHandle;
    // The node's own fields, without the lists and edges this query read along with it.
    const pick = ({ followers, blockedAddresses, signingKeys, follower, target, ...fields }) =>
      (fields.owner ? { ...fields, owner: { address: fields.owner.address } } : fields);
    seen = [
      pick(profile),
      ...profile.followers.edges.flatMap((edge) => [pick(edge.node), edge.node.follower]),
      ...profile.blockedAddresses.edges.flatMap((edge) => [pick(edge.node), edge.node.target]),
      pick(profile.owner),
      ...profile.owner.signingKeys,
      ...data.operations.edges.map((edge) => edge.node),
    ];
  });

  test('every Node type is refetched by its id as it was read', async () => {
    const types = new Set(seen.map((node) => node.__typename));
    assert.deepEqual([...types].sort(), ['Address', 'Block', 'Follow', 'Operation', 'Profile', 'SigningKey']);
    for (const node of seen) {
      const { node: refetched } = await query(endpoint, `query($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`, { id: node.id });
      assert.deepEqual(refetched, node);
    }
  });

  test('ids are the type and key in base64, the same on any instance and after a restart', () => {
    const byType = Object.fromEntries(seen.toReversed().map((node) => [node.__typename, node]));
    assert.equal(decoded(byType.Profile.id), `Profile:${star}`);
    assert.equal(decoded(byType.Address.id), `Address:${byType.Address.address.toLowerCase()}`);
    assert.equal(decoded(byType.Follow.id), `Follow:${byType.Follow.address.toLowerCase()}:${star}`);
    assert.equal(decoded(byType.Block.id), `Block:${blocked.address.toLowerCase()}:${star}`);
    assert.equal(decoded(byType.SigningKey.id), `SigningKey:${owner.key.spki}`);
    assert.equal(decoded(byType.Operation.id), 'Operation:1');
    assert.equal(new Set(seen.map((node) => node.id)).size, new Set(seen.map((node) => JSON.stringify(node))).size);
  });

  test('nodes answers in the order asked, with null for unknown and malformed ids, and no error', async () => {
    const known = seen.slice(0, 6);
    const unknown = [
      base64('Profile:nobody_here'), base64('Operation:999999'), base64(`Follow:${blocked.address.toLowerCase()}:${star}`),
      base64('SigningKey:MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE'), base64('Block:0x0000000000000000000000000000000000000000:nobody'),
    ];
    const malformed = [
      'not base64 at all!', '', base64('Profile'), base64('Address:0x12'), base64('Follow:alice'), base64('Operation:-1'),
      base64('Unknown:1'), Buffer.from([0xff, 0xfe, 0x3a, 0x41]).toString('base64'), 'A'.repeat(5000),
    ];
    const ids = [unknown[0], known[0].id, ...malformed.slice(0, 4), ...known.slice(1).map((n) => n.id), ...unknown.slice(1), ...malformed.slice(4)];
    const { status, json } = await postGraphQL(endpoint, `query($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`, { ids });
    assert.equal(status, 200);
    assert.equal(json.errors, undefined);
    const want = ids.map((id) => known.find((node) => node.id === id) ?? null);
    assert.deepEqual(json.data.nodes, want);
    for (const id of [...unknown, ...malformed]) {
      const single = await postGraphQL(endpoint, `query($id: ID!) { node(id: $id) { id } }`, { id });
      assert.deepEqual(single.json, { data: { node: null } }, id);
    }
  });

  test('nodes takes at most 100 ids', async () => {
    const ids = Array.from({ length: 101 }, () => seen[0].id);
    const { json } = await postGraphQL(endpoint, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    assert.equal(json.data, null);
    assert.match(json.errors[0].message, /at most 100 ids/);
  });

  test('a follow that ended is no longer a node', async () => {
    const fan = await clientWithProfiles(endpoint);
    assert.equal((await fan.follow(star)).status, 'SUCCESS');
    const id = base64(`Follow:${fan.address.toLowerCase()}:${star}`);
    assert.equal((await query(endpoint, `query($id: ID!) { node(id: $id) { id } }`, { id })).node.id, id);
    assert.equal((await fan.unfollow(star)).status, 'SUCCESS');
    assert.equal((await query(endpoint, `query($id: ID!) { node(id: $id) { id } }`, { id })).node, null);
  });

  test("a page of followers with each follower's following count is one request", async () => {
    const data = await query(endpoint, `query($handle: String!) { profileByHandle(handle: $handle) {
      followers(first: 50) { edges { node { address follower { address followingCount } } } } } }`, { handle: star });
    const counts = Object.fromEntries(data.profileByHandle.followers.edges.map(({ node }) => {
      assert.equal(node.follower.address, node.address);
      return [node.address, node.follower.followingCount];
    }));
    assert.deepEqual(counts, { [fans[0].address]: 1, [fans[1].address]: 3, [fans[2].address]: 1 });
  });

  test('a block leads to its target as an address', async () => {
    const data = await query(endpoint, `query($handle: String!) { profileByHandle(handle: $handle) {
      blockedAddresses(first: 5) { edges { node { target { address isFollowing(handle: $handle) } } } } } }`, { handle: star });
    assert.deepEqual(data.profileByHandle.blockedAddresses.edges.map((edge) => edge.node.target),
      [{ address: blocked.address, isFollowing: false }]);
  });
});
