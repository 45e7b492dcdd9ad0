// The follow graph end to end: browser-made keys and signatures against the running server, every status of
// the contract reached by a request that should reach it, in the contract's order of checks.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../server/server.mjs';
import {
  Client, addressFollowings, authorizationMessage, clientWithProfiles, mutate, newSigningKey, newWallet,
  allOperations, operationCount, pairMessage, postGraphQL, profileFollowers, query, signWithKey, uniqueHandle, MUTATIONS,
  batchMessage, revokeMessage,
} from './clients.mjs';
import { verifyMessage } from 'ethers';
import { RATE_LIMIT_SETTINGS, serverForSuite } from './settings.mjs';
import { expectBatchRefusals, withoutLogChange } from './expect.mjs';

const MINUTE = 60_000;

let server;
let endpoint;
before(async () => {
  server = await startServer();
  endpoint = server.endpoint;
});
after(async () => {
  await server?.stop();
});

const status = async (name, input) => (await mutate(endpoint, name, input)).status;

/** The input of follow or unfollow carrying `message` as given, signed by the client's key. */
async function signedPair(client, handle, message, overrides = {}) {
  return {
    address: client.address, handle, message, signature: await signWithKey(client.key, message), signingKey: client.key.spki,
    ...overrides,
  };
}

/** A message with one field changed (or removed when the value is undefined), as JSON text. */
function pairText(op, client, handle, changes = {}) {
  const message = { op, address: client.address, handle, ts: Date.now(), ...changes };
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) delete message[field];
  }
  return JSON.stringify(message);
}

/** Runs `act` and asserts that it left the operation log as it found it. */
const withoutChange = (act) => withoutLogChange(endpoint, act);

/** Flips the case of one hex letter so that a checksummed address fails its checksum. */
function badChecksum(address) {
  const index = [...address].findIndex((c, i) => i > 1 && /[a-fA-F]/.test(c));
  const c = address[index];
  return address.slice(0, index) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + address.slice(index + 1);
}

const profileState = async (handle, follower) => (await query(endpoint, `query($handle: String!, $follower: AddressEVM!) {
  profileByHandle(handle: $handle) { followerCount isFollowedBy(address: $follower) } }`, { handle, follower })).profileByHandle;

const addressState = async (address, handle) => (await query(endpoint, `query($address: AddressEVM!, $handle: String!) {
  address(address: $address) { followingCount isFollowing(handle: $handle) } }`, { address, handle })).address;

