// Edge cases where implementations tend to part ways: block string descriptions, the printing of default
// values, overlapping fields, numbers written in unusual ways, and errors inside fragments.
import { makeCase, raw, slug } from './case.mjs';
import { zooRoot, zooSchema } from './zoo-schema.mjs';

export function edgeCases() {
  return [
    ...blockStringCases(),
    ...defaultValueCases(),
    ...overlapCases(),
    ...numericStringCases(),
    ...numberSpellingCases(),
    ...fragmentErrorCases(),
    ...manyErrorCases(),
    ...variableFlowCases(),
    ...extensionCases(),
    ...miscellaneousCases(),
  ];
}

/** Block string descriptions, read back through introspection: indentation, blank lines, escapes, line ends. */
function blockStringCases() {
  const descriptions = {
    'one-line': '"""Plain."""',
    'leading-blank-lines': '"""\n\n   Indented after blank lines.\n"""',
    'common-indent': '"""\n    First\n      Second, deeper\n    Third\n"""',
    'first-line-kept': '"""First line   \n    second line\n    third"""',
    'trailing-blank-lines': '"""\n  Text\n\n   \n"""',
    'tabs-and-spaces': '"""\n\t\tTabbed\n\t\t  and more\n"""',
    'crlf': '"""\r\n  Windows\r\n  lines\r\n"""',
    'cr-only': '"""\r  Old Mac\r  lines\r"""',
    'escaped-triple-quote': '"""Say \\""" twice \\""" """',
    'backslashes-kept': '"""C:\\path\\n not a newline \\u0041"""',
    'only-whitespace': '"""   \n   \n   """',
    'empty': '""""""',
    'quote-at-end': '"""ends with a quote" """',
    'unicode': '"""\n  Ünïcödé — ✓ 😀\n"""',
    'whitespace-only-lines-inside': '"""\n  a\n     \n  b\n"""',
    'string-with-escapes': '"Tab\\tnew\\nline \\u00e9 \\u{1F600} \\\\ \\""',
    'empty-string': '""',
  };
  const cases = [];
  for (const [name, description] of Object.entries(descriptions)) {
    const schema = `${description}\ntype Query {\n  ${description} field: Int\n}`;
    cases.push(makeCase(`edge/block-string/${name}`, schema, '{ __type(name: "Query") { description fields { description } } }'));
  }
  return cases;
}

/** Defaults as introspection prints them, for every kind of input value. */
function defaultValueCases() {
  const defaults = [
    ['Int', '0'], ['Int', '-0'], ['Int', '-2147483648'], ['Float', '1'], ['Float', '1.0'], ['Float', '1.50'],
    ['Float', '1e3'], ['Float', '1E-3'], ['Float', '-0.0'], ['Float', '123456789.123456789'], ['String', '""'],
    ['String', '"a\\"b"'], ['String', '"\\u00e9\\t\\u0007"'], ['String', '"""block\n  text"""'], ['String', '"/\\/"'],
    ['Boolean', 'false'], ['ID', '"x"'], ['ID', '7'], ['E', 'B'], ['[E]', '[A, B]'], ['[E]', 'A'], ['[Int]', '[]'],
    ['[Int]', '[1,2 , 3]'], ['[[Int]]', '[[1], [], null]'], ['[Int]', 'null'], ['Int', 'null'], ['In', '{}'],
    ['In', '{b: "x", a: 1}'], ['In', '{a: 1, inner: {a: 2, list: [B]}}'], ['[In!]', '[{a: 1}, {b: "y"}]'],
    ['Json', '{z: [1, {y: null}], a: B}'], ['Json', '"text"'],
  ];
  const types = 'enum E { A B }\ninput In { a: Int b: String inner: In list: [E] }\nscalar Json\n';
  return defaults.map(([type, value], i) => {
    const schema = `${types}type Query { f(x: ${type} = ${value}): Int }`;
    return makeCase(`edge/default-value/${i + 1}-${type}-${value.replace(/\s+/g, ' ')}`, schema, '{ __type(name: "Query") { fields { args { defaultValue type { name kind } } } } }');
  });
}

