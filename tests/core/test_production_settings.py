"""gnista refuses to serve in production mode with an insecure configuration."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOD_KEY = "k" * 20 + "0123456789abcdefghijklmnopqrstuvwxyz"


def start(**environment):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "STATIC_MANIFEST"}
    }
    env.update(environment)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import gnista.wsgi; from django.conf import settings; "
            "print(settings.SESSION_COOKIE_SECURE, settings.SECURE_HSTS_SECONDS)",
        ],
        env=env | {"DJANGO_SETTINGS_MODULE": "gnista.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "environment, complaint",
    [
        ({}, "SECRET_KEY"),
        ({"SECRET_KEY": "short", "ALLOWED_HOSTS": "innovation.example.se"}, "SECRET_KEY"),
        ({"SECRET_KEY": "a" * 60, "ALLOWED_HOSTS": "innovation.example.se"}, "SECRET_KEY"),
        ({"SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "*"}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "x", "DEBUG": "false"}, None),
    ],
)
def test_production_mode_needs_a_secure_configuration(environment, complaint):
    result = start(**environment)
    if complaint is None:
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["True", "31536000"], "secure cookies and HSTS in production"
    else:
        assert result.returncode != 0
        assert "refuses to start in production mode" in result.stderr
        assert complaint in result.stderr


def test_local_use_needs_no_configuration():
    result = start(DEBUG="true")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "0"]


def test_commands_that_serve_nothing_run_without_production_secrets():
    """makemigrations and the like need no SECRET_KEY; only serving is refused."""
    env = {
        key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG"}
    }
    gnista = str(Path(sys.executable).parent / "gnista")
    result = subprocess.run(
        [gnista, "makemigrations", "--check", "--dry-run"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
