// Schemas: invalid ones, which must be refused with schema errors, and unusual valid ones, which must build.
import { makeCase } from './case.mjs';

const invalid = {
  'duplicate-type': 'type Query { a: Int } type Query { b: Int }',
  'duplicate-type-kinds': 'type Query { a: Foo } type Foo { a: Int } enum Foo { A }',
  'duplicate-field': 'type Query { a: Int a: String }',
  'duplicate-argument': 'type Query { a(x: Int, x: Int): Int }',
  'duplicate-enum-value': 'type Query { a: E } enum E { A B A }',
  'duplicate-input-field': 'type Query { a(x: I): Int } input I { f: Int f: Int }',
  'duplicate-directive': 'directive @d on FIELD directive @d on QUERY type Query { a: Int }',
  'unknown-field-type': 'type Query { a: Missing }',
  'unknown-argument-type': 'type Query { a(x: Missing): Int }',
  'unknown-interface': 'type Query implements Missing { a: Int }',
  'unknown-union-member': 'type Query { a: U } union U = Missing',
  'unknown-directive-use': 'type Query { a: Int @missing }',
  'unknown-root-type': 'schema { query: Missing } type Foo { a: Int }',
  'missing-query-type': 'type Foo { a: Int }',
  'query-root-is-input': 'schema { query: I } input I { a: Int }',
  'mutation-root-is-union': 'schema { query: Query mutation: U } type Query { a: Int } union U = Query',
  'same-root-twice': 'schema { query: Query mutation: Query } type Query { a: Int }',
  'two-schema-definitions': 'schema { query: Query } schema { query: Query } type Query { a: Int }',
  'duplicate-operation-type': 'schema { query: Query query: Query } type Query { a: Int }',
  'missing-interface-field': 'interface I { a: Int b: Int } type Query implements I { a: Int }',
  'wrong-interface-field-type': 'interface I { a: Int } type Query implements I { a: String }',
  'interface-field-not-covariant-list': 'interface I { a: [Int] } type Query implements I { a: Int }',
  'interface-field-nullable-in-object': 'interface I { a: Int! } type Query implements I { a: Int }',
  'missing-interface-argument': 'interface I { a(x: Int): Int } type Query implements I { a: Int }',
  'different-interface-argument-type': 'interface I { a(x: Int): Int } type Query implements I { a(x: String): Int }',
  'extra-required-argument': 'interface I { a: Int } type Query implements I { a(x: Int!): Int }',
  'implements-object': 'type Other { a: Int } type Query implements Other { a: Int }',
  'implements-same-interface-twice': 'interface I { a: Int } type Query implements I & I { a: Int }',
  'missing-transitive-interface': 'interface A { a: Int } interface B implements A { a: Int } type Query implements B { a: Int }',
  'interface-implements-itself': 'interface I implements I { a: Int } type Query implements I { a: Int }',
  'interface-cycle': 'interface A implements B & A { a: Int } interface B implements A & B { a: Int } type Query { a: A }',
  'union-of-interface': 'interface I { a: Int } type Query { u: U } union U = I',
  'union-of-scalar': 'type Query { u: U } union U = String',
  'union-duplicate-member': 'type A { a: Int } type Query { u: U } union U = A | A',
  'empty-union': 'type Query { u: U } union U',
  'object-without-fields': 'type Query { a: Empty } type Empty',
  'interface-without-fields': 'type Query { a: I } interface I',
  'input-without-fields': 'type Query { a(x: I): Int } input I',
  'enum-without-values': 'type Query { a: E } enum E',
  'input-type-as-field': 'type Query { a: I } input I { b: Int }',
  'output-type-as-argument': 'type Query { a(x: Query): Int }',
  'output-type-as-input-field': 'type Query { a(x: I): Int } input I { b: Query }',
  'union-as-argument': 'type Query { a(x: U): Int } union U = Query',
  'non-null-input-cycle': 'type Query { a(x: A): Int } input A { b: B! } input B { a: A! }',
  'non-null-self-cycle': 'type Query { a(x: A): Int } input A { self: A! }',
  'reserved-field-name': 'type Query { __a: Int }',
  'reserved-type-name': 'type Query { a: __Thing } type __Thing { a: Int }',
  'reserved-argument-name': 'type Query { a(__x: Int): Int }',
  'enum-value-true': 'type Query { a: E } enum E { true }',
  'enum-value-null': 'type Query { a: E } enum E { A null }',
  'one-of-non-null-field': 'type Query { a(x: O): Int } input O @oneOf { a: Int! b: String }',
  'one-of-default-value': 'type Query { a(x: O): Int } input O @oneOf { a: Int = 1 b: String }',
  'deprecated-required-argument': 'type Query { a(x: Int! @deprecated): Int }',
  'deprecated-required-input-field': 'type Query { a(x: I): Int } input I { f: Int! @deprecated }',
  'directive-wrong-location': 'type Query { a: Int @specifiedBy(url: "x") }',
  'directive-unknown-location': 'directive @d on FOO type Query { a: Int }',
  'non-repeatable-directive-twice': 'type Query { a: Int @deprecated @deprecated }',
  'directive-unknown-argument': 'type Query { a: Int @deprecated(why: "x") }',
  'directive-missing-argument': 'scalar S @specifiedBy type Query { a: S }',
  'directive-argument-wrong-type': 'type Query { a: Int @deprecated(reason: 5) }',
  'extend-unknown-type': 'type Query { a: Int } extend type Missing { b: Int }',
  'extend-with-wrong-kind': 'type Query { a: Int } scalar S extend type S { b: Int }',
  'extension-duplicates-field': 'type Query { a: Int } extend type Query { a: Int }',
  'syntax-error-in-sdl': 'type Query { a: Int',
  'field-without-type': 'type Query { a }',
  'reserved-directive-name': 'directive @__d on FIELD type Query { a: Int }',
  'argument-default-wrong-type': 'type Query { a(x: Int = "one"): Int }',
  'input-field-default-unknown-enum': 'type Query { a(x: I): Int } enum E { A } input I { e: E = B }',
};

