// Execution: null propagation, abstract types, field merging, @skip/@include, operation selection and mutations.
import { makeCase } from './case.mjs';
import { zooRoot, zooSchema } from './zoo-schema.mjs';

export function executionCases() {
  return [...nullPropagationCases(), ...abstractTypeCases(), ...mergingCases(), ...conditionalCases(), ...operationCases(), ...mutationCases()];
}

const nullSchema = `
type Query {
  a: A
  nnA: A!
  list: [A]
  nnList: [A]!
  listNN: [A!]
  nnListNN: [A!]!
  grid: [[A!]]
  nnGrid: [[A!]!]!
  other: Int
}
type A {
  v: Int
  nnV: Int!
  b: B
  nnB: B!
  bs: [B!]!
}
type B {
  v: Int
  nnV: Int!
}
`;

function nullPropagationCases() {
  const good = { v: 1, nnV: 2, b: { v: 3, nnV: 4 }, nnB: { v: 5, nnV: 6 }, bs: [{ v: 7, nnV: 8 }] };
  const badLeaf = { v: 1, nnV: null };
  const badDeep = { v: 1, nnV: 2, b: { v: 3, nnV: null }, nnB: { v: 5, nnV: null }, bs: [{ nnV: 1 }, { nnV: null }] };
  const rows = [
    ['nullable-object-null', '{ a { v } other }', { a: null, other: 1 }],
    ['non-null-object-null', '{ nnA { v } other }', { nnA: null, other: 1 }],
    ['non-null-leaf-null', '{ a { v nnV } other }', { a: badLeaf, other: 1 }],
    ['non-null-leaf-null-under-non-null', '{ nnA { v nnV } other }', { nnA: badLeaf, other: 1 }],
    ['deep-nullable-b', '{ a { b { v nnV } } }', { a: badDeep }],
    ['deep-non-null-b', '{ a { v nnB { v nnV } } }', { a: badDeep }],
    ['deep-non-null-b-under-non-null-a', '{ nnA { nnB { nnV } } other }', { nnA: badDeep, other: 1 }],
    ['non-null-list-items', '{ a { bs { nnV } } }', { a: badDeep }],
    ['list-item-null', '{ list { v } }', { list: [good, null, good] }],
    ['list-item-bad-leaf', '{ list { nnV } }', { list: [good, badLeaf, good] }],
    ['non-null-list-null', '{ nnList { v } other }', { nnList: null, other: 1 }],
    ['non-null-list-bad-item', '{ nnList { nnV } }', { nnList: [badLeaf] }],
    ['list-of-non-null-with-null', '{ listNN { v } other }', { listNN: [good, null], other: 1 }],
    ['list-of-non-null-bad-leaf', '{ listNN { nnV } }', { listNN: [good, badLeaf] }],
    ['non-null-list-of-non-null-with-null', '{ nnListNN { v } other }', { nnListNN: [good, null], other: 1 }],
    ['non-null-list-of-non-null-ok', '{ nnListNN { v nnV } }', { nnListNN: [good, good] }],
    ['non-null-list-of-non-null-empty', '{ nnListNN { v } }', { nnListNN: [] }],
    ['grid-inner-null', '{ grid { v } }', { grid: [[good], [good, null], null] }],
    ['grid-bad-leaf', '{ grid { nnV } }', { grid: [[good, badLeaf], [good]] }],
    ['nn-grid-inner-null', '{ nnGrid { v } other }', { nnGrid: [[good], null], other: 1 }],
    ['nn-grid-bad-item', '{ nnGrid { v } other }', { nnGrid: [[good, null]], other: 1 }],
    ['two-errors-siblings', '{ a { nnV } nnA { nnV } other }', { a: badLeaf, nnA: badLeaf, other: 1 }],
    ['two-errors-same-list', '{ list { nnV } }', { list: [badLeaf, badLeaf] }],
    ['aliased-error-path', '{ first: list { x: nnV } second: a { y: v } }', { list: [good, badLeaf], a: good }],
    ['leaf-coercion-error-non-null', '{ a { nnV } }', { a: { nnV: 'x' } }],
    ['list-leaf-coercion-error', '{ a { bs { nnV } } }', { a: { bs: [{ nnV: 1.5 }] } }],
    ['list-expected-got-object', '{ list { v } other }', { list: { v: 1 }, other: 1 }],
    ['non-null-list-expected-got-scalar', '{ nnList { v } other }', { nnList: 3, other: 1 }],
    ['object-expected-got-scalar', '{ a { v } }', { a: 5 }],
    ['object-expected-got-list', '{ a { v } }', { a: [good] }],
    ['object-expected-got-string', '{ nnA { v } }', { nnA: 'text' }],
    ['all-good', '{ a { v nnV b { v } nnB { nnV } bs { v } } nnList { v } nnListNN { nnV } grid { v } }', {
      a: good, nnList: [good], nnListNN: [good], grid: [[good]],
    }],
  ];
  return rows.map(([name, query, rootValue]) => makeCase(`execution/null/${name}`, nullSchema, query, { rootValue }));
}

