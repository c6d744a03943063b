"""The `gnista` console command."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

GNISTA = str(Path(sys.executable).parent / "gnista")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_environment(tmp_path, **extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "STATIC_MANIFEST", "DATABASE_URL"}
    }
    return env | {"VAR_DIR": str(tmp_path)} | extra


def test_management_commands_run_through_gnista(tmp_path):
    result = subprocess.run(
        [GNISTA, "help", "demo"],
        env=clean_environment(tmp_path, DEBUG="true"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "--if-empty" in result.stdout


def test_serve_refuses_an_insecure_production_configuration(tmp_path):
    result = subprocess.run(
        [GNISTA, "serve", "--port", str(free_port())],
        env=clean_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "refuses to start in production mode" in result.stderr


def test_serve_runs_gunicorn_with_production_settings(tmp_path):
    port = free_port()
    env = clean_environment(
        tmp_path,
        SECRET_KEY="s3cr3t-" + "x9y8z7w6v5" * 6,
        ALLOWED_HOSTS="127.0.0.1",
        BEHIND_HTTPS_PROXY="true",
    )
    server = subprocess.Popen(
        [GNISTA, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                request = urllib.request.Request(
                    f"http://127.0.0.1:{port}/healthz", headers={"X-Forwarded-Proto": "https"}
                )
                with urllib.request.urlopen(request, timeout=2) as response:
                    headers, body = response.headers, response.read()
                break
            except OSError:
                assert server.poll() is None, server.stdout.read()
                assert time.monotonic() < deadline, "gunicorn did not answer within a minute"
                time.sleep(0.3)
        assert body == b'{"status": "ok"}'
        assert headers["Strict-Transport-Security"] == "max-age=31536000", "HSTS behind an HTTPS proxy"
        assert (tmp_path / "static" / "staticfiles.json").exists(), "serve collects the static files first"
    finally:
        server.terminate()
        server.wait(timeout=30)
