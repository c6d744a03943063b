"""A staff member's one-off upload of an .ics file: the same checks and upsert by UID as
a feed, all or nothing; and the admin's notice that feed-imported events follow the feed."""

import datetime
import zoneinfo
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from gnista.audit.models import AuditEntry
from gnista.events import feeds
from gnista.events.feeds import MAX_BYTES
from gnista.events.models import CalendarFeed, Event
from gnista.portfolio.models import OrganisationKind, Role
from tests import factories

pytestmark = pytest.mark.django_db
FEEDS = Path(__file__).parent / "feeds"
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
URL = "/en/manage/events/import/"


@pytest.fixture(autouse=True)
def in_english():
    """The problems are translated; these tests read the English source text."""
    with translation.override("en"):
        yield


@pytest.fixture
def organiser():
    return factories.organisation(slug="mindpark-events", name_sv="Mindpark")


@pytest.fixture
def coach_client(client):
    client.force_login(factories.staff(Role.COACH))
    return client


def upload(client, organiser, body: bytes, name="calendar.ics", **fields):
    data = {
        "file": SimpleUploadedFile(name, body, content_type="text/calendar"),
        "organiser": organiser.pk,
        "language": "sv",
        "time_zone": "Europe/Stockholm",
    } | fields
    return client.post(URL, data)


def test_uploading_a_file_creates_its_events_and_uploading_again_updates_them(coach_client, organiser):
    hub = factories.organisation(kind=OrganisationKind.HUB)
    original = (FEEDS / "google.ics").read_bytes()
    response = upload(coach_client, organiser, original, hub=hub.pk)
    assert response.status_code == 302
    assert "Imported 2 events: 2 new, 0 updated." in coach_client.get(URL).text
    series = Event.objects.get(uid="frukost-123@google.com")
    assert (series.feed, series.organiser, series.hub, series.title_sv) == (
        None,
        organiser,
        hub,
        "Frukostmöte på Mindpark",
    )
    assert Event.objects.get(uid="dagen-456@google.com").all_day
    assert (
        AuditEntry.objects.filter(action="event.imported", after__uid="frukost-123@google.com").count() == 1
    )

    changed = original.replace(b"T080000\r\nDTEND", b"T083000\r\nDTEND").replace(
        b"T080000\nDTEND", b"T083000\nDTEND"
    )
    response = upload(coach_client, organiser, changed, hub=hub.pk)
    assert response.status_code == 302
    assert "Imported 2 events: 0 new, 2 updated." in coach_client.get(URL).text
    assert Event.objects.count() == 2, "no duplicates"
    series = Event.objects.get(uid="frukost-123@google.com")
    assert series.starts_at.astimezone(STOCKHOLM).strftime("%H:%M") == "08:30"
    assert series.sequence == 1, "subscribers see the change"


def test_an_outlook_file_with_a_windows_time_zone(coach_client, organiser):
    assert upload(coach_client, organiser, (FEEDS / "outlook.ics").read_bytes()).status_code == 302
    meeting = Event.objects.get()
    assert meeting.starts_at.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M") == "2030-11-05 13:00"


