// A verifier with no project code (verify-operations.mjs: ethers and WebCrypto only) re-checks the server's whole
// operation log, and notices when the log it is given was tampered with.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startServer } from '../server/server.mjs';
import { clientWithProfiles, newSigningKey, query, uniqueHandle } from './clients.mjs';
import { computeDigest, fetchOperations, verifyOperations } from './verify-operations.mjs';

const verifierPath = fileURLToPath(new URL('./verify-operations.mjs', import.meta.url));

let server;
let operations;
before(async () => {
  server = await startServer();
  const endpoint = server.endpoint;
  const handles = [uniqueHandle('t'), uniqueHandle('t'), uniqueHandle('t')];
  const alice = await clientWithProfiles(endpoint, handles.slice(0, 2));
  const bob = await clientWithProfiles(endpoint, handles.slice(2));
  const carol = await clientWithProfiles(endpoint);
  const expect = async (promise) => assert.equal((await promise).status, 'SUCCESS');
  await expect(bob.follow(handles[0]));
  await expect(bob.follow(handles[1]));
  await expect(carol.follow(handles[0]));
  await expect(carol.follow(handles[2]));
  await expect(alice.follow(handles[2]));
  await expect(bob.unfollow(handles[0]));
  await expect(carol.batchUnfollow([handles[0], handles[2]]));
  // A second device for carol, the first one revoked; the new key keeps signing.
  const oldKey = carol.key;
  carol.key = await newSigningKey();
  await expect(carol.registerKey());
  await expect(carol.revokeKey(oldKey));
  await expect(carol.follow(handles[1]));
  // alice blocks carol from her second profile, which ends carol's follow of it; then lifts the block, and carol
  // follows again; bob follows two profiles at once.
  await expect(alice.block(handles[1], carol.address));
  await expect(alice.unblock(handles[1], carol.address));
  await expect(carol.follow(handles[1]));
  await expect(alice.block(handles[0], bob.address));
  await expect(bob.unfollow(handles[1]));
  await expect(bob.batchFollow([handles[1]]));
  // Enough operations for several pages of 7.
  for (let i = 0; i < 4; i++) {
    await expect(bob.unfollow(handles[1]));
    await expect(bob.follow(handles[1]));
  }
  operations = await fetchOperations(endpoint, 7);
});
after(async () => {
  await server?.stop();
});

const problemsOf = async (log) => (await verifyOperations(log)).problems.map((p) => p.problem);

test('the whole log, read page by page, verifies and rebuilds the graph the API shows', async () => {
  assert.ok(operations.length > 21, `${operations.length} operations`);
  assert.deepEqual(new Set(operations.map((op) => op.kind)),
    new Set(['REGISTER_SIGNING_KEY', 'REVOKE_SIGNING_KEY', 'CREATE_PROFILE', 'FOLLOW', 'UNFOLLOW', 'BATCH_UNFOLLOW',
      'BATCH_FOLLOW', 'BLOCK', 'UNBLOCK']));
  const { problems, follows, blocks, profiles } = await verifyOperations(operations);
  assert.deepEqual(problems, []);
  assert.equal(profiles.size, 3);
  const [first] = profiles.keys();
  const blocked = await query(server.endpoint, `query($h: String!) { profileByHandle(handle: $h) {
    blockedAddresses(first: 10) { edges { node { address handle } } } } }`, { h: first });
  assert.deepEqual(blocked.profileByHandle.blockedAddresses.edges.map((e) => `${e.node.handle}|${e.node.address}`), [...blocks]);
  assert.equal(blocks.size, 1);
  const followers = `followers(first: 100) { edges { node { address handle } } }`;
  const [a, b, c] = profiles.keys();
  const data = await query(server.endpoint, `query($a: String!, $b: String!, $c: String!) {
    a: profileByHandle(handle: $a) { ${followers} } b: profileByHandle(handle: $b) { ${followers} }
    c: profileByHandle(handle: $c) { ${followers} } }`, { a, b, c });
  const shown = Object.values(data).flatMap((p) => p.followers.edges.map((e) => `${e.node.address}|${e.node.handle}`));
  assert.deepEqual(shown.sort(), [...follows].sort());
});

test('the verifier runs as a command-line tool against the endpoint', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [verifierPath, server.endpoint]);
  assert.match(stdout, new RegExp(`^${operations.length} operations, 3 profiles, \\d+ follows, 1 blocks: verified$`, 'm'));
});

