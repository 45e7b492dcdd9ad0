#!/usr/bin/env python3
"""The writers' commits as a PostgreSQL statement log shows them: for each benchmark database (gqlf_bench_*),
how many commits, how many operations each carried, how long each waited for the commit lock
(pg_advisory_xact_lock) and held it (from acquiring it to COMMIT done), and how much of that was spent inside
PostgreSQL's statements; over the whole log and over the busiest 10 seconds.

The log must come from a server run with log_min_duration_statement=0 and log_line_prefix='%m [%p] %d '
(for instance `ALTER ROLE postgres SET log_min_duration_statement = 0` on a throwaway server, then the write
benchmark with FOLLOWS_TEST_POSTGRES pointing at it):

    python3 tests/bench/commit-lock.py /path/to/postgresql.log
"""
import collections
import datetime
import re
import sys

LINE = re.compile(r'^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) \S+ \[(\d+)\] (\S*) (LOG|DETAIL):  (.*)')
DURATION = re.compile(r'duration: ([\d.]+) ms  (parse|bind|execute|statement)[^:]*: (.*)')


def seconds(text):
    return datetime.datetime.strptime(text, '%Y-%m-%d %H:%M:%S.%f').timestamp()


def read(path):
    runs = collections.defaultdict(lambda: {'commits': [], 'open': {}})
    last_sql = {}
    with open(path, errors='replace') as log:
        for raw in log:
            match = LINE.match(raw)
            if not match:
                continue
            at, pid, database, kind, rest = match.groups()
            if not database.startswith('gqlf_bench'):
                continue
            run = runs[database]
            commit = run['open'].get(pid)
            if kind == 'DETAIL':
                # The parameter of the log's INSERT: a JSON array of one array per appended operation.
                if commit is not None and last_sql.get(pid, '').startswith('INSERT INTO operations'):
                    commit['operations'] = max(commit.get('operations', 0), rest.count('],[') + 1)
                continue
            statement = DURATION.match(rest)
            if not statement:
                continue
            ms, phase, sql = float(statement.group(1)), statement.group(2), statement.group(3)
            last_sql[pid] = sql
            if 'pg_advisory_xact_lock' in sql and phase == 'execute':
                run['open'][pid] = {'locked': seconds(at), 'wait_ms': ms, 'inside_ms': 0.0}
                continue
            if commit is None:
                continue
            commit['inside_ms'] += ms
            if phase in ('execute', 'statement') and sql.strip().upper().startswith('COMMIT'):
                commit['done'] = seconds(at)
                run['commits'].append(commit)
                del run['open'][pid]
    return runs


def describe(label, commits, wall):
    n = len(commits)
    held = sum(c['done'] - c['locked'] for c in commits)
    operations = sum(c['operations'] for c in commits)
    holds = sorted(1000 * (c['done'] - c['locked']) for c in commits)
    print(f"  {label}: {n} commits, {operations} operations ({operations / wall:.0f}/s), {operations / n:.1f} a commit; "
          f"lock wait {sum(c['wait_ms'] for c in commits) / n:.1f} ms a commit; held {1000 * held / n:.1f} ms a commit "
          f"(p50 {holds[n // 2]:.0f}, p90 {holds[int(n * 0.9)]:.0f}), of which inside PostgreSQL's statements "
          f"{sum(c['inside_ms'] for c in commits) / n:.1f} ms; lock held {100 * held / wall:.0f}% of the time")


def main():
    for database, run in read(sys.argv[1]).items():
        commits = [c for c in run['commits'] if 'operations' in c]
        if not commits:
            continue
        print(database)
        describe('whole log', commits, commits[-1]['done'] - commits[0]['locked'])
        by_second = collections.defaultdict(list)
        for commit in commits:
            by_second[int(commit['done'])].append(commit)
        start = max(by_second, key=lambda s: sum(c['operations'] for k in range(s, s + 10) for c in by_second.get(k, [])))
        describe('busiest 10 s', [c for k in range(start, start + 10) for c in by_second.get(k, [])], 10)


if __name__ == '__main__':
    main()
