// Runs the whole corpus through graphql-js and through the engine (one process each) and checks, case by case,
// that they agree. Needs the Release build of tests/GraphQlFollows.Conformance (tests/run.sh builds it).
// Run: node --test tests/conformance/
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { differences } from './compare.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repository = join(here, '..', '..');
const engineRunner = join(repository, 'tests/GraphQlFollows.Conformance/bin/Release/net10.0/GraphQlFollows.Conformance.dll');

const corpusDir = join(here, 'corpus');
const input = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.jsonl'))
  .sort()
  .map((name) => readFileSync(join(corpusDir, name), 'utf8'))
  .join('');

const ids = input.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line).id);

const reference = run('node', [join(here, 'graphql-js-runner.mjs')]);
const engine = existsSync(engineRunner)
  ? run('dotnet', [engineRunner])
  : new Error(`${engineRunner} is missing: run dotnet build -c Release first`);

test('the corpus is large enough and its ids are unique', () => {
  assert.ok(ids.length >= 600, `only ${ids.length} cases`);
  assert.equal(new Set(ids).size, ids.length);
});

for (const id of ids) {
  test(id, () => {
    assert.ok(!(reference instanceof Error), `graphql-js runner failed: ${reference.message}`);
    assert.ok(!(engine instanceof Error), `engine runner failed: ${engine.message}`);
    const expected = reference.get(id);
    const actual = engine.get(id);
    assert.ok(expected, 'graphql-js gave no output for this case');
    assert.ok(actual, 'the engine gave no output for this case');
    const problems = differences(expected, actual);
    assert.deepEqual(problems, [], problems.join('\n'));
  });
}

/** Runs one runner over the whole corpus; its outputs by case id, or the Error that stopped it. */
function run(command, args) {
  const child = spawnSync(command, args, { input, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 600_000 });
  if (child.error || child.status !== 0) {
    return new Error(`${command} ${args.join(' ')} exited with ${child.error ?? child.status}: ${child.stderr.slice(0, 2000)}`);
  }
  const outputs = new Map();
  for (const line of child.stdout.split('\n')) {
    if (line.trim() !== '') {
      const output = JSON.parse(line);
      outputs.set(output.id, output);
    }
  }
  return outputs;
}
