"""`gnista sync-calendars --every SECONDS` keeps running and syncs again and again, against
a real HTTP server on 127.0.0.1, and stops cleanly."""

import time
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from gnista.events.management.commands import sync_calendars
from gnista.events.models import CalendarFeed, Event
from tests import factories
from tests.events.test_feeds import FeedServer

pytestmark = pytest.mark.django_db
FEEDS = Path(__file__).parent / "feeds"


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def server():
    feed_server = FeedServer()
    yield feed_server
    feed_server.httpd.shutdown()


@pytest.fixture
def feed(server):
    server.serve("/cal.ics", (FEEDS / "google.ics").read_bytes())
    return CalendarFeed.objects.create(
        name="Mindpark", url=server.url + "/cal.ics", organiser=factories.organisation()
    )


def test_every_syncs_round_after_round(server, feed, capsys):
    started = time.monotonic()
    call_command("sync_calendars", every=1, times=2)
    assert time.monotonic() - started >= 1, "it waits between rounds"
    assert len(server.requests) == 2
    assert capsys.readouterr().out.splitlines() == [
        "Mindpark: 2 events",
        "Mindpark: 2 events",
        "Stopped after 2 round(s).",
    ]
    assert Event.objects.filter(feed=feed).count() == 2


def test_a_feed_that_breaks_between_rounds_is_reported_and_keeps_its_events(server, feed, monkeypatch):
    rounds = []
    original = sync_calendars.Command.sync_all

    def sync_all(command):
        original(command)
        rounds.append(1)
        server.serve("/cal.ics", b"<html>Down for maintenance</html>")

    monkeypatch.setattr(sync_calendars.Command, "sync_all", sync_all)
    call_command("sync_calendars", every=1, times=2)
    feed.refresh_from_db()
    assert len(rounds) == 2 and "not an iCalendar" in feed.last_error
    assert Event.objects.filter(feed=feed).count() == 2


def test_ctrl_c_stops_the_loop_cleanly(feed, monkeypatch, capsys):
    calls = []

    def sync_all(command):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(sync_calendars.Command, "sync_all", sync_all)
    call_command("sync_calendars", every=1)
    assert capsys.readouterr().out.strip() == "Stopped after 1 round(s)."


def test_bad_arguments_are_refused():
    with pytest.raises(CommandError):
        call_command("sync_calendars", times=2)
    with pytest.raises(CommandError):
        call_command("sync_calendars", every=0)
