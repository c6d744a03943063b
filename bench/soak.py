"""`make soak`: load and fault tests of gnista under gunicorn, as in production (issue 8).

1. load    50 signed-in people read and write (ideas, supports, comments, replies, offers of
           help) for 60 s against PostgreSQL: no 5xx, and every write that got a success
           answer is in the database afterwards.
2. outage  the same load while PostgreSQL restarts: requests during the outage get the 503
           page (JSON under /api/), the workers reconnect by themselves, nothing
           acknowledged is lost.
3. sqlite  20 writers at once on one SQLite database (2 workers of 10 threads): no
           "database is locked" reaches anyone.
4. kill    a worker is SIGKILLed while its transaction is writing (a portfolio import, then
           people posting): nothing is left half written.

Every write carries a unique marker (soak-<run>-<uuid>) in its text, so that
bench/soak_database.py can count afterwards which acknowledged writes are stored. Results go
to bench/results/soak-<date>.json and .md; the exit code is 1 when a requirement fails.
Traffic goes to 127.0.0.1 only, and every loop ends by itself.

    python bench/soak.py [--duration 60] [--users 50] [--only load --only kill]
"""

import argparse
import datetime
import json
import os
import random
import re
import secrets
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field

import psutil
import psycopg
import requests
from server import PYTHON, REPOSITORY, Server, base_environment, prepare_database, sqlite_url

RESULTS = REPOSITORY / "bench" / "results"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/gnista_soak"
POSTGRES_PORT, SQLITE_PORT = 8775, 8776
SCENARIOS = ("load", "outage", "sqlite", "kill")
# The simulated people post far faster than people do; the limits stay in force, raised.
RATE_LIMIT_MULTIPLIER = "1000"
AREAS_PER_IDEA = 2
REQUEST_TIMEOUT = (5, 60)
THINK_SECONDS = (0.0, 0.3)
# After PostgreSQL is back, the pool's reconnection backoff (1 s, 2 s, 4 s ...) and a
# request that had waited for a connection may still end in a 503 this long afterwards.
RECOVERY_GRACE_SECONDS = 15
WORKER_RESPAWN_SECONDS = 60
LANGUAGE_IN_PATH = re.compile(r"^/(sv|en|da)/")

READ_WEIGHTS = {"home": 10, "ideas": 15, "idea": 20, "challenges": 5, "api": 5}
WRITE_WEIGHTS = {"post-idea": 10, "support": 10, "comment": 12, "reply": 5, "offer": 8}


def log(message: str) -> None:
    print(f"[soak {time.strftime('%H:%M:%S')}] {message}", flush=True)


