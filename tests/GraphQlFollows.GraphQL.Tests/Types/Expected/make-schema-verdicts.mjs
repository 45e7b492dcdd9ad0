// Writes schema-verdicts.json: for each SDL below, whether graphql-js builds it (buildSchema, then validateSchema)
// and the errors it reports. SchemaVerdictTests compares SchemaBuilder against this file.
// Usage: node tests/GraphQlFollows.GraphQL.Tests/Types/Expected/make-schema-verdicts.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildASTSchema, parse, validateSchema } from 'graphql';
import { validateSDL } from 'graphql/validation/validate.js';

const schemas = {
  // Lone schema definition and unique operation types
  'lone-schema/two-definitions': 'schema { query: Query } schema { query: Query } type Query { a: Int }',
  'unique-operation-types/in-definition': 'schema { query: Query query: Query } type Query { a: Int }',
  'unique-operation-types/in-extension': 'schema { query: Query } extend schema { query: Query } type Query { a: Int }',
  'unique-operation-types/extension-adds-mutation': 'schema { query: Query } extend schema { mutation: M } type Query { a: Int } type M { b: Int }',
  // Unique names
  'unique-type-names/same-kind': 'type Query { a: Int } type Query { b: Int }',
  'unique-type-names/different-kinds': 'type Query { a: Foo } type Foo { a: Int } enum Foo { A }',
  'unique-type-names/redefined-built-in-scalar': 'type Query { a: String } scalar String',
  'unique-enum-values/in-definition': 'type Query { a: E } enum E { A B A }',
  'unique-enum-values/in-extension': 'type Query { a: E } enum E { A } extend enum E { A }',
  'unique-field-names/object': 'type Query { a: Int a: String }',
  'unique-field-names/extension': 'type Query { a: Int } extend type Query { a: Int }',
  'unique-field-names/interface': 'type Query { i: I } interface I { a: Int a: Int }',
  'unique-field-names/input': 'type Query { a(x: I): Int } input I { f: Int f: Int }',
  'unique-argument-definitions/field': 'type Query { a(x: Int, x: Int): Int }',
  'unique-argument-definitions/directive': 'directive @d(x: Int, x: Int) on FIELD type Query { a: Int }',
  'unique-directive-names/twice': 'directive @d on FIELD directive @d on QUERY type Query { a: Int }',
  'unique-directive-names/redefined-built-in': 'directive @skip(if: Boolean!) on FIELD type Query { a: Int }',
  // Known names
  'known-type-names/field': 'type Query { a: Missing }',
  'known-type-names/argument': 'type Query { a(x: Missing): Int }',
  'known-type-names/interface': 'type Query implements Missing { a: Int }',
  'known-type-names/union-member': 'type Query { a: U } union U = Missing',
  'known-type-names/root': 'schema { query: Missing } type Foo { a: Int }',
  'known-type-names/directive-argument': 'directive @d(x: Missing) on FIELD type Query { a: Int }',
  'known-type-names/introspection-type': 'type Query { t: __Type }',
  'known-type-names/executable-built-in': 'type Query { a: Int } query Q($v: String) { a }',
  'known-type-names/suggestion': 'type Query { a: Strin b: Usr } type User { a: Int }',
  'known-type-names/executable-suggestion': 'type Query { a: Int } query Q($v: Quer) { a }',
  'known-directives/unknown': 'type Query { a: Int @missing }',
  'known-directives/wrong-location': 'type Query { a: Int @specifiedBy(url: "x") }',
  'known-directives/one-of-on-object': 'type Query @oneOf { a: Int }',
  'known-directives/deprecated-on-type': 'type Query @deprecated { a: Int }',
  'known-directives/argument-location': 'directive @d on ARGUMENT_DEFINITION type Query { a(x: Int @d): Int } input I { f: Int @d }',
  'known-directives/on-executable': 'type Query { a: Int } query Q @skip(if: true) { a }',
  'known-directives/schema-extension': 'directive @keep on SCHEMA type Query { a: Int } extend schema @keep',
  'unique-directives/twice-on-field': 'type Query { a: Int @deprecated @deprecated }',
  'unique-directives/definition-and-extension': 'directive @d on OBJECT type Query @d { a: Int } extend type Query @d',
  'unique-directives/repeatable': 'directive @r repeatable on FIELD_DEFINITION type Query { a: Int @r @r }',
  'unique-directives/schema-and-extension': 'directive @d on SCHEMA schema @d { query: Query } extend schema @d type Query { a: Int }',
  'possible-extensions/unknown-type': 'type Query { a: Int } extend type Missing { b: Int }',
  'possible-extensions/suggestion': 'type Query { a: Int } extend type Querry { b: Int }',
  'possible-extensions/wrong-kind': 'type Query { a: Int } scalar S extend type S { b: Int }',
  'possible-extensions/built-in-scalar': 'type Query { a: Int } extend scalar Int @specifiedBy(url: "x")',
  'possible-extensions/every-kind': 'type Query { a: Int } extend type Query { b: Int } interface I { a: Int } extend interface I { b: Int } type A { x: Int } union U = Query extend union U = A enum E { A } extend enum E { B } input In { a: Int } extend input In { b: Int } scalar S extend scalar S @specifiedBy(url: "x")',
  'directive-arguments/unknown': 'type Query { a: Int @deprecated(why: "x") }',
  'directive-arguments/suggestion': 'type Query { a: Int @deprecated(reasn: "x") }',
  'directive-arguments/missing-required': 'scalar S @specifiedBy type Query { a: S }',
  'directive-arguments/custom-required': 'directive @d(x: Int!) on FIELD_DEFINITION type Query { a: Int @d }',
  'directive-arguments/custom-required-with-default': 'directive @d(x: Int! = 1) on FIELD_DEFINITION type Query { a: Int @d }',
  'directive-arguments/given-twice': 'type Query { a: Int @deprecated(reason: "a", reason: "b") }',
  'directive-arguments/wrong-type': 'type Query { a: Int @deprecated(reason: 5) }',
  'directive-arguments/null-reason': 'type Query { a: Int @deprecated(reason: null) }',
  'directive-arguments/custom-wrong-type-ignored': 'directive @d(x: Int) on FIELD_DEFINITION type Query { a: Int @d(x: "no") }',
  'unique-input-fields/in-default': 'type Query { a(x: I = { f: 1, f: 2 }): Int } input I { f: Int }',
  // Root types
  'root-types/missing-query': 'type Foo { a: Int }',
  'root-types/query-is-input': 'schema { query: I } input I { a: Int }',
  'root-types/default-query-is-scalar': 'scalar Query',
  'root-types/mutation-is-union': 'schema { query: Query mutation: U } type Query { a: Int } union U = Query',
  'root-types/same-type-twice': 'schema { query: Query mutation: Query } type Query { a: Int }',
  'root-types/same-type-three-times': 'schema { query: Query mutation: Query subscription: Query } type Query { a: Int }',
  'root-types/only-extension': 'extend schema { query: Q } type Q { a: Int }',
  'root-types/definition-without-query': 'schema { mutation: M } type M { b: Int } type Query { c: Int }',
  'root-types/custom-names': 'schema { query: Q mutation: M } type Q { a: Int } type M { b: Int } type Query { c: Int }',
  // Names
  'names/reserved-field': 'type Query { __a: Int }',
  'names/reserved-type': 'type Query { a: __Thing } type __Thing { a: Int }',
  'names/reserved-argument': 'type Query { a(__x: Int): Int }',
  'names/reserved-enum-value': 'type Query { a: E } enum E { __A }',
  'names/reserved-input-field': 'type Query { a(x: I): Int } input I { __f: Int }',
  'names/reserved-directive': 'directive @__d on FIELD type Query { a: Int }',
  'names/reserved-directive-argument': 'directive @d(__x: Int) on FIELD type Query { a: Int }',
  // Fields and arguments
  'fields/object-without-fields': 'type Query { a: Empty } type Empty',
  'fields/interface-without-fields': 'type Query { a: I } interface I',
  'fields/input-type-as-field': 'type Query { a: I } input I { b: Int }',
  'fields/output-type-as-argument': 'type Query { a(x: Query): Int }',
  'fields/union-as-argument': 'type Query { a(x: U): Int } union U = Query',
  'fields/object-as-directive-argument': 'directive @d(x: Query) on FIELD type Query { a: Int }',
  'fields/deprecated-required-argument': 'type Query { a(x: Int! @deprecated): Int }',
  'fields/deprecated-optional-arguments': 'type Query { a(x: Int @deprecated, y: Int! = 1 @deprecated): Int }',
  'fields/deprecated-required-directive-argument': 'directive @d(x: Int! @deprecated) on FIELD type Query { a: Int }',
  // Interfaces
  'interfaces/missing-field': 'interface I { a: Int b: Int } type Query implements I { a: Int }',
  'interfaces/wrong-field-type': 'interface I { a: Int } type Query implements I { a: String }',
  'interfaces/list-not-covariant': 'interface I { a: [Int] } type Query implements I { a: Int }',
  'interfaces/nullable-in-object': 'interface I { a: Int! } type Query implements I { a: Int }',
  'interfaces/covariant-object': 'interface I { a: I } type Query implements I { a: Query }',
  'interfaces/covariant-non-null': 'interface I { a: Int } type Query implements I { a: Int! }',
  'interfaces/covariant-list-of-implementations': 'interface I { a: [I] } type Query implements I { a: [Query!]! }',
  'interfaces/union-member-covariant': 'interface I { u: U } union U = A | Query type A { x: Int } type Query implements I { u: A }',
  'interfaces/missing-argument': 'interface I { a(x: Int): Int } type Query implements I { a: Int }',
  'interfaces/different-argument-type': 'interface I { a(x: Int): Int } type Query implements I { a(x: String): Int }',
  'interfaces/argument-not-contravariant': 'interface I { a(x: Int): Int } type Query implements I { a(x: Int!): Int }',
  'interfaces/extra-required-argument': 'interface I { a: Int } type Query implements I { a(x: Int!): Int }',
  'interfaces/extra-optional-argument': 'interface I { a: Int } type Query implements I { a(x: Int): Int }',
  'interfaces/implements-object': 'type Other { a: Int } type Query implements Other { a: Int }',
  'interfaces/implements-twice': 'interface I { a: Int } type Query implements I & I { a: Int }',
  'interfaces/implements-twice-by-extension': 'interface I { a: Int } type Query implements I { a: Int } extend type Query implements I',
  'interfaces/missing-transitive': 'interface A { a: Int } interface B implements A { a: Int } type Query implements B { a: Int }',
  'interfaces/transitive-chain': 'interface A { a: Int } interface B implements A { a: Int b: Int } type Query implements B & A { a: Int b: Int }',
  'interfaces/implements-itself': 'interface I implements I { a: Int } type Query implements I { a: Int }',
  'interfaces/cycle': 'interface A implements B & A { a: Int } interface B implements A & B { a: Int } type Query { a: A }',
  'interfaces/deprecated-implementation-only': 'interface I { a: Int } type Query implements I { a: Int @deprecated }',
  'interfaces/deprecated-both': 'interface I { a: Int @deprecated } type Query implements I { a: Int @deprecated }',
  'interfaces/deprecated-interface-only': 'interface I { a: Int @deprecated } type Query implements I { a: Int }',
  // Unions
  'unions/of-interface': 'interface I { a: Int } type Query { u: U } union U = I',
  'unions/of-scalar': 'type Query { u: U } union U = String',
  'unions/duplicate-member': 'type A { a: Int } type Query { u: U } union U = A | A',
  'unions/duplicate-by-extension': 'type A { a: Int } type Query { u: U } union U = A extend union U = A',
  'unions/empty': 'type Query { u: U } union U',
  'unions/extended-from-empty': 'type A { a: Int } type Query { u: U } union U extend union U = A',
  // Enums and input objects
  'enums/without-values': 'type Query { a: E } enum E',
  'enums/extended-from-empty': 'type Query { a: E } enum E extend enum E { A }',
  'inputs/without-fields': 'type Query { a(x: I): Int } input I',
  'inputs/output-type-as-field': 'type Query { a(x: I): Int } input I { b: Query }',
  'inputs/non-null-cycle': 'type Query { a(x: A): Int } input A { b: B! } input B { a: A! }',
  'inputs/non-null-self-cycle': 'type Query { a(x: A): Int } input A { self: A! }',
  'inputs/nullable-cycle': 'type Query { a(x: A): Int } input A { b: B } input B { a: A! }',
  'inputs/list-cycle': 'type Query { a(x: A): Int } input A { children: [A!]! }',
  'inputs/cycle-with-escape': 'type Query { a(x: A): Int } input A { b: B! c: C! } input B { a: A } input C { c: C! }',
  'inputs/deprecated-required-field': 'type Query { a(x: I): Int } input I { f: Int! @deprecated }',
  'inputs/deprecated-field-with-default': 'type Query { a(x: I): Int } input I { f: Int! = 1 @deprecated }',
  'one-of/valid': 'type Query { a(x: O): Int } input O @oneOf { a: Int b: [String!] c: O }',
  'one-of/non-null-field': 'type Query { a(x: O): Int } input O @oneOf { a: Int! b: String }',
  'one-of/default-value': 'type Query { a(x: O): Int } input O @oneOf { a: Int = 1 b: String }',
  'one-of/only-self': 'type Query { a(x: O): Int } input O @oneOf { self: O }',
  'one-of/mutual': 'type Query { a(x: O): Int } input O @oneOf { p: P } input P @oneOf { o: O }',
  'one-of/escape-through-list': 'type Query { a(x: O): Int } input O @oneOf { self: O list: [O] }',
  'one-of/on-extension-ignored': 'type Query { a(x: O): Int } input O { a: Int! } extend input O @oneOf',
  // Default values
  'defaults/wrong-scalar': 'type Query { a(x: Int = "one"): Int }',
  'defaults/float-for-int': 'type Query { a(x: Int = 1.5): Int }',
  'defaults/int-for-float': 'type Query { a(x: Float = 1): Int }',
  'defaults/int-for-id': 'type Query { a(x: ID = 1): Int }',
  'defaults/null-for-non-null': 'type Query { a(x: Int! = null): Int }',
  'defaults/unknown-enum-value': 'type Query { a(x: I): Int } enum E { A } input I { e: E = B }',
  'defaults/enum-suggestion': 'type Query { a(x: E = ONF): Int } enum E { ONE TWO }',
  'defaults/string-for-enum': 'type Query { a(x: E = "A"): Int } enum E { A }',
  'defaults/list-item': 'type Query { a(x: [Int] = [1, "2"]): Int }',
  'defaults/single-item-list': 'type Query { a(x: [Int] = 1): Int }',
  'defaults/missing-required-field': 'type Query { a(x: I = {}): Int } input I { f: Int! }',
  'defaults/unknown-field': 'type Query { a(x: I = { g: 1 }): Int } input I { f: Int }',
  'defaults/unknown-field-far': 'type Query { a(x: I = { zzzzzz: 1 }): Int } input I { f: Int }',
  'defaults/one-of-two-fields': 'type Query { a(x: O = { a: 1, b: "x" }): Int } input O @oneOf { a: Int b: String }',
  'defaults/one-of-null-field': 'type Query { a(x: O = { a: null }): Int } input O @oneOf { a: Int b: String }',
  'defaults/custom-scalar-anything': 'scalar Json type Query { a(x: Json = { any: [1, "two", null] }): Int }',
  'defaults/directive-argument': 'directive @d(x: Int = "x") on FIELD type Query { a: Int }',
  'defaults/input-field-circular': 'type Query { a(x: A): Int } input A { b: B = {} } input B { a: A = {} }',
  'defaults/input-field-self-circular': 'type Query { a(x: A): Int } input A { x: A = {} }',
  'defaults/input-field-circular-broken': 'type Query { a(x: A): Int } input A { b: B = { a: null } } input B { a: A = {} }',
  'defaults/input-field-circular-in-list': 'type Query { a(x: A): Int } input A { x: [A] = [{}] }',
  // Valid oddities
  'valid/unused-types': 'type Query { a: Int } type Lone { b: Int } interface Alone { c: Int } scalar Solo',
  'valid/descriptions': '"Schema" schema { query: Query } "Q" type Query { "field" a("arg" x: Int): Int } "D" directive @d on FIELD',
  'valid/directive-uses-itself': 'directive @d(x: Int @d) on ARGUMENT_DEFINITION type Query { a: Int }',
  'valid/executable-definition-ignored': 'type Query { a: Int } query { a }',
  'valid/names-like-keywords': 'type Query { query: Int type: Int on: Int input: Int true: Int } enum E { on yes TRUE_ }',
  'valid/interface-without-implementations': 'type Query { i: I } interface I { a: Int }',
  'valid/specified-by-on-extension': 'scalar S extend scalar S @specifiedBy(url: "https://example.com") type Query { s: S }',
  'valid/applied-directives-with-values': 'directive @tag(names: [String!], level: Int = 0) repeatable on OBJECT | FIELD_DEFINITION type Query @tag(names: ["a"]) @tag(names: "b", level: 2) { a: Int @tag }',
};

const verdicts = Object.entries(schemas).map(([id, sdl]) => ({ id, sdl, ...verdict(sdl) }));
const target = join(dirname(fileURLToPath(import.meta.url)), 'schema-verdicts.json');
writeFileSync(target, JSON.stringify(verdicts, null, 2) + '\n');
console.log(`${verdicts.length} schemas, ${verdicts.filter((v) => v.valid).length} valid`);

function verdict(sdl) {
  const document = parse(sdl);
  const sdlErrors = validateSDL(document);
  if (sdlErrors.length > 0) {
    return { valid: false, errors: sdlErrors.map(describe) };
  }
  let schema;
  try {
    schema = buildASTSchema(document, { assumeValidSDL: true });
  } catch (error) {
    return { valid: false, errors: [describe(error)] };
  }
  const errors = validateSchema(schema);
  return { valid: errors.length === 0, errors: errors.map(describe) };
}

function describe(error) {
  return { message: error.message, locations: error.locations ?? [] };
}
