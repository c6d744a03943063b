"""`make bench`: how fast gnista answers, and how that changes when the data grows.

For each backend (PostgreSQL, SQLite) and scale (`gnista generate --scale`), it prepares a
database (cached between runs, see server.prepare_database), serves it with gunicorn as in
production (server.Server) and loads one endpoint at a time with locust (locustfile.py) at a
fixed concurrency. It reports requests per second, p50/p95/p99 latency, queries per request,
the workers' peak memory and each latency as a multiple of a floor endpoint (/healthz,
through the same middleware), then how each figure grew from the smaller scale to the larger.

    .venv/bin/python bench/run.py --scales small,large --backends postgres,sqlite

Results: bench/results/<date>-<backend>.json, bench/results/<date>.md and latest.md.
"""

import argparse
import datetime
import json
import os
import platform
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from server import BENCH_VAR, REPOSITORY, Server, is_postgres, preparation_record, prepare_database

RESULTS = REPOSITORY / "bench" / "results"
LOCUSTFILE = Path(__file__).resolve().parent / "locustfile.py"
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/"
FLOOR = "floor"
WARM_UP_SECONDS = 10

# The goals the figures are compared with (not asserted): on PostgreSQL at the large scale.
GOAL_P95_MS = 50
GOAL_FLOOR_MULTIPLE = 3
GOAL_GROWTH = 1.3
GOAL_MEMORY_MB = 150


@dataclass(frozen=True)
class Endpoint:
    name: str
    path: str  # may name a sample record: {initiative}, {challenge}, ...
    kind: str = "page"  # page, api, feed, export or floor

    @property
    def is_export(self) -> bool:
        return self.kind == "export"


ENDPOINTS = [
    Endpoint(FLOOR, "/healthz", "floor"),
    Endpoint("home", "/sv/"),
    Endpoint("initiatives", "/sv/initiatives/"),
    Endpoint("initiatives, filtered", "/sv/initiatives/?stage=2&outcome=active&area=tech"),
    Endpoint("initiatives, text filter", "/sv/initiatives/?q=avlopp"),
    Endpoint("initiatives, by title", "/sv/initiatives/?sort=title"),
    Endpoint("initiative", "/sv/initiatives/{initiative}/"),
    Endpoint("challenges", "/sv/challenges/"),
    Endpoint("challenge (most initiatives)", "/sv/challenges/{challenge}/"),
    Endpoint("lessons", "/sv/lessons/"),
    Endpoint("ideas", "/sv/ideas/"),
    Endpoint("ideas, most supported", "/sv/ideas/?sort=-support_count"),
    Endpoint("idea", "/sv/ideas/{idea}/"),
    Endpoint("idea (most discussed)", "/sv/ideas/{busiest_idea}/"),
    Endpoint("events", "/sv/events/"),
    Endpoint("events, month", "/sv/events/2026/12/"),
    Endpoint("calendar.ics", "/calendar.ics", "feed"),
    Endpoint("search", "/sv/search/?q=avlopp"),
    Endpoint("search, common word", "/sv/search/?q=digital"),
    Endpoint("impact dashboard", "/sv/impact/"),
    Endpoint("actors", "/sv/actors/"),
    Endpoint("actor", "/sv/actors/{actor}/"),
    Endpoint("administration (most initiatives)", "/sv/actors/{administration}/"),
    Endpoint("hub (most members)", "/sv/hubs/{hub}/"),
    Endpoint("area", "/sv/areas/tech/"),
    Endpoint("map features", "/sv/map/features.geojson", "api"),
    Endpoint("API initiatives", "/api/v1/initiatives", "api"),
    Endpoint("API initiatives, filtered", "/api/v1/initiatives?stage=2&outcome=active", "api"),
    Endpoint("API initiative", "/api/v1/initiatives/{initiative}", "api"),
    Endpoint("API challenges", "/api/v1/challenges", "api"),
    Endpoint("API challenge", "/api/v1/challenges/{challenge}", "api"),
    Endpoint("API ideas", "/api/v1/ideas", "api"),
    Endpoint("API idea", "/api/v1/ideas/{idea}", "api"),
    Endpoint("API events", "/api/v1/events", "api"),
    Endpoint("API event", "/api/v1/events/{event}", "api"),
    Endpoint("API organisations", "/api/v1/organisations", "api"),
    Endpoint("API organisation", "/api/v1/organisations/{actor}", "api"),
    Endpoint("API lessons", "/api/v1/lessons", "api"),
    Endpoint("export initiatives.csv", "/sv/data/initiatives.csv", "export"),
    Endpoint("export ideas.csv", "/sv/data/ideas.csv", "export"),
]
# When the open-data exports are not there, the largest public export the site has.
FALLBACK_EXPORT = Endpoint("export (API, 100 initiatives)", "/api/v1/initiatives?limit=100", "export")