test('a changed content is reported: the signature and the digest no longer match', async () => {
  const index = operations.findIndex((op) => op.kind === 'FOLLOW');
  const tampered = structuredClone(operations);
  tampered[index].content = tampered[index].content.replace('"follow"', '"unfollow"');
  tampered[index].kind = 'UNFOLLOW';
  const problems = await problemsOf(tampered);
  assert.ok(problems.includes('signing-key signature does not verify'), problems.join('; '));
  assert.ok(problems.includes('digest does not match the operation'), problems.join('; '));
});

test('a change whose digests were recomputed is still caught by the signature', async () => {
  const tampered = structuredClone(operations);
  const index = tampered.findIndex((op) => op.kind === 'UNFOLLOW');
  tampered[index].content = tampered[index].content.replace(/"ts":\d+/, (ts) => `"ts":${Number(ts.slice(5)) + 1}`);
  tampered[index].ts += 1;
  for (let i = index; i < tampered.length; i++) {
    if (i > 0) tampered[i].previousDigest = tampered[i - 1].digest;
    tampered[i].digest = computeDigest(tampered[i]);
  }
  assert.deepEqual(await problemsOf(tampered), ['signing-key signature does not verify']);
});

test('a removed operation is reported', async () => {
  const index = operations.findIndex((op) => op.kind === 'UNFOLLOW');
  const tampered = operations.filter((_, i) => i !== index);
  const problems = await problemsOf(tampered);
  assert.ok(problems.some((p) => p.startsWith('position')), problems.join('; '));
  assert.ok(problems.includes('previousDigest is not the digest of the operation before it'), problems.join('; '));
});

test('two operations swapped are reported', async () => {
  const index = operations.findIndex((op) => op.kind === 'FOLLOW');
  const tampered = [...operations];
  [tampered[index], tampered[index + 1]] = [tampered[index + 1], tampered[index]];
  const problems = await problemsOf(tampered);
  assert.ok(problems.some((p) => p.startsWith('position')), problems.join('; '));
  assert.ok(problems.includes('previousDigest is not the digest of the operation before it'), problems.join('; '));
});

test('a follow while its profile blocks the follower, and a block by another than the owner, are reported', async () => {
  // The unblock moved after the follow that it allowed: that follow is now made under a block.
  const unblock = operations.findIndex((op) => op.kind === 'UNBLOCK');
  const early = structuredClone(operations);
  const [moved] = early.splice(unblock, 1);
  early.splice(unblock + 1, 0, moved);
  assert.ok((await problemsOf(early)).some((p) => p.endsWith('blocks the follower')));

  const stranger = structuredClone(operations);
  const block = stranger.findIndex((op) => op.kind === 'BLOCK');
  stranger[block].handles = [stranger.find((op) => op.kind === 'CREATE_PROFILE' && op.address !== stranger[block].address).handles[0]];
  assert.ok((await problemsOf(stranger)).some((p) => p.endsWith("is not the address's profile")));
});

test('a wallet signature, a key authorisation and a revoked key are each checked', async () => {
  const profile = structuredClone(operations);
  const claim = profile.findIndex((op) => op.kind === 'CREATE_PROFILE');
  profile[claim].signature = profile[profile.findIndex((op, i) => op.kind === 'CREATE_PROFILE' && i !== claim && op.address !== profile[claim].address)].signature;
  assert.ok((await problemsOf(profile)).includes('wallet signature does not verify'));

  const auth = structuredClone(operations);
  const follow = auth.findIndex((op) => op.kind === 'FOLLOW');
  const stranger = auth.find((op) => op.kind === 'REGISTER_SIGNING_KEY' && op.address !== auth[follow].address);
  auth[follow].signingKeyAuth = { address: auth[follow].address, message: stranger.content, signature: stranger.signature };
  const authProblems = await problemsOf(auth);
  assert.ok(authProblems.includes('authorisation does not name the signing key'), authProblems.join('; '));
  assert.ok(authProblems.includes('authorisation signature does not verify'), authProblems.join('; '));

  // The revocation moved after a follow signed by the revoked key: that follow is now signed by a revoked key.
  const revocation = operations.findIndex((op) => op.kind === 'REVOKE_SIGNING_KEY');
  const revokedKey = operations[revocation].signingKey;
  const early = structuredClone(operations);
  const [moved] = early.splice(revocation, 1);
  const firstUse = early.findIndex((op) => op.signingKey === revokedKey && op.kind !== 'REGISTER_SIGNING_KEY');
  early.splice(firstUse, 0, moved);
  assert.ok((await problemsOf(early)).includes('signed by a revoked key'));
});
