// Shared by the overload tests: servers on a given database, signed follows that never run out, the resident
// memory of a server process, and percentiles.
import { readFileSync } from 'node:fs';
import { startInstance } from '../multi-instance/cluster.mjs';
import { newFollower, newOwner } from '../multi-instance/actors.mjs';
import { mutationBody } from '../multi-instance/checks.mjs';
import { runBounded } from '../e2e/clients.mjs';

/** The settings of a server on the SQLite file `file`, with the per-address rate limit off. */
export const sqliteSettings = (file, ...more) =>
  [`--ConnectionStrings:Follows=Data Source=${file}`, '--Follows:RateLimitPermits=0', ...more];

export { startInstance };

/** Resident memory of process `pid`, in MiB (Linux). */
export function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

/** The `p`-th percentile (0 to 100) of `values`. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * `followers` wallets with registered keys and `profiles` handles, made through `endpoint`; answers a source of
 * signed writes: `next()` gives a follow or unfollow body of a pair no other caller holds (each pair alternates,
 * with a growing ts), `release(pair)` gives the pair back.
 */
export async function writeSource(endpoint, { followers, profiles, prefix }) {
  const handles = Array.from({ length: profiles }, (_, i) => `${prefix}_${i}`);
  await runBounded(Array.from({ length: Math.ceil(profiles / 10) }, (_, i) => () => newOwner(endpoint, handles.slice(i * 10, i * 10 + 10))), 4);
  const clients = await runBounded(Array.from({ length: followers }, () => () => newFollower(endpoint)), 8);
  const free = clients.flatMap((client) => handles.map((handle) => ({ client, handle, following: false, ts: 0 })));
  return {
    pairs: free.length,
    /** A signed write of a free pair: `{ pair, name, body, input }`, or null when every pair is taken. */
    async next() {
      const pair = free.shift();
      if (!pair) return null;
      const name = pair.following ? 'unfollow' : 'follow';
      pair.ts = Math.max(Date.now(), pair.ts + 1);
      const input = await pair.client.pairInput(name, pair.handle, pair.ts);
      return { pair, name, input, body: mutationBody(name, input) };
    },
    /** Gives a pair back; `answer` is the write's answer, which decides the pair's next operation. */
    release(pair, answer) {
      if (answer?.status === 'SUCCESS' || answer?.status === 'ALREADY_DONE') pair.following = !pair.following;
      free.push(pair);
    },
  };
}
