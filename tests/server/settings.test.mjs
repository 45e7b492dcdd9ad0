// A setting out of range stops the server before it starts anything: a non-zero exit code, the setting named on
// standard error, and no database created.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serverDll } from './server.mjs';

async function startRefused(settings) {
  const workDir = mkdtempSync(path.join(tmpdir(), 'gqlf-settings-'));
  try {
    const child = spawn('dotnet', [serverDll, '--urls', 'http://127.0.0.1:0', ...settings], {
      cwd: workDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const [code] = await once(child, 'exit');
    clearTimeout(timer);
    return { code, stdout, stderr, database: existsSync(path.join(workDir, 'follows.db')) };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

for (const [setting, value] of [
  ['Follows:MaxQueuedWrites', '-1'],
  ['Api:KeyCacheSize', '0'],
  ['Webhooks:RetryDelay', '-00:00:01'],
  ['GraphQL:MaxDepth', '0'],
  ['Kestrel:Limits:MaxConcurrentConnections', '-1'],
]) {
  test(`--${setting}=${value} stops the start and names the setting`, async () => {
    const refused = await startRefused([`--${setting}=${value}`]);
    assert.notEqual(refused.code, 0, refused.stdout + refused.stderr);
    assert.match(refused.stderr, new RegExp(`The server did not start: .*${setting}`));
    assert.doesNotMatch(refused.stdout, /Now listening/);
    assert.equal(refused.database, false, 'the store was created before the settings were checked');
  });
}
