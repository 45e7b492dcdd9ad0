// A signing key that instances 2 and 3 have just accepted (and so hold as active) is revoked through instance 1:
// from that moment every instance refuses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { skipWithoutPostgres, clusterForTests, testSeed } from './cluster.mjs';
import { newFollower, newOwner } from './actors.mjs';
import { assertNone, checkStoredGraph, readLog, settle } from './checks.mjs';
import { seededRandom } from '../e2e/random.mjs';

const cluster = clusterForTests();

test('a key revoked through instance 1 is INVALID_SIGNING_KEY on instances 2 and 3 right after',
  { skip: skipWithoutPostgres, timeout: 60_000 }, async (t) => {
    const random = seededRandom(testSeed(t, 'key-revocation'));
    const [one, two, three] = cluster.instances;
    const handles = ['kr_a', 'kr_b', 'kr_c', 'kr_d', 'kr_e', 'kr_f'];
    await newOwner(one.endpoint, handles);
    const wallet = await newFollower(one.endpoint);

    // Instances 2 and 3 accept the key, twice each: it is a key they know to be active.
    for (const [instance, handle] of [[two, 'kr_a'], [three, 'kr_b'], [two, 'kr_c'], [three, 'kr_d']]) {
      const answer = await settle(instance.endpoint, 'follow', await wallet.pairInput('follow', handle));
      assert.equal(answer.status, 'SUCCESS', `follow ${handle} through instance ${instance.name}`);
    }

    const revoked = await settle(one.endpoint, 'revokeSigningKey', await wallet.revokeKeyInput());
    assert.equal(revoked.status, 'SUCCESS', 'revokeSigningKey through instance 1');

    // Right after, without waiting: follows and unfollows signed with the key, through 2 and 3 (in a seeded order).
    const attempts = random.shuffle([
      [two, 'follow', 'kr_e'], [three, 'follow', 'kr_f'], [two, 'unfollow', 'kr_b'], [three, 'unfollow', 'kr_a'],
    ]);
    const answers = [];
    for (const [instance, op, handle] of attempts) {
      const input = await wallet.pairInput(op, handle);
      answers.push({ instance, op, handle, input, answer: await settle(instance.endpoint, op, input) });
    }
    // And instance 1 itself.
    const own = await wallet.pairInput('follow', 'kr_e');
    answers.push({ instance: one, op: 'follow', handle: 'kr_e', input: own, answer: await settle(one.endpoint, 'follow', own) });

    await t.test('every instance answers INVALID_SIGNING_KEY', () => {
      assertNone(answers.filter(({ answer }) => answer.status !== 'INVALID_SIGNING_KEY')
        .map(({ instance, op, handle, answer }) => `${op} ${handle} through instance ${instance.name}: ${answer.status}`),
      'writes with the revoked key answered otherwise');
    });

    const db = await cluster.db();
    try {
      await t.test('the log has nothing signed by the key after its revocation', async () => {
        const log = await readLog(db);
        const revocation = log.find((op) => op.kind === 'revokeSigningKey');
        assert.ok(revocation, 'the revocation is in the log');
        const { rows } = await db.query('SELECT position, content FROM operations WHERE signing_key = $1 AND position > $2 AND kind <> $3',
          [wallet.key.spki, revocation.position, 'revokeSigningKey']);
        assertNone(rows.map((row) => `${row.position}: ${row.content}`), 'operations signed with the key after its revocation');
      });
      await checkStoredGraph(t, db, three.endpoint);
    } finally {
      await db.end();
    }
  });
