// Signed requests as a wallet-connected frontend makes them: an ethers wallet (EIP-191) and a WebCrypto P-256
// device key, with the messages of the API contract.
import { Wallet } from 'ethers';

const { subtle } = globalThis.crypto;

export async function newDevice() {
  const wallet = Wallet.createRandom();
  const keys = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const signingKey = Buffer.from(await subtle.exportKey('spki', keys.publicKey)).toString('base64');
  return {
    address: wallet.address,
    signingKey,
    signWithWallet: (message) => wallet.signMessage(message),
    async signWithKey(message) {
      const signature = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, new TextEncoder().encode(message));
      return `0x${Buffer.from(signature).toString('hex')}`;
    },
  };
}

/** POSTs one GraphQL request and returns its data, failing on any error. */
export async function graphql(endpoint, query, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const result = await response.json();
  if (response.status !== 200 || result.errors) {
    throw new Error(`${response.status}: ${JSON.stringify(result)}`);
  }
  return result.data;
}

export async function createProfile(endpoint, owner, handle) {
  const message = JSON.stringify({ op: 'createProfile', address: owner.address, handle, ts: Date.now() });
  const input = { address: owner.address, handle, message, signature: await owner.signWithWallet(message) };
  const data = await graphql(endpoint, 'mutation ($input: CreateProfileRequest!) { createProfile(input: $input) { status } }', { input });
  return data.createProfile.status;
}

export async function registerSigningKey(endpoint, device) {
  const message = `I authorize GraphQlFollows from this device using signing key:\n${device.signingKey}`;
  const input = { address: device.address, message, signature: await device.signWithWallet(message) };
  const data = await graphql(endpoint, 'mutation ($input: RegisterSigningKeyRequest!) { registerSigningKey(input: $input) { status } }', { input });
  return data.registerSigningKey.status;
}

/** Follows or unfollows `handle` as the device's address; `ts` must grow from one call to the next. */
export async function setFollowing(endpoint, device, handle, following, ts) {
  const op = following ? 'follow' : 'unfollow';
  const message = JSON.stringify({ op, address: device.address, handle, ts });
  const input = { address: device.address, handle, message, signature: await device.signWithKey(message), signingKey: device.signingKey };
  const type = following ? 'FollowRequest' : 'UnFollowRequest';
  const data = await graphql(endpoint, `mutation ($input: ${type}!) { result: ${op}(input: $input) { status } }`, { input });
  return data.result.status;
}
