// The reference server of the read benchmark: node-peer (graphql-js, graphql-http and better-sqlite3 in one
// thread), kept beside this repository in ../shared/peers/node-peer. It is copied to a directory of its own and
// installed there with `npm ci` once (the shared copy may be read-only), and seeded with the very graph the
// server was measured on: the follows and profiles are copied from the server's SQLite file into a SQLite file in
// the peer's own schema, which the peer opens without clearing it (`--fresh no`).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from '../server/server.mjs';

const FILES = ['package.json', 'package-lock.json', 'server.mjs'];

/** The peer's shared directory: `GQLF_NODE_PEER` if set, else ../shared/peers/node-peer of the repository or of its worktree's parent. */
export function findPeer() {
  const candidates = [process.env.GQLF_NODE_PEER, path.resolve(root, '../shared/peers/node-peer'), path.resolve(root, '../../shared/peers/node-peer')];
  const found = candidates.find((dir) => dir && FILES.every((file) => existsSync(path.join(dir, file))));
  if (!found) throw new Error(`node-peer not found (looked in ${candidates.filter(Boolean).join(', ')}); set GQLF_NODE_PEER or pass --no-peer`);
  return found;
}

/** Copies the peer out of `sharedDir` into a temporary directory named after its files, and installs it there once. */
export function installPeer(sharedDir) {
  const hash = createHash('sha256');
  for (const file of FILES) hash.update(readFileSync(path.join(sharedDir, file)));
  const dir = path.join(tmpdir(), `gqlf-node-peer-${hash.digest('hex').slice(0, 12)}`);
  const installed = path.join(dir, 'node_modules', '.installed');
  if (!existsSync(installed)) {
    console.log(`installing node-peer in ${dir} (npm ci, once)`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const file of FILES) cpSync(path.join(sharedDir, file), path.join(dir, file));
    const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
    if (npm.status !== 0) throw new Error(`npm ci of node-peer failed:\n${npm.stdout}\n${npm.stderr}`);
    cpSync(path.join(dir, 'package-lock.json'), installed);
  }
  return dir;
}

/**
 * Writes the peer's SQLite file `peerDb` from the server's `serverDb`: every profile (handle, owner, follower
 * count) and every current follow, its `seq` the follow's log position, so the peer pages the same followers in
 * the same order. Answers the number of follows copied.
 */
export function seedPeerFromServer(peerDir, serverDb, peerDb) {
  const Database = createRequire(path.join(peerDir, 'package.json'))('better-sqlite3');
  for (const suffix of ['', '-wal', '-shm']) rmSync(peerDb + suffix, { force: true });
  const source = new Database(serverDb, { readonly: true, fileMustExist: true });
  const target = new Database(peerDb);
  try {
    target.pragma('journal_mode = WAL');
    // The peer's own schema, as its server.mjs creates it.
    target.exec(`
      create table profiles(handle text primary key, owner text not null, follower_count int not null default 0);
      create table addresses(address text primary key, following_count int not null default 0);
      create table follows(address text not null, handle text not null, following int not null, last_ts int not null, last_message text not null, since int not null, seq int not null, primary key(address, handle));
      create index follows_by_handle on follows(handle, following, seq);
      create index follows_by_address on follows(address, following, seq);`);
    const addProfile = target.prepare('insert into profiles(handle, owner, follower_count) values (?, ?, ?)');
    const addAddress = target.prepare('insert into addresses(address, following_count) values (?, ?)');
    const addFollow = target.prepare("insert into follows(address, handle, following, last_ts, last_message, since, seq) values (?, ?, 1, ?, '', ?, ?)");
    let follows = 0;
    target.transaction(() => {
      for (const p of source.prepare('select handle, owner, follower_count from profiles').iterate()) addProfile.run(p.handle, p.owner, p.follower_count);
      for (const a of source.prepare('select address, following_count from addresses').iterate()) addAddress.run(a.address, a.following_count);
      const current = source.prepare('select address, handle, last_ts, followed_at, follow_operation from follows where follow_operation is not null');
      for (const f of current.iterate()) {
        addFollow.run(f.address, f.handle, f.last_ts, f.followed_at, f.follow_operation);
        follows++;
      }
    })();
    return follows;
  } finally {
    source.close();
    target.close();
  }
}

/** Starts the peer on a free port over `peerDb` (kept as it is); answers its endpoint, pid and stop(). */
export async function startPeer(peerDir, peerDb) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['server.mjs', '--port', String(port), '--db', peerDb, '--fresh', 'no'], {
    cwd: peerDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node-peer did not start within 30 s:\n${output}`)), 30_000);
    child.stdout.on('data', () => {
      if (output.includes('peer listening')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`node-peer exited with ${code}:\n${output}`));
    });
  });
  return {
    pid: child.pid,
    endpoint: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      if (child.exitCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
