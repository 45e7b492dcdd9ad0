// Times graphql-js on the benchmark documents and prints the mean time of one operation per benchmark, as JSON.
// The C# benchmarks (BenchmarkDotNet, this project) run the same documents; compare.mjs runs both and prints ratios.
import { readFileSync } from 'node:fs';
import { buildSchema, execute, parse, validate } from 'graphql';

const documents = new URL('./Documents/', import.meta.url);
const read = (name) => readFileSync(new URL(name, documents), 'utf8');

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const pageSource = read('follows-page.graphql');
const rootValue = JSON.parse(read('follows-page.root.json'));
const variableValues = { address: rootValue.address.address, first: 50 };
const introspectionSource = readFileSync(
  new URL('../GraphQlFollows.GraphQL.Tests/Types/Expected/introspection-query.graphql', import.meta.url),
  'utf8',
);
const pageDocument = parse(pageSource);
const introspectionDocument = parse(introspectionSource);

const assertNoErrors = (result) => {
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result;
};
assertNoErrors({ errors: validate(schema, pageDocument) });
assertNoErrors(execute({ schema, document: pageDocument, rootValue, variableValues }));

const benchmarks = {
  Parse: () => parse(pageSource),
  ParseAndValidate: () => validate(schema, parse(pageSource)),
  ExecuteCached: () => execute({ schema, document: pageDocument, rootValue, variableValues }),
  Introspection: () => execute({ schema, document: introspectionDocument }),
};

// Runs fn in batches until the time budget is spent; returns the best batch's mean, in nanoseconds per call.
function measure(fn, budgetMs = 3000) {
  for (let i = 0; i < 200; i++) fn(); // warm up the JIT
  let batch = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    if (Number(process.hrtime.bigint() - start) > 20e6) break;
    batch *= 2;
  }
  let best = Infinity;
  const end = Date.now() + budgetMs;
  while (Date.now() < end) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / batch);
  }
  return best;
}

const only = process.argv[2];
const results = {};
for (const [name, fn] of Object.entries(benchmarks)) {
  if (!only || only === name) results[name] = measure(fn);
}
console.log(JSON.stringify(results));
