// A seeded fuzz of every signed mutation's inputs against the real server over HTTP: message JSON with escapes,
// lone surrogates (escaped in the message, and now and then raw in any field, which the transport refuses as JSON
// that no UTF-8 text holds), odd numbers, duplicate and escaped names and deep nesting; signing keys with
// mutated DER, curve and algorithm OIDs and lengths; signatures in every form (P1363, DER, high-S, upper case, no
// prefix, truncated, wallet signatures with every v). Every answer must be the contract's: a status (one per listed
// handle for the batches) or a GraphQL error of the request's own, never "Unexpected error." from an exception that
// escaped the domain; and the server's log must hold no error line afterwards. The seed is printed; set FUZZ_SEED
// to run the same requests again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../server/server.mjs';
import { Client, MUTATIONS, clientWithProfiles, newSigningKey, postGraphQL, runBounded, signWithKey, uniqueHandle } from './clients.mjs';
import { seededRandom } from './random.mjs';

const REQUESTS_PER_MUTATION = 40;
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 32));
const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

const STATUSES = {
  registerSigningKey: ['SUCCESS', 'INVALID_ADDRESS', 'INVALID_MESSAGE', 'INVALID_SIGNING_KEY', 'INVALID_SIGNATURE'],
  revokeSigningKey: ['SUCCESS', 'INVALID_ADDRESS', 'INVALID_MESSAGE', 'MESSAGE_EXPIRED', 'INVALID_SIGNING_KEY', 'INVALID_SIGNATURE'],
  createProfile: ['SUCCESS', 'INVALID_ADDRESS', 'INVALID_MESSAGE', 'INVALID_HANDLE', 'MESSAGE_EXPIRED', 'INVALID_SIGNATURE', 'RATE_LIMITED', 'HANDLE_TAKEN'],
};
const PAIR_STATUSES = ['SUCCESS', 'INVALID_ADDRESS', 'HANDLE_NOT_FOUND', 'INVALID_MESSAGE', 'MESSAGE_EXPIRED', 'INVALID_SIGNING_KEY',
  'INVALID_SIGNATURE', 'RATE_LIMITED', 'ALREADY_DONE'];
for (const name of ['follow', 'unfollow', 'batchFollow', 'batchUnfollow', 'block', 'unblock']) STATUSES[name] = PAIR_STATUSES;

let server;
let actor;
let other;
let spareKeys;
let foreignKey;
let handles;
before(async () => {
  server = await startServer(['--Follows:RateLimitPermits=0']);
  handles = { own: uniqueHandle('fz'), theirs: [uniqueHandle('fz'), uniqueHandle('fz')] };
  actor = await clientWithProfiles(server.endpoint, [handles.own]);
  other = await clientWithProfiles(server.endpoint, handles.theirs);
  // Keys of the actor's that a revocation may name without taking the key every other request signs with.
  spareKeys = [await newSigningKey(), await newSigningKey()];
  for (const key of spareKeys) assert.equal((await actor.registerKey(key)).status, 'SUCCESS');
  foreignKey = await newSigningKey({ name: 'ECDSA', namedCurve: 'P-384' });
});
after(async () => {
  await server?.stop();
});

/** A JSON string literal of `text`, each character escaped as \uXXXX now and then, in either case. */
function jsonString(random, text) {
  let out = '"';
  for (const char of text) {
    for (const unit of char.length === 2 ? [char.charCodeAt(0), char.charCodeAt(1)] : [char.charCodeAt(0)]) {
      const raw = String.fromCharCode(unit);
      if (random.next() < 0.1 || unit < 0x20 || raw === '"' || raw === '\\') {
        const hex = unit.toString(16).padStart(4, '0');
        out += `\\u${random.next() < 0.5 ? hex : hex.toUpperCase()}`;
      } else {
        out += raw;
      }
    }
  }
  return `${out}"`;
}

/** A JSON value that is almost never what a field wants: odd numbers, lone surrogates, nesting beyond the limit. */
function oddValue(random, depth = 0) {
  return random.pick([
    () => random.pick(['1e3', '-0', '0.0', '1E+2', '-1', '1.5e-3', '9007199254740993', '123456789012345678901234567890', '1e400', '0']),
    () => random.pick(['"\\udc6a"', '"\\ud800"', '"\\ude00\\ud83d"', '"\\ud83dx"', '"\\ud83d\\ude00"', '"\\u0000"']),
    () => random.pick(['null', 'true', 'false', '[]', '{}', '""']),
    () => (depth > 6 ? '1' : `[${oddValue(random, depth + 1)}]`),
    () => (depth > 6 ? '{}' : `{${jsonString(random, random.pick(['a', 'op', 'ts']))}:${oddValue(random, depth + 1)}}`),
    () => jsonString(random, random.pick(['text', 'é', '💥', 'a'.repeat(300)])),
  ])();
}

