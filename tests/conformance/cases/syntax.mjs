// Lexer and parser: documents that must fail with a syntax error at a given place, and tricky ones that must
// parse. String decoding is observed through __type(name:), which finds the type only when the name decodes right.
// Left out: an empty selection set ("{ }"), which graphql-js 17 accepts although the specification's grammar
// requires at least one selection.
import { makeCase } from './case.mjs';

const schema = 'type Query { a: Int b(s: String, i: Int, f: Float, l: [Int]): String q: Query }\ntype Omega { z: Int }';
const root = { a: 1, b: 'b', q: { a: 2 } };

const invalid = {
  'empty-document': '',
  'only-comment': '# nothing here',
  'unclosed-selection': '{ a',
  'unexpected-closing': '{ a } }',
  'missing-selection-set': 'query Q',
  'unterminated-string': '{ b(s: "abc) }',
  'unterminated-string-at-newline': '{ b(s: "abc\n") }',
  'bad-escape': '{ b(s: "a\\qb") }',
  'bad-unicode-escape': '{ b(s: "\\u12G4") }',
  'short-unicode-escape': '{ b(s: "\\u12") }',
  'braced-escape-empty': '{ b(s: "\\u{}") }',
  'braced-escape-too-big': '{ b(s: "\\u{110000}") }',
  'braced-escape-unclosed': '{ b(s: "\\u{1F600") }',
  'braced-escape-surrogate': '{ b(s: "\\u{D800}") }',
  'lone-high-surrogate': '{ b(s: "\\uD800") }',
  'lone-low-surrogate': '{ b(s: "\\uDC00x") }',
  'reversed-surrogates': '{ b(s: "\\uDE00\\uD83D") }',
  'unterminated-block-string': '{ b(s: """abc) }',
  'invalid-character': '{ a ? }',
  'invalid-character-caret': '{ a ^ }',
  'non-ascii-name': '{ cafè }',
  'control-character': '{ a \u0007 }',
  'dot': '{ a. }',
  'two-dots': '{ ..a }',
  'number-trailing-dot': '{ b(i: 1.) }',
  'number-leading-dot': '{ b(f: .5) }',
  'number-leading-zero': '{ b(i: 01) }',
  'number-empty-exponent': '{ b(f: 1e) }',
  'number-hex': '{ b(i: 0x1F) }',
  'number-followed-by-name': '{ b(i: 1a) }',
  'number-followed-by-dot-name': '{ b(f: 1.5e3.2) }',
  'minus-alone': '{ b(i: -) }',
  'variable-in-const-default': 'query ($a: Int = $b) { a }',
  'description-on-shorthand': '"Describes" { a }',
  'description-on-selection': '{ "Describes" a }',
  'description-on-extension': '{ a } "Describes" extend type Query { c: Int }',
  'fragment-named-on': 'fragment on on Query { a } { ...on }',
  'fragment-without-type-condition': 'fragment F { a } { ...F }',
  'variable-without-type': 'query ($a) { a }',
  'variable-without-dollar': 'query (a: Int) { a }',
  'argument-without-value': '{ b(s:) }',
  'empty-arguments': '{ b() }',
  'empty-variable-definitions': 'query () { a }',
  'unclosed-list': '{ b(l: [1, 2) }',
  'object-missing-colon': '{ b(s: {x 1}) }',
  'keyword-as-operation': 'querry { a }',
  'alias-without-field': '{ x: }',
  'directive-without-name': '{ a @ }',
  'spread-without-name': '{ ... }',
  'subscription-keyword-missing-body': 'subscription',
  'dollar-space': 'query ($ a: Int) { b(i: $a) }',
  'non-null-twice': 'query ($a: Int!!) { b(i: $a) }',
  'list-type-unclosed': 'query ($a: [Int) { b(l: $a) }',
  'string-with-raw-newline-crlf': '{ b(s: "a\r\nb") }',
};

const valid = {
  'unicode-escape': '{ __type(name: "\\u0051uery") { name } }',
  'braced-unicode-escape': '{ __type(name: "\\u{51}uery") { name } }',
  'braced-unicode-escape-leading-zeros': '{ __type(name: "\\u{000051}uery") { name } }',
  'surrogate-pair': '{ __type(name: "\\uD83D\\uDE00") { name } }',
  'braced-astral': '{ __type(name: "\\u{1F600}") { name } }',
  'escaped-capital': '{ __type(name: "\\u004Fmega") { name } }',
  'literal-non-ascii': '{ __type(name: "Ωmega") { name } }',
  'simple-escapes': '{ __type(name: "\\"\\\\\\/\\b\\f\\n\\r\\t") { name } }',
  'block-string-name': '{ __type(name: """Query""") { name } }',
  'block-string-indented': '{ __type(name: """\n      Query\n    """) { name } }',
  'block-string-escaped-quotes': '{ __type(name: """\\"""Query""") { name } }',
  'block-string-no-escapes': '{ __type(name: """\\u0051uery""") { name } }',
  'description-on-operation': '"Describes the query" query Q { a }',
  'block-description-on-fragment': '{ ...F } """Describes\nthe fragment""" fragment F on Query { a }',
  'description-on-variable': 'query Q("The number" $i: Int = 1) { b(i: $i) }',
  'commas-everywhere': ',,{,a,,b(s:"x",,i:1,),},,',
  'comments': '# leading\n{ # inside\n a # after a\n}\n# trailing',
  'byte-order-mark': '\uFEFF{ a }',
  'crlf-lines': 'query\r\n{\r\n  a\r\n}',
  'cr-lines': 'query\r{\r  a\r}',
  'tabs': '{\ta\tb }',
  'keywords-as-names': '{ query: a fragment: b(s: "x") on: a null: a true: a }',
  'numbers': '{ b(i: -0, f: -1.5e-3) c: b(f: 1E+2) d: b(f: 0.0) e: b(l: [-1, 0, 1]) }',
  'lists-and-objects': '{ b(l: [1, -2]) __type(name: "Query") { fields(includeDeprecated: true) { name } } }',
  'deep-selection': '{ q { q { q { q { q { q { q { q { a } } } } } } } } }',
  'all-in-one-line': 'query Q($i:Int=1,$s:String="x"){x:b(i:$i,s:$s)...on Query{a}}',
};

export function syntaxCases() {
  const cases = [];
  for (const [name, query] of Object.entries(invalid)) {
    cases.push(makeCase(`syntax/invalid/${name}`, schema, query, { rootValue: root }));
  }
  for (const [name, query] of Object.entries(valid)) {
    cases.push(makeCase(`syntax/valid/${name}`, schema, query, { rootValue: root }));
  }
  return cases;
}
