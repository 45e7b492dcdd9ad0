// Input coercion: every input kind given as a literal and as a variable, at edge values.
// With default resolvers the coerced value is not echoed back, so these cases compare verdicts and error
// positions; Boolean variables are also observed through @skip/@include.
import { literal, makeCase, raw, RawNumber, slug } from './case.mjs';
import { zooRoot, zooSchema } from './zoo-schema.mjs';

const edgeValues = [
  0, 1, -1, 2147483647, -2147483648, 2147483648, -2147483649, raw('1.0'), 1.5, raw('1e3'), raw('-0.0'),
  '1', '', 'SIT', true, false, null, [1], [], { a: 1 },
];

const scalarArguments = { Int: 'int', Float: 'float', String: 'string', Boolean: 'boolean', ID: 'id', Command: 'command' };

/** Enum values cannot be spelled as JSON; as literals they are bare names. */
const literalOnly = ['SIT', 'sit', 'NOPE', 'true', '"""block"""', '"\\u00e9"', '12345678901234567890', '-0', '1e-3', '0.5e+2'];

export function inputCoercionCases() {
  return [
    ...scalarCases(),
    ...listCases(),
    ...inputObjectCases(),
    ...oneOfCases(),
    ...variableDefaultCases(),
  ];
}

function scalarCases() {
  const cases = [];
  for (const [type, field] of Object.entries(scalarArguments)) {
    for (const value of edgeValues) {
      if (typeof value !== 'object' || value === null || value instanceof RawNumber) {
        cases.push(makeCase(`input/literal/${type}/${slug(value)}`, zooSchema, `{ args { ${field}(v: ${literal(value)}) } }`, { rootValue: zooRoot }));
      }
      cases.push(makeCase(`input/variable/${type}/${slug(value)}`, zooSchema, `query ($v: ${type}) { args { ${field}(v: $v) } }`, {
        variables: { v: value }, rootValue: zooRoot,
      }));
    }
    for (const text of literalOnly) {
      cases.push(makeCase(`input/literal/${type}/bare-${text}`, zooSchema, `{ args { ${field}(v: ${text}) } }`, { rootValue: zooRoot }));
    }
    cases.push(makeCase(`input/variable/${type}/absent`, zooSchema, `query ($v: ${type}) { args { ${field}(v: $v) } }`, { variables: {}, rootValue: zooRoot }));
    cases.push(makeCase(`input/variable/${type}!/absent`, zooSchema, `query ($v: ${type}!) { args { ${field}(v: $v) } }`, { rootValue: zooRoot }));
    cases.push(makeCase(`input/variable/${type}!/null`, zooSchema, `query ($v: ${type}!) { args { ${field}(v: $v) } }`, { variables: { v: null }, rootValue: zooRoot }));
  }
  return cases;
}

function listCases() {
  const cases = [];
  const literals = {
    list: ['1', '[1, 2]', '[1, null]', '[]', '[1, "a"]', '[[1]]', 'null', '"1"'],
    nonNullList: ['1', '[1, 2]', '[1, null]', '[]', 'null', '[null]'],
    nested: ['1', '[1, 2]', '[[1], 2]', '[[1, 2], [3]]', '[[1, "x"]]', '[[[1]]]', '[null, [null]]', 'null'],
  };
  for (const [field, values] of Object.entries(literals)) {
    for (const text of values) {
      cases.push(makeCase(`input/literal/${field}/${text.replace(/\s+/g, '')}`, zooSchema, `{ args { ${field}(v: ${text}) } }`, { rootValue: zooRoot }));
    }
  }
  const variables = {
    '[Int]': { field: 'list', values: [1, [1, 2], [1, null], [], [1, 'a'], [[1]], null, '1', raw('2.0'), [raw('2.0'), 2147483648]] },
    '[Int!]!': { field: 'nonNullList', values: [1, [1, 2], [1, null], [], null, [null]] },
    '[[Int]]': { field: 'nested', values: [1, [1, 2], [[1], 2], [[1, 2], [3]], [[1, 'x']], [[[1]]], [null, [null]], null] },
  };
  for (const [type, { field, values }] of Object.entries(variables)) {
    for (const value of values) {
      cases.push(makeCase(`input/variable/${type}/${slug(value)}`, zooSchema, `query ($v: ${type}) { args { ${field}(v: $v) } }`, {
        variables: { v: value }, rootValue: zooRoot,
      }));
    }
  }
  cases.push(makeCase('input/variable/item-in-list-literal', zooSchema, 'query ($v: Int) { args { list(v: [1, $v]) } }', { variables: { v: 'x' }, rootValue: zooRoot }));
  cases.push(makeCase('input/variable/item-in-list-literal-null', zooSchema, 'query ($v: Int) { args { list(v: [1, $v]) } }', { variables: { v: null }, rootValue: zooRoot }));
  cases.push(makeCase('input/variable/non-null-item-in-non-null-list', zooSchema, 'query ($v: Int!) { args { nonNullList(v: [$v]) } }', { variables: { v: 3 }, rootValue: zooRoot }));
  return cases;
}

