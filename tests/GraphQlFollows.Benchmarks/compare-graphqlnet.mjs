// compare.mjs --graphqlnet: the engine, GraphQL.NET and graphql-js on the same documents, one table.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const shared = ['--rounds', '--batch-ms', '--warmup-ms', '--only'];

export function compareThreeEngines(argv) {
  const passed = argv.flatMap((arg, i) => (shared.includes(arg) ? [arg, argv[i + 1]] : []));
  const work = mkdtempSync(join(tmpdir(), 'gqlf-three-'));
  const dump = join(work, 'answers');
  const figures = join(work, 'dotnet.json');
  const dotnetOnly = argv.includes('--serial-queries') ? ['--serial-queries'] : [];
  execFileSync('dotnet', [
    'run', '-c', 'Release', '--project', here, '--',
    '--compare-graphqlnet', '--json', figures, '--dump', dump, ...passed, ...dotnetOnly,
  ], { stdio: ['ignore', 'inherit', 'inherit'] });
  const dotnet = JSON.parse(readFileSync(figures, 'utf8'));
  const js = JSON.parse(execFileSync('node', [join(here, 'graphql-js-batches.mjs'), '--dump', dump, ...passed], { encoding: 'utf8' }));
  const loadAfterJs = readFileSync('/proc/loadavg', 'utf8').trim();

  // graphql-js must give the engine's bytes where the .NET side already checked GraphQL.NET does.
  for (const name of ['ExecuteCached', 'Mutation', 'Introspection']) {
    const ours = join(dump, `${name}.GraphQlFollows.json`);
    if (!existsSync(ours)) continue;
    const a = readFileSync(ours);
    const b = readFileSync(join(dump, `${name}.graphql-js.json`));
    const same = a.equals(b);
    console.log(`${name}: GraphQlFollows ${a.length} bytes, graphql-js ${b.length} bytes, ${same ? 'identical' : 'different'}`);
    if (!same && name !== 'Introspection') throw new Error(`${name}: graphql-js answered differently`);
  }

  const us = (ns) => (ns / 1000).toFixed(1);
  const pair = (m) => `${us(m.bestNs)} / ${us(m.medianNs)}`;
  const ratio = (a, b) => `${(a.bestNs / b.bestNs).toFixed(1)}x / ${(a.medianNs / b.medianNs).toFixed(1)}x`;
  console.log(`\nGraphQL.NET ${dotnet.graphqlnet} (${dotnet.strategy} strategy for queries), .NET ${dotnet.dotnet}, ` +
    `graphql-js from package-lock.json, Node.js ${process.versions.node}; ${dotnet.rounds} rounds of ${dotnet.batchMs} ms batches`);
  console.log(`load average: before ${dotnet.loadBefore}; after .NET ${dotnet.loadAfter}; after graphql-js ${loadAfterJs}\n`);
  console.log('µs per operation, best / median batch; ratios are the other engine\'s time over GraphQlFollows\'s (best / median; paired: median over neighbouring batches)\n');
  console.log('| benchmark | graphql-js | GraphQL.NET | GraphQlFollows | vs GraphQL.NET | paired | vs graphql-js |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [name, row] of Object.entries(dotnet.benchmarks)) {
    const ours = row.GraphQlFollows;
    const net = row['GraphQL.NET'];
    const ref = js[name];
    console.log(`| ${name} | ${pair(ref)} | ${pair(net)} | ${pair(ours)} | ${ratio(net, ours)} | ${row.pairedRatio.toFixed(1)}x | ${ratio(ref, ours)} |`);
  }
}