/** OverlappingFieldsCanBeMerged beyond the basic cases: nesting, fragments, arguments, variables, list shapes. */
function overlapCases() {
  const documents = {
    'nested-conflict': '{ dog { owner { name } } dog { owner { name: age } } }',
    'nested-conflict-through-fragment': '{ dog { ...A ...B } } fragment A on Dog { owner { x: name } } fragment B on Dog { owner { x: age } }',
    'conflict-in-fragment-and-field': '{ dog { x: name ...F } } fragment F on Dog { x: legs }',
    'same-variable-arguments': 'query ($l: Int) { dog { tricks(level: $l) tricks(level: $l) } }',
    'different-variable-arguments': 'query ($l: Int, $m: Int) { dog { tricks(level: $l) tricks(level: $m) } }',
    'variable-and-literal-argument': 'query ($l: Int) { dog { tricks(level: $l) tricks(level: 1) } }',
    'argument-order-irrelevant': '{ args { multiple(a: 1, b: "x") multiple(b: "x", a: 1) } }',
    'missing-argument-on-one': '{ args { multiple(a: 1, b: "x") multiple(a: 1, b: "x", c: true) } }',
    'list-vs-object-shape': '{ animals { ... on Dog { f: friends { name } } ... on Cat { f: owner { name } } } }',
    'nullable-vs-non-null-shape': '{ thing { ... on Person { k: name } ... on Dog { k: name } } }',
    'disjoint-types-different-args': '{ pet { ... on Dog { knows(command: SIT) } ... on Cat { knows(command: STAY) } } }',
    'same-parent-different-args-via-interface': '{ dog { ... on Dog { tricks(level: 1) } ... on Animal { ... on Dog { tricks(level: 2) } } } }',
    'alias-of-typename': '{ dog { name: __typename name } }',
    'deep-fragment-cycle-free-conflict': '{ person { ...P } } fragment P on Person { pets { ...Q } best { ... on Dog { name } } } fragment Q on Animal { name: legs }',
    'repeated-fragment-ok': '{ dog { ...F } dog { ...F } } fragment F on Dog { name owner { name } }',
    'directive-differences-ok': '{ dog { name @include(if: true) name @skip(if: false) } }',
    'subscription-duplicate-merge': 'subscription { newDog { name } newDog { name: barks } }',
    'conflict-between-fragments-in-list': '{ animals { ...A ...B } } fragment A on Animal { ... on Dog { v: barks } } fragment B on Animal { ... on Dog { v: legs } }',
  };
  return Object.entries(documents).map(([name, query]) => makeCase(`edge/overlap/${name}`, zooSchema, query, { rootValue: zooRoot }));
}

/** Numeric strings where Int and Float are expected, read as JavaScript's Number(text) reads them. */
function numericStringCases() {
  const texts = [
    '\u00a07', '\t7\n', '0x10', '0X1f', '0b11', '0o17', 'Infinity', '-Infinity', '+7', '-0', '.5', '5.', '1e1000',
    '1_000', '07', '7e-1', '2147483648', '1e9', '  ', '\u20287', '\ufeff7', '- 7', '0x', '1e', '+-1', '0.0000001',
  ];
  const schema = 'type Query { int: Int float: Float boolean: Boolean id: ID }';
  const cases = [];
  for (const text of texts) {
    cases.push(makeCase(`edge/numeric-string/${slug(text)}`, schema, '{ int float boolean id }', {
      rootValue: { int: text, float: text, boolean: text, id: text },
    }));
  }
  return cases;
}

/** The same number spelt in different ways in JSON variables and root values. */
function numberSpellingCases() {
  const spellings = ['1e400', '-1e400', '1e-400', '12345678901234567890', '-9223372036854775809', '0.1', '2147483647.5', '1E2', '-0', '5e-324', '2147483647.0', '-2147483648e0'];
  const schema = 'type Query { int(v: Int): Int float(v: Float): Float id(v: ID): ID string: String list: [Float] }';
  const cases = [];
  for (const spelling of spellings) {
    for (const type of ['Int', 'Float', 'ID']) {
      const field = type.toLowerCase();
      cases.push(makeCase(`edge/number-spelling/variable-${type}/${spelling}`, schema, `query ($v: ${type}) { ${field}(v: $v) }`, {
        variables: { v: raw(spelling) },
      }));
      cases.push(makeCase(`edge/number-spelling/literal-${type}/${spelling}`, schema, `{ ${field}(v: ${spelling}) }`));
    }
    cases.push(makeCase(`edge/number-spelling/output/${spelling}`, schema, '{ int float id string list }', {
      rootValue: { int: raw(spelling), float: raw(spelling), id: raw(spelling), string: raw(spelling), list: [raw(spelling)] },
    }));
  }
  return cases;
}

