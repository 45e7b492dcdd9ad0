#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine, then runs every test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq nodejs npm
fi
npm ci --no-audit --no-fund --loglevel=error
# The server's browser test drives Debian's Chromium; its benchmark uses wrk.
if ! command -v chromium >/dev/null 2>&1 || ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq chromium wrk
fi

dotnet build GraphQlFollows.sln -c Release -nologo -clp:ErrorsOnly
dotnet test GraphQlFollows.sln -c Release --no-build -nologo
node --test tests/conformance/
# The live server against graphql-http's audits, the graphql-ws client and Chromium.
node --test --test-concurrency=1 tests/server/*.test.mjs
