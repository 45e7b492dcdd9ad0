# Sourced by tests/run.sh: starts a throwaway PostgreSQL server on loopback for the tests that need one,
# exports its connection string as FOLLOWS_TEST_POSTGRES, and stops it (and removes its files) on exit.
start_test_postgres() {
  PG_TEST_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_TEST_DIR=$(mktemp -d /tmp/gqlf-postgres.XXXXXX)
  chown postgres:postgres "$PG_TEST_DIR"
  trap stop_test_postgres EXIT
  runuser -u postgres -- "$PG_TEST_BIN/initdb" -D "$PG_TEST_DIR/data" -A trust -U postgres >/dev/null
  # A random port can be taken by another process on a busy machine: try a few before giving up.
  local attempt port
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 20000))
    if runuser -u postgres -- "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/log" -w -t 60 start \
      -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null; then
      export FOLLOWS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Pooling=true;Maximum Pool Size=20"
      return 0
    fi
    echo "PostgreSQL did not start on port $port (attempt $attempt):" >&2
    tail -n 20 "$PG_TEST_DIR/log" >&2 || true
  done
  return 1
}

stop_test_postgres() {
  runuser -u postgres -- "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
}
