"""A production-like gnista server for the benchmarks (and the soak test): gunicorn with
DEBUG off, a throwaway secret key and static files through whitenoise, on a database that
`prepare_database` migrated and filled.

    url = prepare_database(None, scale="small")      # SQLite file under var/bench/
    with Server(url) as server:
        ...  # drive server.url; server.peak_worker_memory_mb()
"""

import json
import os
import re
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psutil

REPOSITORY = Path(__file__).resolve().parent.parent
BENCH_VAR = REPOSITORY / "var" / "bench"
PYTHON = sys.executable
STARTUP_TIMEOUT_SECONDS = 60
STOP_TIMEOUT_SECONDS = 30


def gnista_command(*arguments: str, env: dict[str, str], quiet: bool = False) -> None:
    """Run a management command in its own process, so that it reads DATABASE_URL afresh."""
    subprocess.run(
        [PYTHON, "-m", "gnista.cli", *arguments],
        cwd=REPOSITORY,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def base_environment(database_url: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The production settings, relaxed only where plain http on 127.0.0.1 needs it, through
    the environment variables settings.py reads."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "gnista.settings",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1",
        # Browsers drop secure cookies over plain http; the load generator does not care,
        # but the soak test may sign in.
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "VAR_DIR": str(BENCH_VAR),
        "DATABASE_URL": database_url,
        "GNISTA_COUNT_QUERIES": "true",
        # The load generator sends X-Forwarded-For with a different address per simulated
        # visitor, so the API's per-address rate limit counts visitors, not the one machine.
        "TRUSTED_PROXY_COUNT": "1",
        "LOG_LEVEL": "WARNING",
    }
    environment.pop("TASKS_BACKEND", None)
    return environment | (extra or {})


def sqlite_url(name: str) -> str:
    BENCH_VAR.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{BENCH_VAR / name}"


def is_postgres(database_url: str) -> bool:
    return urlsplit(database_url).scheme in ("postgres", "postgresql", "pgsql")


def with_database_name(database_url: str, name: str) -> str:
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path="/" + name))


def ensure_postgres_database(database_url: str) -> None:
    import psycopg

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def drop_postgres_database(database_url: str) -> None:
    import psycopg

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def marker_path(database_url: str) -> Path:
    """Where prepare_database notes what a database holds, so a re-run can reuse it."""
    parts = urlsplit(database_url)
    if is_postgres(database_url):
        label = f"postgres-{parts.hostname}-{parts.port or 5432}-{parts.path.lstrip('/')}"
    else:
        label = "sqlite-" + Path(parts.path).name
    return BENCH_VAR / f"{label}.prepared.json"


def generator_version() -> int:
    """The generator's DATA_VERSION: another version means a cached database is stale (new
    migrations are simply applied to it). Read from the source, as Django is not set up here."""
    source = (REPOSITORY / "gnista" / "demo" / "synthetic.py").read_text()
    return int(re.search(r"^DATA_VERSION = (\d+)", source, re.MULTILINE).group(1))


def prepare_database(database_url: str | None, *, scale: str | None = None) -> str:
    """Migrate a database and load the demo data, plus `gnista generate --scale` when a
    scale is given; reuse it when an earlier run prepared the same scale. database_url None
    is a SQLite file under var/bench/; a PostgreSQL URL without a database name gets
    gnista_bench_<scale>. Returns the URL to serve."""
    label = scale or "demo"
    if database_url is None:
        database_url = sqlite_url(f"gnista-{label}.sqlite3")
    elif is_postgres(database_url) and urlsplit(database_url).path in ("", "/"):
        database_url = with_database_name(database_url, f"gnista_bench_{label}")
    wanted = {"scale": scale, "generator": generator_version() if scale else None}
    marker = marker_path(database_url)
    environment = base_environment(database_url)
    if marker.exists() and json.loads(marker.read_text()).get("prepared") == wanted:
        database_file = urlsplit(database_url).path
        if is_postgres(database_url) or Path(database_file).exists():
            gnista_command("migrate", "--noinput", env=environment, quiet=True)
            return database_url
    if is_postgres(database_url):
        drop_postgres_database(database_url)
        ensure_postgres_database(database_url)
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(urlsplit(database_url).path + suffix).unlink(missing_ok=True)
    marker.unlink(missing_ok=True)
    started = time.monotonic()
    gnista_command("migrate", "--noinput", env=environment, quiet=True)
    gnista_command("createcachetable", env=environment)
    gnista_command("demo", env=environment)
    demo_seconds = time.monotonic() - started
    generate_seconds = None
    if scale:
        started = time.monotonic()
        gnista_command("generate", "--scale", scale, env=environment)
        generate_seconds = time.monotonic() - started
    if is_postgres(database_url):
        import psycopg

        with psycopg.connect(database_url, autocommit=True) as connection:
            connection.execute("VACUUM ANALYZE")
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(
        json.dumps(
            {
                "prepared": wanted,
                "demo_seconds": round(demo_seconds, 1),
                "generate_seconds": round(generate_seconds, 1) if generate_seconds is not None else None,
            },
            indent=2,
        )
    )
    return database_url