/** Errors raised inside fragments: their paths use response keys, and null propagation crosses fragments. */
function fragmentErrorCases() {
  const schema = `
interface Node { id: ID! }
type Item implements Node { id: ID! price: Float! parts: [Item!] tag: String }
type Query { node: Node items: [Item] first: Item! }
`;
  const bad = { __typename: 'Item', id: 'b', price: 'free', parts: [{ id: 'p', price: null }] };
  const rows = [
    ['inline-fragment', '{ node { ... on Item { cost: price } } }', { node: bad }],
    ['named-fragment', '{ items { ...I } } fragment I on Item { id price }', { items: [{ id: 'a', price: 1 }, bad] }],
    ['nested-fragment-parts', '{ node { ...N } } fragment N on Node { id ... on Item { parts { id price } } }', { node: bad }],
    ['non-null-root-through-fragment', '{ ...Q } fragment Q on Query { first { price } }', { first: bad }],
    ['alias-inside-fragment', '{ items { ... on Item { p: price t: tag } } }', { items: [bad, null] }],
    ['same-field-in-two-fragments', '{ first { ...A ...B } } fragment A on Item { price } fragment B on Item { price tag }', { first: bad }],
  ];
  return rows.map(([name, query, rootValue]) => makeCase(`edge/fragment-errors/${name}`, schema, query, { rootValue }));
}

/** Validation stops at 100 errors, as graphql-js does; which errors make the cut depends on the order of the rules. */
function manyErrorCases() {
  const fields = (count, name) => Array.from({ length: count }, (_, i) => `${name}${i}`).join(' ');
  return [
    makeCase('edge/many-errors/99-unknown-fields', zooSchema, `{ dog { ${fields(99, 'x')} } }`, { rootValue: zooRoot }),
    makeCase('edge/many-errors/100-unknown-fields', zooSchema, `{ dog { ${fields(100, 'x')} } }`, { rootValue: zooRoot }),
    makeCase('edge/many-errors/150-unknown-fields', zooSchema, `{ dog { ${fields(150, 'x')} } }`, { rootValue: zooRoot }),
    makeCase('edge/many-errors/mixed-rules', zooSchema, `query ($u: Int) { dog { ${fields(60, 'x')} } cat { ${fields(60, 'y')} } ...Missing }`, { rootValue: zooRoot }),
    makeCase('edge/many-errors/unused-variables', zooSchema, `query (${Array.from({ length: 120 }, (_, i) => `$v${i}: Int`).join(', ')}) { dog { name } }`, { rootValue: zooRoot }),
  ];
}

/** Variables through fragments, several operations, directives on variable definitions, and nested positions. */
function variableFlowCases() {
  const rows = [
    ['shared-fragment-defined-in-both', 'query A($l: Int) { dog { ...T } } query B($l: Int) { dog { ...T } } fragment T on Dog { tricks(level: $l) }', { l: 2 }, 'B'],
    ['shared-fragment-defined-in-one', 'query A($l: Int) { dog { ...T } } query B { dog { ...T } } fragment T on Dog { tricks(level: $l) }', { l: 2 }, 'A'],
    ['nested-fragment-variable', 'query ($c: Command!) { dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { knows(command: $c) }', { c: 'SIT' }],
    ['directive-on-variable-definition', 'query ($v: Int @onVar) { args { int(v: $v) } }', { v: 1 }],
    ['variable-in-nested-list', 'query ($v: Int!) { args { nested(v: [[$v], [1, $v]]) } }', { v: 3 }],
    ['nullable-variable-in-nested-list-item', 'query ($v: Int) { args { nonNullList(v: [$v]) } }', { v: 3 }],
    ['variable-in-object-in-list', 'query ($s: String) { args { filter(v: {required: true, tags: [$s, "b"]}) } }', { s: 'a' }],
    ['null-variable-in-non-null-list-item', 'query ($s: String!) { args { filter(v: {required: true, tags: [$s]}) } }', { s: null }],
    ['variable-as-whole-input-object', 'query ($f: Filter!) { args { filter(v: $f) } }', { f: { required: false, nested: { required: true, tags: 'x' } } }],
    ['variable-object-nested-error-path', 'query ($f: Filter!) { args { filter(v: $f) } }', { f: { required: false, nested: { required: true, nested: { minLegs: 'four' } } } }],
    ['variable-list-error-index', 'query ($l: [Int!]!) { args { nonNullList(v: $l) } }', { l: [1, 2, 'three', null] }],
    ['one-of-in-variable-list', 'query ($c: Choice!) { args { choice(v: $c) } }', { c: { cat: 2147483648 } }],
    ['unused-operation-variable-error', 'query A($v: Int!) { dog { name } } query B { cat { name } }', {}, 'B'],
    ['skip-on-fragment-with-variable-default', 'query ($s: Boolean = false) { dog { ... @skip(if: $s) { name } ...F @include(if: $s) } } fragment F on Dog { legs }', {}],
  ];
  return rows.map(([name, query, variables, operationName]) =>
    makeCase(`edge/variable-flow/${name}`, zooSchema, query, { variables, operationName, rootValue: zooRoot }));
}