describe('the life of a follow', () => {
  test('keys, profiles, follows, unfollows and batch unfollows are reflected by every query', async () => {
    const alice = await Client.create(endpoint);
    assert.equal((await alice.registerKey()).status, 'SUCCESS');
    assert.equal((await alice.registerKey()).status, 'SUCCESS', 'registering the same key again is idempotent');
    const keys = (await query(endpoint, `query($a: AddressEVM!) { address(address: $a) {
      signingKeys { key registeredAt revokedAt authorization { address message signature } } } }`, { a: alice.address })).address.signingKeys;
    assert.equal(keys.length, 1);
    assert.equal(keys[0].key, alice.key.spki);
    assert.equal(keys[0].revokedAt, null);
    assert.equal(keys[0].authorization.address, alice.address);
    assert.equal(keys[0].authorization.message, authorizationMessage(alice.key.spki));
    assert.equal(verifyMessage(keys[0].authorization.message, keys[0].authorization.signature), alice.address);

    const handles = [uniqueHandle('a'), uniqueHandle('b'), uniqueHandle('c')];
    for (const handle of handles) {
      const created = await alice.createProfile(handle);
      assert.equal(created.status, 'SUCCESS');
      assert.ok(Math.abs(created.tsInServer - Date.now()) < MINUTE);
    }
    const owned = (await query(endpoint, `query($a: AddressEVM!) { address(address: $a) { profiles { handle followerCount owner { address } } } }`,
      { a: alice.address.toLowerCase() })).address.profiles;
    assert.deepEqual(owned.map((p) => p.handle), handles);
    assert.ok(owned.every((p) => p.followerCount === 0 && p.owner.address === alice.address));

    const bob = await clientWithProfiles(endpoint);
    const operationsBefore = await operationCount(endpoint);
    const followInput = await bob.pairInput('follow', handles[0]);
    assert.equal(await status('follow', followInput), 'SUCCESS');
    assert.equal(await operationCount(endpoint), operationsBefore + 1);
    assert.deepEqual(await profileState(handles[0], bob.address), { followerCount: 1, isFollowedBy: true });
    assert.deepEqual(await addressState(bob.address, handles[0]), { followingCount: 1, isFollowing: true });

    const { followers } = await profileFollowers(endpoint, handles[0]);
    assert.equal(followers.length, 1);
    const [follow] = followers;
    assert.equal(follow.address, bob.address);
    assert.equal(follow.handle, handles[0]);
    assert.equal(follow.profile.handle, handles[0]);
    assert.ok(Math.abs(follow.followedAt - Date.now()) < MINUTE);
    assert.equal(follow.proof.content, followInput.message);
    assert.equal(follow.proof.signature, followInput.signature);
    assert.equal(follow.proof.signingKey, bob.key.spki);
    assert.match(follow.proof.digest, /^0x[0-9a-f]{64}$/);
    assert.equal(follow.proof.signingKeyAuth.address, bob.address);
    assert.equal(follow.proof.signingKeyAuth.message, authorizationMessage(bob.key.spki));
    assert.equal(verifyMessage(follow.proof.signingKeyAuth.message, follow.proof.signingKeyAuth.signature), bob.address);

    // The identical retry is SUCCESS and changes nothing.
    await withoutChange(async () => assert.equal(await status('follow', followInput), 'SUCCESS'));
    assert.deepEqual(await profileState(handles[0], bob.address), { followerCount: 1, isFollowedBy: true });

    assert.equal((await bob.unfollow(handles[0])).status, 'SUCCESS');
    assert.deepEqual(await profileState(handles[0], bob.address), { followerCount: 0, isFollowedBy: false });
    assert.deepEqual(await addressState(bob.address, handles[0]), { followingCount: 0, isFollowing: false });
    assert.equal((await profileFollowers(endpoint, handles[0])).followers.length, 0);

    // Follow all three, then page through the followings both ways.
    for (const handle of handles) {
      assert.equal((await bob.follow(handle)).status, 'SUCCESS');
    }
    const newestFirst = await addressFollowings(endpoint, bob.address, 2);
    assert.equal(newestFirst.followingCount, 3);
    assert.equal(newestFirst.totalCount, 3);
    assert.deepEqual(newestFirst.followings.map((f) => f.handle), [...handles].reverse());
    const page = (await query(endpoint, `query($a: AddressEVM!) { address(address: $a) {
      asc: followings(first: 3, order: { direction: ASC }) { edges { node { handle } } }
      tail: followings(last: 2) { pageInfo { hasPreviousPage startCursor } edges { node { handle } } } } }`,
    { a: bob.address })).address;
    assert.deepEqual(page.asc.edges.map((e) => e.node.handle), handles);
    assert.deepEqual(page.tail.edges.map((e) => e.node.handle), [handles[1], handles[0]]);
    assert.equal(page.tail.pageInfo.hasPreviousPage, true);

    // One signature unfollows several profiles; each handle gets its own status.
    const missing = uniqueHandle('none');
    const batch = await bob.batchUnfollow([handles[0], handles[1], missing]);
    assert.equal(batch.status, 'SUCCESS');
    assert.deepEqual(batch.results, [
      { handle: handles[0], status: 'SUCCESS' }, { handle: handles[1], status: 'SUCCESS' }, { handle: missing, status: 'HANDLE_NOT_FOUND' },
    ]);
    const after = await addressFollowings(endpoint, bob.address);
    assert.equal(after.followingCount, 1);
    assert.deepEqual(after.followings.map((f) => f.handle), [handles[2]]);
    assert.deepEqual(await profileState(handles[1], bob.address), { followerCount: 0, isFollowedBy: false });
    assert.deepEqual(await profileState(handles[2], bob.address), { followerCount: 1, isFollowedBy: true });

    const batches = (await allOperations(endpoint)).filter((op) => op.kind === 'BATCH_UNFOLLOW' && op.address === bob.address);
    assert.deepEqual(batches.map((op) => op.handles), [[handles[0], handles[1]]]);
  });

  test('mutual follows and batchGetAddresses agree with the follows made', async () => {
    const handleA = uniqueHandle('ma');
    const handleB = uniqueHandle('mb');
    const a = await clientWithProfiles(endpoint, [handleA]);
    const b = await clientWithProfiles(endpoint, [handleB]);
    assert.equal((await a.follow(handleB)).status, 'SUCCESS');
    const mutual = async (client) => (await query(endpoint, `query($a: AddressEVM!) { address(address: $a) {
      mutualFollows(first: 10) { totalCount edges { node { address } } } } }`, { a: client.address })).address.mutualFollows;
    assert.equal((await mutual(a)).totalCount, 0);
    assert.equal((await b.follow(handleA)).status, 'SUCCESS');
    assert.deepEqual((await mutual(a)).edges.map((e) => e.node.address), [b.address]);
    assert.deepEqual((await mutual(b)).edges.map((e) => e.node.address), [a.address]);
    const batch = (await query(endpoint, `query($all: [AddressEVM!]!) { batchGetAddresses(addresses: $all) { address followingCount } }`,
      { all: [b.address, a.address.toLowerCase()] })).batchGetAddresses;
    assert.deepEqual(batch, [{ address: b.address, followingCount: 1 }, { address: a.address, followingCount: 1 }]);
  });
});