PUBLIC = "('submitted', 'in_review', 'accepted', 'declined', 'converted')"
SAMPLES = {
    # The same generated initiative at every scale (the generator numbers them).
    "initiative": (
        "SELECT slug FROM portfolio_initiative ORDER BY external_id = 'gen-0000500' DESC, id LIMIT 1"
    ),
    "challenge": (
        "SELECT c.slug FROM portfolio_challenge c JOIN portfolio_initiative_challenges l "
        "ON l.challenge_id = c.id WHERE c.status <> 'draft' "
        "GROUP BY c.id, c.slug ORDER BY COUNT(*) DESC LIMIT 1"
    ),
    "idea": (
        f"SELECT id FROM participation_idea WHERE status IN {PUBLIC} AND NOT is_hidden "
        f"ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM participation_idea WHERE status IN {PUBLIC})"
    ),
    "busiest_idea": (
        "SELECT i.id FROM participation_idea i JOIN participation_comment c ON c.idea_id = i.id "
        f"WHERE i.status IN {PUBLIC} AND NOT i.is_hidden GROUP BY i.id ORDER BY COUNT(*) DESC LIMIT 1"
    ),
    "event": "SELECT id FROM events_event ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM events_event)",
    "actor": (
        "SELECT slug FROM portfolio_organisation WHERE kind = 'company' ORDER BY id LIMIT 1 "
        "OFFSET (SELECT COUNT(*) / 2 FROM portfolio_organisation WHERE kind = 'company')"
    ),
    "hub": (
        "SELECT h.slug FROM portfolio_organisation h JOIN portfolio_organisation m ON m.hub_id = h.id "
        "GROUP BY h.id, h.slug ORDER BY COUNT(*) DESC LIMIT 1"
    ),
    "administration": (
        "SELECT o.slug FROM portfolio_organisation o JOIN portfolio_initiative i ON i.owner_id = o.id "
        "GROUP BY o.id, o.slug ORDER BY COUNT(*) DESC LIMIT 1"
    ),
}
COUNTS = {
    "organisations": "portfolio_organisation",
    "challenges": "portfolio_challenge",
    "initiatives": "portfolio_initiative",
    "users": "accounts_user",
    "ideas": "participation_idea",
    "supports": "participation_support",
    "comments": "participation_comment",
    "events": "events_event",
    "search entries": "search_entry",
}


# ------------------------------------------------------------------ the database


def query(database_url: str, sql: str):
    if is_postgres(database_url):
        import psycopg

        with psycopg.connect(database_url) as connection:
            row = connection.execute(sql).fetchone()
    else:
        with sqlite3.connect(urlsplit(database_url).path) as connection:
            row = connection.execute(sql).fetchone()
    return row[0] if row else None


def database_size_mb(database_url: str) -> float:
    if is_postgres(database_url):
        return round(query(database_url, "SELECT pg_database_size(current_database())") / 2**20, 1)
    path = Path(urlsplit(database_url).path)
    return round(sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20, 1)


# ------------------------------------------------------------------ measuring


