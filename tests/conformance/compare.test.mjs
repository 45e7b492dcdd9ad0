// The comparison itself: what it lets pass and what it reports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { differences, verdictOf } from './compare.mjs';

const executed = (data, errors) => ({ id: 'x', result: errors ? { data, errors } : { data } });
const requestError = (...errors) => ({ id: 'x', result: { errors } });

test('verdicts tell schema errors, request errors, executed requests and crashes apart', () => {
  assert.equal(verdictOf({ id: 'x', schemaErrors: ['bad'] }), 'schemaErrors');
  assert.equal(verdictOf(requestError({ message: 'm' })), 'requestError');
  assert.equal(verdictOf(executed(null, [{ message: 'm', path: ['a'] }])), 'executed');
  assert.equal(verdictOf({ id: 'x', crash: 'boom' }), 'crash');
});

test('messages and the order of errors may differ', () => {
  const reference = executed({ a: null, b: null }, [
    { message: 'one', locations: [{ line: 1, column: 3 }], path: ['a'] },
    { message: 'two', locations: [{ line: 1, column: 5 }], path: ['b'] },
  ]);
  const engine = executed({ a: null, b: null }, [
    { message: 'deux', locations: [{ line: 1, column: 5 }], path: ['b'] },
    { message: 'un', locations: [{ line: 1, column: 3 }], path: ['a'] },
  ]);
  assert.deepEqual(differences(reference, engine), []);
});

test('a different verdict, crash, data, key order, error path or location is reported', () => {
  const reference = executed({ a: 1, b: 2 }, [{ message: 'm', locations: [{ line: 1, column: 3 }], path: ['a'] }]);
  const cases = [
    requestError({ message: 'm' }),
    { id: 'x', crash: 'boom' },
    executed({ a: 1, b: 3 }, [{ message: 'm', locations: [{ line: 1, column: 3 }], path: ['a'] }]),
    executed({ b: 2, a: 1 }, [{ message: 'm', locations: [{ line: 1, column: 3 }], path: ['a'] }]),
    executed({ a: 1, b: 2 }, [{ message: 'm', locations: [{ line: 1, column: 3 }], path: ['b'] }]),
    executed({ a: 1, b: 2 }, [{ message: 'm', locations: [{ line: 2, column: 3 }], path: ['a'] }]),
    executed({ a: 1, b: 2 }),
  ];
  for (const engine of cases) {
    assert.notDeepEqual(differences(reference, engine), [], JSON.stringify(engine));
  }
});

test('request errors are compared by their locations', () => {
  const reference = requestError({ message: 'a', locations: [{ line: 1, column: 2 }] });
  assert.deepEqual(differences(reference, requestError({ message: 'b', locations: [{ line: 1, column: 2 }] })), []);
  assert.notDeepEqual(differences(reference, requestError({ message: 'a', locations: [{ line: 1, column: 9 }] })), []);
});

test('introspection: built-in descriptions, graphql-js experiments and the order of types are not compared', () => {
  const reference = executed({
    __schema: {
      types: [
        { name: 'String', description: 'graphql-js prose' },
        { name: 'Query', description: 'Root.' },
        { name: '__Directive', fields: [{ name: 'name', description: 'x' }, { name: 'isDeprecated' }, { name: 'deprecationReason' }] },
        { name: '__Schema', fields: [{ name: 'directives', args: [{ name: 'includeDeprecated' }] }] },
        { name: '__DirectiveLocation', enumValues: [{ name: 'QUERY' }, { name: 'FRAGMENT_VARIABLE_DEFINITION' }, { name: 'DIRECTIVE_DEFINITION' }] },
      ],
      directives: [{ name: 'deprecated', description: 'prose', locations: ['FIELD_DEFINITION', 'DIRECTIVE_DEFINITION'] }],
    },
  });
  const engine = executed({
    __schema: {
      types: [
        { name: 'Query', description: 'Root.' },
        { name: 'String', description: 'other prose' },
        { name: '__DirectiveLocation', enumValues: [{ name: 'QUERY' }] },
        { name: '__Directive', fields: [{ name: 'name', description: 'y' }] },
        { name: '__Schema', fields: [{ name: 'directives', args: [] }] },
      ],
      directives: [{ name: 'deprecated', description: 'other', locations: ['FIELD_DEFINITION'] }],
    },
  });
  assert.deepEqual(differences(reference, engine), []);
});

test('descriptions of the schema\'s own types are compared', () => {
  const reference = executed({ __type: { name: 'Query', description: 'Root.' } });
  const engine = executed({ __type: { name: 'Query', description: 'Root' } });
  assert.notDeepEqual(differences(reference, engine), []);
});
