// Starts the built server (the configuration given by CONFIGURATION, Release by default) on a free loopback
// port, in a fresh working directory, and stops it again.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const configuration = process.env.CONFIGURATION ?? 'Release';
export const serverDll = path.join(root, 'src/GraphQlFollows.Server/bin', configuration, 'net10.0/GraphQlFollows.Server.dll');

export async function startServer(settings = []) {
  if (!existsSync(serverDll)) {
    throw new Error(`${serverDll} is missing: build the solution in ${configuration} first.`);
  }

  const workDir = mkdtempSync(path.join(tmpdir(), 'gqlf-server-'));
  const child = spawn('dotnet', [serverDll, '--urls', 'http://127.0.0.1:0', ...settings], {
    cwd: workDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    // A server that never listens is killed: its open pipes would otherwise keep the test process alive.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not start within 30 s:\n${output}`));
    }, 30_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const listening = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(listening[1]);
      }
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${code}:\n${output}`));
    });
  });

  return {
    url,
    endpoint: `${url}/graphql`,
    webSocketEndpoint: `${url.replace('http:', 'ws:')}/graphql`,
    output: () => output,
    /** Stops the server: SIGTERM shuts it down gracefully, SIGKILL crashes it. */
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) {
        const exited = once(child, 'exit');
        child.kill(signal);
        await exited;
      }
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
