// Introspection of several schemas: the full query graphql-js clients send, and small targeted queries.
import { getIntrospectionQuery } from 'graphql';
import { makeCase } from './case.mjs';
import { zooSchema } from './zoo-schema.mjs';

// Directive deprecation is left out: it is a graphql-js experiment, not part of the September 2025 specification.
const fullQuery = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

const richSchema = `
"""
The library: a schema with descriptions,
  deprecations and defaults of every kind.
"""
schema { query: Library mutation: Desk }

"Where things start."
type Library {
  "A book by its identifier."
  book(id: ID!, "Which edition" edition: Int = 1): Book
  books(filter: BookFilter = {genre: FICTION, tags: ["a", "b"]}, first: Int = 10, after: String = null): [Book!]!
  oldBooks: [Book] @deprecated
  legacy(mode: Mode = OLD @deprecated(reason: "Use \\"mode\\" on books."), flag: Boolean = true): String @deprecated(reason: "Gone.\\nReally.")
  search(term: String = "say \\"hi\\"\\n\\ttab \\u00e9 \\u{1F600}", weights: [Float!] = [1.5, 2, -0.25], nested: [[Int]] = [[1], [2, 3]], empty: [Int] = [], obj: Nested = {}): [Item]
  stamp: Timestamp
  isbn: Isbn
}

"""Block description with "quotes" and a \\""" triple quote."""
type Desk { borrow(input: BorrowInput!): Book }

"An item is a book or a magazine."
union Item = Book | Magazine

interface Node { id: ID! }

"Anything with a title."
interface Titled implements Node {
  id: ID!
  title(upper: Boolean = false): String
}

type Book implements Titled & Node {
  id: ID!
  title(upper: Boolean = false): String
  genre: Genre
  pages: Int
  author: Author @deprecated(reason: "")
}

type Magazine implements Titled & Node { id: ID! title(upper: Boolean = false): String issue: Int }

type Author { name: String }

"Kinds of books."
enum Genre {
  "Made up."
  FICTION
  NONFICTION
  POETRY @deprecated(reason: "Nobody reads it.")
  DRAMA @deprecated
}

enum Mode { OLD NEW }

input BookFilter {
  genre: Genre = NONFICTION
  tags: [String!] = "single"
  minPages: Int = 0 @deprecated(reason: "Pages do not matter.")
  maxPages: Int @deprecated
  ratio: Float = 0.5
}

input Nested { inner: Nested, value: Int = -3 }

"Exactly one way to find a book."
input BorrowInput @oneOf { id: ID, isbn: Isbn }

"Seconds since 1970."
scalar Timestamp @specifiedBy(url: "https://example.com/timestamp")

scalar Isbn @specifiedBy(url: "https://example.com/isbn?x=1&y=2")

"Marks cached fields."
directive @cached("Seconds." ttl: Int = 60, scope: Mode = NEW) repeatable on FIELD_DEFINITION | OBJECT | FIELD

directive @internal on ENUM_VALUE | INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION | SCALAR | UNION | INTERFACE | INPUT_OBJECT | ENUM | SCHEMA | QUERY | MUTATION | SUBSCRIPTION | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION
`;

const smallSchema = 'type Query { hello: String }';

const subscriptionSchema = `
type Query { a: Int }
type Mutation { b: Int }
type Subscription { c: Int }
`;

const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';

export function introspectionCases() {
  const cases = [];
  for (const [name, schema] of Object.entries({ zoo: zooSchema, rich: richSchema, small: smallSchema, roots: subscriptionSchema })) {
    cases.push(makeCase(`introspection/${name}/full`, schema, fullQuery));
    cases.push(makeCase(`introspection/${name}/roots`, schema, '{ __schema { description queryType { name kind } mutationType { name } subscriptionType { name } } }'));
    cases.push(makeCase(`introspection/${name}/type-names`, schema, '{ __schema { types { name kind } } }'));
    cases.push(makeCase(`introspection/${name}/directives`, schema, '{ __schema { directives { name isRepeatable locations args { name defaultValue type { name kind ofType { name } } } } } }'));
  }
  for (const [name, query] of typeQueries()) {
    cases.push(makeCase(`introspection/rich/${name}`, richSchema, query));
  }
  for (const [name, query] of zooQueries()) {
    cases.push(makeCase(`introspection/zoo/${name}`, zooSchema, query));
  }
  return cases;
}