function inputObjectCases() {
  const objects = [
    { required: true },
    {},
    { required: true, unknown: 1 },
    { required: null },
    { required: true, nested: { required: false, nested: { required: true } } },
    { required: true, nested: {} },
    { required: true, tags: 'a' },
    { required: true, tags: ['a', null] },
    { required: true, tags: ['a', 'b'] },
    { required: true, minLegs: null },
    { required: true, minLegs: 2147483648 },
    { required: true, species: 5 },
    { required: 'yes' },
    'notAnObject',
    [{ required: true }],
  ];
  const cases = [];
  for (const value of objects) {
    if (typeof value === 'object') {
      cases.push(makeCase(`input/literal/Filter/${slug(value)}`, zooSchema, `{ args { filter(v: ${literal(value)}) } }`, { rootValue: zooRoot }));
    }
    cases.push(makeCase(`input/variable/Filter/${slug(value)}`, zooSchema, 'query ($v: Filter) { args { filter(v: $v) } }', {
      variables: { v: value }, rootValue: zooRoot,
    }));
  }
  const enums = ['SIT', 'sit', 'NOPE', 1];
  for (const command of enums) {
    cases.push(makeCase(`input/variable/Filter/command-${slug(command)}`, zooSchema, 'query ($v: Filter) { args { filter(v: $v) } }', {
      variables: { v: { required: true, command } }, rootValue: zooRoot,
    }));
  }
  cases.push(makeCase('input/literal/Filter/command-enum', zooSchema, '{ args { filter(v: {required: true, command: ROLL}) } }', { rootValue: zooRoot }));
  cases.push(makeCase('input/literal/Filter/command-string', zooSchema, '{ args { filter(v: {required: true, command: "ROLL"}) } }', { rootValue: zooRoot }));
  const nested = [
    ['required-from-non-null-variable', 'query ($b: Boolean!) { args { filter(v: {required: $b}) } }', { b: true }],
    ['required-from-absent-variable', 'query ($b: Boolean!) { args { filter(v: {required: $b}) } }', {}],
    ['required-from-nullable-variable', 'query ($b: Boolean) { args { filter(v: {required: $b}) } }', { b: true }],
    ['required-from-defaulted-variable', 'query ($b: Boolean = true) { args { filter(v: {required: $b}) } }', {}],
    ['optional-from-absent-variable', 'query ($s: String) { args { filter(v: {required: true, species: $s}) } }', {}],
    ['defaulted-field-from-null-variable', 'query ($m: Int) { args { filter(v: {required: true, minLegs: $m}) } }', { m: null }],
  ];
  for (const [name, query, variables] of nested) {
    cases.push(makeCase(`input/variable/Filter/${name}`, zooSchema, query, { variables, rootValue: zooRoot }));
  }
  return cases;
}

function oneOfCases() {
  const values = [{ dog: 'a' }, { cat: 1 }, { dog: 'a', cat: 1 }, {}, { dog: null }, { cat: 'x' }, { bird: 'b' }];
  const cases = [];
  for (const value of values) {
    cases.push(makeCase(`input/literal/oneOf/${slug(value)}`, zooSchema, `{ args { choice(v: ${literal(value)}) } }`, { rootValue: zooRoot }));
    cases.push(makeCase(`input/variable/oneOf/${slug(value)}`, zooSchema, 'query ($v: Choice) { args { choice(v: $v) } }', {
      variables: { v: value }, rootValue: zooRoot,
    }));
  }
  const withVariables = [
    ['nullable-variable', 'query ($d: String) { args { choice(v: {dog: $d}) } }', { d: 'x' }],
    ['non-null-variable', 'query ($d: String!) { args { choice(v: {dog: $d}) } }', { d: 'x' }],
    ['non-null-variable-absent', 'query ($d: String!) { args { choice(v: {dog: $d}) } }', {}],
    ['two-variables', 'query ($d: String!, $c: Int!) { args { choice(v: {dog: $d, cat: $c}) } }', { d: 'x', c: 1 }],
  ];
  for (const [name, query, variables] of withVariables) {
    cases.push(makeCase(`input/variable/oneOf/${name}`, zooSchema, query, { variables, rootValue: zooRoot }));
  }
  return cases;
}

