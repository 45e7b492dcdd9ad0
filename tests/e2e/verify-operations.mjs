#!/usr/bin/env node
// An independent verifier of a GraphQlFollows operation log, built only on ethers v6 and WebCrypto as the
// README and schema describe the log: it reads `operations` page by page and checks every signature, every
// signing-key authorisation and the digest chain, and replays the log to rebuild the follow graph and its blocks.
//
//   node tests/e2e/verify-operations.mjs http://127.0.0.1:5000/graphql
import { concat, getAddress, keccak256, toBeHex, toUtf8Bytes, verifyMessage, zeroPadValue } from 'ethers';
import { fileURLToPath } from 'node:url';

const GENESIS = `0x${'0'.repeat(64)}`;
const AUTHORIZATION = /^I authorize [^\n]+ from this device using signing key:\n([^\n]+)$/;
const WALLET_SIGNED = new Set(['REGISTER_SIGNING_KEY', 'REVOKE_SIGNING_KEY', 'CREATE_PROFILE']);

const OPERATIONS_QUERY = `query($first: Int, $after: String) { operations(first: $first, after: $after) {
  pageInfo { hasNextPage endCursor }
  edges { node { position kind address handles content ts signature signingKey
    signingKeyAuth { address message signature } digest previousDigest acceptedAt } } } }`;

/** Reads the whole log from a GraphQL endpoint, `pageSize` operations a request. */
export async function fetchOperations(endpoint, pageSize = 100) {
  const operations = [];
  let after = null;
  for (;;) {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: OPERATIONS_QUERY, variables: { first: pageSize, after } }),
    });
    const body = await response.json();
    if (body.errors || !body.data) {
      throw new Error(`operations failed: ${JSON.stringify(body.errors ?? body)}`);
    }
    const page = body.data.operations;
    operations.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) {
      return operations;
    }
    after = page.pageInfo.endCursor;
  }
}

// The log's kind is the operation's name as in signed messages (`follow`); GraphQL shows it as an enum (`FOLLOW`).
const opName = (kind) => kind.toLowerCase().replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());

const u64 = (n) => zeroPadValue(toBeHex(BigInt(n)), 8);
const str = (s) => {
  const bytes = toUtf8Bytes(s ?? '');
  return concat([zeroPadValue(toBeHex(bytes.length), 4), bytes]);
};

/** The digest of an operation, chained to its `previousDigest`, as the README defines it. */
export function computeDigest(op) {
  return keccak256(concat([
    op.previousDigest, u64(op.position), u64(op.ts), u64(op.acceptedAt), str(opName(op.kind)),
    str(op.address.toLowerCase()), str(op.handles.join(',')), str(op.content), str(op.signature), str(op.signingKey),
    str(op.signingKeyAuth?.message), str(op.signingKeyAuth?.signature),
  ]));
}

const sameAddress = (a, b) => {
  try {
    return getAddress(a) === getAddress(b);
  } catch {
    return false;
  }
};

const isAddress = (text) => {
  try {
    getAddress(text);
    return true;
  } catch {
    return false;
  }
};

const checksummed = (address) => {
  try {
    return getAddress(address);
  } catch {
    return address;
  }
};

const walletSigned = (message, signature, address) => {
  try {
    return sameAddress(verifyMessage(message, signature), address);
  } catch {
    return false;
  }
};

/** A DER ECDSA signature's `r||s`, each padded to 32 bytes; null when it is not DER. */
function derToP1363(der) {
  const integer = (offset) => {
    if (der[offset] !== 0x02) return null;
    const length = der[offset + 1];
    let value = der.subarray(offset + 2, offset + 2 + length);
    while (value.length > 32 && value[0] === 0) value = value.subarray(1);
    return value.length > 32 ? null : { value, end: offset + 2 + length };
  };
  if (der[0] !== 0x30 || der[1] !== der.length - 2) return null;
  const r = integer(2);
  const s = r && integer(r.end);
  if (!s || s.end !== der.length) return null;
  const out = new Uint8Array(64);
  out.set(r.value, 32 - r.value.length);
  out.set(s.value, 64 - s.value.length);
  return out;
}

