"""iCalendar in: feeds fetched over real HTTP from 127.0.0.1, upserted by UID, and every
broken or hostile feed reported without touching what was already imported."""

import datetime
import http.server
import threading
import zoneinfo
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

from gnista.events.feeds import MAX_BYTES, sync
from gnista.events.ical import occurrences
from gnista.events.models import CalendarFeed, Event
from tests import factories

pytestmark = pytest.mark.django_db
FEEDS = Path(__file__).parent / "feeds"
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


class FeedServer:
    """A real HTTP server on 127.0.0.1 that serves what a test puts in `files`."""

    def __init__(self):
        self.files: dict[str, tuple[int, bytes, dict]] = {}
        self.requests: list[dict] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append(dict(self.headers))
                status, body, headers = server.files.get(self.path, (404, b"not found", {}))
                if headers.get("ETag") and self.headers.get("If-None-Match") == headers["ETag"]:
                    status, body = 304, b""
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def serve(self, path, body: bytes, status=200, **headers):
        self.files[path] = (status, body, headers)


@pytest.fixture(autouse=True)
def in_english():
    """The problems are translated; these tests read the English source text."""
    with translation.override("en"):
        yield


@pytest.fixture
def server():
    feed_server = FeedServer()
    yield feed_server
    feed_server.httpd.shutdown()


@pytest.fixture
def feed(server):
    return CalendarFeed.objects.create(
        name="Mindpark", url=server.url + "/cal.ics", organiser=factories.organisation()
    )


def test_google_export_with_recurrence_exdate_and_a_moved_occurrence(server, feed):
    server.serve("/cal.ics", (FEEDS / "google.ics").read_bytes())
    assert sync(feed) == "2 events"
    series = Event.objects.get(uid="frukost-123@google.com")
    assert (series.title_sv, series.place) == (
        "Frukostmöte på Mindpark",
        "Mindpark, Bredgatan 11, Helsingborg",
    )
    assert series.organiser == feed.organiser and series.time_zone == "Europe/Stockholm"
    found = occurrences(
        Event.objects.filter(feed=feed),
        datetime.datetime(2030, 11, 1, tzinfo=STOCKHOLM),
        datetime.datetime(2030, 12, 31, tzinfo=STOCKHOLM),
    )
    starts = [o.starts_at.astimezone(STOCKHOLM).strftime("%m-%d %H:%M") for o in found]
    assert starts == ["11-04 08:00", "11-19 09:00", "11-25 08:00", "12-01 00:00"]
    assert Event.objects.get(uid="dagen-456@google.com").all_day


def test_outlook_export_with_a_windows_time_zone(server, feed):
    server.serve("/cal.ics", (FEEDS / "outlook.ics").read_bytes())
    sync(feed)
    meeting = Event.objects.get()
    assert meeting.starts_at.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M") == "2030-11-05 13:00"
    assert feed.last_error == ""


def test_changed_and_removed_events_follow_the_feed(server, feed):
    original = (FEEDS / "google.ics").read_bytes()
    server.serve("/cal.ics", original)
    sync(feed)
    changed = original.replace(b"T080000\r\nDTEND", b"T083000\r\nDTEND").replace(
        b"T080000\nDTEND", b"T083000\nDTEND"
    )
    without_day = changed.split(b"BEGIN:VEVENT\nDTSTART;VALUE=DATE")[0] + b"END:VCALENDAR\n"
    server.serve("/cal.ics", without_day)
    assert sync(feed) == "1 event"
    series = Event.objects.get()
    assert series.starts_at.astimezone(STOCKHOLM).strftime("%H:%M") == "08:30"
    assert series.sequence == 1, "subscribers see the change"
    assert not Event.objects.filter(uid="dagen-456@google.com").exists()


def test_conditional_get_with_etag(server, feed):
    server.serve("/cal.ics", (FEEDS / "google.ics").read_bytes(), ETag='"v1"')
    sync(feed)
    assert sync(feed) == "unchanged"
    assert server.requests[-1].get("If-None-Match") == '"v1"'


@pytest.mark.parametrize(
    "body, status, problem",
    [
        (b"<html>Not a calendar</html>", 200, "not an iCalendar"),
        (
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:2030\nEND:VEVENT\nEND:VCALENDAR",
            200,
            "cannot be read",
        ),
        (
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:y\nSUMMARY:Utan start\nEND:VEVENT\nEND:VCALENDAR",
            200,
            "DTSTART",
        ),
        (
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:z\nDTSTART:20301101T100000\nRRULE:FREQ=SECONDLY\nEND:VEVENT\nEND:VCALENDAR",
            200,
            "more often than daily",
        ),
        (
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:w\nDTSTART:20301101T100000\nDTEND:20301001T100000\nEND:VEVENT\nEND:VCALENDAR",
            200,
            "ends before",
        ),
        ("BEGIN:VCALENDAR\nSUMMARY:Möte".encode("utf-16"), 200, "UTF-8"),
        (b"BEGIN:VCALENDAR\n" + b"X" * (MAX_BYTES + 10), 200, "larger than"),
        (b"gone", 500, "500"),
    ],
)
def test_broken_feeds_are_reported_and_change_nothing(server, feed, body, status, problem):
    server.serve("/cal.ics", (FEEDS / "google.ics").read_bytes())
    sync(feed)
    before = list(Event.objects.values_list("uid", "starts_at", "sequence"))
    server.serve("/cal.ics", body, status=status)
    assert sync(feed).startswith("error")
    feed.refresh_from_db()
    assert problem in feed.last_error
    assert list(Event.objects.values_list("uid", "starts_at", "sequence")) == before


def test_unreachable_feed_is_reported(feed):
    feed.url = "http://127.0.0.1:9/nothing.ics"
    sync(feed)
    assert "could not be fetched" in feed.last_error


def test_a_feed_cannot_take_over_another_events_uid(server, feed):
    Event.objects.create(
        uid="frukost-123@google.com",
        title_sv="Vår egen",
        starts_at=datetime.datetime(2030, 1, 1, tzinfo=STOCKHOLM),
    )
    server.serve("/cal.ics", (FEEDS / "google.ics").read_bytes())
    assert "belong to other events" in sync(feed)
    assert Event.objects.get(uid="frukost-123@google.com").title_sv == "Vår egen"


def test_sync_command_runs_every_active_feed(server, feed, capsys):
    server.serve("/cal.ics", (FEEDS / "google.ics").read_bytes())
    CalendarFeed.objects.create(
        name="Avstängd", url=server.url + "/off.ics", organiser=feed.organiser, is_active=False
    )
    call_command("sync_calendars")
    assert capsys.readouterr().out.strip() == "Mindpark: 2 events"