const valid = {
  'nullable-input-cycle': 'type Query { a(x: A): Int } input A { b: B } input B { a: A! }',
  'list-input-cycle': 'type Query { a(x: A): Int } input A { children: [A!]! }',
  'interface-chain': 'interface A { a: Int } interface B implements A { a: Int b: Int } type Query implements B & A { a: Int b: Int }',
  'covariant-field': 'interface I { a: I } type Query implements I { a: Query }',
  'covariant-non-null': 'interface I { a: Int } type Query implements I { a: Int! }',
  'extra-optional-argument': 'interface I { a: Int } type Query implements I { a(x: Int): Int }',
  'custom-root-names': 'schema { query: Q mutation: M } type Q { a: Int } type M { b: Int }',
  'extensions': 'type Query { a: Int } extend type Query { b: Int } enum E { A } extend enum E { B } extend schema @keep',
  'repeatable-directive': 'directive @r repeatable on FIELD_DEFINITION type Query { a: Int @r @r }',
  'one-of': 'type Query { a(x: O): Int } input O @oneOf { a: Int b: [String!] c: O }',
  'schema-description': '"Described." schema { query: Query } type Query { a: Int }',
  'unused-types': 'type Query { a: Int } type Lone { b: Int } interface Alone { c: Int } scalar Solo',
  'deprecated-optional-argument': 'type Query { a(x: Int @deprecated, y: Int! = 1 @deprecated): Int }',
  // The specification forbids both; graphql-js builds these schemas anyway.
  'directive-uses-itself': 'directive @d(x: Int @d) on ARGUMENT_DEFINITION type Query { a: Int }',
  'executable-definition-in-sdl': 'type Query { a: Int } query { a }',
  'names-like-keywords': 'type Query { query: Int type: Int on: Int input: Int true: Int } enum E { on yes TRUE_ }',
};

export function schemaCases() {
  const cases = [];
  for (const [name, schema] of Object.entries(invalid)) {
    cases.push(makeCase(`schema/invalid/${name}`, schema, '{ __typename }'));
  }
  for (const [name, schema] of Object.entries(valid)) {
    const query = '{ __schema { types { name } } __type(name: "Query") { fields(includeDeprecated: true) { name args(includeDeprecated: true) { name } } } }';
    cases.push(makeCase(`schema/valid/${name}`, schema.replace('extend schema @keep', 'directive @keep on SCHEMA extend schema @keep'), query));
  }
  return cases;
}
