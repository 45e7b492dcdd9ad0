// What a browser client of the follow graph does: wallets from ethers v6, device signing keys from WebCrypto
// (ECDSA P-256), the signed messages of the contract, and GraphQL over HTTP with fetch.
import { Wallet } from 'ethers';

const { subtle } = globalThis.crypto;
const P256 = { name: 'ECDSA', namedCurve: 'P-256' };

/** Posts a GraphQL request; answers the HTTP status and the parsed body (null when it is not JSON). */
export async function postGraphQL(endpoint, query, variables) {
  return postRaw(endpoint, JSON.stringify({ query, variables }));
}

/** Posts any body as a GraphQL request, for inputs no well-behaved client would send. */
export async function postRaw(endpoint, body, contentType = 'application/json') {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'application/graphql-response+json, application/json' },
    body,
  });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: the caller judges the status and text.
  }
  return { status: response.status, json, text };
}

/** Runs a request that must succeed without errors and answers its data. */
export async function query(endpoint, document, variables) {
  const { status, json, text } = await postGraphQL(endpoint, document, variables);
  if (status !== 200 || !json?.data || json.errors) {
    throw new Error(`GraphQL request failed with HTTP ${status}: ${text}`);
  }
  return json.data;
}

export const newWallet = () => Wallet.createRandom();

/** A device signing key as WebCrypto makes it; `spki` is the base64 SubjectPublicKeyInfo the API takes. */
export async function newSigningKey(algorithm = P256) {
  const pair = await subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const spki = Buffer.from(await subtle.exportKey('spki', pair.publicKey)).toString('base64');
  return { privateKey: pair.privateKey, spki };
}

/** Signs the UTF-8 text with a signing key: `0x` and the hex of WebCrypto's 64-byte P1363 `r||s`. */
export async function signWithKey(key, text) {
  const signature = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key.privateKey, new TextEncoder().encode(text));
  return `0x${Buffer.from(signature).toString('hex')}`;
}

export const authorizationMessage = (spki, entity = 'CyberConnect') =>
  `I authorize ${entity} from this device using signing key:\n${spki}`;

/** The JSON message of follow, unfollow and createProfile. */
export const pairMessage = (op, address, handle, ts = Date.now()) => JSON.stringify({ op, address, handle, ts });

export const batchMessage = (address, handles, ts = Date.now(), op = 'batchUnfollow') =>
  JSON.stringify({ op, address, handles, ts });

/** The JSON message of block and unblock: `address` owns `handle` and (un)blocks `target`. */
export const blockMessage = (op, address, handle, target, ts = Date.now()) => JSON.stringify({ op, address, handle, target, ts });

export const revokeMessage = (address, signingKey, ts = Date.now()) =>
  JSON.stringify({ op: 'revokeSigningKey', address, signingKey, ts });

export const MUTATIONS = {
  registerSigningKey: `mutation($input: RegisterSigningKeyRequest!) { registerSigningKey(input: $input) { status } }`,
  revokeSigningKey: `mutation($input: RevokeSigningKeyRequest!) { revokeSigningKey(input: $input) { status tsInServer } }`,
  createProfile: `mutation($input: CreateProfileRequest!) { createProfile(input: $input) { status tsInServer } }`,
  follow: `mutation($input: FollowRequest!) { follow(input: $input) { status tsInServer } }`,
  unfollow: `mutation($input: UnFollowRequest!) { unfollow(input: $input) { status tsInServer } }`,
  batchUnfollow: `mutation($input: BatchUnfollowRequest!) {
    batchUnfollow(input: $input) { status tsInServer results { handle status } } }`,
  batchFollow: `mutation($input: BatchFollowRequest!) {
    batchFollow(input: $input) { status tsInServer results { handle status } } }`,
  block: `mutation($input: BlockRequest!) { block(input: $input) { status tsInServer } }`,
  unblock: `mutation($input: BlockRequest!) { unblock(input: $input) { status tsInServer } }`,
};

/** Sends one mutation's input and answers its response object (it must not fail as a GraphQL request). */
export async function mutate(endpoint, name, input) {
  const data = await query(endpoint, MUTATIONS[name], { input });
  return data[name];
}

/** A wallet with one device key, acting against one endpoint as the SDK would. */
export class Client {
  constructor(endpoint, wallet, key) {
    this.endpoint = endpoint;
    this.wallet = wallet;
    this.key = key;
  }

  static async create(endpoint) {
    return new Client(endpoint, newWallet(), await newSigningKey());
  }

  get address() {
    return this.wallet.address;
  }

  async registerKeyInput(entity = 'CyberConnect', key = this.key) {
    const message = authorizationMessage(key.spki, entity);
    return { address: this.address, message, signature: await this.wallet.signMessage(message) };
  }

  async registerKey(key = this.key) {
    return mutate(this.endpoint, 'registerSigningKey', await this.registerKeyInput('CyberConnect', key));
  }

  async revokeKeyInput(key = this.key, ts = Date.now()) {
    const message = revokeMessage(this.address, key.spki, ts);
    return { address: this.address, signingKey: key.spki, message, signature: await this.wallet.signMessage(message) };
  }

  async revokeKey(key = this.key, ts) {
    return mutate(this.endpoint, 'revokeSigningKey', await this.revokeKeyInput(key, ts));
  }

  async createProfileInput(handle, ts = Date.now()) {
    const message = pairMessage('createProfile', this.address, handle, ts);
    return { address: this.address, handle, message, signature: await this.wallet.signMessage(message) };
  }

  async createProfile(handle, ts) {
    return mutate(this.endpoint, 'createProfile', await this.createProfileInput(handle, ts));
  }

