// Writes tests/GraphQlFollows.Follows.Tests/Vectors/signature-vectors.json: signatures, addresses and
// signing keys made by the client libraries the API serves (ethers for wallets, WebCrypto for signing
// keys), each with the verdict the server must reach.
//
// Regenerate from the repository root (after `npm ci`):
//   node tests/vectors/make-signature-vectors.mjs
//
// Wallet keys are fixed, so wallet vectors are reproducible; P-256 keys and signatures are random on
// every run. Verdicts of signing-key vectors are checked here with WebCrypto / node:crypto, and wallet
// verdicts with ethers, except where the server's rule is stricter (high s, `0x` prefix).

import { webcrypto, generateKeyPairSync, verify as nodeVerify, createPublicKey } from 'node:crypto';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Wallet, getAddress, verifyMessage, hashMessage, computeAddress, keccak256, Signature } from 'ethers';
import { secp256k1 } from '@noble/curves/secp256k1';

const subtle = webcrypto.subtle;
const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, '..', 'GraphQlFollows.Follows.Tests', 'Vectors', 'signature-vectors.json');

const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

const toBase64 = (bytes) => Buffer.from(bytes).toString('base64');
const fromHex = (hex) => Buffer.from(hex.replace(/^0x/, ''), 'hex');
const toHex = (bytes) => '0x' + Buffer.from(bytes).toString('hex');
const bigToBytes32 = (value) => fromHex(value.toString(16).padStart(64, '0'));
const bytesToBig = (bytes) => BigInt(toHex(bytes));

function flipBit(hex, byteIndex, bit = 0) {
  const bytes = fromHex(hex);
  bytes[byteIndex] ^= 1 << bit;
  return toHex(bytes);
}

function flipCharBit(text, index) {
  return text.slice(0, index) + String.fromCharCode(text.charCodeAt(index) ^ 1) + text.slice(index + 1);
}

// The recovered address per ethers, or null when ethers refuses the signature.
function ethersRecover(message, signature) {
  try {
    return verifyMessage(message, signature);
  } catch {
    return null;
  }
}

// ---- wallets ----

const alice = new Wallet('0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318');
const bob = new Wallet('0x8da4ef21b864d2cc526dbdb2a120bd2874c0c9b7d1e0f7a5c8d6b0b7a3c9e2f1');

async function p256KeyPair() {
  const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const spki = new Uint8Array(await subtle.exportKey('spki', pair.publicKey));
  return { ...pair, spki, spkiBase64: toBase64(spki) };
}

const deviceKey = await p256KeyPair();
const otherDeviceKey = await p256KeyPair();

const longMessage = Array.from({ length: 300 }, (_, i) => `line ${i}: follow graph ✓ ${'x'.repeat(i % 17)}`).join('\n');
const followMessage = JSON.stringify({ op: 'follow', address: alice.address.toLowerCase(), handle: 'vitalik', ts: 1763771000123 });

const messages = [
  ['ascii', 'hello follow graph'],
  ['unicode', 'Grüße, 你好, 🌍 — ça va?'],
  ['empty', ''],
  ['long', longMessage],
  ['registerSigningKey authorisation', `I authorize CyberConnect from this device using signing key:\n${deviceKey.spkiBase64}`],
  ['follow message', followMessage],
];

