// What three nested pages of 100 followers cost the server (the query that answered 83 MB before operations were
// priced and responses bounded): a profile with 100 followers is seeded through the real write path, then each
// setting runs in a fresh server process on that store, and the query is sent (twice at once, then alone) while
// the server's peak RSS (VmHWM) is read from /proc.
// Usage: node tests/bench/response-bound.mjs   (after `dotnet build src/GraphQlFollows.Server -c Release`)
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '../e2e/clients.mjs';
import { registerFollowers } from './graph.mjs';
import { loadAverage } from './measure.mjs';
import { startBenchServer } from './server-process.mjs';

const NESTED = `{ profileByHandle(handle: "hub") { followers(first: 100) { edges { node { profile {
  followers(first: 100) { edges { node { profile {
    followers(first: 100) { edges { node { address } } } } } } } } } } } } }`;

// Past the defaults, the time budget is raised too, so that each query runs to its end whatever the machine's load
// (each nested page is still read with a statement per parent).
const UNPRICED = ['--GraphQL:MaxCost=1e15', '--GraphQL:RequestTimeout=00:03:00'];
const SETTINGS = [
  ['defaults (MaxCost 10,000, MaxResponseBytes 8 MiB)', []],
  ['cost unbounded, MaxResponseBytes 8 MiB', UNPRICED],
  ['cost and size unbounded (as before)', [...UNPRICED, '--GraphQL:MaxResponseBytes=1000000000000']],
];

const statusMiB = (pid, field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

async function send(endpoint) {
  const started = performance.now();
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: NESTED }),
  });
  const body = await response.text();
  const code = response.status === 200 ? 'data' : JSON.parse(body).errors[0].extensions.code;
  return { status: response.status, code, megabytes: +(body.length / 1e6).toFixed(2), ms: Math.round(performance.now() - started) };
}

async function seed(workDir) {
  const server = await startBenchServer({ workDir });
  try {
    const owner = await Client.create(server.endpoint);
    await owner.createProfile('hub');
    const followers = await registerFollowers(server.endpoint, 100);
    for (const follower of followers) {
      const { status } = await follower.follow('hub');
      if (status !== 'SUCCESS') throw new Error(`follow answered ${status}`);
    }
  } finally {
    await server.stop();
  }
}

const workDir = mkdtempSync(path.join(tmpdir(), 'gqlf-response-bound-'));
try {
  await seed(workDir);
  const rows = [];
  for (const [name, settings] of SETTINGS) {
    const server = await startBenchServer({ workDir, settings });
    try {
      await fetch(server.endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      const before = statusMiB(server.pid, 'VmRSS');
      const [first, second] = await Promise.all([send(server.endpoint), send(server.endpoint)]);
      const alone = await send(server.endpoint);
      rows.push({ settings: name, twoAtOnce: [first, second], alone, rssBeforeMiB: Math.round(before), peakRssMiB: Math.round(statusMiB(server.pid, 'VmHWM')) });
    } finally {
      await server.stop();
    }
  }
  console.log(JSON.stringify({ loadAverage: loadAverage(), rows }, null, 2));
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
