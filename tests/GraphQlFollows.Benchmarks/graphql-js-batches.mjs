// graphql-js on the documents of the GraphQL.NET comparison (Interleaved/ in this project), each result written as
// JSON bytes into a reused buffer, timed as the C# side times its engines: after a warm-up, batches of about
// --batch-ms of CPU time, --rounds of them; prints each benchmark's best and median batch per operation, in ns, as JSON.
// CPU time here is the process's (process.cpuUsage): Node.js 20 has no per-thread clock, so V8's helper threads
// (concurrent marking, compilation) count too. --dump DIR writes each answer, for compare.mjs to check.
// Run from the repository root: node tests/GraphQlFollows.Benchmarks/graphql-js-batches.mjs [--rounds N] [--batch-ms M]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, execute, parse, validate } from 'graphql';

const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const rounds = Number(option('--rounds', 300));
const batchMs = Number(option('--batch-ms', 4));
const warmupMs = Number(option('--warmup-ms', 1500));
const dump = option('--dump', null);

const documents = new URL('./Documents/', import.meta.url);
const read = (name) => readFileSync(new URL(name, documents), 'utf8');
const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const pageSource = read('follows-page.graphql');
const pageRoot = JSON.parse(read('follows-page.root.json'));
const pageVariables = { address: pageRoot.address.address, first: 50 };
const pageDocument = parse(pageSource);
const mutationDocument = parse(read('follow-mutation.graphql'));
const mutationVariables = JSON.parse(read('follow-mutation.variables.json'));
const introspectionDocument = parse(read('introspection-common.graphql'));

// The follow resolver reads its argument, as the other engines' do, and answers a fixed status.
const accepted = { status: 'SUCCESS', tsInServer: 1700000000000 };
const mutationRoot = { follow: ({ input }) => (typeof input.handle === 'string' ? accepted : null) };

const encoder = new TextEncoder();
const buffer = new Uint8Array(1 << 20);
let written = 0;
const write = (result) => {
  const { read: characters, written: bytes } = encoder.encodeInto(JSON.stringify(result), buffer);
  written = bytes;
  return characters;
};

const benchmarks = {
  ParseAndValidate: () => {
    if (validate(schema, parse(pageSource)).length !== 0) throw new Error('The follows-page query did not validate.');
  },
  ExecuteCached: () => write(execute({ schema, document: pageDocument, rootValue: pageRoot, variableValues: pageVariables })),
  Mutation: () => write(execute({ schema, document: mutationDocument, rootValue: mutationRoot, variableValues: mutationVariables })),
  Introspection: () => write(execute({ schema, document: introspectionDocument })),
};

// Every answer once: no errors, and the buffer holds all of it.
for (const [name, run] of Object.entries(benchmarks)) {
  if (name === 'ParseAndValidate') continue;
  const characters = run();
  const text = new TextDecoder().decode(buffer.subarray(0, written));
  if (characters !== text.length || JSON.parse(text).errors) throw new Error(`${name}: ${text.slice(0, 500)}`);
  if (dump) {
    mkdirSync(dump, { recursive: true });
    writeFileSync(join(dump, `${name}.graphql-js.json`), buffer.subarray(0, written));
  }
}

const cpuNs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
};

const perOperation = (fn, count) => {
  const start = cpuNs();
  for (let i = 0; i < count; i++) fn();
  return (cpuNs() - start) / count;
};

function measure(fn) {
  // Warm-up counted in CPU time, as on the C# side: a busy machine would cut a wall-clock one short.
  const warmupEnd = cpuNs() + warmupMs * 1e6;
  while (cpuNs() < warmupEnd) for (let i = 0; i < 16; i++) fn();
  let size = 1;
  for (;;) {
    const each = perOperation(fn, size);
    if (each * size >= batchMs * 1e6) break;
    size = Math.max(size * 2, Math.ceil((batchMs * 1e6) / Math.max(each, 1)));
  }
  const times = Array.from({ length: rounds }, () => perOperation(fn, size)).sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const medianNs = times.length % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
  return { bestNs: times[0], medianNs, batchSize: size };
}

const only = option('--only', null);
const results = {};
for (const [name, fn] of Object.entries(benchmarks)) {
  if (!only || only === name) results[name] = measure(fn);
}
console.log(JSON.stringify(results));
