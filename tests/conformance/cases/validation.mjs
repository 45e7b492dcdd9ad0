// Documents for every rule of graphql-js's specifiedRules, several valid and several invalid each.
// The generator checks each document against its rule alone, so a case cannot silently test nothing.
import { makeCase } from './case.mjs';
import { zooRoot, zooSchema } from './zoo-schema.mjs';

const plainSchema = 'type Query { a: Int b: String }';

// @defer and @stream are not in the September 2025 specification; their rules apply to schemas that declare them.
// graphql-js refuses to execute against such a schema, so the valid documents of these rules carry one unused
// variable: both sides then stop at that single validation error, which shows that the rule itself stayed quiet.
const deferSchema = `
directive @defer(label: String, if: Boolean! = true) on FRAGMENT_SPREAD | INLINE_FRAGMENT
directive @stream(label: String, if: Boolean! = true, initialCount: Int = 0) on FIELD
type Item { id: ID name: String tags: [String] more: [Item!]! }
type Query { item: Item items: [Item] }
type Mutation { add: Item adds: [Item] }
type Subscription { added: Item addeds: [Item] }
`;

export const validationRules = {
  ExecutableDefinitionsRule: {
    valid: [
      '{ dog { name } }',
      'query A { dog { ...F } } fragment F on Dog { name }',
      'query A { dog { name } } query B { cat { name } }',
    ],
    invalid: [
      '{ dog { name } } type Extra { a: Int }',
      'query { dog { name } } schema { query: Query }',
      '{ dog { name } } extend type Dog { color: String }',
      'scalar Date',
      '{ dog { name } } directive @x on FIELD',
    ],
  },
  KnownOperationTypesRule: {
    schema: plainSchema,
    valid: ['{ a }', 'query Q { a b }', 'query { __typename }'],
    invalid: ['mutation { a }', 'subscription { a }', 'query Q { a } mutation M { b }'],
  },
  UniqueOperationNamesRule: {
    valid: [
      'query A { dog { name } } query B { dog { name } }',
      'query A { dog { ...A } } fragment A on Dog { name }',
      'query A { dog { name } } mutation B { adopt(name: "x") { name } }',
    ],
    invalid: [
      'query A { dog { name } } query A { cat { name } }',
      'query A { dog { name } } mutation A { adopt(name: "x") { name } }',
      'query A { dog { name } } subscription A { newDog { name } }',
    ],
  },
  LoneAnonymousOperationRule: {
    valid: [
      '{ dog { name } }',
      '{ dog { ...F } } fragment F on Dog { name }',
      'query A { dog { name } } query B { cat { name } }',
    ],
    invalid: [
      '{ dog { name } } { cat { name } }',
      '{ dog { name } } query B { cat { name } }',
      '{ dog { name } } mutation { adopt(name: "x") { name } }',
    ],
  },
  SingleFieldSubscriptionsRule: {
    valid: [
      'subscription { newDog { name } }',
      'subscription S { ...F } fragment F on Subscription { newCat { name } }',
      'subscription { newDog { name } newDog { legs } }',
    ],
    invalid: [
      'subscription { newDog { name } newCat { name } }',
      'subscription { newDog { name } __typename }',
      'subscription S { ...F } fragment F on Subscription { newDog { name } newCat { name } }',
      'subscription { a: newDog { name } b: newDog { name } }',
    ],
  },
  KnownTypeNamesRule: {
    valid: [
      'query ($v: Int) { args { int(v: $v) } }',
      '{ dog { ... on Dog { name } } }',
      'query ($f: Filter, $c: Command) { args { filter(v: $f) command(v: $c) } }',
    ],
    invalid: [
      'query ($v: Foo) { args { int(v: $v) } }',
      '{ dog { ... on Lion { name } } }',
      '{ dog { ...F } } fragment F on Lion { name }',
      'query ($v: [Strin!]) { args { list(v: $v) } }',
    ],
  },
  FragmentsOnCompositeTypesRule: {
    valid: [
      '{ dog { ... on Dog { name } } }',
      '{ animal { ... on Animal { name } } pet { ... on Pet { __typename } } }',
      '{ dog { ... { name } } }',
    ],
    invalid: [
      '{ dog { ... on Boolean { name } } }',
      '{ dog { ...F } } fragment F on Command { name }',
      '{ dog { ...F } } fragment F on Filter { name }',
      '{ dog { name ... on String { length } } }',
    ],
  },
  VariablesAreInputTypesRule: {
    valid: [
      'query ($f: Filter) { args { filter(v: $f) } }',
      'query ($c: Command!) { dog { knows(command: $c) } }',
      'query ($j: Json, $l: [[Int]]) { args { json(v: $j) nested(v: $l) } }',
    ],
    invalid: [
      'query ($d: Dog) { dog { name } }',
      'query ($p: [Pet]) { dog { name } }',
      'query ($a: Animal!) { dog { name } }',
    ],
  },
  ScalarLeafsRule: {
    valid: ['{ dog { name } }', '{ __typename }', '{ pet { __typename } }'],
    invalid: [
      '{ dog }',
      '{ dog { name { first } } }',
      '{ args }',
      '{ dog { barks { loud } } }',
      '{ dog { tricks { name } } }',
    ],
  },
  FieldsOnCorrectTypeRule: {
    valid: [
      '{ pet { ... on Dog { barks } } }',
      '{ animal { name legs } }',
      '{ thing { __typename ... on Person { age } } }',
    ],
    invalid: [
      '{ dog { meows } }',
      '{ pet { name } }',
      '{ animal { barks } }',
      '{ __typename unknown }',
      '{ dog { ... on Animal { barks } } }',
    ],
  },
  UniqueFragmentNamesRule: {
    valid: [
      '{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { legs }',
      '{ dog { ...A } } fragment A on Dog { name }',
      'query A { dog { ...A } } fragment A on Dog { name }',
    ],
    invalid: [
      '{ dog { ...A } } fragment A on Dog { name } fragment A on Dog { legs }',
      '{ dog { ...A } } fragment A on Dog { name } fragment A on Cat { meows }',
      '{ dog { ...A } } fragment A on Dog { name } fragment A on Dog { name } fragment A on Dog { name }',
    ],
  },
  KnownFragmentNamesRule: {
    valid: [
      '{ dog { ...A } } fragment A on Dog { name }',
      '{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }',
      '{ pet { ...P } } fragment P on Pet { __typename }',
    ],
    invalid: [
      '{ dog { ...Missing } }',
      '{ dog { ...A } } fragment A on Dog { ...Missing }',
      '{ dog { ... on Dog { ...Gone } } }',
    ],
  },
  NoUnusedFragmentsRule: {
    valid: [
      '{ dog { ...A } } fragment A on Dog { name }',
      '{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }',
      'query X { dog { ...A } } query Y { cat { ...B } } fragment A on Dog { name } fragment B on Cat { name }',
    ],
    invalid: [
      '{ dog { name } } fragment A on Dog { name }',
      '{ dog { ...A } } fragment A on Dog { name } fragment B on Dog { ...C } fragment C on Dog { legs }',
      'query X { dog { name } } fragment U on Cat { name }',
    ],
  },
  PossibleFragmentSpreadsRule: {
    valid: [
      '{ animal { ... on Dog { barks } } }',
      '{ pet { ... on Animal { name } } }',
      '{ thing { ... on Named { name } } }',
      '{ dog { ...P } } fragment P on Pet { __typename }',
    ],
    invalid: [
      '{ dog { ... on Cat { meows } } }',
      '{ dog { ...C } } fragment C on Cat { meows }',
      '{ pet { ... on Person { name } } }',
      '{ person { ... on Animal { name } } }',
    ],
  },
  NoFragmentCyclesRule: {
    valid: [
      '{ dog { ...A } } fragment A on Dog { name ...B } fragment B on Dog { legs }',
      '{ dog { ...A ...A } } fragment A on Dog { name }',
      '{ dog { ...A friends { ...N } } } fragment A on Dog { name } fragment N on Animal { name }',
    ],
    invalid: [
      '{ dog { ...A } } fragment A on Dog { ...A }',
      '{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...A }',
      '{ dog { ...A } } fragment A on Dog { ... on Dog { ...A } }',
      '{ dog { ...A } } fragment A on Dog { friends { ... on Dog { ...A } } }',
    ],
  },
  UniqueVariableNamesRule: {
    valid: [
      'query ($a: Int, $b: Int) { args { x: int(v: $a) y: int(v: $b) } }',
      'query A($a: Int) { args { int(v: $a) } } query B($a: Int) { args { int(v: $a) } }',
      'query ($a: Int) { args { x: int(v: $a) y: int(v: $a) } }',
    ],
    invalid: [
      'query ($a: Int, $a: Int) { args { int(v: $a) } }',
      'query ($a: Int, $a: String) { args { int(v: $a) } }',
      'query ($a: Int, $b: Int, $a: Int, $b: Int) { args { x: int(v: $a) y: int(v: $b) } }',
    ],
  },
  NoUndefinedVariablesRule: {
    valid: [
      'query ($a: Int) { args { int(v: $a) } }',
      'query ($a: Int) { args { ...F } } fragment F on Args { int(v: $a) }',
      'query ($c: Command!) { dog { ... on Dog { knows(command: $c) } } }',
    ],
    invalid: [
      '{ args { int(v: $x) } }',
      'query A($a: Int) { args { int(v: $b) } }',
      'query A { args { ...F } } fragment F on Args { int(v: $a) }',
      'query A($a: Int) { args { ...F } } query B { args { ...F } } fragment F on Args { int(v: $a) }',
    ],
  },
  NoUnusedVariablesRule: {
    valid: [
      'query ($a: Int) { args { int(v: $a) } }',
      'query ($a: Boolean!) { dog @include(if: $a) { name } }',
      'query ($a: Int) { args { ...F } } fragment F on Args { int(v: $a) }',
    ],
    invalid: [
      'query ($a: Int) { dog { name } }',
      'query ($a: Int, $b: Int) { args { int(v: $a) } }',
      'query A($a: Int) { args { ...F } } fragment F on Args { int(v: 1) }',
    ],
  },
  KnownDirectivesRule: {
    valid: [
      '{ dog @skip(if: false) { name } }',
      'query @tag(name: "q") { dog @tag { name } }',
      'query ($v: Int @onVar) { args { int(v: $v) } }',
      '{ dog { ...F @include(if: true) } } fragment F on Dog @once { name }',
    ],
    invalid: [
      '{ dog @unknown { name } }',
      'query @include(if: true) { dog { name } }',
      '{ dog { name @onVar } }',
      'query ($v: Int @once) { args { int(v: $v) } }',
      '{ dog { ...F } } fragment F on Dog @tag { name }',
    ],
  },
  UniqueDirectivesPerLocationRule: {
    valid: [
      '{ dog @tag @tag { name } }',
      '{ dog @skip(if: false) @include(if: true) { name } }',
      '{ dog @once { name @once } }',
    ],
    invalid: [
      '{ dog @skip(if: true) @skip(if: false) { name } }',
      '{ dog { name @once @once } }',
      'query @once @once { dog { name } }',
      '{ dog { ...F } } fragment F on Dog @once @once { name }',
    ],
  },
  KnownArgumentNamesRule: {
    valid: [
      '{ dog { tricks(level: 2) } }',
      '{ dog @skip(if: false) { name } }',
      '{ args { multiple(b: "x", a: 1) } }',
    ],
    invalid: [
      '{ dog { tricks(foo: 1) } }',
      '{ dog @skip(unless: true) { name } }',
      '{ args { int(x: 1) } }',
      '{ dog { name(full: true) } }',
    ],
  },
  UniqueArgumentNamesRule: {
    valid: [
      '{ args { multiple(a: 1, b: "x") } }',
      '{ dog @tag(name: "a") @tag(name: "b") { name } }',
      '{ args { x: int(v: 1) y: string(v: "v") } }',
    ],
    invalid: [
      '{ args { int(v: 1, v: 2) } }',
      '{ dog @skip(if: true, if: false) { name } }',
      '{ args { multiple(a: 1, b: "x", a: 2) } }',
    ],
  },
  ValuesOfCorrectTypeRule: {
    valid: [
      '{ args { int(v: 1) float(v: 1) string(v: "s") boolean(v: true) id(v: 4) } }',
      '{ args { filter(v: {required: true, command: SIT, tags: "one"}) } }',
      '{ args { list(v: [1, null, 3]) choice(v: {cat: 3}) } }',
    ],
    invalid: [
      '{ args { int(v: "1") } }',
      '{ args { command(v: "SIT") } }',
      '{ args { filter(v: {species: "x"}) } }',
      '{ args { filter(v: {required: true, color: "red"}) } }',
      '{ args { nonNullList(v: [1, null]) } }',
    ],
  },
  ProvidedRequiredArgumentsRule: {
    valid: [
      '{ args { multiple(a: 1, b: "x") } }',
      '{ dog { knows(command: SIT) } cat { knows } }',
      '{ args { withDefault } }',
    ],
    invalid: [
      '{ args { nonNullInt } }',
      '{ dog @skip { name } }',
      '{ args { multiple(a: 1) } }',
      '{ dog { knows } }',
    ],
  },
  VariablesInAllowedPositionRule: {
    valid: [
      'query ($v: Int = 3) { args { nonNullInt(v: $v) } }',
      'query ($v: Int!) { args { int(v: $v) } }',
      'query ($v: Int) { args { withDefault(v: $v) } }',
      'query ($v: Int) { args { list(v: [$v]) } }',
      'query ($v: Boolean! = false, $w: Int) { dog @skip(if: $v) { knows(command: SIT) } args { boolean(v: $v) withDefault } a: args { list(v: [$w, 1]) } }',
    ],
    invalid: [
      'query ($v: Int) { args { nonNullInt(v: $v) } }',
      'query ($v: [Int]) { args { nonNullList(v: $v) } }',
      'query ($v: String) { args { int(v: $v) } }',
      'query ($b: Boolean) { dog @skip(if: $b) { name } }',
      'query ($v: Int!) { args { list(v: $v) } }',
      'query ($v: [Int!]) { args { nested(v: $v) } }',
    ],
  },
  OverlappingFieldsCanBeMergedRule: {
    valid: [
      '{ dog { name name } }',
      '{ pet { ... on Dog { x: name } ... on Cat { x: name } } }',
      '{ pet { ... on Dog { k: barks } ... on Cat { k: meows } } }',
      '{ dog { tricks(level: 2) tricks(level: 2) } }',
    ],
    invalid: [
      '{ dog { name: barks name } }',
      '{ dog { tricks(level: 1) tricks(level: 2) } }',
      '{ pet { ... on Dog { x: name } ... on Cat { x: lives } } }',
      '{ dog { a: name a: owner { name } } }',
      '{ dog { tricks tricks(level: 1) } }',
      '{ dog { owner { name } ...F } } fragment F on Dog { owner: friends { name } }',
    ],
  },
  UniqueInputFieldNamesRule: {
    valid: [
      '{ args { filter(v: {required: true, species: "x"}) } }',
      '{ args { filter(v: {required: true, nested: {required: false, species: "y"}}) } }',
      '{ args { json(v: {a: 1, b: {a: 2}}) } }',
    ],
    invalid: [
      '{ args { filter(v: {required: true, species: "a", species: "b"}) } }',
      '{ args { filter(v: {required: true, nested: {required: true, required: false}}) } }',
      '{ args { json(v: {a: 1, a: 2}) } }',
    ],
  },
  DeferStreamDirectiveOnRootFieldRule: {
    schema: deferSchema,
    validWithUnusedVariable: true,
    valid: [
      'query ($unused: Int) { ... @defer { item { name } } items @stream { id } }',
      'mutation ($unused: Int) { add { ... @defer { name } } }',
      'mutation ($unused: Int) { adds { more @stream { id } } }',
    ],
    invalid: [
      'mutation { ... @defer { add { name } } }',
      'mutation { adds @stream { id } }',
      'mutation { ...F @defer } fragment F on Mutation { add { id } }',
      'subscription { ... @defer(if: false) { added { id } } }',
    ],
  },
  DeferStreamDirectiveOnValidOperationsRule: {
    schema: deferSchema,
    validWithUnusedVariable: true,
    valid: [
      'subscription ($unused: Int) { added { ... @defer(if: false) { name } } }',
      'subscription ($unused: Int, $d: Boolean!) { added { ... @defer(if: $d) { name } } }',
      'subscription ($unused: Int) { addeds { more @stream(if: false) { id } } }',
      'subscription ($unused: Int) { added { ... @defer @skip(if: true) { name } } }',
    ],
    invalid: [
      'subscription { added { ... @defer { name } } }',
      'subscription { addeds { more @stream { id } } }',
      'subscription { added { ...F @defer(if: true) } } fragment F on Item { name }',
      'subscription { added { ...F } } fragment F on Item { more @stream { id } }',
    ],
  },
  DeferStreamDirectiveLabelRule: {
    schema: deferSchema,
    validWithUnusedVariable: true,
    valid: [
      'query ($unused: Int) { item { ... @defer(label: "a") { name } ... @defer(label: "b") { id } } }',
      'query ($unused: Int) { items @stream(label: "s") { id } item { ... @defer(label: null) { name } } }',
      'query ($unused: Int) { item { ... @defer { name } ... @defer { id } } }',
    ],
    invalid: [
      '{ item { ... @defer(label: "a") { name } ... @defer(label: "a") { id } } }',
      'query ($l: String) { item { ... @defer(label: $l) { name } } }',
      '{ items @stream(label: "x") { id } item { ... @defer(label: "x") { name } } }',
    ],
  },
  StreamDirectiveOnListFieldRule: {
    schema: deferSchema,
    validWithUnusedVariable: true,
    valid: [
      'query ($unused: Int) { items @stream { id } }',
      'query ($unused: Int) { item { tags @stream more @stream { id } } }',
      'query ($unused: Int) { item { name } }',
    ],
    invalid: [
      '{ item @stream { id } }',
      '{ item { name @stream } }',
      '{ items { name @stream(initialCount: 1) } }',
    ],
  },
  MaxIntrospectionDepthRule: {
    valid: [
      '{ __schema { types { fields { type { name } } } } }',
      '{ __type(name: "Dog") { fields { type { fields { name } } } } }',
      '{ __type(name: "Animal") { possibleTypes { interfaces { name } } } }',
    ],
    invalid: [
      '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
      '{ __type(name: "Animal") { possibleTypes { interfaces { possibleTypes { name } } } } }',
      '{ __type(name: "Dog") { ...A } } fragment A on __Type { fields { type { ...B } } } fragment B on __Type { interfaces { ...C } } fragment C on __Type { fields { name } }',
      '{ __type(name: "Filter") { inputFields { type { inputFields { type { inputFields { name } } } } } } }',
    ],
  },
};

/** Cases for every rule, named validation/<rule>/<valid|invalid>-<n>. */
export function validationCases() {
  const cases = [];
  for (const [rule, { schema, valid, invalid }] of Object.entries(validationRules)) {
    const name = rule.replace(/Rule$/, '');
    const extra = schema ? {} : { rootValue: zooRoot };
    valid.forEach((query, i) => cases.push(makeCase(`validation/${name}/valid-${i + 1}`, schema ?? zooSchema, query, extra)));
    invalid.forEach((query, i) => cases.push(makeCase(`validation/${name}/invalid-${i + 1}`, schema ?? zooSchema, query, extra)));
  }
  return cases;
}
