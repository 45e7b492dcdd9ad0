// How a reference result and an engine result are compared. Messages may differ, and so may the number of errors
// reported for one problem; what must agree is the verdict, the data, and the sets of error paths and locations.

/** schemaErrors, requestError (no data: the request never ran) or executed. */
export function verdictOf(output) {
  if ('schemaErrors' in output) {
    return 'schemaErrors';
  }
  if ('crash' in output || !('result' in output)) {
    return 'crash';
  }
  return 'data' in output.result ? 'executed' : 'requestError';
}

/** Differences between the two outputs of one case, as readable lines; empty when they agree. */
export function differences(reference, engine) {
  const expected = verdictOf(reference);
  const actual = verdictOf(engine);
  if (actual === 'crash') {
    return [`engine crashed: ${engine.crash ?? JSON.stringify(engine)}`];
  }
  if (expected !== actual) {
    return [`verdict: expected ${expected} but got ${actual} (${summary(engine)})`];
  }
  if (expected === 'schemaErrors') {
    return [];
  }
  const problems = [];
  const expectedData = canonicalData(reference.result.data);
  const actualData = canonicalData(engine.result.data);
  if (expectedData !== actualData) {
    problems.push(`data: expected ${expectedData} but got ${actualData}`);
  }
  compareSets(problems, 'error paths', pathsOf(reference.result), pathsOf(engine.result));
  compareSets(problems, 'error locations', locationsOf(reference.result), locationsOf(engine.result));
  return problems;
}

function summary(output) {
  if (output.schemaErrors) {
    return output.schemaErrors.join(' | ');
  }
  return (output.result.errors ?? []).map((e) => e.message).join(' | ') || 'no errors';
}

function compareSets(problems, what, expected, actual) {
  const e = [...expected].sort();
  const a = [...actual].sort();
  if (JSON.stringify(e) !== JSON.stringify(a)) {
    problems.push(`${what}: expected ${e.join(' ') || 'none'} but got ${a.join(' ') || 'none'}`);
  }
}

function pathsOf(result) {
  return new Set((result.errors ?? []).map((e) => JSON.stringify(e.path ?? null)));
}

function locationsOf(result) {
  return new Set((result.errors ?? []).flatMap((e) => (e.locations ?? []).map((l) => `${l.line}:${l.column}`)));
}

// Introspection results differ in two ways the specification allows, so both sides are normalised before comparing:
// - built-in types and directives carry each implementation's own prose as descriptions;
// - graphql-js 17 adds experimental parts the September 2025 specification lacks: directive deprecation
//   (__Schema.directives(includeDeprecated:), __Directive.isDeprecated and deprecationReason), the
//   FRAGMENT_VARIABLE_DEFINITION and DIRECTIVE_DEFINITION locations, and @deprecated on directive definitions.
// The order of __Schema.types is not specified either, so it is sorted by name.
const builtInNames = new Set([
  'String', 'Int', 'Float', 'Boolean', 'ID',
  '__Schema', '__Type', '__TypeKind', '__Field', '__InputValue', '__EnumValue', '__Directive', '__DirectiveLocation',
  'include', 'skip', 'deprecated', 'specifiedBy', 'oneOf',
]);
const experimentalDirectiveFields = new Set(['isDeprecated', 'deprecationReason']);
const experimentalLocations = new Set(['FRAGMENT_VARIABLE_DEFINITION', 'DIRECTIVE_DEFINITION']);

function canonicalData(data) {
  return JSON.stringify(normalize(data, false));
}

function normalize(value, insideBuiltIn) {
  if (Array.isArray(value)) {
    return value.map((item) => normalize(item, insideBuiltIn));
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  const builtIn = insideBuiltIn || builtInNames.has(value.name);
  const result = {};
  for (const [key, item] of Object.entries(value)) {
    if (builtIn && key === 'description') {
      continue;
    }
    result[key] = normalizeEntry(value.name, key, normalize(item, builtIn));
  }
  return result;
}

function normalizeEntry(ownerName, key, value) {
  if (!Array.isArray(value)) {
    return value;
  }
  const named = value.every((item) => item !== null && typeof item === 'object' && typeof item.name === 'string');
  if (key === 'types' && named) {
    return [...value].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  if (ownerName === '__Directive' && key === 'fields' && named) {
    return value.filter((field) => !experimentalDirectiveFields.has(field.name));
  }
  if (ownerName === 'directives' && key === 'args' && named) {
    return value.filter((arg) => arg.name !== 'includeDeprecated');
  }
  if (ownerName === '__DirectiveLocation' && key === 'enumValues' && named) {
    return value.filter((v) => !experimentalLocations.has(v.name));
  }
  if (ownerName === 'deprecated' && key === 'locations') {
    return value.filter((location) => location !== 'DIRECTIVE_DEFINITION');
  }
  return value;
}
