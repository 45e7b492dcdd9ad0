// Writes printed-schemas.json: for each SDL below, the text graphql-js's printSchema gives for buildSchema(sdl).
// SchemaPrinterTests compares SchemaPrinter against this file.
// Usage: node tests/GraphQlFollows.GraphQL.Tests/Types/Expected/make-printed-schemas.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, printSchema } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const schemas = {
  'every-kind': `
    type Query { node(id: ID!): Node search(text: String, first: Int = 10): [Result!]! color: Color when: Date }
    interface Node { id: ID! }
    interface Named implements Node { id: ID! name: String }
    type User implements Node & Named { id: ID! name: String friends(after: String, first: Int = 20): [User] }
    union Result = User
    enum Color { RED GREEN BLUE }
    input Filter { name: String = "x", tags: [String!] = ["a", "b"], nested: Filter, limit: Float = 1.5 }
    scalar Date
  `,
  'descriptions': `
    "The root query"
    type Query {
      "A field"
      a(
        "An argument"
        x: Int
        y: String
      ): Int
      """
      Multi-line
        indented second line
      """
      b: String
      "Ends with a quote\\""
      c: Int
      "  leading spaces"
      d: Int
      "has \\\\ backslash and \\u0001 control"
      e: Int
      "\\nstarts with a blank line"
      f: Int
    }
    "An enum" enum E { "first" A "second" B C }
    "An input" input I { "field" a: Int b: Int "third" c: Int }
    "A directive" directive @d("arg" x: Int) on FIELD
    ""
    scalar Empty
  `,
  'deprecations': `
    type Query {
      a: Int @deprecated
      b: Int @deprecated(reason: "Use a")
      c(x: Int @deprecated, y: Int @deprecated(reason: "no")): Int
      d: E
      e(i: I): Int
    }
    enum E { A @deprecated B @deprecated(reason: "Multi\\nline") }
    input I { a: Int @deprecated(reason: "No longer supported") }
  `,
  'custom-roots': 'schema { query: Q mutation: M subscription: S } type Q { a: Int } type M { b: Int } type S { c: Int }',
  'partly-default-roots': 'schema { query: Query mutation: Change } type Query { a: Int } type Change { b: Int }',
  'described-schema': '"The schema" schema { query: Query } type Query { a: Int }',
  'directives': `
    directive @a on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
    directive @b(x: Int = 1, y: [String!]! = ["x"]) repeatable on OBJECT | FIELD_DEFINITION
    directive @c(input: In = { a: 1, b: { a: 2 } }) on SCHEMA
    input In { a: Int b: In }
    type Query @b { a: Int @b(x: 2) }
  `,
  'specified-by-and-one-of': `
    scalar Url @specifiedBy(url: "https://example.com/url")
    input Choice @oneOf { a: Int b: String }
    type Query { u(c: Choice): Url }
  `,
  'extensions-merged': `
    type Query { a: Int }
    extend type Query { b: String }
    enum E { A }
    extend enum E { B }
    type T { x: Int }
    union U = T
    extend union U = Query
    extend type Query { e: E u: U }
  `,
  'default-values': `
    enum E { A B }
    input I { e: E = A, list: [E] = [A, B], s: String = "quote \\" and \\\\", o: I = { e: B, o: null } }
    type Query {
      a(
        x: [[Int]] = [[1], [2, 3]],
        y: String = null,
        z: I = { e: A, list: B, s: "averyveryveryveryveryveryveryveryveryveryveryveryveryverylongstringvalue" },
        w: Float = 1e3,
        v: Boolean = false
      ): Int
    }
  `,
  'built-in-scalar-redefined': 'scalar String type Query { a: String b: ID }',
};

const printed = Object.entries(schemas).map(([id, sdl]) => ({ id, sdl, printed: printSchema(buildSchema(sdl)) }));
const project = readFileSync(join(here, '..', '..', '..', '..', 'schema.graphql'), 'utf8');
printed.push({ id: 'project-schema', sdl: project, printed: printSchema(buildSchema(project)) });
writeFileSync(join(here, 'printed-schemas.json'), JSON.stringify(printed, null, 2) + '\n');
console.log(`${printed.length} schemas printed`);