/** Schemas built from definitions and extensions: where extended fields, members and values land in introspection. */
function extensionCases() {
  const schema = `
type Query { a: Int }
extend type Query { b: String }
interface Named { name: String }
extend interface Named { nick: String }
type Person implements Named { name: String nick: String }
extend type Person { age: Int }
type Robot { serial: ID }
extend type Robot implements Named { name: String nick: String }
union Being = Person
extend union Being = Robot
enum Mood { HAPPY }
extend enum Mood { SAD @deprecated(reason: "Cheer up.") }
input Query2 { x: Int }
extend input Query2 { y: [Int] = [1] }
scalar Stamp
extend scalar Stamp @specifiedBy(url: "https://example.com/stamp")
type Mutation { m: Int }
extend schema { mutation: Mutation }
extend type Query { being: Being mood: Mood stamp: Stamp q(arg: Query2): Int }
`;
  const queries = {
    'query-fields': '{ __type(name: "Query") { fields { name args { name type { name } } } } }',
    'interface-fields-and-implementations': '{ __type(name: "Named") { fields { name } possibleTypes { name } } }',
    'object-interfaces': '{ r: __type(name: "Robot") { interfaces { name } fields { name } } p: __type(name: "Person") { fields { name } } }',
    'union-members': '{ __type(name: "Being") { possibleTypes { name } } }',
    'enum-values': '{ __type(name: "Mood") { enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }',
    'input-fields': '{ __type(name: "Query2") { inputFields { name defaultValue } } }',
    'scalar-specified-by': '{ __type(name: "Stamp") { specifiedByURL } }',
    'schema-roots': '{ __schema { queryType { name } mutationType { name fields { name } } } }',
    'execute-extended': '{ a b being { __typename ... on Robot { serial nick } ... on Person { age } } mood stamp }',
  };
  const root = { a: 1, b: 'two', being: { __typename: 'Robot', serial: 7, nick: 'R2' }, mood: 'SAD', stamp: { at: 5 } };
  return Object.entries(queries).map(([name, query]) => makeCase(`edge/extensions/${name}`, schema, query, { rootValue: root }));
}

function miscellaneousCases() {
  const rows = [
    ['subscription-typename-only', 'subscription { __typename }'],
    ['subscription-skipped-field', 'subscription { newDog @skip(if: true) { name } newCat { name } }'],
    ['custom-scalar-literal-with-variables', 'query ($x: Int) { args { json(v: {a: $x, b: [$x, {c: $x}]}) } }'],
    ['custom-scalar-any-literal', '{ args { a: json(v: SIT) b: json(v: null) c: json(v: [1, "x", true, 1.5]) } }'],
    ['typename-on-union-without-fragment', '{ pet { __typename } thing { __typename } }'],
    ['introspection-inside-fragment-on-query', '{ ...F } fragment F on Query { __schema { queryType { name } } }'],
    ['field-named-like-introspection-type', '{ __type(name: "__Schema") { name kind fields { name } } }'],
    ['unknown-type-in-inline-fragment-deep', '{ dog { owner { pets { ... on Fish { fins } } } } }'],
    ['argument-on-typename', '{ __typename(x: 1) }'],
    ['directive-on-typename', '{ __typename @skip(if: true) dog { name } }'],
    ['alias-on-introspection', '{ s: __schema { t: types { n: name } } }'],
    ['variables-in-introspection-args', 'query ($d: Boolean!) { __type(name: "Genre") { name } t: __type(name: "Dog") { fields(includeDeprecated: $d) { name } } }'],
  ];
  return rows.map(([name, query]) => makeCase(`edge/misc/${name}`, zooSchema, query, { variables: { x: 1, d: true }, rootValue: zooRoot }));
}
