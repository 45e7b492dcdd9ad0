// Wallets with device keys and profile owners, set up through any instance of the cluster.
import assert from 'node:assert/strict';
import { Client } from '../e2e/clients.mjs';
import { settle } from './checks.mjs';

/** A wallet whose WebCrypto signing key its ethers wallet authorised through `endpoint`. */
export async function newFollower(endpoint) {
  const client = await Client.create(endpoint);
  const answer = await settle(endpoint, 'registerSigningKey', await client.registerKeyInput());
  assert.equal(answer.status, 'SUCCESS', 'registerSigningKey');
  return client;
}

/** A wallet that claimed `handles` through `endpoint`. */
export async function newOwner(endpoint, handles) {
  const client = await Client.create(endpoint);
  for (const handle of handles) {
    const answer = await settle(endpoint, 'createProfile', await client.createProfileInput(handle));
    assert.equal(answer.status, 'SUCCESS', `createProfile(${handle})`);
  }
  return client;
}
