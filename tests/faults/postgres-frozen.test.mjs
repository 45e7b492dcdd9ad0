// PostgreSQL frozen with SIGSTOP (every process of the cluster: connections stay open and nothing answers, as with
// a hung primary or a network partition) for 15 s under a load of follows and reads, then SIGCONT.
import { postgresOutageTest } from './postgres-outage.mjs';

postgresOutageTest('PostgreSQL frozen with SIGSTOP for 15 s under load, then resumed', {
  breakDatabase: (postgres) => postgres.freeze(),
  repairDatabase: (postgres) => postgres.thaw(),
  outageMs: 15_000,
});