function typeQueries() {
  return [
    ['root-fields', `{ __type(name: "Library") { name kind description fields { name description isDeprecated deprecationReason args { name description defaultValue type { ${typeRef} } } type { ${typeRef} } } } }`],
    ['root-fields-with-deprecated', `{ __type(name: "Library") { fields(includeDeprecated: true) { name isDeprecated deprecationReason args(includeDeprecated: true) { name isDeprecated deprecationReason defaultValue } } } }`],
    ['root-fields-without-deprecated-explicit', '{ __type(name: "Library") { fields(includeDeprecated: false) { name args(includeDeprecated: false) { name } } } }'],
    ['enum-values', '{ __type(name: "Genre") { kind description enumValues { name description isDeprecated deprecationReason } } }'],
    ['enum-values-deprecated', '{ __type(name: "Genre") { enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } } }'],
    ['input-fields', `{ __type(name: "BookFilter") { kind isOneOf inputFields { name defaultValue isDeprecated type { ${typeRef} } } } }`],
    ['input-fields-deprecated', '{ __type(name: "BookFilter") { inputFields(includeDeprecated: true) { name defaultValue isDeprecated deprecationReason } } }'],
    ['one-of', '{ a: __type(name: "BorrowInput") { isOneOf description inputFields { name type { name kind } } } b: __type(name: "BookFilter") { isOneOf } c: __type(name: "Book") { isOneOf } }'],
    ['specified-by', '{ a: __type(name: "Timestamp") { kind description specifiedByURL } b: __type(name: "Isbn") { specifiedByURL } c: __type(name: "Int") { specifiedByURL } d: __type(name: "Book") { specifiedByURL } }'],
    ['interfaces-of-interface', '{ __type(name: "Titled") { kind interfaces { name } possibleTypes { name } fields { name args { name defaultValue } } } }'],
    ['interfaces-of-object', '{ __type(name: "Book") { interfaces { name kind } possibleTypes { name } enumValues { name } inputFields { name } ofType { name } } }'],
    ['possible-types-of-node', '{ __type(name: "Node") { possibleTypes { name } interfaces { name } } }'],
    ['union', '{ __type(name: "Item") { kind description possibleTypes { name } fields { name } interfaces { name } } }'],
    ['block-description', '{ __type(name: "Desk") { description } __schema { description } }'],
    ['search-defaults', '{ __type(name: "Library") { fields { name args { name defaultValue } } } }'],
    ['unknown-type', '{ __type(name: "Nope") { name } }'],
    ['builtin-scalar', '{ __type(name: "String") { kind name fields { name } specifiedByURL } }'],
    ['introspection-type-shape', '{ __type(name: "__Type") { kind name fields(includeDeprecated: true) { name args { name defaultValue type { ' + typeRef + ' } } type { ' + typeRef + ' } } } }'],
    ['type-kind-values', '{ __type(name: "__TypeKind") { kind enumValues { name } } }'],
    ['typename-everywhere', '{ __typename __schema { __typename queryType { __typename } } __type(name: "Book") { __typename fields { __typename type { __typename } } } }'],
    ['type-argument-missing', '{ __type { name } }'],
    ['type-argument-variable', 'query ($n: String!) { __type(name: $n) { name } }'],
    ['schema-on-non-root', '{ book(id: 1) { __schema { description } } }'],
    ['aliases', '{ t: __type(name: "Mode") { n: name values: enumValues { v: name } } s: __schema { q: queryType { n: name } } }'],
  ];
}

function zooQueries() {
  return [
    ['dog-fields', `{ __type(name: "Dog") { name fields { name args { name defaultValue type { ${typeRef} } } type { ${typeRef} } } interfaces { name } } }`],
    ['choice-one-of', '{ __type(name: "Choice") { kind isOneOf inputFields { name type { name kind } defaultValue } } }'],
    ['filter-defaults', '{ __type(name: "Filter") { inputFields { name defaultValue } } }'],
    ['args-field-types', `{ __type(name: "Args") { fields { name args { name defaultValue type { ${typeRef} } } } } }`],
    ['possible-types', '{ a: __type(name: "Animal") { possibleTypes { name } } n: __type(name: "Named") { possibleTypes { name } } t: __type(name: "Thing") { possibleTypes { name } } }'],
  ];
}