/** Variable defaults, null against absent, and defaults filling non-null positions; @skip shows what was coerced. */
function variableDefaultCases() {
  const skipQuery = (definition) => `query (${definition}) { dog @skip(if: $v) { name } cat { name } }`;
  const rows = [
    ['Boolean!', undefined], ['Boolean!', { v: true }], ['Boolean!', { v: false }], ['Boolean!', { v: null }],
    ['Boolean! = true', undefined], ['Boolean! = true', { v: false }], ['Boolean! = true', { v: null }],
    ['Boolean = true', undefined], ['Boolean = true', { v: null }], ['Boolean = false', { v: true }],
    ['Boolean', { v: true }], ['Boolean!', { v: 'true' }], ['Boolean!', { v: 1 }], ['Boolean!', { v: [true] }],
  ];
  const cases = [];
  for (const [definition, variables] of rows) {
    const usable = definition.startsWith('Boolean!') || definition.includes('=');
    const query = usable ? skipQuery(`$v: ${definition}`) : `query ($v: ${definition}) { args { boolean(v: $v) } }`;
    const valuePart = variables === undefined ? 'absent' : slug(variables.v);
    cases.push(makeCase(`input/default/${slug(definition)}/${valuePart}`, zooSchema, query, { variables, rootValue: zooRoot }));
  }
  const argumentRows = [
    ['int-default-absent', 'query ($v: Int = 3) { args { nonNullInt(v: $v) } }', undefined],
    ['int-default-null', 'query ($v: Int = 3) { args { nonNullInt(v: $v) } }', { v: null }],
    ['int-default-given', 'query ($v: Int = 3) { args { nonNullInt(v: $v) } }', { v: 4 }],
    ['non-null-int-default-absent', 'query ($v: Int! = 3) { args { nonNullInt(v: $v) } }', {}],
    ['non-null-int-default-null', 'query ($v: Int! = 3) { args { nonNullInt(v: $v) } }', { v: null }],
    ['non-null-variable-in-nullable-position-default', 'query ($v: Int! = 3) { args { int(v: $v) } }', {}],
    ['non-null-variable-in-nullable-position-given', 'query ($v: Int! = 3) { args { int(v: $v) } }', { v: 5 }],
    ['non-null-variable-in-nullable-position-null', 'query ($v: Int! = 3) { args { int(v: $v) } }', { v: null }],
    ['non-null-list-variable-default', 'query ($v: [Int!]! = [1]) { args { list(v: $v) nonNullList(v: $v) } }', {}],
    ['argument-default-variable-null', 'query ($v: Int) { args { withDefault(v: $v) } }', { v: null }],
    ['argument-default-variable-absent', 'query ($v: Int) { args { withDefault(v: $v) } }', {}],
    ['default-of-wrong-type', 'query ($v: Int = "three") { args { int(v: $v) } }', {}],
    ['default-list-coerced', 'query ($v: [Int] = 1) { args { list(v: $v) } }', {}],
    ['default-object', 'query ($v: Filter = {required: false}) { args { filter(v: $v) } }', {}],
    ['default-object-missing-required', 'query ($v: Filter = {species: "x"}) { args { filter(v: $v) } }', {}],
    ['default-enum', 'query ($v: Command = STAY) { dog { knows(command: $v) } }', {}],
    ['extra-variable-ignored', 'query ($v: Int) { args { int(v: $v) } }', { v: 1, other: 'x' }],
    ['variables-null-field', 'query ($v: Int) { args { int(v: $v) } }', { v: raw('1') }],
  ];
  for (const [name, query, variables] of argumentRows) {
    cases.push(makeCase(`input/default/${name}`, zooSchema, query, { variables, rootValue: zooRoot }));
  }
  return cases;
}