def in_django(environment: dict[str, str], command: str, **arguments) -> dict:
    """Run a bench/soak_database.py command with the server's settings."""
    finished = subprocess.run(
        [PYTHON, str(REPOSITORY / "bench" / "soak_database.py"), command, "-"],
        input=json.dumps(arguments),
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if finished.returncode != 0:
        raise RuntimeError(f"soak_database.py {command} failed:\n{finished.stderr[-3000:]}")
    return json.loads(finished.stdout.strip().splitlines()[-1])


# Traffic


@dataclass
class Answer:
    """One request as the simulated person saw it."""

    at: float  # seconds since the traffic started
    action: str
    path: str
    status: int | None  # None: no HTTP answer (connection refused or reset)
    seconds: float
    error: str = ""
    outage_page: bool = False  # a well-formed 503: Retry-After, HTML in the page's language or JSON
    marker: str | list | None = None  # what an acknowledged write left in the database


@dataclass
class Journal:
    started: float = field(default_factory=time.monotonic)
    answers: list[Answer] = field(default_factory=list)

    def now(self) -> float:
        return time.monotonic() - self.started


def is_outage_page(response: requests.Response, path: str) -> bool:
    if response.status_code != 503 or not response.headers.get("Retry-After", "").isdigit():
        return False
    if path.startswith("/api/"):
        try:
            return bool(response.json().get("detail"))
        except ValueError:
            return False
    language = LANGUAGE_IN_PATH.match(path)
    return response.headers.get("Content-Type", "").startswith("text/html") and (
        language is None or f'<html lang="{language.group(1)}">' in response.text
    )


class Visitor:
    """A signed-in person with their own session cookie, CSRF token and client address
    (sent as X-Forwarded-For, which the server trusts from one proxy, so that rate limits
    count people rather than this one machine)."""

    def __init__(self, base_url: str, person: dict, number: int, targets: dict, run: str, journal: Journal):
        self.base_url, self.person, self.targets, self.run, self.journal = (
            base_url,
            person,
            targets,
            run,
            journal,
        )
        self.http = requests.Session()
        self.http.cookies.set("sessionid", person["session"], domain="127.0.0.1", path="/")
        self.http.headers["X-Forwarded-For"] = f"198.18.{number // 250}.{number % 250 + 1}"
        self.random = random.Random(f"{run}-{number}")

    def marker(self) -> str:
        return f"soak-{self.run}-{uuid.uuid4().hex[:12]}"

    def request(self, action: str, method: str, path: str, data=None, files=None, expect: str = ""):
        """Send one request and note it; a write counts as acknowledged only when it is
        redirected where success leads (`expect`, a regular expression)."""
        started = time.monotonic()
        headers = {}
        if method == "POST":
            headers["X-CSRFToken"] = self.csrf_token() or ""
        answer = Answer(self.journal.now(), action, path, None, 0.0)
        try:
            response = self.http.request(
                method,
                self.base_url + path,
                data=data,
                files=files,
                headers=headers,
                allow_redirects=False,
                timeout=REQUEST_TIMEOUT,
            )
        except requests.RequestException as error:
            answer.error = type(error).__name__
            response = None
        else:
            answer.status = response.status_code
            answer.outage_page = is_outage_page(response, path)
            location = response.headers.get("Location", "")
            if method == "POST" and not (response.status_code == 302 and re.search(expect, location)):
                answer.error = f"not acknowledged: {response.status_code} {location}"[:200]
        answer.seconds = time.monotonic() - started
        self.journal.answers.append(answer)
        return answer, response

    def csrf_token(self) -> str | None:
        if "csrftoken" not in self.http.cookies:
            # Any page with a form sets the cookie; its value goes back in X-CSRFToken.
            self.request("csrf", "GET", "/sv/ideas/new/")
        return self.http.cookies.get("csrftoken")

    def act(self, action: str) -> None:
        idea = self.random.choice(self.targets["ideas"])
        if action == "home":
            self.request(action, "GET", "/sv/")
        elif action == "ideas":
            self.request(action, "GET", f"/sv/ideas/?page={self.random.randint(1, 3)}")
        elif action == "idea":
            self.request(action, "GET", f"/sv/ideas/{idea}/")
        elif action == "challenges":
            self.request(action, "GET", "/en/challenges/")
        elif action == "api":
            self.request(action, "GET", "/api/v1/ideas")
        elif action == "post-idea":
            marker = self.marker()
            data = {
                "title": f"Idé {marker}",
                "description": "Ett förslag från lasttestet.",
                "need": "Att se att inget går förlorat.",
                "areas": self.random.sample(self.targets["areas"], AREAS_PER_IDEA),
                "confirm_public_record": "on",
            }
            answer, _response = self.request(action, "POST", "/sv/ideas/new/", data, expect=r"/ideas/\d+/$")
            answer.marker = marker
        elif action == "support":
            answer, _response = self.request(
                action, "POST", f"/sv/ideas/{idea}/support/", {}, expect=rf"/ideas/{idea}/$"
            )
            answer.marker = [self.person["id"], idea]
        elif action in ("comment", "reply"):
            data = {"body": f"Kommentar {self.marker()}"}
            if action == "reply":
                parent = self.random.choice(self.targets["parents"])
                idea, data["parent"] = parent["idea"], parent["comment"]
            answer, _response = self.request(
                action, "POST", f"/sv/ideas/{idea}/comments/", data, expect=rf"/ideas/{idea}/#comments$"
            )
            answer.marker = data["body"]
        elif action == "offer":
            challenge = self.random.choice(self.targets["challenges"])
            data = {"contributions": ["competence", "time"], "message": f"Erbjudande {self.marker()}"}
            answer, _response = self.request(
                action, "POST", f"/sv/challenges/{challenge}/offers/new/", data, expect=rf"/{challenge}/$"
            )
            answer.marker = data["message"]

    def run_until(self, deadline: float, weights: dict[str, int]) -> None:
        actions, chances = list(weights), list(weights.values())
        while time.monotonic() < deadline:
            self.act(self.random.choices(actions, chances)[0])
            time.sleep(self.random.uniform(*THINK_SECONDS))


def drive(server: Server, setup: dict, run: str, seconds: float, weights: dict[str, int]) -> Journal:
    """Every person of `setup` acts until the time is up; returns what they saw."""
    journal = Journal()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(
            target=Visitor(server.url, person, number, setup, run, journal).run_until,
            args=(deadline, weights),
        )
        for number, person in enumerate(setup["people"])
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return journal


def acknowledged(journal: Journal) -> dict:
    """The writes that got a success answer, by kind, as soak_database.check expects them."""
    kinds = {
        "post-idea": "ideas",
        "comment": "comments",
        "reply": "comments",
        "offer": "offers",
        "support": "supports",
    }
    result = {"ideas": [], "comments": [], "offers": [], "supports": [], "areas_per_idea": AREAS_PER_IDEA}
    for answer in journal.answers:
        if answer.action in kinds and answer.status == 302 and not answer.error:
            result[kinds[answer.action]].append(answer.marker)
    return result


def traffic_summary(journal: Journal) -> dict:
    answers = journal.answers
    seconds = max((answer.at + answer.seconds for answer in answers), default=0.0) or 1.0
    times = sorted(answer.seconds for answer in answers if answer.status is not None)

    def percentile(share: float) -> float:
        return round(times[min(len(times) - 1, int(share * len(times)))] * 1000) if times else 0

    writes = [answer for answer in answers if answer.action in WRITE_WEIGHTS]
    return {
        "requests": len(answers),
        "requests_per_second": round(len(answers) / seconds, 1),
        "median_ms": percentile(0.5),
        "p95_ms": percentile(0.95),
        "p99_ms": percentile(0.99),
        "statuses": dict(sorted(Counter(str(answer.status) for answer in answers).items())),
        "writes_sent": len(writes),
        "writes_acknowledged": sum(1 for answer in writes if answer.status == 302 and not answer.error),
        "server_errors": sum(1 for answer in answers if answer.status and answer.status >= 500),
        "no_answer": sum(1 for answer in answers if answer.status is None),
        "rate_limited": sum(1 for answer in answers if answer.status == 429),
        "unexpected_answers": Counter(
            answer.error for answer in answers if answer.error and answer.status is not None
        ).most_common(5),
    }


def stored_check(environment: dict, run: str, journal: Journal) -> dict:
    return in_django(environment, "check", run=run, acknowledged=acknowledged(journal))


def write_requirements(check: dict) -> dict[str, bool]:
    return {
        "every acknowledged write is stored": check["found"] == check["acknowledged"],
        "nothing is half written": not any(check["half_written"].values()),
    }


# Scenarios


@dataclass
class Outcome:
    name: str
    requirements: dict[str, bool]
    figures: dict

    @property
    def passed(self) -> bool:
        return all(self.requirements.values())


def new_run() -> str:
    return secrets.token_hex(3)


def load(server: Server, environment: dict, options) -> Outcome:
    run = new_run()
    setup = in_django(environment, "people", run=run, count=options.users)
    log(f"load: {options.users} people for {options.duration} s")
    journal = drive(server, setup, run, options.duration, READ_WEIGHTS | WRITE_WEIGHTS)
    traffic, check = traffic_summary(journal), stored_check(environment, run, journal)
    requirements = {
        "no 5xx": traffic["server_errors"] == 0,
        "every request answered": traffic["no_answer"] == 0,
        "writes were made": traffic["writes_acknowledged"] > 0,
        **write_requirements(check),
    }
    figures = {
        "run": run,
        "people": options.users,
        "seconds": options.duration,
        "traffic": traffic,
        "database": check,
        "peak_worker_memory_mb": server.peak_worker_memory_mb(),
    }
    return Outcome("load", requirements, figures)


def postgres_cluster() -> list[str]:
    versions = sorted(os.listdir("/etc/postgresql"))
    return ["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main"]


def postgres_is_ready() -> bool:
    ready = subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"], check=False)
    return ready.returncode == 0


def ensure_postgres_running() -> None:
    """Other work on this machine needs PostgreSQL: it is never left stopped."""
    for _attempt in range(30):
        if postgres_is_ready():
            return
        subprocess.run([*postgres_cluster(), "start"], check=False, capture_output=True)
        time.sleep(1)
    raise RuntimeError("PostgreSQL did not come back; start it with: make postgres")


def outage(server: Server, environment: dict, options) -> Outcome:
    run = new_run()
    setup = in_django(environment, "people", run=run, count=options.users)
    master, workers_before = server.process.pid, server.worker_pids()
    journal_box: list[Journal] = []
    traffic_thread = threading.Thread(
        target=lambda: journal_box.append(
            drive(server, setup, run, options.outage_duration, READ_WEIGHTS | WRITE_WEIGHTS)
        )
    )
    log(f"outage: {options.users} people for {options.outage_duration} s, restart at {options.outage_at} s")
    traffic_thread.start()
    time.sleep(options.outage_at)
    restart_started = time.monotonic()
    try:
        restarted = subprocess.run(
            [*postgres_cluster(), "restart"], capture_output=True, text=True, check=False
        )
    finally:
        ensure_postgres_running()
    restart_ended = time.monotonic()
    traffic_thread.join()
    journal = journal_box[0]
    down_from, down_until = restart_started - journal.started, restart_ended - journal.started
    answers = journal.answers
    outage_answers = [answer for answer in answers if answer.status == 503]
    late = [answer for answer in outage_answers if answer.at > down_until + RECOVERY_GRACE_SECONDS]
    during = [answer for answer in answers if down_from <= answer.at <= down_until]
    # Answered after PostgreSQL was back: it served again.
    after = [answer for answer in answers if answer.at + answer.seconds > down_until and answer.status == 200]
    check = stored_check(environment, run, journal)
    traffic = traffic_summary(journal)
    requirements = {
        "PostgreSQL restarted": restarted.returncode == 0,
        "the outage answers are 503 pages with Retry-After (JSON under /api/)": all(
            answer.outage_page for answer in outage_answers
        ),
        "no other 5xx": traffic["server_errors"] == len(outage_answers),
        "every request answered": traffic["no_answer"] == 0,
        f"recovered within {RECOVERY_GRACE_SECONDS} s, without restarting gunicorn": not late
        and bool(after)
        and server.process.pid == master
        and server.worker_pids() == workers_before,
        "PostgreSQL is running afterwards": postgres_is_ready(),
        **write_requirements(check),
    }
    figures = {
        "run": run,
        "people": options.users,
        "seconds": options.outage_duration,
        "restart_at_s": round(down_from, 1),
        "restart_took_s": round(down_until - down_from, 1),
        "restart_output": (restarted.stdout + restarted.stderr).strip()[-500:],
        # Requests the pool held until PostgreSQL was back (DATABASE_POOL_TIMEOUT) rather than fail.
        # Most requests sent while PostgreSQL restarted wait (in gunicorn's queue, or for a
        # pooled connection up to DATABASE_POOL_TIMEOUT) and are answered once it is back.
        "sent_during_the_restart": len(during),
        "sent_during_the_restart_and_answered": sum(1 for answer in during if answer.status in (200, 302)),
        "answers_503": len(outage_answers),
        "answers_503_well_formed": sum(answer.outage_page for answer in outage_answers),
        "answers_503_detail": [
            {"path": answer.path, "sent_at_s": round(answer.at, 1), "seconds": round(answer.seconds, 1)}
            for answer in outage_answers
        ],
        "first_success_after_restart_s": round(
            min((answer.at + answer.seconds for answer in after), default=-1) - down_until, 1
        ),
        "workers_before": workers_before,
        "workers_after": server.worker_pids(),
        "traffic": traffic,
        "database": check,
    }
    return Outcome("outage", requirements, figures)


def sqlite(environment_for, options) -> Outcome:
    database_url = prepare_database(sqlite_url("gnista-soak.sqlite3"))
    environment = environment_for(database_url) | {"GUNICORN_CMD_ARGS": "--threads 10"}
    run = new_run()
    setup = in_django(environment, "people", run=run, count=options.sqlite_writers)
    with Server(database_url, port=SQLITE_PORT, workers=2, env=environment) as server:
        log_offset = server.log_path.stat().st_size
        log(f"sqlite: {options.sqlite_writers} writers for {options.sqlite_duration} s")
        journal = drive(server, setup, run, options.sqlite_duration, WRITE_WEIGHTS)
        server_log = server.log_path.read_bytes()[log_offset:].decode(errors="replace")
    traffic, check = traffic_summary(journal), stored_check(environment, run, journal)
    locked_in_log = server_log.count("database is locked")
    requirements = {
        "no 5xx (no 'database is locked' reaches anyone)": traffic["server_errors"] == 0,
        "every request answered": traffic["no_answer"] == 0,
        "writes were made": traffic["writes_acknowledged"] > 0,
        **write_requirements(check),
    }
    figures = {
        "run": run,
        "writers": options.sqlite_writers,
        "seconds": options.sqlite_duration,
        "server": "gunicorn, 2 workers × 10 threads",
        "writes_acknowledged": traffic["writes_acknowledged"],
        "errors": traffic["server_errors"] + traffic["no_answer"],
        "database_is_locked_in_server_log": locked_in_log,
        "traffic": traffic,
        "database": check,
    }
    return Outcome("sqlite", requirements, figures)


class WriterFinder:
    """Which worker holds a transaction that has written (PostgreSQL assigned it a
    transaction id), found through pg_stat_activity's client port and the workers' sockets."""

    def __init__(self, database_url: str, server: Server):
        self.database = database_url.rsplit("/", 1)[-1]
        self.server = server
        self.monitor = psycopg.connect(database_url.rsplit("/", 1)[0] + "/postgres", autocommit=True)

    def writing_worker(self) -> int | None:
        ports = {
            port
            for (port,) in self.monitor.execute(
                "SELECT client_port FROM pg_stat_activity WHERE datname = %s AND backend_xid IS NOT NULL"
                " AND pid <> pg_backend_pid()",
                [self.database],
            )
        }
        for pid in self.server.worker_pids():
            try:
                connections = psutil.Process(pid).net_connections(kind="tcp")
            except psutil.NoSuchProcess:
                continue
            if any(connection.laddr.port in ports for connection in connections):
                return pid
        return None

    def kill_while_writing(self, seconds: float) -> int | None:
        """SIGKILL the first worker seen writing within `seconds`; its pid, or None."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            pid = self.writing_worker()
            if pid:
                self.server.kill_worker(pid)
                return pid
            time.sleep(0.005)
        return None

    def close(self) -> None:
        self.monitor.close()


def wait_for_workers(server: Server) -> bool:
    deadline = time.monotonic() + WORKER_RESPAWN_SECONDS
    while time.monotonic() < deadline:
        if len(server.worker_pids()) == server.workers and server.answers("/healthz"):
            return True
        time.sleep(0.2)
    return False


def import_upload(visitor: Visitor, batch: str, data: str) -> Answer:
    answer, _response = visitor.request(
        f"import-{batch}",
        "POST",
        "/sv/manage/transfer/import/",
        data={},
        files={"file": (f"{batch}.csv", data.encode(), "text/csv")},
        expect=r"/manage/transfer/$",
    )
    return answer


def import_file(environment: dict, run: str, batch: str, rows: int) -> str:
    return in_django(environment, "import-file", run=run, batch=batch, rows=rows)["csv"]


def killed_import(server: Server, finder: "WriterFinder", staff: Visitor, data: str, batch: str) -> dict:
    """Upload an import and SIGKILL the worker as soon as its transaction has written."""
    uploads: list[Answer] = []
    upload = threading.Thread(target=lambda: uploads.append(import_upload(staff, batch, data)))
    started = time.monotonic()
    upload.start()
    killed = finder.kill_while_writing(seconds=120)
    killed_after = time.monotonic() - started
    upload.join()
    return {
        "batch": batch,
        "killed_worker": killed,
        "killed_after_s": round(killed_after, 2),
        "answer": uploads[0].status,
        "respawned": wait_for_workers(server),
    }


def posting_under_kills(server: Server, finder: "WriterFinder", setup: dict, run: str, options):
    """People post while, every two seconds, a worker that is writing is killed."""
    kills: list[int | None] = []
    stop = threading.Event()

    def killer() -> None:
        while not stop.wait(2.0):
            kills.append(finder.kill_while_writing(seconds=1.0))

    killing = threading.Thread(target=killer)
    killing.start()
    try:
        journal = drive(server, setup, run, options.kill_duration, {"post-idea": 3, "reply": 2, "support": 1})
    finally:
        stop.set()
        killing.join()
    return journal, kills


def kill(server: Server, environment: dict, database_url: str, options) -> Outcome:
    run = new_run()
    setup = in_django(environment, "people", run=run, count=options.kill_writers, staff=True)
    finder = WriterFinder(database_url, server)
    staff = Visitor(server.url, setup["staff"], 0, setup, run, Journal())
    log(f"kill: SIGKILL during {options.kill_imports} portfolio imports of {options.import_rows} rows")
    try:
        imports = [
            killed_import(
                server, finder, staff, import_file(environment, run, batch, options.import_rows), batch
            )
            for batch in (f"k{number}" for number in range(options.kill_imports))
        ]
        control_answer = import_upload(
            staff, "control", import_file(environment, run, "control", options.import_rows)
        )
        stored = in_django(
            environment, "imported", run=run, batches=[entry["batch"] for entry in imports] + ["control"]
        )
        for entry in imports:
            entry["initiatives_stored"] = stored[entry["batch"]]
        log(f"kill: {options.kill_writers} people posting for {options.kill_duration} s, workers killed")
        posting, kills = posting_under_kills(server, finder, setup, run, options)
        respawned = wait_for_workers(server)
    finally:
        finder.close()
    check = stored_check(environment, run, posting)
    traffic = traffic_summary(posting)
    requirements = {
        "each killed import left all its rows or none": all(
            entry["initiatives_stored"] in (0, options.import_rows) for entry in imports
        ),
        "every kill hit a worker in the middle of writing": all(entry["killed_worker"] for entry in imports)
        and any(kills),
        "an import without a kill stores every row": stored["control"] == options.import_rows
        and control_answer.status == 302,
        "gunicorn replaced every killed worker": respawned and all(entry["respawned"] for entry in imports),
        "no 5xx": traffic["server_errors"] == 0,
        **write_requirements(check),
    }
    figures = {
        "run": run,
        "imports": imports,
        "import_rows": options.import_rows,
        "control_import_stored": stored["control"],
        "control_import_seconds": round(control_answer.seconds, 1),
        "posting_writers": options.kill_writers,
        "posting_seconds": options.kill_duration,
        "workers_killed_while_writing": sum(1 for pid in kills if pid),
        "kill_attempts_without_a_writing_worker": sum(1 for pid in kills if not pid),
        "requests_cut_off_by_a_kill": traffic["no_answer"],
        "traffic": traffic,
        "database": check,
    }
    return Outcome("kill", requirements, figures)


# Report


def markdown(outcomes: list[Outcome], started: str) -> str:
    lines = [f"# Load and fault tests ({started})", "", "Produced by `make soak` (bench/soak.py).", ""]
    for outcome in outcomes:
        lines += [f"## {outcome.name}: {'passed' if outcome.passed else 'FAILED'}", ""]
        lines += [f"- {'✔' if ok else '✘'} {requirement}" for requirement, ok in outcome.requirements.items()]
        figures = outcome.figures
        traffic = figures.get("traffic", {})
        database = figures.get("database", {})
        lines += [
            "",
            "| figure | value |",
            "| --- | --- |",
            *(
                f"| {name} | {value} |"
                for name, value in [
                    ("requests", traffic.get("requests")),
                    ("requests per second", traffic.get("requests_per_second")),
                    (
                        "median / p95 / p99 ms",
                        f"{traffic.get('median_ms')} / {traffic.get('p95_ms')} / {traffic.get('p99_ms')}",
                    ),
                    ("statuses", traffic.get("statuses")),
                    (
                        "writes sent / acknowledged",
                        f"{traffic.get('writes_sent')} / {traffic.get('writes_acknowledged')}",
                    ),
                    ("acknowledged (by kind)", database.get("acknowledged")),
                    ("found in the database", database.get("found")),
                    ("half written", database.get("half_written")),
                    *(
                        (name.replace("_", " "), value)
                        for name, value in figures.items()
                        if name not in ("traffic", "database", "run") and not isinstance(value, list | dict)
                    ),
                ]
                if value not in (None, "")
            ),
        ]
        if outcome.name == "kill":
            lines += [
                "",
                "| import | worker killed | after s | answer | initiatives stored |",
                "| --- | --- | --- | --- | --- |",
            ]
            lines += [
                f"| {entry['batch']} | {entry['killed_worker']} | {entry['killed_after_s']} "
                f"| {entry['answer']} | {entry['initiatives_stored']} of {figures['import_rows']} |"
                for entry in figures["imports"]
            ]
        lines.append("")
    return "\n".join(lines)


def options_from(argv: list[str]):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", action="append", choices=SCENARIOS, help="run only these scenarios")
    parser.add_argument("--database-url", default=os.environ.get("SOAK_DATABASE_URL", DEFAULT_DATABASE_URL))
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60, help="seconds of the load scenario")
    parser.add_argument("--outage-duration", type=float, default=45)
    parser.add_argument("--outage-at", type=float, default=15, help="seconds into the outage run")
    parser.add_argument("--sqlite-writers", type=int, default=20)
    parser.add_argument("--sqlite-duration", type=float, default=30)
    parser.add_argument("--import-rows", type=int, default=1000)
    parser.add_argument("--kill-imports", type=int, default=2)
    parser.add_argument("--kill-writers", type=int, default=20)
    parser.add_argument("--kill-duration", type=float, default=12)
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    options = options_from(argv)
    chosen = options.only or list(SCENARIOS)
    started = datetime.datetime.now().replace(microsecond=0)
    secret_key = secrets.token_urlsafe(64)

    def environment_for(database_url: str) -> dict[str, str]:
        # The sessions made by soak_database.py are signed with the server's secret key.
        return base_environment(
            database_url, {"SECRET_KEY": secret_key, "RATE_LIMIT_MULTIPLIER": RATE_LIMIT_MULTIPLIER}
        )

    outcomes = []
    postgres_scenarios = [name for name in chosen if name != "sqlite"]
    if postgres_scenarios:
        ensure_postgres_running()
        database_url = prepare_database(options.database_url)
        environment = environment_for(database_url)
        with Server(database_url, port=POSTGRES_PORT, workers=2, env=environment) as server:
            for name in postgres_scenarios:
                if name == "load":
                    outcomes.append(load(server, environment, options))
                elif name == "outage":
                    outcomes.append(outage(server, environment, options))
                elif name == "kill":
                    outcomes.append(kill(server, environment, database_url, options))
                log(f"{name}: {'passed' if outcomes[-1].passed else 'FAILED'}")
    if "sqlite" in chosen:
        outcomes.append(sqlite(environment_for, options))
        log(f"sqlite: {'passed' if outcomes[-1].passed else 'FAILED'}")

    RESULTS.mkdir(parents=True, exist_ok=True)
    # A partial run (--only) keeps its own file, so that it never replaces a full run's.
    stem = RESULTS / "-".join([f"soak-{started:%Y-%m-%d}", *(options.only or [])])
    record = {
        "started": started.isoformat(),
        "scenarios": {
            outcome.name: {"passed": outcome.passed, "requirements": outcome.requirements, **outcome.figures}
            for outcome in outcomes
        },
    }
    stem.with_suffix(".json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    report = markdown(outcomes, started.isoformat(sep=" "))
    stem.with_suffix(".md").write_text(report)
    print(report)
    print(f"Written to {stem}.json and {stem}.md")
    return 0 if all(outcome.passed for outcome in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
