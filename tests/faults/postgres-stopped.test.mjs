// PostgreSQL stopped (pg_ctl stop -m fast: connections refused) for 6 s under a load of follows and reads, then
// started again.
import { postgresOutageTest } from './postgres-outage.mjs';

postgresOutageTest('PostgreSQL stopped under load and started again', {
  breakDatabase: (postgres) => postgres.stop(),
  repairDatabase: (postgres) => postgres.start(),
  outageMs: 6_000,
});
