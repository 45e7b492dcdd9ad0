// Output coercion: each scalar and enum field fed every kind of JSON value from the root value.
import { makeCase, raw, slug } from './case.mjs';

const schema = `
enum Color { RED GREEN BLUE }
scalar Json
type Query {
  int: Int
  float: Float
  string: String
  boolean: Boolean
  id: ID
  color: Color
  json: Json
  nonNullInt: Int!
  ints: [Int]
  colors: [Color!]
}
`;

const values = [
  0, 7, -7, 2147483647, 2147483648, -2147483648, -2147483649, raw('1.0'), 1.5, -0.5, raw('1e3'), raw('1e21'),
  9007199254740991, raw('-0.0'), '7', '1.5', '-12', '1e3', ' 7', '', 'abc', 'RED', true, false, null, [], [7], {}, { a: 1 },
];

export function outputCoercionCases() {
  const cases = [];
  for (const field of ['int', 'float', 'string', 'boolean', 'id', 'color']) {
    for (const value of values) {
      cases.push(makeCase(`output/${field}/${slug(value)}`, schema, `{ ${field} }`, { rootValue: { [field]: value } }));
    }
  }
  for (const value of ['GREEN', 'green', 'PURPLE', 1, null, [1, 'a'], { nested: [true, null, 2.5] }, raw('1.0')]) {
    cases.push(makeCase(`output/json/${slug(value)}`, schema, '{ json }', { rootValue: { json: value } }));
  }
  for (const value of [7, null, '7', 'x', raw('2.5')]) {
    cases.push(makeCase(`output/nonNullInt/${slug(value)}`, schema, '{ nonNullInt int }', { rootValue: { nonNullInt: value, int: 1 } }));
  }
  const lists = [[1, 2], [1, '2', null, 'x', 2.5, true], 7, 'abc', {}, [], null, [[1]]];
  for (const value of lists) {
    cases.push(makeCase(`output/ints/${slug(value)}`, schema, '{ ints }', { rootValue: { ints: value } }));
  }
  const colorLists = [['RED', 'BLUE'], ['RED', null], ['RED', 'PINK'], 'RED', []];
  for (const value of colorLists) {
    cases.push(makeCase(`output/colors/${slug(value)}`, schema, '{ colors int }', { rootValue: { colors: value, int: 2 } }));
  }
  cases.push(makeCase('output/missing-fields', schema, '{ int float string boolean id color json ints colors }', { rootValue: {} }));
  cases.push(makeCase('output/no-root-value', schema, '{ int string ints }'));
  return cases;
}
