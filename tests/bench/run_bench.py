#!/usr/bin/env python3
"""Runs Casebook's benchmarks and prints one line per figure: the median of several runs,
its target and whether it meets it. Started by scripts/bench, which builds the benchmark programs;
docs/performance.md explains every figure. Data comes from `casebook-cli generate` (a seed, so every
run measures the same bytes) and is kept in BUILD/bench-data between runs."""

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

TODAY = "2026-06-01"


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def run(cmd, env=None, stdin=None, check=True):
    """Runs a command; returns (wall seconds, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out, err = proc.communicate(stdin.encode() if stdin is not None else None)
    wall = time.perf_counter() - start
    if check and proc.returncode != 0:
        raise SystemExit("failed (%d): %s\n%s" % (proc.returncode, " ".join(cmd), err.decode()))
    return wall, out.decode()


def run_rss(cmd, env=None, stdin=None):
    """Runs a command with wait4 so the peak RSS is that one process's (MB), with its wall time (s)."""
    r, w = os.pipe()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.close(w)
        os.dup2(r, 0)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        if env is not None:
            os.execvpe(cmd[0], cmd, env)
        os.execvp(cmd[0], cmd)
    os.close(r)
    if stdin:
        os.write(w, stdin.encode())
    os.close(w)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("failed: " + " ".join(cmd))
    return wall, usage.ru_maxrss / 1024.0


def figures(text):
    """'name value unit' lines -> {name: (value, unit)}."""
    out = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            try:
                out[parts[0]] = (float(parts[1]), parts[2] if len(parts) > 2 else "")
            except ValueError:
                pass
    return out


