// Runs conformance cases through graphql-js, the reference implementation.
// Protocol: one case per line on stdin ({"id", "schema", "query", "variables"?, "operationName"?, "rootValue"?}),
// one line per case on stdout: {"id", "schemaErrors": [messages]} when the schema is invalid,
// otherwise {"id", "result": {"data"?, "errors"?}} with errors as {message, locations?, path?}.
import { createInterface } from 'node:readline';
import { buildSchema, graphql, validateSchema } from 'graphql';

async function runCase(testCase) {
  let schema;
  try {
    schema = buildSchema(testCase.schema);
  } catch (error) {
    return { id: testCase.id, schemaErrors: messagesOf(error) };
  }
  // graphql() validates the schema too, but reports it like a request error; the protocol keeps them apart.
  const schemaErrors = validateSchema(schema);
  if (schemaErrors.length > 0) {
    return { id: testCase.id, schemaErrors: schemaErrors.map((e) => e.message) };
  }
  const result = await graphql({
    schema,
    source: testCase.query,
    rootValue: testCase.rootValue,
    variableValues: testCase.variables,
    operationName: testCase.operationName,
  });
  return { id: testCase.id, result: plainResult(result) };
}

function messagesOf(error) {
  // buildSchema throws one error whose message lists every SDL validation error.
  return String(error.message).split('\n\n');
}

function plainResult(result) {
  const plain = {};
  if ('data' in result) {
    plain.data = result.data;
  }
  if (result.errors) {
    plain.errors = result.errors.map(plainError);
  }
  return plain;
}

function plainError(error) {
  const plain = { message: error.message };
  if (error.locations) {
    plain.locations = error.locations.map(({ line, column }) => ({ line, column }));
  }
  if (error.path) {
    plain.path = error.path;
  }
  return plain;
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') {
    continue;
  }
  const testCase = JSON.parse(line);
  let output;
  try {
    output = await runCase(testCase);
  } catch (error) {
    output = { id: testCase.id, crash: String(error?.stack ?? error) };
  }
  process.stdout.write(JSON.stringify(output) + '\n');
}
