// Runs the engine benchmarks (BenchmarkDotNet) and the same documents through graphql-js, one after the other in one
// run, and prints how many times faster the engine is on each. Both sides report their best observed time per
// operation (graphql-js: the fastest batch; BenchmarkDotNet: the fastest iteration), which is the figure least
// disturbed by other load on the machine.
// Run from the repository root: node tests/GraphQlFollows.Benchmarks/compare.mjs [--job short|medium]
//
// With --graphqlnet, three engines instead: the project's against GraphQL.NET in alternating batches within one .NET
// process timed on the thread's CPU time (--compare-graphqlnet of this project), then graphql-js timed the same way
// right after (graphql-js-batches.mjs); every result is serialized to JSON bytes. --rounds, --batch-ms and
// --warmup-ms go to both sides.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (process.argv.includes('--graphqlnet')) {
  const { compareThreeEngines } = await import('./compare-graphqlnet.mjs');
  compareThreeEngines(process.argv.slice(2));
  process.exit(0);
}

const job = process.argv.includes('--job') ? process.argv[process.argv.indexOf('--job') + 1] : 'short';
const artifacts = mkdtempSync(join(tmpdir(), 'gqlf-bench-'));
const here = new URL('.', import.meta.url).pathname;

execFileSync('dotnet', [
  'run', '-c', 'Release', '--project', here, '--',
  '--filter', '*EngineBenchmarks*', '--exporters', 'json', '--job', job, '--artifacts', artifacts,
], { stdio: ['ignore', 'inherit', 'inherit'] });

const results = join(artifacts, 'results');
const report = readdirSync(results).find((f) => f.endsWith('-report-full-compressed.json'));
const engine = Object.fromEntries(
  JSON.parse(readFileSync(join(results, report), 'utf8')).Benchmarks.map((b) => [b.Method, b.Statistics.Min]),
);
const reference = JSON.parse(execFileSync('node', [join(here, 'graphql-js-bench.mjs')], { encoding: 'utf8' }));

const us = (ns) => (ns / 1000).toFixed(1).padStart(10);
console.log('\n| benchmark | graphql-js (µs) | GraphQlFollows (µs) | ratio |');
console.log('|---|---:|---:|---:|');
for (const name of Object.keys(reference)) {
  console.log(`| ${name} | ${us(reference[name])} | ${us(engine[name])} | ${(reference[name] / engine[name]).toFixed(1)}x |`);
}