describe('follow and unfollow: every status, in the order of checks', () => {
  let owner;
  let handle;
  let actor;
  let other;
  before(async () => {
    handle = uniqueHandle('o');
    owner = await clientWithProfiles(endpoint, [handle]);
    actor = await clientWithProfiles(endpoint);
    other = await clientWithProfiles(endpoint);
  });

  test('follow: a malformed address is refused by the AddressEVM type of FollowRequest.address', async () => {
    const input = await actor.pairInput('follow', handle);
    for (const address of ['not-an-address', '0x1234', badChecksum(actor.address), `${actor.address}00`]) {
      await withoutChange(async () => {
        const { status: http, json } = await postGraphQL(endpoint, MUTATIONS.follow, { input: { ...input, address } });
        assert.ok(http >= 200 && http < 500, `HTTP ${http}`);
        assert.ok(json.errors?.length > 0 && !json.data?.follow, JSON.stringify(json));
        assert.match(json.errors[0].message, /AddressEVM/);
      });
    }
  });

  test('unfollow: INVALID_ADDRESS for a malformed address, before every other check', async () => {
    for (const address of ['not-an-address', '0x1234', badChecksum(actor.address), '', `${actor.address}00`]) {
      const input = await actor.pairInput('unfollow', handle);
      assert.equal(await status('unfollow', { ...input, address }), 'INVALID_ADDRESS', address);
      // Also failing the message, clock, key and signature checks: still INVALID_ADDRESS.
      assert.equal(await status('unfollow', { address, handle, message: 'x', signature: '0x', signingKey: 'x' }), 'INVALID_ADDRESS');
    }
  });

  test('a message with the address in another case, ts as digits and extra fields is accepted', async () => {
    const h = uniqueHandle('v');
    await owner.createProfile(h);
    const message = JSON.stringify({ extra: [1, { a: 2 }], op: 'follow', address: actor.address.toLowerCase(), handle: h, ts: String(Date.now()) });
    assert.equal(await status('follow', await signedPair(actor, h, message)), 'SUCCESS');
    const text = pairText('unfollow', actor, h, { ts: Date.now() + 5 });
    assert.equal(await status('unfollow', await signedPair(actor, h, text, { address: actor.address.toUpperCase().replace('0X', '0x') })), 'SUCCESS');
  });

  for (const op of ['follow', 'unfollow']) {
    const otherOp = op === 'follow' ? 'unfollow' : 'follow';

    test(`${op}: INVALID_MESSAGE for each kind of malformed message`, async () => {
      const messages = {
        'not JSON': 'follow me please',
        'JSON array': `[${pairText(op, actor, handle)}]`,
        'JSON string': JSON.stringify(pairText(op, actor, handle)),
        'trailing text': `${pairText(op, actor, handle)} x`,
        'op missing': pairText(op, actor, handle, { op: undefined }),
        'address missing': pairText(op, actor, handle, { address: undefined }),
        'handle missing': pairText(op, actor, handle, { handle: undefined }),
        'ts missing': pairText(op, actor, handle, { ts: undefined }),
        'ts a float': pairText(op, actor, handle, { ts: Date.now() + 0.5 }),
        'ts a boolean': pairText(op, actor, handle, { ts: true }),
        'ts with letters': pairText(op, actor, handle, { ts: `${Date.now()}a` }),
        'ts negative': pairText(op, actor, handle, { ts: -Date.now() }),
        'handle a number': pairText(op, actor, handle, { handle: 5 }),
        'address null': pairText(op, actor, handle, { address: null }),
        'op an object': pairText(op, actor, handle, { op: { op } }),
        'the other op': pairText(otherOp, actor, handle),
        'createProfile op': pairText('createProfile', actor, handle),
        'another address': pairText(op, actor, handle, { address: other.address }),
        'another handle': pairText(op, actor, handle, { handle: `${handle}x` }),
        'ts twice': pairText(op, actor, handle).replace('}', `,"ts":${Date.now()}}`),
        'over 4 KiB': pairText(op, actor, handle, { note: 'n'.repeat(4096) }),
      };
      for (const [name, message] of Object.entries(messages)) {
        await withoutChange(async () => {
          assert.equal(await status(op, await signedPair(actor, handle, message)), 'INVALID_MESSAGE', name);
        });
      }
      // Failing the message and every later check (stale ts, unknown key, bad signature): INVALID_MESSAGE.
      const stranger = await newSigningKey();
      assert.equal(await status(op, {
        address: actor.address, handle, message: pairText(otherOp, actor, handle, { ts: Date.now() - 60 * MINUTE }),
        signature: '0x00', signingKey: stranger.spki,
      }), 'INVALID_MESSAGE');
    });

    test(`${op}: MESSAGE_EXPIRED outside the clock window; signing again with tsInServer gets through`, async () => {
      const h = uniqueHandle('w');
      await owner.createProfile(h);
      if (op === 'unfollow') {
        assert.equal((await actor.follow(h)).status, 'SUCCESS');
      }
      for (const ts of [Date.now() - 11 * MINUTE, Date.now() + 3 * MINUTE, 0, 999_999_999_999_999]) {
        await withoutChange(async () => {
          const answer = await mutate(endpoint, op, await actor.pairInput(op, h, ts));
          assert.equal(answer.status, 'MESSAGE_EXPIRED', String(ts));
          assert.ok(Math.abs(answer.tsInServer - Date.now()) < MINUTE, 'tsInServer is the server clock');
        });
      }
      const { tsInServer } = await mutate(endpoint, op, await actor.pairInput(op, h, Date.now() - 20 * MINUTE));
      assert.equal((await mutate(endpoint, op, await actor.pairInput(op, h, tsInServer))).status, 'SUCCESS');
      // Stale and also signed by an unknown key with a bad signature: MESSAGE_EXPIRED comes first.
      const stranger = await newSigningKey();
      const stale = pairText(op, actor, h, { ts: Date.now() - 30 * MINUTE });
      assert.equal(await status(op, { address: actor.address, handle: h, message: stale, signature: '0x00', signingKey: stranger.spki }), 'MESSAGE_EXPIRED');
    });

    test(`${op}: INVALID_SIGNING_KEY for other curves, garbage, unregistered, others' and revoked keys`, async () => {
      const p384 = await newSigningKey({ name: 'ECDSA', namedCurve: 'P-384' });
      const rsa = await crypto.subtle.generateKey(
        { name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify']);
      const rsaSpki = Buffer.from(await crypto.subtle.exportKey('spki', rsa.publicKey)).toString('base64');
      const unregistered = await newSigningKey();
      const revoked = await newSigningKey();
      assert.equal((await actor.registerKey(revoked)).status, 'SUCCESS');
      assert.equal((await actor.revokeKey(revoked)).status, 'SUCCESS');
      const spki = actor.key.spki;
      const cases = [
        ['P-384 key', p384], ['RSA key', { spki: rsaSpki, privateKey: actor.key.privateKey }],
        ['not base64', { spki: '!!not base64!!', privateKey: actor.key.privateKey }],
        ['empty', { spki: '', privateKey: actor.key.privateKey }],
        ['truncated', { spki: spki.slice(0, 40), privateKey: actor.key.privateKey }],
        ['trailing bytes', { spki: Buffer.concat([Buffer.from(spki, 'base64'), Buffer.from([0])]).toString('base64'), privateKey: actor.key.privateKey }],
        ['unregistered', unregistered], ['registered to another address', other.key], ['revoked', revoked],
      ];
      for (const [name, key] of cases) {
        const message = pairMessage(op, actor.address, handle);
        await withoutChange(async () => {
          assert.equal(await status(op, await signedPair(new Client(endpoint, actor.wallet, key), handle, message)), 'INVALID_SIGNING_KEY', name);
        });
      }
      // An unregistered key with a bad signature: INVALID_SIGNING_KEY comes first.
      assert.equal(await status(op, { ...(await actor.pairInput(op, handle)), signingKey: unregistered.spki, signature: '0x01' }), 'INVALID_SIGNING_KEY');
    });

    test(`${op}: INVALID_SIGNATURE for signatures that do not verify`, async () => {
      const ts = Date.now();
      const message = pairMessage(op, actor.address, handle, ts);
      const good = await signWithKey(actor.key, message);
      const bytes = Buffer.from(good.slice(2), 'hex');
      const flipped = Buffer.from(bytes);
      flipped[10] ^= 1;
      const cases = {
        'by another key': await signWithKey(other.key, message),
        'over another message': await signWithKey(actor.key, pairMessage(op, actor.address, handle, ts - 1)),
        'a bit flipped': `0x${flipped.toString('hex')}`,
        'r and s swapped': `0x${Buffer.concat([bytes.subarray(32), bytes.subarray(0, 32)]).toString('hex')}`,
        'zeros': `0x${'00'.repeat(64)}`,
        'too short': good.slice(0, 100),
        'too long': `${good}00`,
        'no 0x': good.slice(2),
        'not hex': `0x${'zz'.repeat(64)}`,
        'empty': '',
        'a wallet signature': await actor.wallet.signMessage(message),
      };
      for (const [name, signature] of Object.entries(cases)) {
        await withoutChange(async () => {
          assert.equal(await status(op, { ...(await signedPair(actor, handle, message)), signature }), 'INVALID_SIGNATURE', name);
        });
      }
      // A forged signature for a handle that does not exist: INVALID_SIGNATURE comes first.
      const missing = uniqueHandle('x');
      assert.equal(await status(op, { ...(await actor.pairInput(op, missing)), signature: cases['by another key'] }), 'INVALID_SIGNATURE');
    });

    test(`${op}: a DER-encoded signature verifies as well`, async () => {
      const h = uniqueHandle('d');
      await owner.createProfile(h);
      if (op === 'unfollow') {
        assert.equal((await actor.follow(h)).status, 'SUCCESS');
      }
      const input = await actor.pairInput(op, h);
      assert.equal(await status(op, { ...input, signature: p1363ToDer(input.signature) }), 'SUCCESS');
    });

    test(`${op}: HANDLE_NOT_FOUND for a handle no profile has`, async () => {
      for (const missing of [uniqueHandle('n'), 'NOT-A-HANDLE', '']) {
        await withoutChange(async () => {
          assert.equal((await mutate(endpoint, op, await actor.pairInput(op, missing))).status, 'HANDLE_NOT_FOUND', missing);
        });
      }
    });

    test(`${op}: MESSAGE_EXPIRED for a ts not newer than the pair's last accepted one; the identical retry is SUCCESS`, async () => {
      const h = uniqueHandle('r');
      await owner.createProfile(h);
      const t = Date.now();
      const first = await actor.pairInput('follow', h, t);
      assert.equal(await status('follow', first), 'SUCCESS');
      let last = first;
      if (op === 'unfollow') {
        last = await actor.pairInput('unfollow', h, t + 10);
        assert.equal(await status('unfollow', last), 'SUCCESS');
      }
      const lastTs = JSON.parse(last.message).ts;
      await withoutChange(async () => {
        // Older than the last accepted: MESSAGE_EXPIRED, even where the state would answer ALREADY_DONE or SUCCESS.
        assert.equal(await status(op, await actor.pairInput(op, h, lastTs - 1)), 'MESSAGE_EXPIRED');
        assert.equal(await status(otherOp, await actor.pairInput(otherOp, h, lastTs - 1)), 'MESSAGE_EXPIRED');
        // The same ts in other bytes is not the identical retry.
        const sameTsOtherBytes = JSON.stringify({ ...JSON.parse(last.message), ts: String(lastTs) });
        assert.equal(await status(op, await signedPair(actor, h, sameTsOtherBytes)), 'MESSAGE_EXPIRED');
        assert.equal(await status(op, last), 'SUCCESS');
        assert.equal(await status(op, last), 'SUCCESS');
      });
      const following = op === 'follow';
      assert.deepEqual(await profileState(h, actor.address), { followerCount: following ? 1 : 0, isFollowedBy: following });
    });

    test(`${op}: INVALID_ADDRESS for one's own profile, before ALREADY_DONE`, async () => {
      const h = uniqueHandle('s');
      await owner.createProfile(h);
      await withoutChange(async () => {
        assert.equal((await mutate(endpoint, op, await owner.pairInput(op, h))).status, 'INVALID_ADDRESS');
      });
    });

    test(`${op}: ALREADY_DONE when the edge is already in the asked state`, async () => {
      const h = uniqueHandle('t');
      await owner.createProfile(h);
      if (op === 'follow') {
        assert.equal((await actor.follow(h)).status, 'SUCCESS');
      }
      await withoutChange(async () => {
        assert.equal((await mutate(endpoint, op, await actor.pairInput(op, h))).status, 'ALREADY_DONE');
      });
      const following = op === 'follow';
      assert.deepEqual(await profileState(h, actor.address), { followerCount: following ? 1 : 0, isFollowedBy: following });
    });
  }
});

describe('registerSigningKey: every status, in the order of checks', () => {
  test('SUCCESS, idempotent SUCCESS, and INVALID_ADDRESS before everything', async () => {
    const client = await Client.create(endpoint);
    const input = await client.registerKeyInput('My dapp');
    assert.equal(await status('registerSigningKey', input), 'SUCCESS');
    await withoutChange(async () => assert.equal(await status('registerSigningKey', input), 'SUCCESS'));
    for (const address of ['nope', badChecksum(client.address), '0x12']) {
      assert.equal(await status('registerSigningKey', { ...input, address }), 'INVALID_ADDRESS');
      assert.equal(await status('registerSigningKey', { address, message: 'x', signature: '' }), 'INVALID_ADDRESS');
    }
  });

  test('INVALID_MESSAGE for messages of another shape, before the key and signature checks', async () => {
    const client = await Client.create(endpoint);
    const spki = client.key.spki;
    const messages = {
      'no entity': `I authorize  from this device using signing key:\n${spki}`,
      'other wording': `I allow CyberConnect from this device using signing key:\n${spki}`,
      'no key': 'I authorize CyberConnect from this device using signing key:\n',
      'no line break': `I authorize CyberConnect from this device using signing key: ${spki}`,
      'two line breaks': `I authorize CyberConnect from this device using signing key:\n${spki}\n`,
      'entity with a line break': `I authorize Cyber\nConnect from this device using signing key:\n${spki}`,
      'over 4 KiB': authorizationMessage(spki, 'E'.repeat(4096)),
      'JSON': JSON.stringify({ op: 'registerSigningKey', signingKey: spki }),
    };
    for (const [name, message] of Object.entries(messages)) {
      await withoutChange(async () => {
        const input = { address: client.address, message, signature: await client.wallet.signMessage(message) };
        assert.equal(await status('registerSigningKey', input), 'INVALID_MESSAGE', name);
      });
    }
  });

  test('INVALID_SIGNING_KEY for keys that are not P-256, registered to another address or revoked', async () => {
    const client = await Client.create(endpoint);
    const p384 = await newSigningKey({ name: 'ECDSA', namedCurve: 'P-384' });
    for (const spki of [p384.spki, 'garbage', client.key.spki.slice(0, 60)]) {
      await withoutChange(async () => {
        const message = authorizationMessage(spki);
        assert.equal(await status('registerSigningKey', { address: client.address, message, signature: await client.wallet.signMessage(message) }),
          'INVALID_SIGNING_KEY', spki);
        // Not P-256 and not signed by the address either: INVALID_SIGNING_KEY comes first.
        assert.equal(await status('registerSigningKey', { address: client.address, message, signature: '0x00' }), 'INVALID_SIGNING_KEY');
      });
    }
    const owner = await clientWithProfiles(endpoint);
    await withoutChange(async () => {
      assert.equal(await status('registerSigningKey', await client.registerKeyInput('CyberConnect', owner.key)), 'INVALID_SIGNING_KEY');
    });
    assert.equal((await owner.revokeKey()).status, 'SUCCESS');
    await withoutChange(async () => {
      assert.equal(await status('registerSigningKey', await owner.registerKeyInput()), 'INVALID_SIGNING_KEY', 'a revoked key stays revoked');
    });
  });

  test('INVALID_SIGNATURE when the wallet did not sign, even for a key registered to another address', async () => {
    const client = await Client.create(endpoint);
    const stranger = newWallet();
    const message = authorizationMessage(client.key.spki);
    const good = await client.wallet.signMessage(message);
    const highS = await highSSignature(good);
    const cases = {
      'by another wallet': await stranger.signMessage(message),
      'over another message': await client.wallet.signMessage(`${message} `),
      'empty': '',
      'garbage': '0xdeadbeef',
      'high s': highS,
    };
    for (const [name, signature] of Object.entries(cases)) {
      await withoutChange(async () => {
        assert.equal(await status('registerSigningKey', { address: client.address, message, signature }), 'INVALID_SIGNATURE', name);
      });
    }
    const owner = await clientWithProfiles(endpoint);
    const taken = authorizationMessage(owner.key.spki);
    assert.equal(await status('registerSigningKey', { address: client.address, message: taken, signature: await stranger.signMessage(taken) }), 'INVALID_SIGNATURE');
    // v written as 0/1 instead of 27/28 is the same signature.
    const v01 = `${good.slice(0, 130)}${(parseInt(good.slice(130), 16) - 27).toString(16).padStart(2, '0')}`;
    assert.equal(await status('registerSigningKey', { address: client.address, message, signature: v01 }), 'SUCCESS');
  });
});

describe('revokeSigningKey: every status, in the order of checks', () => {
  test('SUCCESS, SUCCESS again without change, and the key refused from then on', async () => {
    const h = uniqueHandle('k');
    await clientWithProfiles(endpoint, [h]);
    const client = await clientWithProfiles(endpoint);
    const revoked = await client.revokeKey();
    assert.equal(revoked.status, 'SUCCESS');
    await withoutChange(async () => assert.equal((await client.revokeKey()).status, 'SUCCESS'));
    const keys = (await query(endpoint, `query($a: AddressEVM!) { address(address: $a) { signingKeys { key revokedAt } } }`,
      { a: client.address })).address.signingKeys;
    assert.equal(keys.length, 1);
    assert.ok(keys[0].revokedAt > 0);
    await withoutChange(async () => {
      assert.equal((await client.follow(h)).status, 'INVALID_SIGNING_KEY');
      assert.equal((await client.batchUnfollow([h])).status, 'INVALID_SIGNING_KEY');
    });
  });

  test('INVALID_ADDRESS, INVALID_MESSAGE, MESSAGE_EXPIRED, INVALID_SIGNING_KEY and INVALID_SIGNATURE', async () => {
    const client = await clientWithProfiles(endpoint);
    const other = await clientWithProfiles(endpoint);
    const unregistered = await newSigningKey();
    const spki = client.key.spki;
    const wallet = client.wallet;
    const input = async (message, changes = {}) => ({
      address: client.address, signingKey: spki, message, signature: await wallet.signMessage(message), ...changes,
    });
    const expectations = [
      ['malformed address', await input(revokeMessage(client.address, spki), { address: '0xabc' }), 'INVALID_ADDRESS'],
      ['malformed address and message', { address: 'x', signingKey: 'y', message: 'z', signature: '' }, 'INVALID_ADDRESS'],
      ['not JSON', await input('revoke it'), 'INVALID_MESSAGE'],
      ['wrong op', await input(JSON.stringify({ op: 'follow', address: client.address, signingKey: spki, ts: Date.now() })), 'INVALID_MESSAGE'],
      ['signingKey missing', await input(JSON.stringify({ op: 'revokeSigningKey', address: client.address, ts: Date.now() })), 'INVALID_MESSAGE'],
      ['another key in the message', await input(revokeMessage(client.address, other.key.spki)), 'INVALID_MESSAGE'],
      ['another address in the message', await input(revokeMessage(other.address, spki)), 'INVALID_MESSAGE'],
      ['bad message and stale', await input(JSON.stringify({ op: 'revokeSigningKey', address: client.address, ts: 1 })), 'INVALID_MESSAGE'],
      ['stale', await input(revokeMessage(client.address, spki, Date.now() - 11 * MINUTE)), 'MESSAGE_EXPIRED'],
      ['stale and unregistered', await input(revokeMessage(client.address, unregistered.spki, 5), { signingKey: unregistered.spki }), 'MESSAGE_EXPIRED'],
      ['unregistered', await input(revokeMessage(client.address, unregistered.spki), { signingKey: unregistered.spki }), 'INVALID_SIGNING_KEY'],
      ['another address\'s key', await input(revokeMessage(client.address, other.key.spki), { signingKey: other.key.spki }), 'INVALID_SIGNING_KEY'],
      ['not a key', await input(revokeMessage(client.address, 'abc'), { signingKey: 'abc' }), 'INVALID_SIGNING_KEY'],
      ['unregistered and unsigned', { ...(await input(revokeMessage(client.address, unregistered.spki), { signingKey: unregistered.spki })), signature: '0x' }, 'INVALID_SIGNING_KEY'],
      ['signed by another wallet', { ...(await input(revokeMessage(client.address, spki))), signature: await other.wallet.signMessage(revokeMessage(client.address, spki)) }, 'INVALID_SIGNATURE'],
      ['signed by the key, not the wallet', await (async () => {
        const message = revokeMessage(client.address, spki);
        return { address: client.address, signingKey: spki, message, signature: await signWithKey(client.key, message) };
      })(), 'INVALID_SIGNATURE'],
    ];
    for (const [name, request, expected] of expectations) {
      await withoutChange(async () => assert.equal(await status('revokeSigningKey', request), expected, name));
    }
    // The other wallet's key is still active.
    const h = uniqueHandle('q');
    await client.createProfile(h);
    assert.equal((await other.follow(h)).status, 'SUCCESS');
  });
});

describe('createProfile: every status, in the order of checks', () => {
  test('SUCCESS, the identical retry SUCCESS, then HANDLE_TAKEN', async () => {
    const client = await Client.create(endpoint);
    const h = uniqueHandle('c');
    const input = await client.createProfileInput(h);
    assert.equal(await status('createProfile', input), 'SUCCESS');
    await withoutChange(async () => {
      assert.equal(await status('createProfile', input), 'SUCCESS');
      assert.equal((await client.createProfile(h)).status, 'HANDLE_TAKEN');
      const rival = await Client.create(endpoint);
      assert.equal((await rival.createProfile(h)).status, 'HANDLE_TAKEN');
      // A bad signature for a taken handle: INVALID_SIGNATURE comes first.
      const forged = await rival.createProfileInput(h);
      assert.equal(await status('createProfile', { ...forged, signature: await client.wallet.signMessage(forged.message) }), 'INVALID_SIGNATURE');
    });
    const profile = (await query(endpoint, `query($h: String!) { profileByHandle(handle: $h) { owner { address } createdAt } }`, { h })).profileByHandle;
    assert.equal(profile.owner.address, client.address);
    assert.ok(Math.abs(profile.createdAt - Date.now()) < MINUTE);
  });

  test('INVALID_ADDRESS, INVALID_MESSAGE, INVALID_HANDLE, MESSAGE_EXPIRED and INVALID_SIGNATURE', async () => {
    const client = await Client.create(endpoint);
    const other = newWallet();
    const h = uniqueHandle('e');
    const signed = async (message, handle = h, changes = {}) => ({
      address: client.address, handle, message, signature: await client.wallet.signMessage(message), ...changes,
    });
    const text = (changes = {}) => pairText('createProfile', client, h, changes);
    const expectations = [
      ['malformed address', await signed(text(), h, { address: '0x0' }), 'INVALID_ADDRESS'],
      ['malformed address, invalid handle, bad message', { address: 'x', handle: 'X', message: '', signature: '' }, 'INVALID_ADDRESS'],
      ['not JSON', await signed('create'), 'INVALID_MESSAGE'],
      ['follow op', await signed(text({ op: 'follow' })), 'INVALID_MESSAGE'],
      ['another address', await signed(text({ address: other.address })), 'INVALID_MESSAGE'],
      ['another handle', await signed(text({ handle: `${h}x` })), 'INVALID_MESSAGE'],
      ['ts missing', await signed(text({ ts: undefined })), 'INVALID_MESSAGE'],
      ['over 4 KiB', await signed(text({ pad: 'p'.repeat(4100) })), 'INVALID_MESSAGE'],
      ['bad message and invalid handle', await signed(pairText('createProfile', client, 'Bad Handle', { op: 'x' }), 'Bad Handle'), 'INVALID_MESSAGE'],
      ...['ab', 'Abc', 'a'.repeat(21), 'bad-handle', 'héllo', 'with space', ''].map((bad) =>
        [`handle ${JSON.stringify(bad)}`, null, 'INVALID_HANDLE', bad]),
      ['invalid handle and stale', null, 'INVALID_HANDLE', 'AB', Date.now() - 20 * MINUTE],
      ['stale', await signed(text({ ts: Date.now() - 11 * MINUTE })), 'MESSAGE_EXPIRED'],
      ['ahead', await signed(text({ ts: Date.now() + 3 * MINUTE })), 'MESSAGE_EXPIRED'],
      ['stale and unsigned', { ...(await signed(text({ ts: 1 }))), signature: '0x00' }, 'MESSAGE_EXPIRED'],
      ['signed by another wallet', { ...(await signed(text())), signature: await other.signMessage(text()) }, 'INVALID_SIGNATURE'],
      ['signature empty', { ...(await signed(text())), signature: '' }, 'INVALID_SIGNATURE'],
    ];
    for (const [name, request, expected, badHandle, ts] of expectations) {
      const input = request ?? (await signed(pairMessage('createProfile', client.address, badHandle, ts), badHandle));
      await withoutChange(async () => assert.equal(await status('createProfile', input), expected, name));
    }
    assert.equal(await query(endpoint, `query($h: String!) { profileByHandle(handle: $h) { handle } }`, { h }).then((d) => d.profileByHandle), null);
  });
});

describe('batchUnfollow: every status, in the order of checks', () => {
  let owner;
  let actor;
  let handles;
  before(async () => {
    handles = [uniqueHandle('b'), uniqueHandle('b'), uniqueHandle('b'), uniqueHandle('b')];
    owner = await clientWithProfiles(endpoint, handles);
    actor = await clientWithProfiles(endpoint);
  });

  test('one status per handle: SUCCESS, ALREADY_DONE, HANDLE_NOT_FOUND, INVALID_ADDRESS and MESSAGE_EXPIRED', async () => {
    const ownHandle = uniqueHandle('own');
    assert.equal((await actor.createProfile(ownHandle)).status, 'SUCCESS');
    assert.equal((await actor.follow(handles[0])).status, 'SUCCESS');
    assert.equal((await actor.follow(handles[1])).status, 'SUCCESS');
    const batchTs = Date.now() + 500;
    // The pair of handles[1] moves past the batch's ts, so the batch is stale for it.
    assert.equal((await actor.unfollow(handles[1], batchTs + 1000)).status, 'SUCCESS');
    assert.equal((await actor.follow(handles[1], batchTs + 2000)).status, 'SUCCESS');
    const missing = uniqueHandle('m');
    const list = [handles[0], handles[1], handles[2], missing, ownHandle];
    const input = await actor.batchUnfollowInput(list, batchTs);
    const answer = await mutate(endpoint, 'batchUnfollow', input);
    assert.equal(answer.status, 'SUCCESS');
    assert.deepEqual(answer.results, [
      { handle: handles[0], status: 'SUCCESS' },
      { handle: handles[1], status: 'MESSAGE_EXPIRED' },
      { handle: handles[2], status: 'ALREADY_DONE' },
      { handle: missing, status: 'HANDLE_NOT_FOUND' },
      { handle: ownHandle, status: 'INVALID_ADDRESS' },
    ]);
    assert.deepEqual(await addressState(actor.address, handles[0]), { followingCount: 1, isFollowing: false });
    assert.deepEqual(await profileState(handles[1], actor.address), { followerCount: 1, isFollowedBy: true });
    // The identical retry: SUCCESS for the handle it changed, nothing new in the log.
    await withoutChange(async () => {
      const again = await mutate(endpoint, 'batchUnfollow', input);
      assert.equal(again.status, 'SUCCESS');
      assert.deepEqual(again.results[0], { handle: handles[0], status: 'SUCCESS' });
    });
  });

  test('request-level statuses in the order of checks', async () => {
    const other = await clientWithProfiles(endpoint);
    const unregistered = await newSigningKey();
    const signed = async (message, requestHandles, changes = {}) => ({
      address: actor.address, handles: requestHandles, message, signature: await signWithKey(actor.key, message), signingKey: actor.key.spki, ...changes,
    });
    const many = Array.from({ length: 21 }, (_, i) => `h${i}_${handles[0]}`.slice(0, 20));
    const expectations = [
      ['malformed address', await signed(batchMessage(actor.address, [handles[3]]), [handles[3]], { address: '0x' }), 'INVALID_ADDRESS'],
      ['malformed address and message', { address: 'a', handles: [], message: '', signature: '', signingKey: '' }, 'INVALID_ADDRESS'],
      ['handles differ from the message', await signed(batchMessage(actor.address, [handles[3]]), [handles[2]]), 'INVALID_MESSAGE'],
      ['no handles', await signed(batchMessage(actor.address, []), []), 'INVALID_MESSAGE'],
      ['21 distinct handles', await signed(batchMessage(actor.address, many), many), 'INVALID_MESSAGE'],
      ['a handle listed twice', await signed(batchMessage(actor.address, [handles[3], handles[2], handles[3]]), [handles[3], handles[2], handles[3]]), 'INVALID_MESSAGE'],
      ['handles not strings', await signed(JSON.stringify({ op: 'batchUnfollow', address: actor.address, handles: [1], ts: Date.now() }), ['1']), 'INVALID_MESSAGE'],
      ['handle instead of handles', await signed(pairMessage('batchUnfollow', actor.address, handles[3]), [handles[3]]), 'INVALID_MESSAGE'],
      ['unfollow op', await signed(JSON.stringify({ op: 'unfollow', address: actor.address, handles: [handles[3]], ts: Date.now() }), [handles[3]]), 'INVALID_MESSAGE'],
      ['another address', await signed(batchMessage(other.address, [handles[3]]), [handles[3]]), 'INVALID_MESSAGE'],
      ['stale', await signed(batchMessage(actor.address, [handles[3]], Date.now() - 11 * MINUTE), [handles[3]]), 'MESSAGE_EXPIRED'],
      ['stale and unregistered key', await signed(batchMessage(actor.address, [handles[3]], 7), [handles[3]], { signingKey: unregistered.spki }), 'MESSAGE_EXPIRED'],
      ['unregistered key', await signed(batchMessage(actor.address, [handles[3]]), [handles[3]], { signingKey: unregistered.spki }), 'INVALID_SIGNING_KEY'],
      ['another address\'s key', await signed(batchMessage(actor.address, [handles[3]]), [handles[3]], { signingKey: other.key.spki }), 'INVALID_SIGNING_KEY'],
      ['signed by another key', { ...(await signed(batchMessage(actor.address, [handles[3]]), [handles[3]])), signature: await signWithKey(other.key, batchMessage(actor.address, [handles[3]])) }, 'INVALID_SIGNATURE'],
    ];
    await expectBatchRefusals(endpoint, 'batchUnfollow', expectations);
  });
});

describe('RATE_LIMITED, on a server allowing 3 signed writes an hour per address', () => {
  let url;
  serverForSuite(RATE_LIMIT_SETTINGS(3), (endpoint) => {
    url = endpoint;
  });

  test('follow and unfollow: forged requests use no permit, the fourth signed write is RATE_LIMITED, before HANDLE_NOT_FOUND', async () => {
    const handles = [uniqueHandle('l'), uniqueHandle('l'), uniqueHandle('l')];
    const owner = await clientWithProfiles(url, handles);
    const actor = await clientWithProfiles(url);
    const stranger = await newSigningKey();
    for (let i = 0; i < 6; i++) {
      const forged = await actor.pairInput('follow', handles[0]);
      assert.equal(await mutate(url, 'follow', { ...forged, signature: await signWithKey(stranger, forged.message) }).then((r) => r.status), 'INVALID_SIGNATURE');
    }
    assert.equal((await actor.follow(handles[0])).status, 'SUCCESS');
    assert.equal((await actor.follow(handles[1])).status, 'SUCCESS');
    assert.equal((await actor.unfollow(handles[0])).status, 'SUCCESS');
    const count = await operationCount(url);
    assert.equal((await actor.follow(handles[2])).status, 'RATE_LIMITED');
    assert.equal((await actor.unfollow(handles[1])).status, 'RATE_LIMITED');
    assert.equal((await actor.follow(uniqueHandle('missing'))).status, 'RATE_LIMITED', 'RATE_LIMITED comes before HANDLE_NOT_FOUND');
    assert.equal((await actor.batchUnfollow([handles[1]])).status, 'RATE_LIMITED');
    // Earlier checks still answer first.
    const forged = await actor.pairInput('follow', handles[2]);
    assert.equal((await mutate(url, 'follow', { ...forged, signature: await signWithKey(stranger, forged.message) })).status, 'INVALID_SIGNATURE');
    assert.equal((await actor.follow(handles[2], Date.now() - 11 * MINUTE)).status, 'MESSAGE_EXPIRED');
    assert.equal(await operationCount(url), count);
    // Another address has its own rate.
    assert.equal((await (await Client.create(url)).createProfile(uniqueHandle('l'))).status, 'SUCCESS');
    assert.equal((await owner.createProfile(uniqueHandle('l'))).status, 'RATE_LIMITED', 'the owner used its three on its profiles');
  });

  test('batchUnfollow costs one permit per handle', async () => {
    const handles = [uniqueHandle('l'), uniqueHandle('l')];
    await clientWithProfiles(url, handles);
    const actor = await clientWithProfiles(url);
    assert.equal((await actor.follow(handles[0])).status, 'SUCCESS');
    assert.equal((await actor.follow(handles[1])).status, 'SUCCESS');
    const answer = await actor.batchUnfollow(handles);
    assert.equal(answer.status, 'RATE_LIMITED');
    assert.deepEqual(answer.results.map((r) => r.status), ['RATE_LIMITED', 'RATE_LIMITED']);
    assert.equal((await actor.batchUnfollow([handles[0]])).status, 'SUCCESS');
  });

  test('createProfile: RATE_LIMITED after three claims, before HANDLE_TAKEN', async () => {
    const client = await Client.create(url);
    const taken = uniqueHandle('z');
    assert.equal((await client.createProfile(taken)).status, 'SUCCESS');
    assert.equal((await client.createProfile(uniqueHandle('z'))).status, 'SUCCESS');
    assert.equal((await client.createProfile(taken)).status, 'HANDLE_TAKEN');
    assert.equal((await client.createProfile(uniqueHandle('z'))).status, 'RATE_LIMITED');
    assert.equal((await client.createProfile(taken)).status, 'RATE_LIMITED');
    const input = await client.createProfileInput(uniqueHandle('z'));
    assert.equal((await mutate(url, 'createProfile', { ...input, signature: await newWallet().signMessage(input.message) })).status, 'INVALID_SIGNATURE');
  });
});

/** The DER (ASN.1) form of a `0x` P1363 signature. */
function p1363ToDer(signature) {
  const bytes = Buffer.from(signature.slice(2), 'hex');
  const integer = (part) => {
    let value = part;
    while (value.length > 1 && value[0] === 0 && value[1] < 0x80) value = value.subarray(1);
    if (value[0] >= 0x80) value = Buffer.concat([Buffer.from([0]), value]);
    return Buffer.concat([Buffer.from([0x02, value.length]), value]);
  };
  const body = Buffer.concat([integer(bytes.subarray(0, 32)), integer(bytes.subarray(32))]);
  return `0x${Buffer.concat([Buffer.from([0x30, body.length]), body]).toString('hex')}`;
}

/** The same wallet signature with s replaced by n - s (and v flipped): valid math, refused as malleable. */
async function highSSignature(signature) {
  const { Signature } = await import('ethers');
  const n = 0xffffffffffffffffffffffffffffffffbaaedce6af48a03bbfd25e8cd0364141n;
  const parsed = Signature.from(signature);
  const s = n - BigInt(parsed.s);
  const v = parsed.v === 27 ? 28 : 27;
  return `${parsed.r}${s.toString(16).padStart(64, '0')}${v.toString(16)}`;
}