/** A `ts` that is right most of the time, and otherwise old, ahead, a string of digits or something odd. */
function tsValue(random) {
  const now = Date.now();
  return random.pick([
    () => String(now), () => String(now), () => `"${now}"`, () => String(now - 11 * 60_000), () => String(now + 3 * 60_000),
    () => `${now}.0`, () => `${now}e0`, () => `"${now} "`, () => `"\\u0031${String(now).slice(1)}"`, () => oddValue(random),
  ])();
}

/**
 * A signed JSON message with `fields` (name and the JSON text of its value): names escaped now and then, fields
 * sometimes repeated, dropped or joined by extra ones holding odd values.
 */
function message(random, fields) {
  const entries = [];
  for (const [name, value] of fields) {
    if (random.next() < 0.05) continue;
    entries.push([name, value]);
    if (random.next() < 0.03) entries.push([name, value]);
  }
  while (random.next() < 0.3) entries.splice(random.int(entries.length + 1), 0, [random.pick(['extra', 'note', 'op', 'hándle']), oddValue(random)]);
  // A name escaping half a surrogate pair.
  if (random.next() < 0.05) entries.splice(random.int(entries.length + 1), 0, [random.pick(['"\\ud800x"', '"\\udc00"']), '1']);
  if (random.next() < 0.05) return random.pick(['', '{', '[]', 'null', '{"op":', `${'{"a":'.repeat(50)}1${'}'.repeat(50)}`]);
  return `{${entries.map(([name, value]) => `${name.startsWith('"') ? name : jsonString(random, name)}:${value}`).join(',')}}`;
}

/** A handle for a field or a list: a profile of the graph, or something else. */
function handleValue(random) {
  return random.pick([
    () => handles.theirs[0], () => handles.theirs[1], () => handles.own, () => uniqueHandle('no'), () => '',
    () => 'é', () => `${handles.theirs[0]} `, () => handles.theirs[0].toUpperCase(), () => 'x'.repeat(25), () => 'ab',
  ])();
}

function addressValue(random, address) {
  return random.pick([
    () => address, () => address, () => address.toLowerCase(), () => `0x${address.slice(2).toUpperCase()}`,
    () => address.slice(0, -1) + (address.at(-1) === 'a' ? 'B' : 'a'), () => other.address, () => '0x', () => `0x${'g'.repeat(40)}`,
    () => `${address} `, () => '',
  ])();
}

/** The actor's key, or a key whose DER was mutated: curve or algorithm OID, lengths, bytes, truncated, extended. */
function keyValue(random) {
  const spki = Buffer.from(actor.key.spki, 'base64');
  const mutated = Buffer.from(spki);
  return random.pick([
    () => actor.key.spki, () => actor.key.spki, () => actor.key.spki,
    () => { mutated[15 + random.int(8)] = random.int(256); return mutated.toString('base64'); }, // the curve's OID
    () => { mutated[6 + random.int(7)] = random.int(256); return mutated.toString('base64'); }, // the algorithm's OID
    () => { mutated[random.pick([1, 3, 5, 14, 24])] = random.int(256); return mutated.toString('base64'); }, // a length
    () => { mutated[random.int(mutated.length)] ^= 1 << random.int(8); return mutated.toString('base64'); },
    () => spki.subarray(0, random.int(spki.length)).toString('base64'),
    () => Buffer.concat([spki, Buffer.from([random.int(256)])]).toString('base64'),
    () => foreignKey.spki, () => spareKeys[0].spki, () => `${actor.key.spki.slice(0, 20)}\n${actor.key.spki.slice(20)}`,
    () => `${actor.key.spki}=`, () => 'not base64!', () => '', () => random.bytes(random.int(120)).toString('base64'),
  ])();
}

/** DER (ASN.1) of a 64-byte P1363 signature, optionally with s replaced by n - s (the high-S twin). */
function derOf(p1363, highS = false) {
  const integer = (bytes) => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    const body = bytes.subarray(start);
    return Buffer.concat([Buffer.from([0x02, body.length + (body[0] & 0x80 ? 1 : 0)]), body[0] & 0x80 ? Buffer.from([0]) : Buffer.alloc(0), body]);
  };
  let s = BigInt(`0x${p1363.subarray(32).toString('hex')}`);
  if (highS) s = P256_ORDER - s;
  const sequence = Buffer.concat([integer(p1363.subarray(0, 32)), integer(Buffer.from(s.toString(16).padStart(64, '0'), 'hex'))]);
  return Buffer.concat([Buffer.from([0x30, sequence.length]), sequence]);
}

