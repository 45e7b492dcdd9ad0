// The server's application commands (api-key, webhook) run on a database of the test's own, and servers on it.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { serverDll, startServer } from './server.mjs';

const run = promisify(execFile);

/**
 * A SQLite database in a directory of its own, for commands and for servers started on it; the key of its webhook
 * secrets is kept beside it, so that the commands and the servers share it.
 */
export function testDatabase() {
  const directory = mkdtempSync(path.join(tmpdir(), 'gqlf-apps-'));
  const settings = [
    `--ConnectionStrings:Follows=Data Source=${path.join(directory, 'follows.db')}`,
    `--Webhooks:SecretKeyFile=${path.join(directory, 'webhook-secrets.key')}`,
  ];
  return {
    directory,
    /** Runs `dotnet GraphQlFollows.Server.dll <args>` on the database; resolves to its standard output. */
    async command(...args) {
      const { stdout } = await run('dotnet', [serverDll, ...args, ...settings]);
      return stdout;
    },
    start: (more = []) => startServer([...settings, ...more]),
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}
