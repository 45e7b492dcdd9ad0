#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine, then runs every test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: Node.js for the reference implementations and the clients, PostgreSQL for the store's
# PostgreSQL tests, Chromium for the IDE's browser test, wrk for the HTTP benchmark.
needed=()
command -v node >/dev/null 2>&1 || needed+=(nodejs npm)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || needed+=(postgresql)
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v wrk >/dev/null 2>&1 || needed+=(wrk)
command -v sqlite3 >/dev/null 2>&1 || needed+=(sqlite3)
if [ ${#needed[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null
fi
npm ci --no-audit --no-fund --loglevel=error

source tests/postgres.sh
start_test_postgres

# The local tools (dotnet-ef, for adding and checking migrations) at the versions of .config/dotnet-tools.json.
dotnet tool restore
dotnet build GraphQlFollows.sln -c Release -nologo -clp:ErrorsOnly
# Snapshooter writes a snapshot that is missing and passes: a test whose snapshot was never committed would then
# pass on every run without checking anything. In strict mode a missing snapshot fails the test instead.
export SNAPSHOOTER_STRICT_MODE=true
dotnet test GraphQlFollows.sln -c Release --no-build -nologo
node --test tests/conformance/
# The follow graph end to end: wallets (ethers) and WebCrypto keys against the live server.
node --test tests/e2e/
# The live server against graphql-http's audits, the graphql-ws client and Chromium.
node --test --test-concurrency=1 tests/server/*.test.mjs
# Three server processes writing one PostgreSQL database: one log, right decisions, events and revocations
# across instances, and an instance killed under load.
node --test --test-concurrency=1 tests/multi-instance/
# Database faults against the real server: a PostgreSQL of the test's own stopped, and frozen with SIGSTOP, under
# load; a tmpfs filled up under SQLite; a start on a full disk.
node --test --test-concurrency=1 tests/faults/
