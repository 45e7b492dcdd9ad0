// Blocks and batch follows end to end: ethers wallets and WebCrypto keys against the running server. A block ends
// the target's follow (counts and lists agree), hides the profile from the target's follows until it is lifted, and
// answers every status of the contract in its order of checks.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  Client, addressFollowings, allOperations, batchMessage, blockMessage, clientWithProfiles, mutate, newSigningKey,
  operationCount, profileFollowers, query, signWithKey, uniqueHandle,
} from './clients.mjs';
import { RATE_LIMIT_SETTINGS, serverForSuite } from './settings.mjs';
import { expectBatchRefusals, withoutLogChange } from './expect.mjs';

const MINUTE = 60_000;

let endpoint;
serverForSuite([], (url) => {
  endpoint = url;
});

const status = async (name, input) => (await mutate(endpoint, name, input)).status;

/** Runs `act` and asserts that it left the operation log as it found it. */
const withoutChange = (act) => withoutLogChange(endpoint, act);

/** The input of block or unblock carrying `message` as given, signed by the client's key. */
async function signedBlock(client, handle, target, message, overrides = {}) {
  return {
    address: client.address, handle, target, message, signature: await signWithKey(client.key, message), signingKey: client.key.spki,
    ...overrides,
  };
}

/** A block message with fields changed (or removed when the value is undefined), as JSON text. */
function blockText(op, client, handle, target, changes = {}) {
  const message = { op, address: client.address, handle, target, ts: Date.now(), ...changes };
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) delete message[field];
  }
  return JSON.stringify(message);
}

const blockState = async (handle, address) => (await query(endpoint, `query($handle: String!, $address: AddressEVM!) {
  profileByHandle(handle: $handle) { followerCount isFollowedBy(address: $address) isBlocking(address: $address)
    blockedAddresses(first: 10) { totalCount edges { cursor node { address handle blockedAt proof { content signature signingKey } } } } } }`,
{ handle, address })).profileByHandle;

/** The profile's count, its followers' list and each follower's own count and list agree; answers the followers. */
async function consistentFollowers(handle, followers) {
  const profile = await profileFollowers(endpoint, handle);
  assert.equal(profile.followerCount, profile.followers.length);
  assert.equal(profile.totalCount, profile.followers.length);
  assert.deepEqual(profile.followers.map((f) => f.address).sort(), followers.map((c) => c.address).sort());
  for (const follower of followers) {
    const side = await addressFollowings(endpoint, follower.address);
    assert.equal(side.followingCount, side.followings.length);
    assert.ok(side.followings.some((f) => f.handle === handle));
  }
}

