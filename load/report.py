"""The load test's report from Gatling's newest HTML report and the samples run.sh took while it ran."""
import glob
import html
import os
import re
import statistics
import sys

ROW = re.compile(r'<tr data-parent="[^"]*">.*?<span id="(group|req)_.*?class="ellipsed-name">(.*?)</span>(.*?)</tr>',
                 re.S)
CELL = re.compile(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>')
COLUMNS = {2: "count", 4: "errors", 8: "p50", 10: "p95", 11: "p99", 12: "max"}


def actions(report_dir):
    page = open(os.path.join(report_dir, "index.html"), encoding="utf-8").read()
    for kind, name, cells in ROW.findall(page):
        values = {COLUMNS[int(col)]: value for col, value in CELL.findall(cells) if int(col) in COLUMNS}
        yield ("**" + html.unescape(name) + "**") if kind == "group" else ("  " + html.unescape(name)), values


def main():
    samples_file, settings = sys.argv[1], sys.argv[2:]
    reports = sorted(glob.glob("target/gatling/*/index.html"), key=os.path.getmtime)
    if not reports:
        sys.exit("no Gatling report under load/target/gatling")
    report_dir = os.path.dirname(reports[-1])
    print("Load test report:", report_dir)
    print("settings:", " ".join(settings) or "(defaults)")
    print()
    print("| action (bold) or its request | count | errors | p50 ms | p95 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|---|---|")
    for name, v in actions(report_dir):
        errors = v.get("errors", "-")
        print(f"| {name} | {v.get('count')} | {0 if errors == '-' else errors} | {v.get('p50')} | {v.get('p95')} "
              f"| {v.get('p99')} | {v.get('max')} |")
    rows = [line.rstrip("\n").split("\t") for line in open(samples_file, encoding="utf-8")][1:]
    if rows:
        app = [float(r[1]) for r in rows]
        database = [float(r[2]) for r in rows]
        machine = [float(r[3]) for r in rows]
        heap = [float(r[4]) for r in rows]
        print()
        print(f"CPU, 100 % = one core: app mean {statistics.mean(app):.0f} % (max {max(app):.0f} %), "
              f"MariaDB mean {statistics.mean(database):.0f} % (max {max(database):.0f} %); "
              f"whole machine, 100 % = all cores: mean {statistics.mean(machine):.0f} % (max {max(machine):.0f} %)")
        print(f"app heap used: mean {statistics.mean(heap):.0f} MB, max {max(heap):.0f} MB "
              f"({len(rows)} samples every 10 s)")


if __name__ == "__main__":
    main()