const hasUtf8Form = (text) => text.isWellFormed();

/** A device signature of `text` in some form, or junk. */
async function keySignature(random, text) {
  if (!hasUtf8Form(text) || random.next() < 0.15) {
    return random.pick(['', '0x', '0x00', `0x${random.bytes(random.pick([1, 63, 64, 65, 70, 72, 73, 200])).toString('hex')}`, 'zz', await walletSignature(random, 'x')]);
  }
  const p1363 = Buffer.from((await signWithKey(actor.key, text)).slice(2), 'hex');
  return random.pick([
    () => `0x${p1363.toString('hex')}`, () => `0x${p1363.toString('hex')}`, () => `0x${derOf(p1363).toString('hex')}`,
    () => `0x${derOf(p1363, true).toString('hex')}`, () => `0x${p1363.toString('hex').toUpperCase()}`, () => p1363.toString('hex'),
    () => `0x${p1363.subarray(0, 63).toString('hex')}`, () => `0x${p1363.toString('hex')}00`, () => `0x${p1363.toString('hex')}0`,
  ])();
}

/** The actor's wallet signature of `text` in some form (v as 27/28 or 0/1, high s), or junk where ethers refuses the text. */
async function walletSignature(random, text) {
  let signature;
  try {
    signature = await actor.wallet.signMessage(text);
  } catch {
    return '0x00';
  }
  const v = parseInt(signature.slice(-2), 16);
  return random.pick([
    () => signature, () => signature, () => `${signature.slice(0, -2)}${(v - 27).toString(16).padStart(2, '0')}`,
    () => `${signature.slice(0, -2)}1f`, () => signature.slice(0, -2), () => signature.toUpperCase().replace('0X', '0x'),
    () => { // the high-s twin of a valid signature, with the other v
      const s = BigInt(`0x${signature.slice(66, 130)}`);
      const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
      return `${signature.slice(0, 66)}${(n - s).toString(16).padStart(64, '0')}${(v === 27 ? 28 : 27).toString(16)}`;
    },
  ])();
}

/** The authorisation a wallet signs for a key: entities of every length and kind, keys of every form. */
function authorization(random, key) {
  const entity = random.pick(['CyberConnect', 'é'.repeat(64), 'x'.repeat(129), 'two\nlines', 'cr\r', '', 'A\\u0041', '\\ud800', '💥']);
  const separator = random.next() < 0.9 ? '\n' : random.pick(['', '\r\n', '\n\n']);
  return `I authorize ${entity} from this device using signing key:${separator}${key}`;
}

/** One request of mutation `name` with generated input; now and then a raw lone surrogate in one of its fields. */
async function generate(random, name) {
  const input = await generateInput(random, name);
  if (random.next() < 0.03) {
    const field = random.pick(Object.keys(input).filter((key) => typeof input[key] === 'string'));
    input[field] = `${input[field]}${random.pick(['\udc6a', '\ud800'])}`;
  }
  return input;
}

