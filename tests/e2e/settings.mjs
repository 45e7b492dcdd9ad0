import { before, after } from 'node:test';
import { startServer } from '../server/server.mjs';

// Command-line settings of the server for the suites that need other limits than the defaults.

/** A rate limit of `permits` signed writes per address an hour, so that none refills during a test. */
export const RATE_LIMIT_SETTINGS = (permits) => [`--Follows:RateLimitPermits=${permits}`, '--Follows:RateLimitWindow=01:00:00'];

/**
 * A server with `settings` for the tests of the enclosing suite: started before them (`started` is given its GraphQL
 * endpoint), stopped after them.
 */
export function serverForSuite(settings, started) {
  let server;
  before(async () => {
    server = await startServer(settings);
    started(server.endpoint);
  });
  after(async () => {
    await server?.stop();
  });
}
