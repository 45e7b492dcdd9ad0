// Writes the generated part of the conformance corpus: corpus/<topic>.jsonl, one case per line.
// Deterministic: running it twice gives the same files. Hand-written cases live in corpus/hand-written.jsonl,
// which this script leaves alone. Usage: node tests/conformance/make-corpus.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { toJsonLine } from './cases/case.mjs';
import { validationCases, validationRules } from './cases/validation.mjs';
import { inputCoercionCases } from './cases/input-coercion.mjs';
import { outputCoercionCases } from './cases/output-coercion.mjs';
import { executionCases } from './cases/execution.mjs';
import { introspectionCases } from './cases/introspection.mjs';
import { syntaxCases } from './cases/syntax.mjs';
import { schemaCases } from './cases/schemas.mjs';
import { edgeCases } from './cases/edge.mjs';

const topics = {
  validation: validationCases(),
  'input-coercion': inputCoercionCases(),
  'output-coercion': outputCoercionCases(),
  execution: executionCases(),
  introspection: introspectionCases(),
  syntax: syntaxCases(),
  schemas: schemaCases(),
  edge: edgeCases(),
};

checkValidationCases();
checkUniqueIds();

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
for (const [topic, cases] of Object.entries(topics)) {
  writeFileSync(join(corpusDir, `${topic}.jsonl`), cases.map((c) => toJsonLine(c) + '\n').join(''));
  console.log(`${topic}: ${cases.length} cases`);
}

/** Each rule of specifiedRules is covered, and each document breaks exactly the rules its name claims. */
function checkValidationCases() {
  for (const rule of specifiedRules) {
    const entry = validationRules[rule.name];
    if (!entry || entry.valid.length < 3 || entry.invalid.length < 3) {
      throw new Error(`${rule.name} needs at least three valid and three invalid documents`);
    }
  }
  for (const testCase of topics.validation) {
    const [, ruleName, kind] = testCase.id.split('/');
    const rule = specifiedRules.find((r) => r.name === `${ruleName}Rule`);
    const errors = validate(buildSchema(testCase.schema), parse(testCase.query), [rule]);
    if (kind.startsWith('valid') !== (errors.length === 0)) {
      throw new Error(`${testCase.id}: expected ${kind} but got ${errors.map((e) => e.message).join('; ') || 'no error'}`);
    }
    if (kind.startsWith('valid')) {
      const all = validate(buildSchema(testCase.schema), parse(testCase.query), specifiedRules);
      const allowed = validationRules[`${ruleName}Rule`].validWithUnusedVariable ? ['Variable "$unused" is never used.'] : [];
      if (JSON.stringify(all.map((e) => e.message)) !== JSON.stringify(allowed)) {
        throw new Error(`${testCase.id}: valid document breaks other rules: ${all.map((e) => e.message).join('; ')}`);
      }
    }
  }
}

function checkUniqueIds() {
  const seen = new Set();
  for (const testCase of Object.values(topics).flat()) {
    if (seen.has(testCase.id)) {
      throw new Error(`duplicate case id ${testCase.id}`);
    }
    seen.add(testCase.id);
  }
}