async function walletVectors() {
  const vectors = [];
  const add = (name, message, signature, claimed, recovered, note) => {
    const valid = recovered !== null && claimed.toLowerCase() === recovered.toLowerCase();
    vectors.push({ name, message, signature, claimedAddress: claimed, recoveredAddress: recovered, valid, ...(note ? { note } : {}) });
  };

  for (const [name, message] of messages) {
    const signature = await alice.signMessage(message);
    add(`alice signs ${name}`, message, signature, alice.address, ethersRecover(message, signature));
  }

  const message = messages[0][1];
  const signature = await alice.signMessage(message);
  const sig = Signature.from(signature);

  add('wrong signer claimed', message, signature, bob.address, ethersRecover(message, signature));
  const bobSignature = await bob.signMessage(message);
  add('bob signs, alice claimed', message, bobSignature, alice.address, ethersRecover(message, bobSignature));

  const flippedMessage = flipCharBit(message, 3);
  add('flipped bit in message', flippedMessage, signature, alice.address, ethersRecover(flippedMessage, signature));
  for (const [byteIndex, bit] of [[5, 0], [40, 3], [63, 0]]) {
    const flipped = flipBit(signature, byteIndex, bit);
    add(`flipped bit ${bit} of signature byte ${byteIndex}`, message, flipped, alice.address, ethersRecover(message, flipped));
  }

  const vRaw = sig.v - 27;
  const rawV = toHex(Buffer.concat([fromHex(sig.r), fromHex(sig.s), Buffer.from([vRaw])]));
  add('v as 0 or 1', message, rawV, alice.address, ethersRecover(message, rawV));
  const upper = '0x' + signature.slice(2).toUpperCase();
  add('uppercase hex digits', message, upper, alice.address, ethersRecover(message, upper));

  // The twin signature (n - s, other parity) recovers the same key, but is not canonical.
  const highS = SECP256K1_N - BigInt(sig.s);
  const flippedV = sig.v === 27 ? 28 : 27;
  const highSSignature = toHex(Buffer.concat([fromHex(sig.r), bigToBytes32(highS), Buffer.from([flippedV])]));
  const twinKey = secp256k1.Signature.fromCompact(highSSignature.slice(2, 130))
    .addRecoveryBit(flippedV - 27)
    .recoverPublicKey(hashMessage(message).slice(2))
    .toHex(false);
  if (computeAddress('0x' + twinKey) !== alice.address) {
    throw new Error('the high-s twin should recover the same key');
  }
  add('high s (n - s, v flipped)', message, highSSignature, alice.address, null,
    'recovers the signer\'s key, but s > n/2 is rejected');

  for (const v of [2, 26, 29, 35, 255]) {
    const bad = toHex(Buffer.concat([fromHex(sig.r), fromHex(sig.s), Buffer.from([v])]));
    add(`v = ${v}`, message, bad, alice.address, null);
  }

  add('64 bytes', message, signature.slice(0, 130), alice.address, null);
  add('66 bytes', message, signature + '00', alice.address, null);
  add('odd number of hex digits', message, signature + '0', alice.address, null);
  add('non-hex digit', message, signature.slice(0, 20) + 'g' + signature.slice(21), alice.address, null);
  add('no 0x prefix', message, signature.slice(2), alice.address, null, 'ethers accepts it; the contract asks for 0x hex');
  add('0X prefix', message, '0X' + signature.slice(2), alice.address, null);
  add('empty', message, '', alice.address, null);
  add('r zero', message, toHex(Buffer.concat([Buffer.alloc(32), fromHex(sig.s), Buffer.from([sig.v])])), alice.address, null);
  add('s zero', message, toHex(Buffer.concat([fromHex(sig.r), Buffer.alloc(32), Buffer.from([sig.v])])), alice.address, null);
  add('r = n', message, toHex(Buffer.concat([bigToBytes32(SECP256K1_N), fromHex(sig.s), Buffer.from([sig.v])])), alice.address, null);
  return vectors;
}

// ---- Keccak-256, across the lengths where the hash's 136-byte blocks end ----

function keccakVectors() {
  return [0, 1, 3, 135, 136, 137, 255, 256, 257, 1000].map((length) => {
    const data = Buffer.from(Array.from({ length }, (_, i) => (i * 7 + 3) & 0xff));
    return { name: `${length} bytes`, data: toHex(data), hash: keccak256(data) };
  });
}

// ---- addresses ----