async function keySigned(spki, message, signature) {
  if (!/^0x([0-9a-fA-F]{2})+$/.test(signature ?? '')) return false;
  let bytes = Buffer.from(signature.slice(2), 'hex');
  if (bytes.length !== 64) bytes = derToP1363(bytes);
  if (!bytes) return false;
  try {
    const key = await crypto.subtle.importKey('spki', Buffer.from(spki, 'base64'), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, bytes, new TextEncoder().encode(message));
  } catch {
    return false;
  }
}

/** The same P-256 public key, however each text encodes it. */
async function sameKey(a, b) {
  if (a === b) return true;
  try {
    const raw = async (spki) => Buffer.from(await crypto.subtle.exportKey('raw',
      await crypto.subtle.importKey('spki', Buffer.from(spki, 'base64'), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify'])));
    return (await raw(a)).equals(await raw(b));
  } catch {
    return false;
  }
}

const parseJson = (text) => {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
};

/**
 * Checks a log (operations in the order read) and rebuilds the graph from it. Answers `problems`, one
 * `{ position, problem }` per failed check (empty when the log verifies), and the rebuilt `follows`
 * (a Set of `address|handle`, address checksummed), `blocks` (a Set of `handle|target`, target checksummed) and
 * `profiles` (handle -> owner).
 */
export async function verifyOperations(operations) {
  const problems = [];
  const keys = new Map(); // spki -> { address, auth, revoked }
  const profiles = new Map();
  const follows = new Set();
  const blocks = new Set();
  let previous = null;
  for (const [index, op] of operations.entries()) {
    const report = (problem) => problems.push({ position: op.position, problem });
    if (op.position !== index + 1) report(`position ${op.position} where ${index + 1} was expected`);
    const expectedPrevious = previous ? previous.digest : GENESIS;
    if (op.previousDigest !== expectedPrevious) report('previousDigest is not the digest of the operation before it');
    if (computeDigest(op) !== op.digest) report('digest does not match the operation');
    previous = op;

    const message = op.kind === 'REGISTER_SIGNING_KEY' ? null : parseJson(op.content);
    if (op.kind !== 'REGISTER_SIGNING_KEY') {
      checkMessage(op, message, report);
    }
    if (WALLET_SIGNED.has(op.kind)) {
      if (!walletSigned(op.content, op.signature, op.address)) report('wallet signature does not verify');
    } else if (!(await keySigned(op.signingKey, op.content, op.signature))) {
      report('signing-key signature does not verify');
    }
    await apply(op, message, { keys, profiles, follows, blocks }, report);
  }
  return { problems, follows, blocks, profiles };
}

function checkMessage(op, message, report) {
  if (!message) {
    report('content is not a JSON object');
    return;
  }
  if (message.op !== opName(op.kind)) report(`content op ${message.op} is not ${opName(op.kind)}`);
  if (!sameAddress(message.address, op.address)) report('content address is not the operation address');
  if (String(message.ts) !== String(op.ts)) report('content ts is not the operation ts');
  if (op.kind === 'BATCH_UNFOLLOW' || op.kind === 'BATCH_FOLLOW') {
    const signed = Array.isArray(message.handles) ? message.handles : [];
    if (op.handles.length === 0 || !op.handles.every((handle) => signed.includes(handle))) report('handles were not signed');
  } else if (op.kind !== 'REVOKE_SIGNING_KEY') {
    if (op.handles.length !== 1 || message.handle !== op.handles[0]) report('handle was not signed');
  }
  if ((op.kind === 'BLOCK' || op.kind === 'UNBLOCK') && !isAddress(message.target)) report('target is not an address');
}

/** Checks the operation against the state the log built so far, then applies it. */
async function apply(op, message, state, report) {
  const { keys, profiles, follows } = state;
  const address = checksummed(op.address);
  if (op.kind === 'REGISTER_SIGNING_KEY') {
    const key = AUTHORIZATION.exec(op.content)?.[1];
    if (!key || !(await sameKey(key, op.signingKey))) report('registration message does not name the signing key');
    if (keys.has(op.signingKey)) report('signing key registered twice');
    keys.set(op.signingKey, { address, auth: { message: op.content, signature: op.signature }, revoked: false });
    return;
  }
  if (op.kind === 'CREATE_PROFILE') {
    if (profiles.has(op.handles[0])) report(`handle ${op.handles[0]} claimed twice`);
    profiles.set(op.handles[0], address);
    return;
  }
  const key = keys.get(op.signingKey);
  await checkAuthorization(op, key, address, report);
  if (op.kind === 'REVOKE_SIGNING_KEY') {
    if (!(await sameKey(message?.signingKey, op.signingKey))) {
      report('revocation does not name the signing key');
    }
    if (key) key.revoked = true;
    return;
  }
  if (key?.revoked) report('signed by a revoked key');
  if (op.kind === 'BLOCK' || op.kind === 'UNBLOCK') {
    applyBlock(op, address, checksummed(message?.target ?? ''), state, report);
    return;
  }
  const following = op.kind === 'FOLLOW' || op.kind === 'BATCH_FOLLOW';
  for (const handle of op.handles) {
    const pair = `${address}|${handle}`;
    if (!profiles.has(handle)) report(`${handle} has no profile`);
    if (profiles.get(handle) === address) report(`${handle} is the address's own profile`);
    if (following && state.blocks.has(`${handle}|${address}`)) report(`${handle} blocks the follower`);
    if (follows.has(pair) === following) report(`${handle} was already ${following ? 'followed' : 'not followed'}`);
    if (following) follows.add(pair);
    else follows.delete(pair);
  }
}

/** A block is made by the profile's owner against another address, and ends that address's follow of the profile. */
function applyBlock(op, address, target, { profiles, follows, blocks }, report) {
  const handle = op.handles[0];
  const blocking = op.kind === 'BLOCK';
  const pair = `${handle}|${target}`;
  if (profiles.get(handle) !== address) report(`${handle} is not the address's profile`);
  if (target === address) report('the address blocks itself');
  if (blocks.has(pair) === blocking) report(`${target} was already ${blocking ? 'blocked' : 'not blocked'}`);
  if (blocking) {
    blocks.add(pair);
    follows.delete(`${target}|${handle}`);
  } else {
    blocks.delete(pair);
  }
}

/** The key must have been registered earlier by this address, and the proof must carry that authorisation. */
async function checkAuthorization(op, key, address, report) {
  const auth = op.signingKeyAuth;
  if (!auth) {
    report('no signing-key authorisation');
    return;
  }
  const named = AUTHORIZATION.exec(auth.message)?.[1];
  if (!named || !(await sameKey(named, op.signingKey))) report('authorisation does not name the signing key');
  if (!sameAddress(auth.address, address)) report('authorisation is by another address');
  if (!walletSigned(auth.message, auth.signature, address)) report('authorisation signature does not verify');
  if (!key) report('signing key was never registered');
  else if (key.address !== address) report('signing key is registered to another address');
  else if (key.auth.message !== auth.message || key.auth.signature !== auth.signature) {
    report('authorisation is not the registered one');
  }
}

async function main([endpoint]) {
  if (!endpoint) {
    console.error('usage: node verify-operations.mjs <graphql endpoint>');
    return 2;
  }
  const operations = await fetchOperations(endpoint);
  const { problems, follows, blocks, profiles } = await verifyOperations(operations);
  for (const { position, problem } of problems) console.log(`operation ${position}: ${problem}`);
  console.log(`${operations.length} operations, ${profiles.size} profiles, ${follows.size} follows, ${blocks.size} blocks: `
    + (problems.length === 0 ? 'verified' : `${problems.length} problems`));
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
