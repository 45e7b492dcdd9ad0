// The sandbox page in headless Chromium, with a test wallet injected as an EIP-1193 provider (an ethers Wallet
// running in the page): it authorises a WebCrypto key, claims a handle, follows and unfollows, and shows the
// watched profile's follower count change through the subscription.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Wallet } from 'ethers';
import { Client, query } from '../e2e/clients.mjs';
import { artifacts, launchBrowser } from './browser.mjs';
import { startServer } from './server.mjs';

/** Installs window.ethereum, answering the requests a dapp makes with the wallet's key, before the page's scripts run. */
function injectWallet(context, privateKey) {
  return context.addInitScript(({ privateKey }) => {
    if (!location.pathname.startsWith('/sandbox')) {
      return;
    }
    const ethers = import('/sandbox/ethers.min.js');
    window.ethereum = {
      async request({ method, params }) {
        const { Wallet, getBytes } = await ethers;
        const wallet = new Wallet(privateKey);
        switch (method) {
          case 'eth_requestAccounts':
          case 'eth_accounts':
            return [wallet.address];
          case 'eth_chainId':
            return '0x1';
          case 'personal_sign':
            return wallet.signMessage(getBytes(params[0]));
          default:
            throw Object.assign(new Error(`The test wallet does not support ${method}.`), { code: 4200 });
        }
      },
      on() {},
      removeListener() {},
    };
  }, { privateKey });
}

async function profile(server, handle) {
  const data = await query(server.endpoint, `query($handle: String!) {
    profileByHandle(handle: $handle) { owner { address } followerCount followers(first: 10) { edges { node { address } } } } }`, { handle });
  return data.profileByHandle;
}

test('the sandbox authorises a key, claims a handle, follows and unfollows, and shows the followers live', async () => {
  const server = await startServer();
  const browser = await launchBrowser(server);
  try {
    const owner = await Client.create(server.endpoint);
    assert.equal((await owner.registerKey()).status, 'SUCCESS');
    assert.equal((await owner.createProfile('sandbox_target')).status, 'SUCCESS');

    const wallet = Wallet.createRandom();
    await injectWallet(browser.context, wallet.privateKey);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const served = await page.goto(`${server.url}/sandbox`);
    assert.match(served.headers()['content-security-policy'] ?? '', /frame-ancestors 'none'/);
    const text = (id) => page.locator(`#${id}`);
    const expectText = (id, expected) =>
      page.waitForFunction(([id, expected]) => document.getElementById(id).textContent === expected, [id, expected],
        { timeout: 20_000 }).catch(async () => {
        assert.fail(`#${id} shows ${JSON.stringify(await text(id).textContent())}, not ${JSON.stringify(expected)}`);
      });

    await page.click('#connect');
    await expectText('address', wallet.address);
    await page.click('#authorize');
    await expectText('key-status', 'SUCCESS');

    await page.fill('#claim-handle', 'sandbox_me');
    await page.click('#claim');
    await expectText('claim-status', 'SUCCESS');
    assert.equal((await profile(server, 'sandbox_me')).owner.address, wallet.address);

    await page.fill('#watch-handle', 'sandbox_target');
    await page.click('#watch');
    await expectText('watched', 'sandbox_target');
    await expectText('follower-count', '0');

    await page.fill('#follow-handle', 'sandbox_target');
    await page.click('#follow');
    await expectText('follow-status', 'SUCCESS');
    await expectText('follower-count', '1');
    const followed = await profile(server, 'sandbox_target');
    assert.equal(followed.followerCount, 1);
    assert.deepEqual(followed.followers.edges.map((e) => e.node.address), [wallet.address]);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'sandbox.png'), fullPage: true });

    await page.click('#unfollow');
    await expectText('follow-status', 'SUCCESS');
    await expectText('follower-count', '0');
    assert.equal((await profile(server, 'sandbox_target')).followerCount, 0);
    assert.equal(await page.locator('#events li').count(), 2);

    // The device key stays in IndexedDB, and its private half cannot be read out.
    const stored = await page.evaluate((address) => new Promise((resolve, reject) => {
      const open = indexedDB.open('graphqlfollows-sandbox');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const get = open.result.transaction('keys').objectStore('keys').get(address);
        get.onsuccess = () => resolve({
          type: get.result.privateKey.type,
          extractable: get.result.privateKey.extractable,
          registered: get.result.registered,
        });
      };
    }), wallet.address);
    assert.deepEqual(stored, { type: 'private', extractable: false, registered: true });
    assert.deepEqual(browser.outside, [], 'the sandbox asked for nothing beyond the server');
    assert.deepEqual(browser.cspViolations, [], 'the sandbox works within its Content-Security-Policy');
  } finally {
    await browser.close();
    await server.stop();
  }
});