  /** The input of follow or unfollow, signed by the device key. */
  async pairInput(op, handle, ts = Date.now()) {
    const message = pairMessage(op, this.address, handle, ts);
    return { address: this.address, handle, message, signature: await signWithKey(this.key, message), signingKey: this.key.spki };
  }

  async follow(handle, ts) {
    return mutate(this.endpoint, 'follow', await this.pairInput('follow', handle, ts));
  }

  async unfollow(handle, ts) {
    return mutate(this.endpoint, 'unfollow', await this.pairInput('unfollow', handle, ts));
  }

  /** The input of batchFollow or batchUnfollow (`op`), signed by the device key. */
  async batchInput(handles, ts = Date.now(), op = 'batchUnfollow') {
    const message = batchMessage(this.address, handles, ts, op);
    return { address: this.address, handles, message, signature: await signWithKey(this.key, message), signingKey: this.key.spki };
  }

  async batchUnfollowInput(handles, ts) {
    return this.batchInput(handles, ts, 'batchUnfollow');
  }

  async batchUnfollow(handles, ts) {
    return mutate(this.endpoint, 'batchUnfollow', await this.batchInput(handles, ts, 'batchUnfollow'));
  }

  async batchFollow(handles, ts) {
    return mutate(this.endpoint, 'batchFollow', await this.batchInput(handles, ts, 'batchFollow'));
  }

  /** The input of block or unblock (`op`) of `target` from the client's profile `handle`, signed by the device key. */
  async blockInput(op, handle, target, ts = Date.now()) {
    const message = blockMessage(op, this.address, handle, target, ts);
    return {
      address: this.address, handle, target, message, signature: await signWithKey(this.key, message), signingKey: this.key.spki,
    };
  }

  async block(handle, target, ts) {
    return mutate(this.endpoint, 'block', await this.blockInput('block', handle, target, ts));
  }

  async unblock(handle, target, ts) {
    return mutate(this.endpoint, 'unblock', await this.blockInput('unblock', handle, target, ts));
  }
}

/** A new client whose key is registered and who owns the given profiles. */
export async function clientWithProfiles(endpoint, handles = []) {
  const client = await Client.create(endpoint);
  const registered = await client.registerKey();
  if (registered.status !== 'SUCCESS') {
    throw new Error(`registerSigningKey answered ${registered.status}`);
  }
  for (const handle of handles) {
    const created = await client.createProfile(handle);
    if (created.status !== 'SUCCESS') {
      throw new Error(`createProfile(${handle}) answered ${created.status}`);
    }
  }
  return client;
}

let handleCounter = 0;
/** A handle no other test of this process uses (3-20 characters of a-z, 0-9, _). */
export const uniqueHandle = (prefix = 'p') =>
  `${prefix}_${process.pid.toString(36)}${(handleCounter++).toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`.slice(0, 20);

const FOLLOW_FIELDS = `address handle followedAt profile { handle }
  proof { content digest signature signingKey signingKeyAuth { address message signature } }`;

/** A profile's count and every follower, paging with `first`/`after`. */
export async function profileFollowers(endpoint, handle, pageSize = 50) {
  const followers = [];
  let after = null;
  let profile;
  do {
    const data = await query(endpoint, `query($handle: String!, $first: Int, $after: String) {
      profileByHandle(handle: $handle) { handle followerCount owner { address }
        followers(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { ${FOLLOW_FIELDS} } } } } }`, { handle, first: pageSize, after });
    profile = data.profileByHandle;
    if (!profile) {
      return null;
    }
    followers.push(...profile.followers.edges.map((edge) => edge.node));
    after = profile.followers.pageInfo.hasNextPage ? profile.followers.pageInfo.endCursor : null;
  } while (after);
  return { handle: profile.handle, followerCount: profile.followerCount, totalCount: profile.followers.totalCount, owner: profile.owner.address, followers };
}

/** An address's count and every profile it follows, paging with `first`/`after`. */
export async function addressFollowings(endpoint, address, pageSize = 50) {
  const followings = [];
  let after = null;
  let node;
  do {
    const data = await query(endpoint, `query($address: AddressEVM!, $first: Int, $after: String) {
      address(address: $address) { address followingCount
        followings(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { ${FOLLOW_FIELDS} } } } } }`, { address, first: pageSize, after });
    node = data.address;
    followings.push(...node.followings.edges.map((edge) => edge.node));
    after = node.followings.pageInfo.hasNextPage ? node.followings.pageInfo.endCursor : null;
  } while (after);
  return { address: node.address, followingCount: node.followingCount, totalCount: node.followings.totalCount, followings };
}

export const OPERATION_FIELDS = `position kind address handles content ts signature signingKey
  signingKeyAuth { address message signature } digest previousDigest acceptedAt`;

/** Every operation of the log, in order, paging with `first`/`after`. */
export async function allOperations(endpoint, pageSize = 100) {
  const operations = [];
  let after = null;
  for (;;) {
    const data = await query(endpoint, `query($first: Int, $after: String) { operations(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ${OPERATION_FIELDS} } } } }`, { first: pageSize, after });
    operations.push(...data.operations.edges.map((edge) => edge.node));
    if (!data.operations.pageInfo.hasNextPage) {
      return operations;
    }
    after = data.operations.pageInfo.endCursor;
  }
}

export async function operationCount(endpoint) {
  const data = await query(endpoint, `{ operations(first: 1) { totalCount } }`);
  return data.operations.totalCount;
}

/** Runs `tasks` (functions answering promises) with at most `limit` in flight; answers their results in order. */
export async function runBounded(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