function addressVectors() {
  const vectors = [];
  const add = (name, text, valid) => {
    const entry = { name, text, valid };
    if (valid) {
      entry.normalized = text.toLowerCase();
      entry.checksummed = getAddress(text.toLowerCase());
    }
    vectors.push(entry);
  };
  for (const [label, wallet] of [['alice', alice], ['bob', bob]]) {
    const checksummed = getAddress(wallet.address);
    add(`${label} checksummed`, checksummed, true);
    add(`${label} lowercase`, checksummed.toLowerCase(), true);
    add(`${label} uppercase`, '0x' + checksummed.slice(2).toUpperCase(), true);
    const letter = [...checksummed].findIndex((c, i) => i > 1 && /[a-fA-F]/.test(c));
    const swapped = checksummed.slice(0, letter)
      + (checksummed[letter] === checksummed[letter].toUpperCase() ? checksummed[letter].toLowerCase() : checksummed[letter].toUpperCase())
      + checksummed.slice(letter + 1);
    let ethersAccepts = true;
    try { getAddress(swapped); } catch { ethersAccepts = false; }
    add(`${label} with a wrong EIP-55 checksum`, swapped, ethersAccepts);
  }
  const lower = alice.address.toLowerCase();
  add('39 digits', lower.slice(0, 41), false);
  add('41 digits', lower + 'a', false);
  add('no 0x prefix', lower.slice(2), false);
  add('0X prefix', '0X' + lower.slice(2), false);
  add('non-hex digit', lower.slice(0, 10) + 'g' + lower.slice(11), false);
  add('empty', '', false);
  add('surrounding space', ` ${lower}`, false);
  add('zero address', '0x0000000000000000000000000000000000000000', true);
  return vectors;
}

// ---- signing keys ----

function derSignature(p1363) {
  const integer = (bytes) => {
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0) i++;
    let body = bytes.subarray(i);
    if (body[0] & 0x80) body = Buffer.concat([Buffer.from([0]), body]);
    return Buffer.concat([Buffer.from([0x02, body.length]), body]);
  };
  const sequence = Buffer.concat([integer(p1363.subarray(0, 32)), integer(p1363.subarray(32))]);
  return Buffer.concat([Buffer.from([0x30, sequence.length]), sequence]);
}

