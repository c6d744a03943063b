"""RATE_LIMIT_MULTIPLIER raises the posting limits (for load tests) and cannot lower them."""

import os
import subprocess
import sys

import pytest

from gnista.participation.models import Idea
from tests import factories

pytestmark = pytest.mark.django_db

IDEAS_PER_HOUR = 10


def post_ideas(client, count: int) -> list[int]:
    data = {"description": "Alla tak.", "need": "Lägre elkostnad.", "confirm_public_record": "on"}
    return [
        client.post("/sv/ideas/new/", data | {"title": f"Idé {number}"}).status_code
        for number in range(count)
    ]


def test_the_multiplier_raises_the_limit(client, settings):
    settings.RATE_LIMIT_MULTIPLIER = 3
    client.force_login(factories.user())
    statuses = post_ideas(client, 3 * IDEAS_PER_HOUR + 1)
    assert statuses[:-1] == [302] * 3 * IDEAS_PER_HOUR
    assert statuses[-1] == 429
    assert Idea.objects.count() == 3 * IDEAS_PER_HOUR


@pytest.mark.parametrize("value, multiplier", [("", 1), ("0", 1), ("-5", 1), ("50", 50)])
def test_the_multiplier_never_lowers_the_limit(value, multiplier):
    environment = os.environ | {"DJANGO_SETTINGS_MODULE": "gnista.settings", "RATE_LIMIT_MULTIPLIER": value}
    read = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.RATE_LIMIT_MULTIPLIER)"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert int(read.stdout) == multiplier