async function generateInput(random, name) {
  const address = addressValue(random, actor.address);
  const op = random.next() < 0.9 ? name : random.pick(Object.keys(STATUSES));
  const at = (text) => jsonString(random, text);
  // A handle as the message names it: now and then with an escaped lone surrogate, as no request's list can hold it.
  const handleAt = (text) => (random.next() < 0.08 ? `"${text}${random.pick(['\\udc6a', '\\ud800', '\\udfff\\ud800'])}"` : at(text));
  const ts = tsValue(random);
  switch (name) {
    case 'registerSigningKey': {
      const key = random.next() < 0.3 ? (await newSigningKey()).spki : keyValue(random);
      const text = authorization(random, key);
      return { address, message: text, signature: await walletSignature(random, text) };
    }
    case 'revokeSigningKey': {
      const signingKey = random.next() < 0.3 ? spareKeys[random.int(2)].spki : keyValue(random);
      const named = random.next() < 0.9 ? signingKey : keyValue(random);
      const text = message(random, [['op', at(op)], ['address', at(address)], ['signingKey', at(named)], ['ts', ts]]);
      return { address, signingKey, message: text, signature: await walletSignature(random, text) };
    }
    case 'createProfile': {
      const handle = random.next() < 0.5 ? uniqueHandle('c') : handleValue(random);
      const text = message(random, [['op', at(op)], ['address', at(address)], ['handle', handleAt(random.next() < 0.9 ? handle : handleValue(random))], ['ts', ts]]);
      return { address, handle, message: text, signature: await walletSignature(random, text) };
    }
    case 'follow':
    case 'unfollow': {
      const handle = handleValue(random);
      const text = message(random, [['op', at(op)], ['address', at(address)], ['handle', handleAt(random.next() < 0.9 ? handle : handleValue(random))], ['ts', ts]]);
      // follow's address is an AddressEVM: keep it well-formed so that the domain, not the scalar, judges the request.
      return { address: name === 'follow' ? actor.address : address, handle, message: text, signature: await keySignature(random, text), signingKey: keyValue(random) };
    }
    case 'batchFollow':
    case 'batchUnfollow': {
      const listed = Array.from({ length: random.pick([0, 1, 2, 3, 5, 20, 21, 25]) }, () => handleValue(random));
      if (listed.length > 1 && random.next() < 0.3) listed.push(listed[0]);
      const signed = random.next() < 0.85 ? listed : [...listed].reverse();
      const text = message(random, [['op', at(op)], ['address', at(address)], ['handles', `[${signed.map(handleAt).join(',')}]`], ['ts', ts]]);
      return { address, handles: listed, message: text, signature: await keySignature(random, text), signingKey: keyValue(random) };
    }
    default: { // block, unblock
      const handle = random.next() < 0.7 ? handles.own : handleValue(random);
      const target = addressValue(random, other.address);
      const text = message(random, [['op', at(op)], ['address', at(address)], ['handle', handleAt(handle)], ['target', at(target)], ['ts', ts]]);
      return { address, handle, target, message: text, signature: await keySignature(random, text), signingKey: keyValue(random) };
    }
  }
}

/** The contract's answer: a status of the mutation (one per listed handle for a batch), or an error of the request's own. */
function assertContractAnswer(name, input, { status, json, text }, what) {
  assert.ok(status >= 200 && status < 500, `${what}: HTTP ${status} ${text.slice(0, 300)}`);
  assert.ok(json, `${what}: not JSON: ${text.slice(0, 300)}`);
  for (const error of json.errors ?? []) {
    assert.notEqual(error.message, 'Unexpected error.', `${what}: an exception escaped: ${text.slice(0, 500)}`);
    assert.notEqual(error.extensions?.code, 'INTERNAL_SERVER_ERROR', `${what}: ${text.slice(0, 500)}`);
  }
  const answer = json.data?.[name];
  if (!answer) {
    assert.ok(json.errors?.length > 0, `${what}: neither a status nor an error: ${text.slice(0, 300)}`);
    return 'GraphQL error';
  }
  assert.ok(STATUSES[name].includes(answer.status), `${what}: status ${answer.status}`);
  if (name.startsWith('batch')) {
    assert.equal(answer.results.length, input.handles.length, `${what}: ${answer.results.length} results for ${input.handles.length} handles`);
    answer.results.forEach((result, i) => {
      assert.equal(result.handle, input.handles[i], `${what}: result ${i}`);
      assert.ok(STATUSES[name].includes(result.status), `${what}: result ${result.status}`);
    });
  }
  return answer.status;
}

test(`every signed mutation, ${REQUESTS_PER_MUTATION} fuzzed inputs each (seed ${SEED}): the contract's answers only`, async (t) => {
  t.diagnostic(`FUZZ_SEED=${SEED}`);
  console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} runs the same requests again)`);
  const random = seededRandom(SEED);
  const requests = [];
  for (const name of Object.keys(STATUSES)) {
    for (let i = 0; i < REQUESTS_PER_MUTATION; i++) requests.push({ name, input: await generate(random, name) });
  }
  const answers = await runBounded(requests.map(({ name, input }) => () => postGraphQL(server.endpoint, MUTATIONS[name], { input })), 8);
  const reached = new Set();
  answers.forEach((answer, i) => {
    const { name, input } = requests[i];
    reached.add(assertContractAnswer(name, input, answer, `request ${i} (${name}, seed ${SEED})`));
  });
  t.diagnostic(`answers reached: ${[...reached].sort().join(', ')}`);
  // The fuzz reaches past the early checks, whatever the seed.
  for (const expected of ['INVALID_MESSAGE', 'INVALID_SIGNING_KEY', 'INVALID_SIGNATURE', 'MESSAGE_EXPIRED', 'SUCCESS']) {
    assert.ok(reached.has(expected), `no fuzzed request answered ${expected} (seed ${SEED}): ${[...reached]}`);
  }
});

test('the server logged no error line while it was fuzzed', () => {
  const errors = server.output().split('\n').filter((line) => /^(fail|crit): /.test(line));
  assert.deepEqual(errors, [], server.output().slice(-3000));
});