@pytest.mark.parametrize(
    "body, name, problem",
    [
        (b"<html>Not a calendar</html>", "calendar.ics", "not an iCalendar"),
        (b"%PDF-1.7 binary \x00\x01", "programme.pdf", "not an iCalendar"),
        (
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:2030\nEND:VEVENT\nEND:VCALENDAR",
            "calendar.ics",
            "cannot be read",
        ),
        (
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:y\nSUMMARY:Utan start\nEND:VEVENT\nEND:VCALENDAR",
            "calendar.ics",
            "DTSTART",
        ),
        (
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:w\nDTSTART:20301101T100000\nDTEND:20301001T100000\n"
            b"END:VEVENT\nEND:VCALENDAR",
            "calendar.ics",
            "ends before",
        ),
        ("BEGIN:VCALENDAR\nSUMMARY:Möte".encode("utf-16"), "calendar.ics", "UTF-8"),
        (b"BEGIN:VCALENDAR\nEND:VCALENDAR\n", "calendar.ics", "no events"),
        (b"BEGIN:VCALENDAR\n" + b"X" * (MAX_BYTES + 10), "calendar.ics", "larger than"),
        (b"", "calendar.ics", "empty"),
    ],
)
def test_a_broken_file_reports_the_problem_and_imports_nothing(coach_client, organiser, body, name, problem):
    good = (FEEDS / "google.ics").read_bytes()
    # The good events first, then a broken one at the end: not even the good ones may land.
    broken_at_the_end = good.replace(
        b"END:VCALENDAR", b"BEGIN:VEVENT\nUID:trasig\nDTSTART:2030\nEND:VEVENT\nEND:VCALENDAR"
    )
    response = upload(coach_client, organiser, broken_at_the_end)
    assert response.status_code == 400 and "cannot be read" in response.text
    assert not Event.objects.exists()

    response = upload(coach_client, organiser, body, name=name)
    assert response.status_code == 400
    assert problem in response.text
    assert "error-summary" in response.text and "Nothing was imported." in response.text
    assert not Event.objects.exists()


def test_an_upload_cannot_take_over_another_events_uid(coach_client, organiser):
    feed = CalendarFeed.objects.create(name="Flöde", url="https://example.se/cal.ics", organiser=organiser)
    Event.objects.create(
        uid="frukost-123@google.com",
        title_sv="Från flödet",
        starts_at=datetime.datetime(2030, 1, 1, tzinfo=STOCKHOLM),
        feed=feed,
        organiser=organiser,
    )
    response = upload(coach_client, organiser, (FEEDS / "google.ics").read_bytes())
    assert response.status_code == 400 and "belong to other events" in response.text
    assert list(Event.objects.values_list("title_sv", flat=True)) == ["Från flödet"]


def test_the_problems_go_through_gettext(coach_client, organiser, monkeypatch):
    monkeypatch.setattr(feeds, "_", lambda message: f"«{message}»")
    response = upload(coach_client, organiser, b"<html>Not a calendar</html>")
    assert "«This is not an iCalendar file (no BEGIN:VCALENDAR).»" in response.text


def test_only_coaches_and_administrators_upload(client, organiser):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/en/accounts/login/")
    client.force_login(factories.user())
    assert client.get(URL).status_code == 403
    client.force_login(factories.staff(Role.ASSESSOR))
    assert upload(client, organiser, (FEEDS / "google.ics").read_bytes()).status_code == 403
    assert not Event.objects.exists()
    client.force_login(factories.staff(Role.ADMINISTRATOR))
    page = client.get(URL)
    assert page.status_code == 200 and 'href="/en/manage/events/import/" aria-current="page"' in page.text


def test_the_admin_says_that_the_sync_overwrites_feed_events(staff_client, organiser):
    feed = CalendarFeed.objects.create(
        name="Mindparks flöde", url="https://example.se/cal.ics", organiser=organiser
    )
    imported = Event.objects.create(
        title_sv="Från flödet", starts_at=datetime.datetime(2030, 1, 1, tzinfo=STOCKHOLM), feed=feed
    )
    own = Event.objects.create(title_sv="Egen", starts_at=datetime.datetime(2030, 1, 1, tzinfo=STOCKHOLM))
    page = staff_client.get(f"/en/admin/events/event/{imported.pk}/change/").text
    assert "overwritten at the next sync" in page and "Mindparks flöde" in page
    assert "overwritten" not in staff_client.get(f"/en/admin/events/event/{own.pk}/change/").text
    page = staff_client.get(f"/en/admin/events/calendarfeed/{feed.pk}/change/").text
    assert "overwritten at the next sync" in page
    assert f"?feed__id__exact={feed.pk}" in page
    assert staff_client.get(f"/en/admin/events/event/?feed__id__exact={feed.pk}").status_code == 200
    assert "overwritten at the next sync" in staff_client.get("/en/admin/events/calendarfeed/add/").text