describe('a block and its effects', () => {
  test('a block ends an existing follow, a follow under it is HANDLE_NOT_FOUND, an unblock lets the follow succeed', async () => {
    const handle = uniqueHandle('k');
    const owner = await clientWithProfiles(endpoint, [handle]);
    const fan = await clientWithProfiles(endpoint);
    const friend = await clientWithProfiles(endpoint);
    const followTs = Date.now();
    const lastFollow = await fan.pairInput('follow', handle, followTs);
    assert.equal(await status('follow', lastFollow), 'SUCCESS');
    assert.equal((await friend.follow(handle)).status, 'SUCCESS');
    await consistentFollowers(handle, [fan, friend]);

    const block = await owner.blockInput('block', handle, fan.address);
    const answer = await mutate(endpoint, 'block', block);
    assert.equal(answer.status, 'SUCCESS');
    assert.ok(Math.abs(answer.tsInServer - Date.now()) < MINUTE);
    await consistentFollowers(handle, [friend]);
    const fanSide = await addressFollowings(endpoint, fan.address);
    assert.deepEqual([fanSide.followingCount, fanSide.totalCount, fanSide.followings.length], [0, 0, 0]);
    const blocked = await blockState(handle, fan.address);
    assert.equal(blocked.isBlocking, true);
    assert.equal(blocked.isFollowedBy, false);
    assert.equal(blocked.blockedAddresses.totalCount, 1);
    const [edge] = blocked.blockedAddresses.edges;
    assert.equal(edge.node.address, fan.address);
    assert.equal(edge.node.handle, handle);
    assert.deepEqual(edge.node.proof, { content: block.message, signature: block.signature, signingKey: owner.key.spki });
    const logged = (await allOperations(endpoint)).at(-1);
    assert.deepEqual([logged.kind, logged.address, logged.handles, logged.content], ['BLOCK', owner.address, [handle], block.message]);

    await withoutChange(async () => {
      assert.equal((await fan.follow(handle)).status, 'HANDLE_NOT_FOUND');
      assert.equal((await fan.unfollow(handle)).status, 'HANDLE_NOT_FOUND');
      assert.deepEqual((await fan.batchFollow([handle])).results, [{ handle, status: 'HANDLE_NOT_FOUND' }]);
      // The block applies to the target only.
      assert.equal((await friend.follow(handle)).status, 'ALREADY_DONE');
    });

    assert.equal((await owner.unblock(handle, fan.address)).status, 'SUCCESS');
    const lifted = await blockState(handle, fan.address);
    assert.equal(lifted.isBlocking, false);
    assert.equal(lifted.blockedAddresses.totalCount, 0);
    // The follow the block ended is not restored by replaying it: the block came after it.
    assert.equal(await status('follow', lastFollow), 'MESSAGE_EXPIRED');
    assert.equal((await fan.follow(handle)).status, 'SUCCESS');
    await consistentFollowers(handle, [fan, friend]);
  });

  test('blocking an address that does not follow changes no count; blocked addresses page newest first', async () => {
    const handle = uniqueHandle('k');
    const owner = await clientWithProfiles(endpoint, [handle]);
    const targets = [await Client.create(endpoint), await Client.create(endpoint), await Client.create(endpoint)];
    for (const target of targets) {
      assert.equal((await owner.block(handle, target.address.toLowerCase())).status, 'SUCCESS');
    }
    const page = (cursor) => query(endpoint, `query($h: String!, $after: String) { profileByHandle(handle: $h) { followerCount
      blockedAddresses(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { address } } } } }`,
    { h: handle, after: cursor });
    const first = (await page(null)).profileByHandle;
    assert.equal(first.followerCount, 0);
    assert.equal(first.blockedAddresses.totalCount, 3);
    assert.equal(first.blockedAddresses.pageInfo.hasNextPage, true);
    const second = (await page(first.blockedAddresses.pageInfo.endCursor)).profileByHandle.blockedAddresses;
    assert.equal(second.pageInfo.hasNextPage, false);
    const shown = [...first.blockedAddresses.edges, ...second.edges].map((e) => e.node.address);
    assert.deepEqual(shown, targets.map((t) => t.address).reverse());
  });
});