def get(url: str, *, read: bool = True, timeout: float = 600) -> int:
    """The status of a GET; without `read` the connection closes after the headers, which
    stops a long export early."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            if read:
                response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0], 1)
    return round(statistics.quantiles(values, n=1000, method="inclusive")[int(share * 1000) - 1], 1)


def measure(server: Server, endpoint: Endpoint, path: str, *, users: int, duration: int) -> dict:
    server.restart_workers()
    # Warm both workers (templates, caches, connection pool) before counting, for at most
    # WARM_UP_SECONDS; an export is long enough to need no warming.
    warm_until = time.monotonic() + WARM_UP_SECONDS
    for _ in range(0 if endpoint.is_export else 2 * server.workers):
        get(server.url + path)
        if time.monotonic() > warm_until:
            break
    concurrency = 1 if endpoint.is_export else users
    with tempfile.NamedTemporaryFile(suffix=".json", dir=BENCH_VAR, delete=False) as output:
        output_path = Path(output.name)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "locust",
            "-f",
            str(LOCUSTFILE),
            "--headless",
            "--users",
            str(concurrency),
            "--spawn-rate",
            str(concurrency),
            "--run-time",
            f"{duration}s",
            # A request under way when the time is up is finished and counted (an export).
            "--stop-timeout",
            "600",
            "--host",
            server.url,
            "--only-summary",
            "--loglevel",
            "ERROR",
        ],
        env={**os.environ, "BENCH_PATH": path, "BENCH_OUTPUT": str(output_path)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    samples = json.loads(output_path.read_text())
    output_path.unlink()
    times = samples["times_ms"]
    queries = samples["queries"]
    return {
        "name": endpoint.name,
        "path": path,
        "kind": endpoint.kind,
        "concurrency": concurrency,
        "requests": len(times),
        "failures": len(samples["failures"]),
        "failure_examples": sorted(set(samples["failures"]))[:3],
        "requests_per_second": round(len(times) / samples["seconds"], 2) if samples["seconds"] else None,
        "p50_ms": percentile(times, 0.50),
        "p95_ms": percentile(times, 0.95),
        "p99_ms": percentile(times, 0.99),
        "queries": round(float(statistics.mean(queries)), 1) if queries else None,
        "queries_max": max(queries) if queries else None,
        "bytes": round(statistics.mean(samples["bytes"])) if samples["bytes"] else None,
        "peak_worker_mb": server.peak_worker_memory_mb(),
    }


def with_floor_ratios(results: list[dict]) -> list[dict]:
    floor = next((result for result in results if result["name"] == FLOOR), None)
    for result in results:
        for figure in ("p50_ms", "p95_ms"):
            ratio = None
            if floor and floor[figure] and result[figure] is not None:
                ratio = round(result[figure] / floor[figure], 1)
            result[figure.replace("_ms", "_vs_floor")] = ratio
    return results


def prepared(database_url: str | None, scale: str, attempts: int = 3) -> str:
    """prepare_database, again when it fails: other work on the machine may restart the
    PostgreSQL server in the middle of a long generation."""
    for _attempt in range(attempts - 1):
        try:
            return prepare_database(database_url, scale=scale)
        except subprocess.CalledProcessError:
            print(f"  preparing the {scale} database failed; trying again", flush=True)
            time.sleep(30)
    return prepare_database(database_url, scale=scale)


def run_scale(database_url: str | None, scale: str, args) -> dict:
    started = time.monotonic()
    url = prepared(database_url, scale)
    record = preparation_record(url)
    samples = {name: query(url, sql) for name, sql in SAMPLES.items()}
    counts = {name: query(url, f"SELECT COUNT(*) FROM {table}") for name, table in COUNTS.items()}
    load_before = os.getloadavg()
    results = []
    with Server(url, port=args.port, workers=args.workers) as server:
        endpoints = [endpoint for endpoint in ENDPOINTS if not args.only or endpoint.name in args.only]
        exports = [endpoint for endpoint in endpoints if endpoint.is_export]
        available = [endpoint for endpoint in exports if get(server.url + endpoint.path, read=False) == 200]
        endpoints = [endpoint for endpoint in endpoints if not endpoint.is_export] + (
            available or ([FALLBACK_EXPORT] if exports else [])
        )
        for endpoint in endpoints:
            path = endpoint.path.format(**samples)
            result = measure(
                server,
                endpoint,
                path,
                users=args.users,
                duration=args.export_duration if endpoint.is_export else args.duration,
            )
            results.append(result)
            print(
                f"  {scale:>5} {endpoint.name:<36} {result['requests_per_second'] or 0:>7} req/s  "
                f"p50 {result['p50_ms']} p95 {result['p95_ms']} ms  {result['queries']} queries  "
                f"{result['peak_worker_mb']} MB"
                + (f"  {result['failures']} FAILED" if result["failures"] else ""),
                flush=True,
            )
    return {
        "scale": scale,
        "database": url.split("@")[-1],
        "database_mb": database_size_mb(url),
        "counts": counts,
        "demo_seconds": record.get("demo_seconds"),
        "generate_seconds": record.get("generate_seconds"),
        "load_average_before": [round(value, 2) for value in load_before],
        "load_average_after": [round(value, 2) for value in os.getloadavg()],
        "minutes": round((time.monotonic() - started) / 60, 1),
        "endpoints": with_floor_ratios(results),
    }


def growth(smaller: dict, larger: dict) -> list[dict]:
    """Each figure at the larger scale as a multiple of the smaller one."""
    before = {result["name"]: result for result in smaller["endpoints"]}
    rows = []
    for result in larger["endpoints"]:
        earlier = before.get(result["name"])
        if not earlier:
            continue
        row = {"name": result["name"], "kind": result["kind"]}
        for figure in ("p50_ms", "p95_ms", "queries", "peak_worker_mb", "requests_per_second"):
            old, new = earlier[figure], result[figure]
            row[figure] = round(new / old, 2) if old and new is not None else None
        rows.append(row)
    return rows


def machine() -> dict:
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
    }


# ------------------------------------------------------------------ reporting


def goal_misses(result: dict, grew: dict | None) -> list[str]:
    """Which goals an endpoint misses at the large scale (PostgreSQL is what they are for)."""
    if result["kind"] == FLOOR:
        return []
    misses = []
    if result["failures"]:
        misses.append(f"{result['failures']} failed")
    if result["kind"] == "export":
        if grew and grew["peak_worker_mb"] and grew["peak_worker_mb"] > GOAL_GROWTH:
            misses.append(f"memory grew {grew['peak_worker_mb']}×")
    else:
        if result["p95_ms"] is not None and result["p95_ms"] > GOAL_P95_MS:
            misses.append(f"p95 > {GOAL_P95_MS} ms")
        if result["p95_vs_floor"] is not None and result["p95_vs_floor"] > GOAL_FLOOR_MULTIPLE:
            misses.append(f"p95 > {GOAL_FLOOR_MULTIPLE}× floor")
        if grew and grew["p95_ms"] and grew["p95_ms"] > GOAL_GROWTH:
            misses.append(f"p95 grew {grew['p95_ms']}×")
    if result["peak_worker_mb"] >= GOAL_MEMORY_MB:
        misses.append(f"memory ≥ {GOAL_MEMORY_MB} MB")
    return misses


TABLE_FIGURES = (
    "requests_per_second",
    "p50_ms",
    "p95_ms",
    "p99_ms",
    "p50_vs_floor",
    "p95_vs_floor",
    "queries",
    "peak_worker_mb",
)


def cell(value, suffix: str = "") -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value}{suffix}"


def markdown(date: str, runs: dict[str, dict]) -> str:
    lines = [
        f"# Benchmarks {date}",
        "",
        "Written by `make bench` (bench/run.py). Each endpoint is loaded alone by locust at a fixed "
        "concurrency with no wait time; gunicorn serves it as in production (DEBUG off, 2 sync workers). "
        "Latencies in ms; ×floor is a latency divided by that of /healthz on the same server; "
        "queries per request from the X-Query-Count header (a streamed export counts only the queries "
        "before its first row); peak MB is the highest VmHWM of a gunicorn worker, the workers being "
        "fresh for each endpoint. The load generator shares the machine with the server, and other work "
        "ran on it too: the figures are noisy (load averages below).",
        "",
        f"Goals (on PostgreSQL at the large scale, not asserted): every public page p95 ≤ {GOAL_P95_MS} ms "
        f"and ≤ {GOAL_FLOOR_MULTIPLE}× the floor, growth from the small scale ≤ {GOAL_GROWTH}×, worker "
        f"memory < {GOAL_MEMORY_MB} MB, a full export in flat memory. ⚠ marks a miss.",
        "",
    ]
    any_run = next(iter(runs.values()))
    lines += [
        f"Machine: {any_run['machine']['cpus']} CPUs, {any_run['machine']['memory_gb']} GB, "
        f"{any_run['machine']['platform']}, Python {any_run['machine']['python']}; concurrency "
        f"{any_run['settings']['users']} (exports 1), {any_run['settings']['duration']} s per endpoint.",
        "",
        "## Data",
        "",
        "| backend | scale | initiatives | ideas | supports | comments | events | organisations | "
        "search entries | database MB | generate s | demo s | load avg before → after |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for backend, run in runs.items():
        for scale in run["scales"]:
            counts = scale["counts"]
            lines.append(
                f"| {backend} | {scale['scale']} | {counts['initiatives']:,} | {counts['ideas']:,} | "
                f"{counts['supports']:,} | {counts['comments']:,} | {counts['events']:,} | "
                f"{counts['organisations']:,} | {counts['search entries']:,} | {scale['database_mb']} | "
                f"{cell(scale['generate_seconds'])} | {cell(scale['demo_seconds'])} | "
                f"{scale['load_average_before'][0]} → {scale['load_average_after'][0]} |"
            )
    for backend, run in runs.items():
        scales = run["scales"]
        grown = {row["name"]: row for row in run.get("growth", [])}
        largest = scales[-1]["scale"]
        for scale in scales:
            is_largest = scale["scale"] == largest and len(scales) > 1
            lines += [
                "",
                f"## {backend}, {scale['scale']} scale",
                "",
                "| endpoint | req/s | p50 | p95 | p99 | ×floor p50 | ×floor p95 | queries | peak MB |"
                + (" growth p95 | growth queries | goals |" if is_largest else ""),
                "|---|---|---|---|---|---|---|---|---|" + ("---|---|---|" if is_largest else ""),
            ]
            for result in scale["endpoints"]:
                figures = [result[name] for name in TABLE_FIGURES]
                row = f"| {result['name']} | " + " | ".join(cell(figure) for figure in figures) + " |"
                if is_largest:
                    grew = grown.get(result["name"])
                    misses = goal_misses(result, grew)
                    row += (
                        f" {cell(grew and grew['p95_ms'], '×')} | {cell(grew and grew['queries'], '×')} | "
                        + ("⚠ " + "; ".join(misses) if misses else "✓")
                        + " |"
                    )
                lines.append(row)
    lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scales", default="small,large", help="comma-separated, smaller first")
    parser.add_argument("--backends", default="postgres,sqlite", help="postgres and/or sqlite")
    parser.add_argument("--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES))
    parser.add_argument("--users", type=int, default=2, help="concurrent simulated visitors")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--duration", type=int, default=15, help="seconds of load per endpoint")
    parser.add_argument("--export-duration", type=int, default=20, help="seconds of load per export")
    parser.add_argument("--port", type=int, default=8770)
    parser.add_argument("--only", action="append", help="measure only this endpoint (repeatable)")
    parser.add_argument(
        "--report",
        metavar="DATE",
        help="measure nothing: rewrite DATE.md and latest.md from the stored DATE-<backend>.json",
    )
    args = parser.parse_args()
    if args.report:
        write_report(
            args.report,
            {
                path.stem.split("-")[-1]: json.loads(path.read_text())
                for path in sorted(RESULTS.glob(f"{args.report}-*.json"))
            },
        )
        return
    # Stopped from outside (kill), still stop the server and the load generator.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))
    scales = [scale.strip() for scale in args.scales.split(",") if scale.strip()]
    backends = [backend.strip() for backend in args.backends.split(",") if backend.strip()]
    date = datetime.date.today().isoformat()
    RESULTS.mkdir(parents=True, exist_ok=True)
    runs = {}
    for backend in backends:
        database_url = args.postgres_url if backend == "postgres" else None
        run = {
            "date": date,
            "backend": backend,
            "machine": machine(),
            "settings": {"users": args.users, "workers": args.workers, "duration": args.duration},
            "scales": [],
        }
        for scale in scales:
            print(f"{backend}, {scale} scale", flush=True)
            run["scales"].append(run_scale(database_url, scale, args))
        if len(run["scales"]) > 1:
            run["growth"] = growth(run["scales"][0], run["scales"][-1])
        (RESULTS / f"{date}-{backend}.json").write_text(json.dumps(run, indent=2, ensure_ascii=False) + "\n")
        runs[backend] = run
    write_report(date, runs)


def write_report(date: str, runs: dict[str, dict]) -> None:
    report = markdown(date, runs)
    (RESULTS / f"{date}.md").write_text(report)
    (RESULTS / "latest.md").write_text(report)
    print(f"Results: {RESULTS / f'{date}.md'}")


if __name__ == "__main__":
    main()
