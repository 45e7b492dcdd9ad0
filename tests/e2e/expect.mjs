// Assertions the end-to-end suites share.
import assert from 'node:assert/strict';
import { mutate, operationCount } from './clients.mjs';

/** Runs `act` and asserts that it left the operation log of `endpoint` as it found it. */
export async function withoutLogChange(endpoint, act) {
  const before = await operationCount(endpoint);
  await act();
  assert.equal(await operationCount(endpoint), before, 'a refused request appended an operation');
}

/**
 * Sends each `[name, input, expected]` of `expectations` as the batch mutation `mutation`: the request's status and
 * every handle's are the expected one, and the log is unchanged.
 */
export async function expectBatchRefusals(endpoint, mutation, expectations) {
  for (const [name, request, expected] of expectations) {
    await withoutLogChange(endpoint, async () => {
      const answer = await mutate(endpoint, mutation, request);
      assert.equal(answer.status, expected, name);
      assert.ok(answer.results.every((r) => r.status === expected), `${name}: every handle gets the request's status`);
      assert.deepEqual(answer.results.map((r) => r.handle), request.handles, `${name}: one result per handle listed`);
    });
  }
}