describe('block and unblock: every status, in the order of checks', () => {
  let owner;
  let target;
  let stranger;
  before(async () => {
    owner = await clientWithProfiles(endpoint);
    target = await clientWithProfiles(endpoint);
    stranger = await clientWithProfiles(endpoint);
  });

  /** A new profile of the owner, in the state where `op` would succeed against the target. */
  async function prepared(op) {
    const handle = uniqueHandle('q');
    assert.equal((await owner.createProfile(handle)).status, 'SUCCESS');
    if (op === 'unblock') {
      assert.equal((await owner.block(handle, target.address)).status, 'SUCCESS');
    }
    return handle;
  }

  for (const op of ['block', 'unblock']) {
    const otherOp = op === 'block' ? 'unblock' : 'block';

    test(`${op}: INVALID_ADDRESS for a malformed address or target, before every other check`, async () => {
      const handle = await prepared(op);
      const input = await owner.blockInput(op, handle, target.address);
      for (const bad of ['not-an-address', '0x1234', '', `${owner.address}00`]) {
        await withoutChange(async () => {
          assert.equal(await status(op, { ...input, address: bad }), 'INVALID_ADDRESS', bad);
          assert.equal(await status(op, { ...input, target: bad }), 'INVALID_ADDRESS', bad);
          assert.equal(await status(op, { address: bad, handle, target: bad, message: 'x', signature: '0x', signingKey: 'x' }), 'INVALID_ADDRESS');
        });
      }
    });

    test(`${op}: INVALID_MESSAGE for each kind of malformed message`, async () => {
      const handle = await prepared(op);
      const messages = {
        'not JSON': 'block them',
        'op missing': blockText(op, owner, handle, target.address, { op: undefined }),
        'handle missing': blockText(op, owner, handle, target.address, { handle: undefined }),
        'target missing': blockText(op, owner, handle, target.address, { target: undefined }),
        'ts missing': blockText(op, owner, handle, target.address, { ts: undefined }),
        'target a number': blockText(op, owner, handle, target.address, { target: 5 }),
        'the other op': blockText(otherOp, owner, handle, target.address),
        'follow op': blockText('follow', owner, handle, target.address),
        'another address': blockText(op, owner, handle, target.address, { address: stranger.address }),
        'another handle': blockText(op, owner, handle, target.address, { handle: `${handle}x` }),
        'another target': blockText(op, owner, handle, target.address, { target: stranger.address }),
        'over 4 KiB': blockText(op, owner, handle, target.address, { note: 'n'.repeat(4096) }),
      };
      for (const [name, message] of Object.entries(messages)) {
        await withoutChange(async () => {
          assert.equal(await status(op, await signedBlock(owner, handle, target.address, message)), 'INVALID_MESSAGE', name);
        });
      }
      // The target in another case is the same address.
      const lower = blockText(op, owner, handle, target.address.toLowerCase());
      assert.equal(await status(op, await signedBlock(owner, handle, target.address, lower)), 'SUCCESS');
      // Failing the message and every later check: INVALID_MESSAGE.
      const message = blockText(otherOp, owner, handle, target.address, { ts: Date.now() - 60 * MINUTE });
      assert.equal(await status(op, { ...(await signedBlock(owner, handle, target.address, message)), signature: '0x00', signingKey: 'x' }), 'INVALID_MESSAGE');
    });

    test(`${op}: MESSAGE_EXPIRED outside the clock window; signing again with tsInServer gets through`, async () => {
      const handle = await prepared(op);
      for (const ts of [Date.now() - 11 * MINUTE, Date.now() + 3 * MINUTE]) {
        await withoutChange(async () => {
          const answer = await mutate(endpoint, op, await owner.blockInput(op, handle, target.address, ts));
          assert.equal(answer.status, 'MESSAGE_EXPIRED', String(ts));
          assert.ok(Math.abs(answer.tsInServer - Date.now()) < MINUTE, 'tsInServer is the server clock');
        });
      }
      const { tsInServer } = await mutate(endpoint, op, await owner.blockInput(op, handle, target.address, Date.now() - 20 * MINUTE));
      assert.equal(await status(op, await owner.blockInput(op, handle, target.address, tsInServer)), 'SUCCESS');
      const stale = await owner.blockInput(op, handle, target.address, Date.now() - 30 * MINUTE);
      assert.equal(await status(op, { ...stale, signature: '0x00', signingKey: (await newSigningKey()).spki }), 'MESSAGE_EXPIRED');
    });

    test(`${op}: INVALID_SIGNING_KEY for garbage, unregistered, others' and revoked keys`, async () => {
      const handle = await prepared(op);
      const revoked = await newSigningKey();
      assert.equal((await owner.registerKey(revoked)).status, 'SUCCESS');
      assert.equal((await owner.revokeKey(revoked)).status, 'SUCCESS');
      const cases = [
        ['not base64', { spki: '!!not base64!!', privateKey: owner.key.privateKey }],
        ['unregistered', await newSigningKey()], ["the target's key", target.key], ['revoked', revoked],
      ];
      for (const [name, key] of cases) {
        const message = blockMessage(op, owner.address, handle, target.address);
        await withoutChange(async () => {
          assert.equal(await status(op, await signedBlock(new Client(endpoint, owner.wallet, key), handle, target.address, message)), 'INVALID_SIGNING_KEY', name);
        });
      }
      const unregistered = await newSigningKey();
      assert.equal(await status(op, { ...(await owner.blockInput(op, handle, target.address)), signingKey: unregistered.spki, signature: '0x01' }), 'INVALID_SIGNING_KEY');
    });

    test(`${op}: INVALID_SIGNATURE for signatures that do not verify, before HANDLE_NOT_FOUND`, async () => {
      const handle = await prepared(op);
      const input = await owner.blockInput(op, handle, target.address);
      const bytes = Buffer.from(input.signature.slice(2), 'hex');
      bytes[10] ^= 1;
      const cases = {
        'by another key': await signWithKey(stranger.key, input.message),
        'a bit flipped': `0x${bytes.toString('hex')}`,
        'empty': '',
        'a wallet signature': await owner.wallet.signMessage(input.message),
      };
      for (const [name, signature] of Object.entries(cases)) {
        await withoutChange(async () => {
          assert.equal(await status(op, { ...input, signature }), 'INVALID_SIGNATURE', name);
        });
      }
      const missing = await owner.blockInput(op, uniqueHandle('x'), target.address);
      assert.equal(await status(op, { ...missing, signature: cases['by another key'] }), 'INVALID_SIGNATURE');
    });

    test(`${op}: HANDLE_NOT_FOUND for a handle no profile has`, async () => {
      for (const missing of [uniqueHandle('n'), 'NOT-A-HANDLE', '']) {
        await withoutChange(async () => {
          assert.equal(await status(op, await owner.blockInput(op, missing, target.address)), 'HANDLE_NOT_FOUND', missing);
        });
      }
    });

    test(`${op}: MESSAGE_EXPIRED for a ts not newer than the pair's last accepted one; the identical retry is SUCCESS`, async () => {
      const handle = uniqueHandle('r');
      assert.equal((await owner.createProfile(handle)).status, 'SUCCESS');
      const t = Date.now();
      let last = await owner.blockInput('block', handle, target.address, t);
      assert.equal(await status('block', last), 'SUCCESS');
      if (op === 'unblock') {
        last = await owner.blockInput('unblock', handle, target.address, t + 10);
        assert.equal(await status('unblock', last), 'SUCCESS');
      }
      const lastTs = JSON.parse(last.message).ts;
      await withoutChange(async () => {
        assert.equal(await status(op, await owner.blockInput(op, handle, target.address, lastTs - 1)), 'MESSAGE_EXPIRED');
        assert.equal(await status(otherOp, await owner.blockInput(otherOp, handle, target.address, lastTs - 1)), 'MESSAGE_EXPIRED');
        const sameTsOtherBytes = JSON.stringify({ ...JSON.parse(last.message), ts: String(lastTs) });
        assert.equal(await status(op, await signedBlock(owner, handle, target.address, sameTsOtherBytes)), 'MESSAGE_EXPIRED');
        assert.equal(await status(op, last), 'SUCCESS');
      });
      assert.equal((await blockState(handle, target.address)).isBlocking, op === 'block');
    });

    test(`${op}: INVALID_ADDRESS when the address does not own the profile or blocks itself, before ALREADY_DONE`, async () => {
      const handle = await prepared(op);
      await withoutChange(async () => {
        assert.equal(await status(op, await stranger.blockInput(op, handle, target.address)), 'INVALID_ADDRESS', 'not the owner');
        assert.equal(await status(op, await target.blockInput(op, handle, target.address)), 'INVALID_ADDRESS', 'the target itself');
        assert.equal(await status(op, await owner.blockInput(op, handle, owner.address)), 'INVALID_ADDRESS', 'the owner itself');
      });
    });

    test(`${op}: ALREADY_DONE when the pair is already in the asked state`, async () => {
      const handle = await prepared(otherOp === 'block' ? 'block' : 'unblock');
      await withoutChange(async () => {
        assert.equal(await status(op, await owner.blockInput(op, handle, target.address)), 'ALREADY_DONE');
      });
      assert.equal((await blockState(handle, target.address)).isBlocking, op === 'block');
    });
  }
});

