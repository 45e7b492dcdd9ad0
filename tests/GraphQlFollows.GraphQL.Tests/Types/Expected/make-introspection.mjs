// Writes introspection.json: the result graphql-js gives for introspection-schema.graphql and the introspection query
// with every option on. IntrospectionTests compares the engine's introspection against it.
// Usage: node tests/GraphQlFollows.GraphQL.Tests/Types/Expected/make-introspection.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, getIntrospectionQuery, graphqlSync } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const schema = buildSchema(readFileSync(join(here, 'introspection-schema.graphql'), 'utf8'));
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
const result = graphqlSync({ schema, source: query });
if (result.errors) {
  throw new Error(result.errors.map((e) => e.message).join('\n'));
}
writeFileSync(join(here, 'introspection-query.graphql'), query.trim() + '\n');
writeFileSync(join(here, 'introspection.json'), JSON.stringify(result, null, 2) + '\n');
console.log(`${result.data.__schema.types.length} types`);