async function signingKeyVectors() {
  const vectors = [];
  const add = (name, text, valid, canonical) => vectors.push({ name, text, valid, ...(valid ? { canonical } : {}) });
  const canonical = deviceKey.spkiBase64;

  add('WebCrypto P-256', canonical, true, canonical);
  add('another WebCrypto P-256', otherDeviceKey.spkiBase64, true, otherDeviceKey.spkiBase64);
  add('line-wrapped base64', canonical.slice(0, 64) + '\n' + canonical.slice(64), true, canonical);

  const point = deviceKey.spki.subarray(deviceKey.spki.length - 65);
  const compressedPrefix = fromHex('3039301306072a8648ce3d020106082a8648ce3d030107032200');
  const compressed = Buffer.concat([compressedPrefix, Buffer.from([0x02 | (point[64] & 1)]), point.subarray(1, 33)]);
  // node:crypto reads the compressed form as the same key; WebCrypto never exports it, and the server
  // takes the uncompressed form only, so that a key has a single text.
  const jwkOf = (der) => JSON.stringify(createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' }).export({ format: 'jwk' }));
  if (jwkOf(compressed) !== jwkOf(deviceKey.spki)) {
    throw new Error('the compressed SPKI should hold the same key');
  }
  add('compressed point', toBase64(compressed), false);

  const p384 = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign', 'verify']);
  add('P-384 key', toBase64(new Uint8Array(await subtle.exportKey('spki', p384.publicKey))), false);
  const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
  add('secp256k1 key', k1.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'), false);
  const ed = generateKeyPairSync('ed25519');
  add('Ed25519 key', ed.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'), false);
  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
  add('RSA key', rsa.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'), false);
  const ecdh = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  add('WebCrypto ECDH P-256 key (same SPKI as ECDSA)', toBase64(new Uint8Array(await subtle.exportKey('spki', ecdh.publicKey))), true,
    toBase64(new Uint8Array(await subtle.exportKey('spki', ecdh.publicKey))));

  add('truncated', toBase64(deviceKey.spki.subarray(0, deviceKey.spki.length - 10)), false);
  add('trailing byte', toBase64(Buffer.concat([deviceKey.spki, Buffer.from([0])])), false);
  const offCurve = Buffer.from(deviceKey.spki);
  offCurve[offCurve.length - 1] ^= 1;
  let nodeAcceptsOffCurve = true;
  try { createPublicKey({ key: offCurve, format: 'der', type: 'spki' }); } catch { nodeAcceptsOffCurve = false; }
  add('point off the curve', toBase64(offCurve), nodeAcceptsOffCurve);
  add('bad base64', '!!' + canonical.slice(2), false);
  add('base64 missing padding', canonical.replace(/=+$/, '') + 'A', false);
  add('raw uncompressed point, no SPKI', toBase64(point), false);
  add('empty', '', false);
  add('hex instead of base64', Buffer.from(deviceKey.spki).toString('hex'), false);
  return vectors;
}

async function webCryptoVerify(key, message, p1363) {
  return subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, p1363, new TextEncoder().encode(message));
}

function derVerify(spki, message, der) {
  const key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
  return nodeVerify('sha256', Buffer.from(message, 'utf8'), { key, dsaEncoding: 'der' }, der);
}

async function signingKeySignatureVectors() {
  const vectors = [];
  const add = (name, key, message, signature, valid) =>
    vectors.push({ name, signingKey: key.spkiBase64, message, signature, valid });

  const sign = async (key, message) =>
    Buffer.from(await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key.privateKey, new TextEncoder().encode(message)));

  for (const [name, message] of [...messages, ['unfollow message', followMessage.replace('"follow"', '"unfollow"')]]) {
    const p1363 = await sign(deviceKey, message);
    add(`P1363 of ${name}`, deviceKey, message, toHex(p1363), await webCryptoVerify(deviceKey.publicKey, message, p1363));
    const der = derSignature(p1363);
    add(`DER of ${name}`, deviceKey, message, toHex(der), derVerify(deviceKey.spki, message, der));
  }

  const message = followMessage;
  const p1363 = await sign(deviceKey, message);
  const check = (signatureBytes) => webCryptoVerify(deviceKey.publicKey, message, signatureBytes);

  add('other key', otherDeviceKey, message, toHex(p1363), await webCryptoVerify(otherDeviceKey.publicKey, message, p1363));
  const flippedMessage = flipCharBit(message, 10);
  add('flipped bit in message', deviceKey, flippedMessage, toHex(p1363), await webCryptoVerify(deviceKey.publicKey, flippedMessage, p1363));
  for (const byteIndex of [0, 31, 32, 63]) {
    const flipped = fromHex(flipBit(toHex(p1363), byteIndex));
    add(`flipped bit in signature byte ${byteIndex}`, deviceKey, message, toHex(flipped), await check(flipped));
  }

  // ECDSA on P-256 accepts both s and n - s; WebCrypto does not normalise s.
  const highS = Buffer.concat([p1363.subarray(0, 32), bigToBytes32(P256_N - bytesToBig(p1363.subarray(32)))]);
  add('twin signature (n - s)', deviceKey, message, toHex(highS), await check(highS));

  add('63 bytes', deviceKey, message, toHex(p1363.subarray(0, 63)), false);
  add('65 bytes', deviceKey, message, toHex(Buffer.concat([p1363, Buffer.from([0])])), false);
  add('non-hex digit', deviceKey, message, '0x' + 'z' + toHex(p1363).slice(3), false);
  add('no 0x prefix', deviceKey, message, toHex(p1363).slice(2), false);
  add('empty', deviceKey, message, '', false);
  add('r zero', deviceKey, message, toHex(Buffer.concat([Buffer.alloc(32), p1363.subarray(32)])), await check(Buffer.concat([Buffer.alloc(32), p1363.subarray(32)])));
  const der = derSignature(p1363);
  const derTrailing = Buffer.concat([der, Buffer.from([0])]);
  add('DER with a trailing byte', deviceKey, message, toHex(derTrailing), false);
  add('DER truncated', deviceKey, message, toHex(der.subarray(0, der.length - 1)), false);
  add('DER of another message', deviceKey, flippedMessage, toHex(der), derVerify(deviceKey.spki, flippedMessage, der));
  return vectors;
}

const vectors = {
  description: 'Made by tests/vectors/make-signature-vectors.mjs with ethers and WebCrypto; "valid" is the verdict the server must reach.',
  keccak256: keccakVectors(),
  walletSignatures: await walletVectors(),
  addresses: addressVectors(),
  signingKeys: await signingKeyVectors(),
  signingKeySignatures: await signingKeySignatureVectors(),
};

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, JSON.stringify(vectors, null, 2) + '\n');
console.log(`wrote ${output}`);