def preparation_record(database_url: str) -> dict:
    """What prepare_database noted about a database (timings included)."""
    marker = marker_path(database_url)
    return json.loads(marker.read_text()) if marker.exists() else {}


def high_water_mark_mb(pid: int) -> float:
    """A process's peak resident memory (VmHWM), in MiB."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Server:
    """gunicorn serving gnista as in production; a context manager that waits for /healthz
    on entry and stops the server on exit."""

    def __init__(
        self,
        database_url: str | None,
        *,
        port: int = 8765,
        workers: int = 2,
        env: dict[str, str] | None = None,
    ):
        self.database_url = database_url or sqlite_url("gnista-demo.sqlite3")
        self.port = port
        self.workers = workers
        self.url = f"http://127.0.0.1:{port}"
        self.environment = base_environment(self.database_url, env)
        self.process: subprocess.Popen | None = None
        self.log_path = BENCH_VAR / f"gunicorn-{port}.log"
        # Peaks of workers that have since exited (killed or restarted) still count.
        self.departed_peaks_mb: dict[int, float] = {}

    def __enter__(self) -> "Server":
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def start(self) -> None:
        gnista_command("collectstatic", "--noinput", env=self.environment, quiet=True)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "gnista.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--timeout",
                "120",
            ],
            cwd=REPOSITORY,
            env=self.environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}; see {self.log_path}")
            if self.answers("/healthz") and len(self.worker_pids()) >= self.workers:
                return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer /healthz within {STARTUP_TIMEOUT_SECONDS} s")

    def answers(self, path: str) -> bool:
        try:
            with urllib.request.urlopen(self.url + path, timeout=2) as response:
                return response.status == 200
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return False

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def worker_pids(self) -> list[int]:
        if self.process is None or self.process.poll() is not None:
            return []
        try:
            return sorted(child.pid for child in psutil.Process(self.process.pid).children())
        except psutil.NoSuchProcess:
            return []

    def peak_worker_memory_mb(self) -> float:
        """The highest peak resident memory of any worker since start (or the last
        restart_workers), killed workers included."""
        current = [high_water_mark_mb(pid) for pid in self.worker_pids()]
        return round(max([*current, *self.departed_peaks_mb.values(), 0.0]), 1)

    def restart_workers(self) -> None:
        """Replace every worker by a fresh one (gunicorn does so gracefully on SIGHUP) and
        start the peak memory over, so that what one endpoint allocated does not count
        against the next."""
        before = set(self.worker_pids())
        self.process.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            current = set(self.worker_pids())
            if len(current) >= self.workers and not current & before and self.answers("/healthz"):
                self.departed_peaks_mb.clear()
                return
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not replace its workers within {STARTUP_TIMEOUT_SECONDS} s")

    def kill_worker(self, pid: int) -> None:
        """SIGKILL one worker; the gunicorn master starts a new one in its place."""
        if pid not in self.worker_pids():
            raise ValueError(f"{pid} is not a worker of this server")
        self.departed_peaks_mb[pid] = high_water_mark_mb(pid)
        os.kill(pid, signal.SIGKILL)
