// A full disk under SQLite, on a real tmpfs mounted by the test: writes are refused with 507 STORAGE_FULL while
// reads go on, writes resume once space is freed, and the file passes PRAGMA integrity_check after a restart.
// Started on a full disk, the server says why and exits 75 instead of aborting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serverDll, startInstance } from '../multi-instance/cluster.mjs';
import { newFollower, newOwner } from '../multi-instance/actors.mjs';
import { assertAcknowledgedOnce, assertNone, mutationBody } from '../multi-instance/checks.mjs';
import { codeOf, describe, mutationStatus, post, readSucceeded, retryIdentically } from './load.mjs';

const skip = process.getuid?.() !== 0 ? 'mounts a tmpfs: needs root'
  : (spawnSync('sqlite3', ['-version']).status !== 0 ? 'needs the sqlite3 command (tests/run.sh installs it)' : false);

const HANDLES = Array.from({ length: 5 }, (_, i) => `disk_${i}`);
const FOLLOWERS = 12;
const MAX_WRITES_WHILE_FULL = 40;
const READ = JSON.stringify({ query: `{ profileByHandle(handle: "${HANDLES[0]}") { followerCount followers(first: 5) { totalCount } } }` });


/** A tmpfs of `size` mounted on a new directory; `remove()` unmounts it and deletes the directory. */
function mountTmpfs(size) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gqlf-faults-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  return {
    dir,
    remove() {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fills the file system of `dir` with a file of zeros until it has no byte left; answers the file's path. */
function fill(dir) {
  const file = path.join(dir, 'filler');
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(4096);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if (error.code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return file;
}

const sqlite = (file, sql) => execFileSync('sqlite3', [file, sql], { encoding: 'utf8' }).trim();

test('a full disk refuses writes with STORAGE_FULL, serves reads, and writes resume once space is freed',
  { skip, timeout: 120_000 }, async (t) => {
    const disk = mountTmpfs('3m');
    const database = path.join(disk.dir, 'follows.db');
    const settings = [`--ConnectionStrings:Follows=Data Source=${database}`, '--Follows:RateLimitPermits=0'];
    let server;
    try {
      server = await startInstance('disk', settings);
      const { endpoint } = server;
      await newOwner(endpoint, HANDLES);
      const followers = await Promise.all(Array.from({ length: FOLLOWERS }, () => newFollower(endpoint)));
      const pairs = followers.flatMap((follower) => HANDLES.map((handle) => ({ follower, handle })));
      const follow = async () => {
        const { follower, handle } = pairs.pop();
        const input = await follower.pairInput('follow', handle);
        const write = { input, body: mutationBody('follow', input) };
        write.answer = await post(endpoint, write.body);
        return write;
      };
      const writes = [];
      for (let i = 0; i < 5; i++) writes.push(await follow());
      assertNone(writes.filter((w) => mutationStatus(w.answer, 'follow') !== 'SUCCESS').map((w) => describe(w.answer)),
        'follows answered otherwise before the disk was full');

      const filler = fill(disk.dir);
      const whileFull = [];
      while (whileFull.filter((w) => w.answer.status === 507).length < 3 && whileFull.length < MAX_WRITES_WHILE_FULL) {
        whileFull.push(await follow());
      }
      const refused = whileFull.filter((w) => mutationStatus(w.answer, 'follow') !== 'SUCCESS');
      t.diagnostic(`while the disk was full: ${whileFull.length - refused.length} follows fitted, ${refused.length} refused`);
      await t.test('writes on the full disk are refused with 507 STORAGE_FULL, without data, with Retry-After', () => {
        assert.ok(refused.length > 0, `a follow was refused among ${whileFull.length}`);
        assertNone(refused.filter((w) => w.answer.status !== 507 || codeOf(w.answer) !== 'STORAGE_FULL'
          || w.answer.json.data !== undefined || !w.answer.retryAfter).map((w) => describe(w.answer)), 'refusals answered otherwise');
      });
      await t.test('reads are served while the disk is full, over both media types', async () => {
        for (const accept of ['application/graphql-response+json', 'application/json']) {
          const answer = await post(endpoint, READ, accept);
          assert.ok(readSucceeded(answer), describe(answer));
        }
      });
      await t.test('over application/json a refusal is a 507 too', async () => {
        const write = { input: await pairs.at(-1).follower.pairInput('follow', pairs.at(-1).handle) };
        const answer = await post(endpoint, mutationBody('follow', write.input), 'application/json');
        if (mutationStatus(answer, 'follow') === 'SUCCESS') return; // it fitted: nothing to judge
        assert.equal(answer.status, 507, describe(answer));
        assert.equal(codeOf(answer), 'STORAGE_FULL');
        assert.match(answer.contentType, /^application\/json/);
      });

      rmSync(filler);
      const retried = [];
      for (const write of refused) retried.push(await retryIdentically(endpoint, write.body));
      await t.test('once space is freed, the identical retries of the refused writes answer SUCCESS', () => {
        assertNone(retried.filter((a) => mutationStatus(a, 'follow') !== 'SUCCESS').map(describe), 'retries answered otherwise');
      });
      const fresh = [];
      for (let i = 0; i < 3; i++) fresh.push(await follow());
      await t.test('new writes are accepted again', () => {
        assertNone(fresh.filter((w) => mutationStatus(w.answer, 'follow') !== 'SUCCESS').map((w) => describe(w.answer)),
          'follows answered otherwise');
      });

      await server.stop();
      server = await startInstance('disk-again', settings);
      const afterRestart = await post(server.endpoint, READ);
      await server.stop();
      server = undefined;
      await t.test('after a restart the database passes PRAGMA integrity_check and serves reads', () => {
        assert.ok(readSucceeded(afterRestart), describe(afterRestart));
        assert.equal(sqlite(database, 'PRAGMA integrity_check;'), 'ok');
      });
      await t.test('every acknowledged follow is in the log exactly once', () => {
        const log = sqlite(database, "SELECT json_object('content', content, 'signature', signature) FROM operations;")
          .split('\n').map((line) => JSON.parse(line));
        const acknowledged = [...writes, ...whileFull, ...fresh].filter((w) => mutationStatus(w.answer, 'follow') === 'SUCCESS'
          || refused.includes(w));
        assertAcknowledgedOnce(log, acknowledged.map((w) => ({ content: w.input.message, signature: w.input.signature })));
      });
    } finally {
      await server?.stop();
      disk.remove();
    }
  });

test('started on a full disk, the server says why and exits 75 rather than aborting', { skip, timeout: 90_000 }, () => {
  const disk = mountTmpfs('1m');
  try {
    fill(disk.dir);
    const run = spawnSync('dotnet', [serverDll, '--urls', 'http://127.0.0.1:0',
      `--ConnectionStrings:Follows=Data Source=${path.join(disk.dir, 'follows.db')}`], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.signal, null, `ended by ${run.signal}`);
    assert.equal(run.status, 75, run.stderr.slice(-2000));
    assert.match(run.stderr, /The server did not start: The follow store's disk is full\./);
  } finally {
    disk.remove();
  }
});
