#!/usr/bin/env python3
"""A filing's transactions, from PostgreSQL's statement log of a benchmark run.

    tools/benchmark/transactions.py LOG

LOG is the server's log of a run made with every statement logged and the virtual transaction id in
each line's prefix (tools/benchmark/run.sh --postgres --statements sets both for the run):
    log_min_duration_statement = 0
    log_line_prefix = '%m [%p] %v %x '
The filing phase runs from the first transaction that registers an export declaration to the last
sent-mail record (the last acknowledgement); the open cases loaded after it, which send no mail, are
left out. Its transactions are grouped by what they write (or, when
they write nothing, by the tables they read) and printed per filing, with the time their statements
took in the database; then how long each filing held the month's counter row, from its update to the
commit.
"""
import collections
import datetime
import re
import sys

LINE = re.compile(r'^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+) \w+ \[(\d+)\] (\S+) \d+ (\w+):\s+(.*)')
DURATION = re.compile(r'duration: ([\d.]+) ms\s+(statement|parse|bind|execute)[^:]*: (.*)', re.S)
TABLE = re.compile(r'\b(insert into|update|delete from|from)\s+([A-Za-z_][A-Za-z_0-9.]*)', re.I)
COUNTER = 'update declaration_sequence'


def entries(path):
    """(time, pid, virtual transaction id, level, text) of each log entry, continuation lines joined."""
    entry = None
    with open(path, errors='replace') as log:
        for line in log:
            match = LINE.match(line)
            if match:
                if entry:
                    yield entry
                entry = list(match.groups())
            elif entry:
                entry[4] += ' ' + line.strip()
    if entry:
        yield entry


def transactions(path):
    by_id = collections.OrderedDict()
    for time, pid, vxid, level, text in entries(path):
        match = DURATION.match(text)
        if level != 'LOG' or vxid.endswith('/0') or not match:
            continue
        tx = by_id.setdefault((pid, vxid), {'first': time, 'last': time, 'ms': 0.0, 'waited': 0.0,
                                             'sql': [], 'counter_at': None})
        ms, phase, sql = float(match.group(1)), match.group(2), ' '.join(match.group(3).split())
        tx['ms'] += ms
        tx['last'] = time
        if phase in ('execute', 'statement'):
            tx['sql'].append(sql)
            if sql.lower().startswith(COUNTER):
                tx['counter_at'] = time
                tx['waited'] += ms
    return list(by_id.values())


def kind(tx):
    writes, reads = set(), []
    for sql in tx['sql']:
        for verb, table in TABLE.findall(sql):
            verb, table = verb.split()[0].lower(), table.lower()
            if verb == 'from':
                if table not in reads:
                    reads.append(table)
            else:
                writes.add(f'{verb} {table}')
    if writes:
        return 'writes ' + ', '.join(sorted(writes))
    return 'reads ' + ', '.join(reads[:4])


def at(time):
    return datetime.datetime.strptime(time, '%Y-%m-%d %H:%M:%S.%f')


def main(path):
    txs = transactions(path)
    filings = [t for t in txs if any(s.lower().startswith('insert into export_declaration') for s in t['sql'])
               and any(s.lower().startswith('insert into act_hi_procinst') for s in t['sql'])]
    mails = [t for t in txs if any(s.lower().startswith('insert into sent_mail') for s in t['sql'])]
    if not filings or not mails:
        sys.exit('no filing in this log')
    start, end = filings[0]['first'], max(t['last'] for t in mails)
    window = [t for t in txs if start <= t['first'] <= end and t['sql']]
    # the open cases loaded afterwards (job executor stopped: no mail) are filings too, but not this phase's
    filings = [t for t in filings if t['first'] <= end]
    n = len(filings)
    groups = collections.defaultdict(list)
    for tx in window:
        groups[kind(tx)].append(tx)
    print(f'{n} filings, {len(window)} transactions from {start} to {end}: {len(window) / n:.1f} per filing')
    print(f'{"per filing":>10} {"statements":>10} {"ms in db":>9}  what')
    for name, group in sorted(groups.items(), key=lambda g: -len(g[1])):
        if len(group) / n < 0.05:
            continue
        statements = sum(len(t['sql']) for t in group) / len(group)
        ms = sum(t['ms'] for t in group) / len(group)
        print(f'{len(group) / n:10.2f} {statements:10.0f} {ms:9.2f}  {name[:150]}')
    waited = sorted(t['waited'] for t in filings)
    held = sorted((at(t['last']) - at(t['counter_at'])).total_seconds() * 1000 for t in filings if t['counter_at'])
    ms = sum(t['ms'] for t in filings) / n
    print(f'the filing transaction: {ms:.1f} ms in the database, of which {sum(waited) / n:.1f} ms waiting '
          f'for the counter row (median {waited[n // 2]:.1f})')
    if held:
        seconds = (at(filings[-1]['last']) - at(filings[0]['first'])).total_seconds()
        print(f'counter row held from its update to the commit: mean {sum(held) / len(held):.1f} ms, median '
              f'{held[len(held) // 2]:.1f}, p90 {held[int(len(held) * 0.9)]:.1f}; held '
              f'{sum(held) / 1000 / seconds:.2f} s per second of the phase')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