describe('batchFollow: statuses per handle', () => {
  test('one status per handle: SUCCESS, ALREADY_DONE, HANDLE_NOT_FOUND, INVALID_ADDRESS and MESSAGE_EXPIRED', async () => {
    const handles = [uniqueHandle('f'), uniqueHandle('f'), uniqueHandle('f'), uniqueHandle('f')];
    const owner = await clientWithProfiles(endpoint, handles);
    const ownHandle = uniqueHandle('own');
    const actor = await clientWithProfiles(endpoint, [ownHandle]);
    const batchTs = Date.now() + 500;
    assert.equal((await actor.follow(handles[1])).status, 'SUCCESS');
    // The pair of handles[2] moves past the batch's ts, so the batch is stale for it.
    assert.equal((await actor.follow(handles[2], batchTs + 1000)).status, 'SUCCESS');
    assert.equal((await actor.unfollow(handles[2], batchTs + 2000)).status, 'SUCCESS');
    assert.equal((await owner.block(handles[3], actor.address)).status, 'SUCCESS');
    const missing = uniqueHandle('m');
    const input = await actor.batchInput([handles[0], handles[1], handles[2], handles[3], missing, ownHandle], batchTs, 'batchFollow');
    const before = await operationCount(endpoint);
    const answer = await mutate(endpoint, 'batchFollow', input);
    assert.equal(answer.status, 'SUCCESS');
    assert.deepEqual(answer.results, [
      { handle: handles[0], status: 'SUCCESS' },
      { handle: handles[1], status: 'ALREADY_DONE' },
      { handle: handles[2], status: 'MESSAGE_EXPIRED' },
      { handle: handles[3], status: 'HANDLE_NOT_FOUND' },
      { handle: missing, status: 'HANDLE_NOT_FOUND' },
      { handle: ownHandle, status: 'INVALID_ADDRESS' },
    ]);
    assert.equal(await operationCount(endpoint), before + 1);
    const logged = (await allOperations(endpoint)).at(-1);
    assert.deepEqual([logged.kind, logged.handles, logged.content], ['BATCH_FOLLOW', [handles[0]], input.message]);
    const side = await addressFollowings(endpoint, actor.address);
    assert.equal(side.followingCount, 2);
    assert.deepEqual(side.followings.map((f) => f.handle).sort(), [handles[0], handles[1]].sort());
    await consistentFollowers(handles[0], [actor]);
    await withoutChange(async () => {
      const again = await mutate(endpoint, 'batchFollow', input);
      assert.deepEqual(again.results.map((r) => r.status),
        ['SUCCESS', 'ALREADY_DONE', 'MESSAGE_EXPIRED', 'HANDLE_NOT_FOUND', 'HANDLE_NOT_FOUND', 'INVALID_ADDRESS']);
    });
  });

  test('request-level statuses in the order of checks, repeated for every handle', async () => {
    const handles = [uniqueHandle('g'), uniqueHandle('g')];
    await clientWithProfiles(endpoint, handles);
    const actor = await clientWithProfiles(endpoint);
    const other = await clientWithProfiles(endpoint);
    const signed = async (message, requestHandles, changes = {}) => ({
      address: actor.address, handles: requestHandles, message, signature: await signWithKey(actor.key, message), signingKey: actor.key.spki, ...changes,
    });
    const follow = (list, ts) => batchMessage(actor.address, list, ts, 'batchFollow');
    const many = Array.from({ length: 21 }, (_, i) => `h${i}_${handles[0]}`.slice(0, 20));
    const expectations = [
      ['malformed address', await signed(follow(handles), handles, { address: '0x' }), 'INVALID_ADDRESS'],
      ['batchUnfollow op', await signed(batchMessage(actor.address, handles), handles), 'INVALID_MESSAGE'],
      ['handles differ from the message', await signed(follow(handles), [handles[1], handles[0]]), 'INVALID_MESSAGE'],
      ['21 distinct handles', await signed(follow(many), many), 'INVALID_MESSAGE'],
      ['a handle listed twice', await signed(follow([...handles, handles[0]]), [...handles, handles[0]]), 'INVALID_MESSAGE'],
      ['another address', await signed(batchMessage(other.address, handles, Date.now(), 'batchFollow'), handles), 'INVALID_MESSAGE'],
      ['stale', await signed(follow(handles, Date.now() - 11 * MINUTE), handles), 'MESSAGE_EXPIRED'],
      ['another address\'s key', await signed(follow(handles), handles, { signingKey: other.key.spki }), 'INVALID_SIGNING_KEY'],
      ['signed by another key', { ...(await signed(follow(handles), handles)), signature: await signWithKey(other.key, follow(handles)) }, 'INVALID_SIGNATURE'],
    ];
    await expectBatchRefusals(endpoint, 'batchFollow', expectations);
  });
});

