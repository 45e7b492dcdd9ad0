# Sourced by tests/run.sh: starts a throwaway PostgreSQL server on loopback for the tests that need one,
# exports its connection string as FOLLOWS_TEST_POSTGRES, and stops it (and removes its files) on exit.
start_test_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_TEST_DIR=$(mktemp -d /tmp/gqlf-postgres.XXXXXX)
  chown postgres:postgres "$PG_TEST_DIR"
  local port=$((20000 + RANDOM % 20000))
  runuser -u postgres -- "$bin/initdb" -D "$PG_TEST_DIR/data" -A trust -U postgres >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/log" -w start \
    -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null
  PG_TEST_BIN=$bin
  trap stop_test_postgres EXIT
  export FOLLOWS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Pooling=true;Maximum Pool Size=20"
}

stop_test_postgres() {
  runuser -u postgres -- "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
}
