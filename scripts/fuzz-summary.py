#!/usr/bin/env python3
"""Adds up a fuzzing ledger (scripts/fuzz.sh --ledger) per target: CPU hours, runs,
executions, the last run's exec/s, the most edges reached, and any run that failed.

    scripts/fuzz-summary.py [fuzz/ledger.tsv] [--markdown]
"""
import csv
import sys
from collections import OrderedDict


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    markdown = '--markdown' in sys.argv
    path = args[0] if args else 'fuzz/ledger.tsv'
    totals = OrderedDict()
    with open(path, newline='') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            t = totals.setdefault(row['target'], {'cpu': 0, 'runs': 0, 'execs': 0, 'rate': 0.0, 'edges': 0, 'failed': []})
            t['cpu'] += int(row['cpu_seconds'])
            t['runs'] += 1
            t['execs'] += int(row['executions'] or 0)
            t['rate'] = float(row['exec_per_second'] or 0)
            t['edges'] = max(t['edges'], int(row['edges'] or 0))
            if not row['result'].startswith(('ok', 'stopped')):  # a run cut short by hand found nothing
                t['failed'].append(row['finished'] + ' ' + row['result'])
    header = ['target', 'CPU hours', 'runs', 'executions', 'exec/s (last run)', 'edges (most)', 'failed runs']
    lines = []
    for name, t in totals.items():
        lines.append([name, '%.2f' % (t['cpu'] / 3600), str(t['runs']), '{:,}'.format(t['execs']), '{:,.0f}'.format(t['rate']),
                      str(t['edges']), str(len(t['failed']))])
    if markdown:
        print('| ' + ' | '.join(header) + ' |')
        print('|' + '---|' * len(header))
        for line in lines:
            print('| ' + ' | '.join(line) + ' |')
    else:
        widths = [max(len(x) for x in col) for col in zip(header, *lines)]
        for line in [header] + lines:
            print('  '.join(x.rjust(w) if i else x.ljust(w) for i, (x, w) in enumerate(zip(line, widths))))
    for name, t in totals.items():
        for failure in t['failed']:
            print('%s: %s' % (name, failure))


if __name__ == '__main__':
    main()
