// Two wallets claim the same handle at the same moment, one through instance 1 and one through instance 2:
// exactly one gets it, the other is told HANDLE_TAKEN, and the database names the winner as the owner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../e2e/clients.mjs';
import { seededRandom } from '../e2e/random.mjs';
import { skipWithoutPostgres, clusterForTests, testSeed } from './cluster.mjs';
import { assertNone, checkStoredGraph, mutationBody, readLog, send } from './checks.mjs';

const HANDLES = 20;
const AT_ONCE = 4;

const cluster = clusterForTests();

test('a handle claimed through two instances at once has one owner, and the other claimant is told HANDLE_TAKEN',
  { skip: skipWithoutPostgres, timeout: 60_000 }, async (t) => {
    const random = seededRandom(testSeed(t, 'handle-race'));
    const [first, second] = cluster.instances;
    const wallets = await Promise.all(Array.from({ length: 6 }, () => Client.create(first.endpoint)));

    // Every claim signed beforehand, so that the two of a handle leave together.
    const races = [];
    for (let i = 0; i < HANDLES; i++) {
      const handle = `race_${i}_${random.int(1e6).toString(36)}`;
      const [a, b] = random.shuffle(wallets).slice(0, 2);
      const claims = [];
      for (const [wallet, instance] of [[a, first], [b, second]]) {
        const input = await wallet.createProfileInput(handle);
        claims.push({ wallet, instance, body: mutationBody('createProfile', input) });
      }
      races.push({ handle, claims });
    }
    // A request on each instance first, so that no race waits for a connection to open.
    await Promise.all([first, second].map((instance) => fetch(`${instance.url}/health/ready`).then((r) => r.text())));

    for (let i = 0; i < races.length; i += AT_ONCE) {
      await Promise.all(races.slice(i, i + AT_ONCE).map(async (race) => {
        race.answers = await Promise.all(race.claims.map((claim) => send(claim.instance.endpoint, 'createProfile', claim.body)));
      }));
    }

    const db = await cluster.db();
    try {
      const { rows } = await db.query('SELECT handle, owner FROM profiles');
      const owners = new Map(rows.map((row) => [row.handle, row.owner]));
      const log = await readLog(db);
      const claimsInLog = new Map();
      for (const op of log.filter((op) => op.kind === 'createProfile')) {
        claimsInLog.set(op.handles[0], [...(claimsInLog.get(op.handles[0]) ?? []), op.address]);
      }

      const wrong = [];
      for (const { handle, claims, answers } of races) {
        const statuses = answers.map((answer) => answer.status ?? `error (${answer.error})`);
        const winners = claims.filter((_, i) => answers[i].status === 'SUCCESS');
        if (statuses.filter((s) => s === 'SUCCESS').length !== 1 || statuses.filter((s) => s === 'HANDLE_TAKEN').length !== 1) {
          wrong.push(`${handle}: instance 1 answered ${statuses[0]}, instance 2 ${statuses[1]}`);
        }
        const owner = owners.get(handle);
        if (winners.length === 1 && owner !== winners[0].wallet.address.toLowerCase()) {
          wrong.push(`${handle}: owned by ${owner} in the database, but SUCCESS went to ${winners[0].wallet.address}`);
        }
        const claimed = claimsInLog.get(handle) ?? [];
        if (claimed.length !== 1 || claimed[0] !== owner) {
          wrong.push(`${handle}: the log has ${claimed.length} claims (${claimed.join(', ')}), the owner is ${owner}`);
        }
      }
      t.diagnostic(`${races.length} handles raced`);
      await t.test('each race has one SUCCESS, one HANDLE_TAKEN, and the winner owns the handle', () =>
        assertNone(wrong, 'races settled otherwise'));

      await checkStoredGraph(t, db, second.endpoint);
    } finally {
      await db.end();
    }
  });