describe('RATE_LIMITED, on a server allowing 3 signed writes an hour per address', () => {
  let url;
  serverForSuite(RATE_LIMIT_SETTINGS(3), (endpoint) => {
    url = endpoint;
  });

  test('block and unblock: forged requests use no permit, the fourth signed write is RATE_LIMITED, before HANDLE_NOT_FOUND', async () => {
    const handle = uniqueHandle('l');
    const owner = await clientWithProfiles(url, [handle]);
    const target = await Client.create(url);
    const stranger = await newSigningKey();
    const forged = await owner.blockInput('block', handle, target.address);
    assert.equal((await mutate(url, 'block', { ...forged, signature: await signWithKey(stranger, forged.message) })).status, 'INVALID_SIGNATURE');
    // The claim, the block and the unblock use the three permits.
    assert.equal((await owner.block(handle, target.address)).status, 'SUCCESS');
    assert.equal((await owner.unblock(handle, target.address)).status, 'SUCCESS');
    const count = await operationCount(url);
    assert.equal((await owner.block(handle, target.address)).status, 'RATE_LIMITED');
    assert.equal((await owner.block(uniqueHandle('missing'), target.address)).status, 'RATE_LIMITED', 'RATE_LIMITED comes before HANDLE_NOT_FOUND');
    // Earlier checks still answer first.
    assert.equal((await mutate(url, 'unblock', { ...forged, signature: await signWithKey(stranger, forged.message) })).status, 'INVALID_MESSAGE');
    assert.equal((await owner.block(handle, target.address, Date.now() - 11 * MINUTE)).status, 'MESSAGE_EXPIRED');
    assert.equal(await operationCount(url), count);
  });

  test('batchFollow costs one permit per handle', async () => {
    const handles = [uniqueHandle('l'), uniqueHandle('l'), uniqueHandle('l'), uniqueHandle('l')];
    await clientWithProfiles(url, handles.slice(0, 2));
    await clientWithProfiles(url, handles.slice(2));
    const actor = await clientWithProfiles(url);
    const answer = await actor.batchFollow(handles);
    assert.equal(answer.status, 'RATE_LIMITED');
    assert.deepEqual(answer.results.map((r) => r.status), ['RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
    assert.equal((await actor.batchFollow(handles.slice(0, 3))).status, 'SUCCESS');
  });
});