class Report:
    def __init__(self, path):
        self.lines = []
        self.path = path

    def figure(self, name, values, unit, target=None, better="lower", note=""):
        med = statistics.median(values)
        verdict = ""
        if target is not None:
            ok = med <= target if better == "lower" else med >= target
            verdict = ("meets" if ok else "MISSES") + " target %s %g %s" % ("<" if better == "lower" else ">=", target, unit)
        spread = "(n=%d, min %.4g, max %.4g)" % (len(values), min(values), max(values))
        line = "%-44s %12.4g %-6s %-34s %s %s" % (name, med, unit, verdict, spread, note)
        print(line.rstrip(), flush=True)
        self.lines.append(line.rstrip())

    def text(self, line):
        print(line, flush=True)
        self.lines.append(line)

    def save(self):
        with open(self.path, "w") as f:
            f.write("\n".join(self.lines) + "\n")


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.splitlines()
    disk = subprocess.run(["df", "-h", "."], capture_output=True, text=True).stdout.splitlines()[-1]
    load = os.getloadavg()
    return ("machine: %s cores (nproc), CPU %s, %s; memory: %s; disk: %s; load average %.2f %.2f %.2f "
            "(the cores are shared with other developers' builds)"
            % (os.cpu_count(), cpu, platform.platform(), " ".join(mem[1].split()[1:3]) if len(mem) > 1 else "?",
               disk, *load))


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--build", required=True, help="the build directory with casebook-cli, bench_queries, bench_gui")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", default="", help="comma-separated groups: import,startup,queries,findings,scroll,packet,load")
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    cli = os.path.join(build, "src/cli/casebook-cli")
    bench_queries = os.path.join(build, "tests/bench/bench_queries")
    bench_gui = os.path.join(build, "tests/bench/bench_gui")
    data = os.path.join(build, "bench-data")
    work = os.path.join(build, "bench-work")
    os.makedirs(data, exist_ok=True)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    env = dict(os.environ, CASEBOOK_TODAY=TODAY, QT_QPA_PLATFORM="offscreen")
    only = set(filter(None, args.only.split(",")))
    want = lambda group: not only or group in only
    N = args.runs
    report = Report(os.path.join(build, "bench-results.txt"))
    report.text(machine())
    report.text("sqlite3: " + subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0] +
                "; every figure is the median of %d runs; the page cache is warm (no root to drop it)" % N)

    def upgraded(path):
        # Data kept from an older build is upgraded here, once (and its backup removed), so that no
        # timed run includes a migration (the GUI would also stop at its "Casebook upgraded" message).
        run([cli, "--db", path, "cases", "--format", "json"], env=env)
        # A casebook in use has its pending deadlines kept for today (the last list built them):
        # built here, so that no timed start is the one after an upgrade or a settings change.
        run([cli, "--db", path, "deadlines", "--format", "json"], env=env)
        name = os.path.basename(path)
        for old in os.listdir(data):
            if old.startswith(name + ".v") and "-backup-" in old:
                os.remove(os.path.join(data, old))
        return path

    def casebook(name, *gen_args):
        path = os.path.join(data, name)
        if not os.path.exists(path):
            log("generating", name, "...")
            run([cli, "generate", "--seed", "1", "--out", path, *gen_args], env=env)
        return upgraded(path)

    def dashboard(scale):
        folder = os.path.join(data, "dashboard-%gx" % scale)
        if not os.path.exists(os.path.join(folder, "ccidownload2024.txt")):
            log("generating Dashboard files at scale", scale, "...")
            run([cli, "generate", "--seed", "1", "--scale", str(scale), "--dashboard", folder], env=env)
        return folder

    if want("import"):
        ela1 = os.path.join(dashboard(1), "eladownload2024.txt")
        ela4 = os.path.join(dashboard(4), "eladownload2024.txt")
        rows1 = sum(1 for _ in open(ela1)) - 1
        rows4 = sum(1 for _ in open(ela4)) - 1
        empty = os.path.join(work, "empty.sqlite")
        run([cli, "--db", empty, "init"], env=env)
        ours, theirs, rss1, rss4 = [], [], [], []
        for i in range(N):
            # Side by side in the same run: Casebook's import, then sqlite3's .import of the same file.
            target = os.path.join(work, "import.sqlite")
            for p in (target, target + "-wal", target + "-shm"):
                if os.path.exists(p):
                    os.remove(p)
            shutil.copy(empty, target)
            wall, rss = run_rss([cli, "--db", target, "import", "dashboard", ela1], env=env)
            ours.append(rows1 / wall)
            rss1.append(rss)
            bare = os.path.join(work, "bare.sqlite")
            if os.path.exists(bare):
                os.remove(bare)
            wall, _ = run_rss(["sqlite3", bare], stdin=".mode tabs\n.import %s dashboard\n" % ela1)
            theirs.append(rows1 / wall)
            shutil.copy(empty, target)
            for p in (target + "-wal", target + "-shm"):
                if os.path.exists(p):
                    os.remove(p)
            _, rss = run_rss([cli, "--db", target, "import", "dashboard", ela4], env=env)
            rss4.append(rss)
        report.figure("import dashboard, rows/s (ELA, %d rows)" % rows1, ours, "rows/s")
        report.figure("sqlite3 .import into a bare table, rows/s", theirs, "rows/s")
        ratios = [a / b for a, b in zip(ours, theirs)]
        report.figure("import ratio Casebook / sqlite3", ratios, "x", 0.8, better="higher")
        report.figure("import peak RSS, 1x file (%d rows)" % rows1, rss1, "MB")
        report.figure("import peak RSS, 4x file (%d rows)" % rows4, rss4, "MB", note="(streaming: same as 1x)")

    big = None
    if want("startup") or want("queries"):
        big = casebook("casebook-100k.sqlite")
    if want("queries"):
        runs = [figures(run([bench_queries, "deadlines", big], env=env)[1]) for _ in range(N)]
        report.figure("open a casebook (100k communications) incl. quick_check", [r["open_with_quick_check"][0] for r in runs], "ms")
        report.figure("quick_check alone (100k communications)", [r["quick_check"][0] for r in runs], "ms")
        report.figure("deadlines query (reminders, 5k cases / 100k comms)", [r["deadlines"][0] for r in runs], "ms", 20)
        report.figure("  first query in a new process", [r["deadlines_first"][0] for r in runs], "ms")
        report.figure("  after a settings change (rebuild of every case)", [r["deadlines_rebuild"][0] for r in runs], "ms")
        report.text("  deadlines listed: %d; casebook %.0f MB" % (runs[0]["deadlines_rows"][0], os.path.getsize(big) / 1e6))

    if want("startup"):
        sizes = [("10k", casebook("casebook-10k.sqlite", "--communications", "10000")),
                 ("100k", big),
                 ("1M", casebook("casebook-1m.sqlite", "--communications", "1000000"))]
        for label, path in sizes:
            runs = [figures(run([bench_gui, "startup", path], env=env)[1]) for _ in range(N)]
            target = 500 if label == "100k" else None
            report.figure("GUI start to first paint, %s communications" % label,
                          [r["startup_process_to_first_paint"][0] for r in runs], "ms", target)
            report.figure("  of which openCasebook + refresh (%s)" % label,
                          [r["startup_open_and_refresh"][0] for r in runs], "ms")
            report.figure("  background quick_check verdict, since main (%s)" % label,
                          [r["startup_main_to_integrity_verdict"][0] for r in runs], "ms")

    if want("findings"):
        statewide = os.path.join(data, "statewide.sqlite")
        folder = dashboard(1)
        if not os.path.exists(statewide):
            log("importing the statewide Dashboard files ...")
            files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))
            run([cli, "--db", statewide, "import", "dashboard", *files], env=env)
        upgraded(statewide)
        district = "0110000"  # the generator's first district (county 01, district 10000)
        runs = [figures(run([bench_queries, "findings", statewide, district], env=env)[1]) for _ in range(N)]
        report.figure("findings for one district (statewide import)", [r["findings"][0] for r in runs], "ms", 50)
        qc = [figures(run([bench_queries, "deadlines", statewide], env=env)[1]) for _ in range(N)]
        report.figure("open the statewide casebook incl. quick_check (%.0f MB)" % (os.path.getsize(statewide) / 1e6),
                      [r["open_with_quick_check"][0] for r in qc], "ms")

    if want("scroll"):
        scroll = casebook("casebook-scroll.sqlite", "--scale", "0.0002", "--communications", "100000")
        runs = [figures(run([bench_gui, "scroll", scroll], env=env)[1]) for _ in range(N)]
        report.figure("open the case page (one case, 100k communications)", [r["case_page_open"][0] for r in runs], "ms")
        report.figure("scroll communications log: step max", [r["scroll_step_max"][0] for r in runs], "ms", 16)
        report.figure("scroll communications log: step p99", [r["scroll_step_p99"][0] for r in runs], "ms", 16)
        report.figure("scroll communications log: step median", [r["scroll_step_median"][0] for r in runs], "ms")
        report.text("  %d rows reached in %d Page Down steps" % (runs[0]["scroll_rows"][0], runs[0]["scroll_steps"][0]))

    if want("packet"):
        # A small casebook (50 cases) plus the two-year case: the long case is what is measured.
        source = casebook("casebook-packet.sqlite", "--scale", "0.01", "--long-case")
        cases = json.loads(run([cli, "--db", source, "cases", "--format", "json"], env=env)[1])
        long_case = [c for c in cases if c["title"].startswith("Differentiated assistance — two years")]
        if len(long_case) != 1:
            raise SystemExit("%s: expected one two-year case, found %d" % (source, len(long_case)))
        case_id = str(long_case[0]["id"])
        # Each export records its period as the case's last packet: work on a copy, not the kept data.
        db = os.path.join(work, "packet.sqlite")
        shutil.copy(source, db)
        period = ["--from", "2024-06-01", "--to", TODAY]  # the case's two years (opened 2024-06-01)
        walls, outs = [], []
        for i in range(N):
            out = os.path.join(work, "packet-%d.zip" % i)
            wall, said = run([cli, "--db", db, "export", "packet", case_id, *period, "--out", out], env=env)
            walls.append(wall * 1000)
            outs.append(said.strip())
        report.figure("packet export (two-year case, 500 comms, 50 files)", walls, "ms", 1000)
        listing = subprocess.run(["unzip", "-Z1", out], capture_output=True, text=True).stdout.split()
        pdf_bytes = subprocess.run(["unzip", "-p", out, "packet.pdf"], capture_output=True).stdout
        pdf = os.path.join(work, "packet.pdf")
        with open(pdf, "wb") as f:
            f.write(pdf_bytes)
        pages = [l.split()[-1] for l in subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout.splitlines()
                 if l.startswith("Pages:")]
        report.text("  case %s, %s: packet.pdf %s pages (pdfinfo), %d zip entries, zip %.1f MB; cli said: %s"
                    % (case_id, " ".join(period), pages[0] if pages else "?", len(listing), os.path.getsize(out) / 1e6,
                       outs[0]))

    if want("load"):
        # Many people at once (issue 20): 50 simulated staff, each its own process and connection, on a
        # server restarted in the middle of the run, and on one SQLite file for comparison. One run each:
        # the program prints every operation's p50/p95/p99 and the counts that must be 0.
        load = os.path.join(build, "tests/load_staff")
        cluster = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "scripts", "pg-cluster")
        for engine, extra in (("server", ["--restart", "--pg-cluster", os.path.abspath(cluster)]), ("file", [])):
            _, out = run([load, "--engine", engine, "--staff", "50", "--steps", "20", "--think-ms", "200",
                          "--cases", "200", "--json", *extra], env=env)
            r = json.loads(out)
            for op, f in sorted(r["operations"].items()):
                target = 200 if op in ("deadline list", "case page") else None
                report.figure("load %s, 50 staff: %s p99" % (engine, op), [f["p99_ms"]], "ms", target,
                              note="p50 %.1f, p95 %.1f, n=%d" % (f["p50_ms"], f["p95_ms"], f["count"]))
            report.text("  load %s: %.1f operations/s over %.1f s; conflicts detected %d; lost updates %d, lost "
                        "writes %d, duplicated %d, saved but not reported %d%s"
                        % (engine, r["operations_per_s"], r["wall_s"], r["conflicts_detected"], r["lost_updates"],
                           r["lost_writes"], r["duplicated_writes"], r["saved_but_not_reported"],
                           ("; server CPU %.1f s; restart %.1f s, %d refusals while away, each checked before retry"
                            % (r["server_cpu_s"], r.get("restart_s", 0), r["refused_while_server_away"])
                            if engine == "server" else "")))

    report.save()


if __name__ == "__main__":
    main()
