// Command-line settings of the server for the suites that need other limits than the defaults.

/** A rate limit of `permits` signed writes per address an hour, so that none refills during a test. */
export const RATE_LIMIT_SETTINGS = (permits) => [`--Follows:RateLimitPermits=${permits}`, '--Follows:RateLimitWindow=01:00:00'];