const abstractSchema = `
interface Node { id: ID! }
interface Entity implements Node { id: ID! label: String }
type User implements Entity & Node { id: ID! label: String email: String friends: [User] }
type Post implements Entity & Node { id: ID! label: String body: String author: User }
type Tag implements Node { id: ID! word: String }
type Orphan { id: ID }
union Result = User | Post | Tag
union Single = User
type Query {
  node: Node
  entity: Entity
  nodes: [Node]
  result: Result
  results: [Result!]
  single: Single
  nnNode: Node!
}
`;

function abstractTypeCases() {
  const user = { __typename: 'User', id: 'u1', label: 'Ann', email: 'ann@x', friends: [{ id: 'u2', label: 'Bo' }] };
  const post = { __typename: 'Post', id: 'p1', label: 'Hello', body: 'Text', author: { id: 'u1', label: 'Ann' } };
  const tag = { __typename: 'Tag', id: 't1', word: 'news' };
  const everything = { node: user, entity: post, nodes: [user, post, tag], result: tag, results: [post, user, tag], single: user, nnNode: tag };
  const rows = [
    ['interface-inline', '{ node { id ... on User { email } ... on Post { body } } }', everything],
    ['interface-typename', '{ node { __typename id } entity { __typename } }', everything],
    ['interface-named-fragment', '{ nodes { ...N } } fragment N on Node { id ... on Entity { label } }', everything],
    ['interface-on-interface', '{ entity { ... on Node { id } ... on Entity { label } } }', everything],
    ['interface-list-mixed', '{ nodes { __typename ... on Tag { word } ... on User { friends { label } } } }', everything],
    ['union-inline', '{ result { ... on Tag { word } ... on User { email } } }', everything],
    ['union-typename-only', '{ results { __typename } }', everything],
    ['union-fragment-on-interface', '{ results { ... on Entity { label } ... on Node { id } } }', everything],
    ['union-named-fragments', '{ results { ...U ...P } } fragment U on User { email } fragment P on Post { body author { label } }', everything],
    ['union-single-member', '{ single { ... on User { label } } }', everything],
    ['nested-fragments', '{ node { ... on Entity { ... on User { ... on Node { id } email } } } }', everything],
    ['typename-on-root', '{ __typename a: __typename }', everything],
    ['typename-aliased', '{ result { kind: __typename } }', everything],
    ['missing-typename', '{ node { id } }', { node: { id: 'x' } }],
    ['missing-typename-non-null', '{ nnNode { id } }', { nnNode: { id: 'x' } }],
    ['typename-not-possible', '{ result { __typename } }', { result: { __typename: 'Orphan', id: 'o' } }],
    ['typename-unknown', '{ node { id } }', { node: { __typename: 'Ghost', id: 'g' } }],
    ['typename-interface', '{ node { id } }', { node: { __typename: 'Entity', id: 'e' } }],
    ['typename-not-string', '{ node { id } }', { node: { __typename: 7, id: 'e' } }],
    ['typename-in-list', '{ results { __typename } }', { results: [post, { id: 'x' }] }],
    ['interface-implementation-missing-non-null', '{ nodes { id } }', { nodes: [{ __typename: 'User' }, tag] }],
    ['fragment-not-matching-runtime-type', '{ node { ... on Post { body } } }', everything],
    ['typename-of-object-ignored', '{ nodes { ... on User { friends { __typename id } } } }', {
      nodes: [{ __typename: 'User', id: 'u', friends: [{ __typename: 'Post', id: 'f' }] }],
    }],
  ];
  return rows.map(([name, query, rootValue]) => makeCase(`execution/abstract/${name}`, abstractSchema, query, { rootValue }));
}

function mergingCases() {
  const rows = [
    ['alias-order', '{ z: cat { name } a: dog { name } m: cat { lives } }'],
    ['same-field-merged', '{ dog { name } dog { legs } }'],
    ['alias-merged', '{ d: dog { name } d: dog { owner { name } } d: dog { owner { age } } }'],
    ['fragment-order', '{ dog { barks ...F legs } } fragment F on Dog { legs name barks }'],
    ['inline-fragment-order', '{ dog { ... on Dog { name } legs ... on Animal { name owner { name } } owner { age } } }'],
    ['alias-same-as-field', '{ dog { legs: name name: legs } }'],
    ['typename-merged', '{ pet { __typename ... on Cat { __typename lives } } }'],
    ['root-fragment', '{ ...R cat { name } } fragment R on Query { dog { name } cat { lives } }'],
    ['fragment-spread-twice', '{ dog { ...F ...F } } fragment F on Dog { name }'],
    ['list-merged', '{ animals { name } animals { ... on Dog { barks } } }'],
    ['deep-merge', '{ person { pets { name } } person { pets { ... on Dog { legs } } best { __typename } } }'],
    ['args-alias', '{ dog { a: tricks(level: 1) b: tricks(level: 2) } }'],
  ];
  return rows.map(([name, query]) => makeCase(`execution/merge/${name}`, zooSchema, query, { rootValue: zooRoot }));
}

