// The sandbox: a wallet (any EIP-1193 provider, through ethers) authorises a P-256 signing key made with
// WebCrypto and kept non-extractable in IndexedDB; that key signs follows and unfollows; a subscription shows a
// profile's followers as they change. Its GraphQL documents are those of operations.json, sent as they are written
// there, so that a server that runs only its persisted operations (with the manifest the command-line tool prints)
// serves them.
import { BrowserProvider } from './ethers.min.js';

const $ = (id) => document.getElementById(id);
const P256 = { name: 'ECDSA', namedCurve: 'P-256' };
const ENTITY = 'CyberConnect';

const config = await (await fetch('config.json')).json();
const operations = await (await fetch('operations.json')).json();
const endpoint = new URL(config.endpoint, location.origin);
const socketEndpoint = new URL(endpoint);
socketEndpoint.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const state = { signer: null, address: null, key: null };

async function graphql(operationName, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: operations[operationName], operationName, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}

// Signing keys, one per wallet address, kept where a page script can use them but never read them out.
function keyStore(mode) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('graphqlfollows-sandbox', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('keys', { keyPath: 'address' });
    open.onerror = () => reject(open.error);
    open.onsuccess = () => resolve(open.result.transaction('keys', mode).objectStore('keys'));
  });
}

function request(idbRequest) {
  return new Promise((resolve, reject) => {
    idbRequest.onsuccess = () => resolve(idbRequest.result);
    idbRequest.onerror = () => reject(idbRequest.error);
  });
}

const loadKey = async (address) => request((await keyStore('readonly')).get(address));
const saveKey = async (record) => request((await keyStore('readwrite')).put(record));

const base64 = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)));
const hex = (buffer) => `0x${[...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;

/** Shows what an action answered, or why it failed. */
async function run(output, action) {
  $(output).textContent = '...';
  try {
    $(output).textContent = await action();
  } catch (error) {
    $(output).textContent = `error: ${error.message}`;
  }
}

function showKey() {
  $('key').textContent = state.key ? `${state.key.spki.slice(0, 40)}... (${state.key.registered ? 'authorised' : 'not authorised'})` : 'none';
  const ready = Boolean(state.key?.registered);
  $('follow').disabled = !ready;
  $('unfollow').disabled = !ready;
}

$('connect').onclick = () => run('address', async () => {
  if (!window.ethereum) {
    throw new Error('no browser wallet found');
  }
  const provider = new BrowserProvider(window.ethereum);
  state.signer = await provider.getSigner();
  state.address = await state.signer.getAddress();
  state.key = (await loadKey(state.address)) ?? null;
  $('authorize').disabled = false;
  $('claim').disabled = false;
  showKey();
  return state.address;
});

$('authorize').onclick = () => run('key-status', async () => {
  if (!state.key) {
    const pair = await crypto.subtle.generateKey(P256, false, ['sign', 'verify']);
    const spki = base64(await crypto.subtle.exportKey('spki', pair.publicKey));
    state.key = { address: state.address, privateKey: pair.privateKey, spki, registered: false };
    await saveKey(state.key);
  }
  const message = `I authorize ${ENTITY} from this device using signing key:\n${state.key.spki}`;
  const signature = await state.signer.signMessage(message);
  const { registerSigningKey } = await graphql('SandboxRegisterSigningKey', { input: { address: state.address, message, signature } });
  if (registerSigningKey.status === 'SUCCESS') {
    state.key.registered = true;
    await saveKey(state.key);
  }
  showKey();
  return registerSigningKey.status;
});

$('claim').onclick = () => run('claim-status', async () => {
  const handle = $('claim-handle').value.trim();
  const message = JSON.stringify({ op: 'createProfile', address: state.address, handle, ts: Date.now() });
  const signature = await state.signer.signMessage(message);
  const { createProfile } = await graphql('SandboxCreateProfile', { input: { address: state.address, handle, message, signature } });
  return createProfile.status;
});

async function signedPair(op, operationName) {
  const handle = $('follow-handle').value.trim();
  const message = JSON.stringify({ op, address: state.address, handle, ts: Date.now() });
  const signature = hex(await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' }, state.key.privateKey, new TextEncoder().encode(message)));
  const input = { address: state.address, handle, message, signature, signingKey: state.key.spki };
  const data = await graphql(operationName, { input });
  return data[op].status;
}

$('follow').onclick = () => run('follow-status', () => signedPair('follow', 'SandboxFollow'));
$('unfollow').onclick = () => run('follow-status', () => signedPair('unfollow', 'SandboxUnfollow'));

let watching = null;

$('watch').onclick = () => run('watched', async () => {
  const handle = $('watch-handle').value.trim();
  watching?.close();
  $('events').replaceChildren();
  const { profileByHandle } = await graphql('SandboxFollowerCount', { handle });
  if (!profileByHandle) {
    throw new Error(`no profile ${handle}`);
  }
  $('follower-count').textContent = profileByHandle.followerCount;
  watching = subscribe(handle);
  await watching.ready;
  return handle;
});

/** A graphql-transport-ws subscription to the profile's follow events. */
function subscribe(handle) {
  const socket = new WebSocket(socketEndpoint, 'graphql-transport-ws');
  let acknowledged;
  const ready = new Promise((resolve, reject) => {
    acknowledged = resolve;
    socket.onerror = () => reject(new Error('the subscription could not connect'));
  });
  socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init' }));
  socket.onmessage = ({ data }) => {
    const message = JSON.parse(data);
    if (message.type === 'connection_ack') {
      socket.send(JSON.stringify({
        id: 'followers',
        type: 'subscribe',
        payload: { query: operations.SandboxFollowEvents, operationName: 'SandboxFollowEvents', variables: { handle } },
      }));
      acknowledged();
    } else if (message.type === 'ping') {
      socket.send(JSON.stringify({ type: 'pong' }));
    } else if (message.type === 'next') {
      const event = message.payload.data.followEvents;
      $('follower-count').textContent = event.followerCount;
      const item = document.createElement('li');
      item.textContent = `#${event.position} ${event.kind} by ${event.address}: ${event.followerCount} followers`;
      $('events').append(item);
    }
  };
  return { ready, close: () => socket.close(1000) };
}
