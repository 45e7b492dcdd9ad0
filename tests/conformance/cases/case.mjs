// Shared helpers for the corpus generator.

/** A number written into the JSON line exactly as given (e.g. 1.0 or 1e3), so the engine sees that spelling. */
export class RawNumber {
  constructor(text) {
    this.text = text;
  }
}

export function raw(text) {
  return new RawNumber(text);
}

/** Builds one case; `extra` may hold variables, operationName and rootValue. */
export function makeCase(id, schema, query, extra = {}) {
  const testCase = { id, schema, query };
  for (const key of ['variables', 'operationName', 'rootValue']) {
    if (extra[key] !== undefined) {
      testCase[key] = extra[key];
    }
  }
  return testCase;
}

const RAW_MARK = '\u0000raw:';

/** One JSON line; RawNumber values keep their spelling. */
export function toJsonLine(testCase) {
  const text = JSON.stringify(testCase, (key, value) =>
    value instanceof RawNumber ? RAW_MARK + value.text : value,
  );
  return text.replace(/"\\u0000raw:([^"]*)"/g, '$1');
}

/** Turns a JS value into GraphQL literal text, for queries built from the same data as variables. */
export function literal(value) {
  if (value instanceof RawNumber) {
    return value.text;
  }
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map(literal).join(', ')}]`;
  }
  if (typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** Describes a value in a case id: its JSON (or raw) spelling. */
export function slug(value) {
  return value instanceof RawNumber ? value.text : JSON.stringify(value);
}