function conditionalCases() {
  const rows = [
    ['skip-true', '{ dog @skip(if: true) { name } cat { name } }'],
    ['skip-false', '{ dog @skip(if: false) { name } }'],
    ['include-false', '{ dog @include(if: false) { name } cat { name } }'],
    ['include-true', '{ dog @include(if: true) { name } }'],
    ['skip-and-include', '{ a: dog @skip(if: false) @include(if: false) { name } b: dog @skip(if: true) @include(if: true) { name } c: dog @skip(if: false) @include(if: true) { name } }'],
    ['skip-one-of-merged', '{ dog { name @skip(if: true) name legs } }'],
    ['skip-inline-fragment', '{ dog { ... on Dog @skip(if: true) { barks } name } }'],
    ['include-fragment-spread', '{ dog { ...F @include(if: false) name } } fragment F on Dog { barks }'],
    ['include-inline-no-type', '{ dog { ... @include(if: true) { barks } } }'],
    ['skip-all-fields', '{ dog @skip(if: true) { name } }'],
    ['skip-nested', '{ dog { owner @skip(if: true) { name } name } }'],
  ];
  const cases = rows.map(([name, query]) => makeCase(`execution/conditional/${name}`, zooSchema, query, { rootValue: zooRoot }));
  const withVariables = [
    ['variable-true', 'query ($s: Boolean!) { dog @skip(if: $s) { name } cat { name } }', { s: true }],
    ['variable-false', 'query ($s: Boolean!) { dog @skip(if: $s) { name } cat { name } }', { s: false }],
    ['variable-default', 'query ($s: Boolean = true) { dog @include(if: $s) { name } }', {}],
    ['variable-on-fragment', 'query ($i: Boolean!) { dog { ...F @include(if: $i) } } fragment F on Dog { name }', { i: false }],
    ['variable-in-fragment', 'query ($i: Boolean!) { dog { ...F } } fragment F on Dog { name @include(if: $i) legs }', { i: true }],
    ['variable-missing', 'query ($i: Boolean!) { dog @include(if: $i) { name } }', {}],
  ];
  for (const [name, query, variables] of withVariables) {
    cases.push(makeCase(`execution/conditional/${name}`, zooSchema, query, { variables, rootValue: zooRoot }));
  }
  return cases;
}

function operationCases() {
  const twoOperations = 'query A { dog { name } } query B { cat { name } }';
  const rows = [
    ['pick-first', twoOperations, 'A'],
    ['pick-second', twoOperations, 'B'],
    ['missing-name', twoOperations, undefined],
    ['unknown-name', twoOperations, 'C'],
    ['single-named-without-name', 'query A { dog { name } }', undefined],
    ['single-named-wrong-name', 'query A { dog { name } }', 'B'],
    ['anonymous-with-name', '{ dog { name } }', 'A'],
    ['pick-mutation', 'query A { dog { name } } mutation M { adopt(name: "x") { name } }', 'M'],
    ['fragment-name-is-not-operation', 'query A { dog { ...F } } fragment F on Dog { name }', 'F'],
    ['only-fragments', 'fragment F on Dog { name }', undefined],
    ['pick-with-variables', 'query A($s: Boolean!) { dog @skip(if: $s) { name } } query B { cat { name } }', 'B'],
  ];
  return rows.map(([name, query, operationName]) => makeCase(`execution/operation/${name}`, zooSchema, query, { operationName, rootValue: zooRoot }));
}

function mutationCases() {
  const schema = `
type Item { id: ID! name: String count: Int! }
type Query { item: Item }
type Mutation {
  create(name: String!): Item
  rename(id: ID!, name: String): Item!
  remove(id: ID!): Boolean
  items: [Item!]
}
`;
  const root = {
    item: { id: '1', name: 'one', count: 1 },
    create: { id: '2', name: 'two', count: 2 },
    rename: { id: '1', name: 'uno', count: 1 },
    remove: true,
    items: [{ id: '1', name: 'one', count: 1 }, { id: '2', name: 'two', count: 2 }],
  };
  const rows = [
    ['single', 'mutation { create(name: "two") { id name } }', root],
    ['several-in-order', 'mutation { b: remove(id: "1") a: create(name: "x") { id } c: rename(id: "1") { name } }', root],
    ['non-null-null', 'mutation { remove(id: "1") rename(id: "1") { name } }', { ...root, rename: null }],
    ['item-error', 'mutation { items { id count } remove(id: "3") }', { ...root, items: [{ id: '1', count: 'many' }] }],
    ['with-variables', 'mutation ($n: String!) { create(name: $n) { name } }', root, { n: 'v' }],
    ['missing-argument', 'mutation { create { name } }', root],
    ['named-with-query', 'query Q { item { name } } mutation M { remove(id: "1") }', root, undefined, 'M'],
    ['typename', 'mutation { __typename create(name: "x") { __typename } }', root],
    ['on-query-only-schema', 'mutation { create(name: "x") { id } }', root, undefined, undefined, 'type Query { a: Int }'],
  ];
  return rows.map(([name, query, rootValue, variables, operationName, otherSchema]) =>
    makeCase(`execution/mutation/${name}`, otherSchema ?? schema, query, { rootValue, variables, operationName }));
}
