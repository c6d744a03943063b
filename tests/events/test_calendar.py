"""The shared event calendar: recurrence, pages, and valid iCalendar out."""

import datetime
import json
import re
import zoneinfo

import icalendar
import pytest
from django.utils import timezone

from gnista.events import services
from gnista.events.models import ChangedOccurrence, Event
from gnista.portfolio.models import OrganisationKind
from tests import factories

pytestmark = pytest.mark.django_db
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


def at(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=STOCKHOLM)


def event(**fields) -> Event:
    areas = fields.pop("areas", [])
    defaults = {"title_sv": "Frukostmöte", "starts_at": at(2030, 1, 7, 8), "ends_at": at(2030, 1, 7, 9, 30)}
    item = services.save_event(Event(**(defaults | fields)))
    item.areas.set(areas)
    return item


@pytest.fixture
def weekly():
    """Mondays at 8 for five weeks; the third is skipped, the fourth moved to Tuesday."""
    hub = factories.organisation(slug="mindpark", kind=OrganisationKind.HUB, name_sv="Mindpark")
    series = event(
        title_sv="Frukost på Mindpark",
        hub=hub,
        rrule="FREQ=WEEKLY;COUNT=5",
        exdates=[at(2030, 1, 21, 8).isoformat()],
    )
    ChangedOccurrence.objects.create(
        event=series,
        recurrence_id=at(2030, 1, 28, 8),
        starts_at=at(2030, 1, 29, 8),
        ends_at=at(2030, 1, 29, 9, 30),
    )
    return series


@pytest.fixture
def feed(monkeypatch):
    """The feed as a calendar app that does not ask for compression reads it, in December
    2029 (the feed carries three months back and two years ahead)."""
    monkeypatch.setattr(timezone, "now", lambda: at(2029, 12, 1, 12))

    def read(client, query=""):
        response = client.get(f"/calendar.ics{query}")
        assert response.status_code == 200 and response["Content-Type"] == "text/calendar; charset=utf-8"
        return icalendar.Calendar.from_ical(b"".join(response.streaming_content))

    return read


def listed(client, query=""):
    response = client.get(f"/sv/events/?start=2030-01-01&end=2030-03-01{query}")
    assert response.status_code == 200
    return [
        (o.event.title, o.starts_at.astimezone(STOCKHOLM).date().isoformat(), o.cancelled)
        for o in response.context["page"].object_list
    ]


def test_recurring_series_with_an_exdate_and_a_moved_occurrence(client, weekly):
    assert [day for _, day, _ in listed(client)] == ["2030-01-07", "2030-01-14", "2030-01-29", "2030-02-04"]


def test_filters_by_hub_area_organiser_and_text(client, weekly):
    area = factories.area(slug="tech")
    organiser = factories.organisation(slug="lu", name_sv="Lunds universitet")
    event(
        title_sv="Föreläsning om AI",
        starts_at=at(2030, 2, 10, 14),
        ends_at=None,
        areas=[area],
        organiser=organiser,
    )
    assert {title for title, _, _ in listed(client, "&hub=mindpark")} == {"Frukost på Mindpark"}
    assert {title for title, _, _ in listed(client, "&area=tech")} == {"Föreläsning om AI"}
    assert {title for title, _, _ in listed(client, "&organiser=lu")} == {"Föreläsning om AI"}
    assert {title for title, _, _ in listed(client, "&q=föreläsning")} == {"Föreläsning om AI"}
    response = client.get("/sv/events/?hub=nowhere&start=banana")
    assert response.status_code == 200 and len(response.context["notices"]) == 2


def test_past_events_are_in_the_archive(client):
    event(title_sv="Gammalt möte", starts_at=at(2020, 5, 4, 10), ends_at=None)
    assert "Gammalt möte" not in client.get("/sv/events/").text
    assert "Gammalt möte" in client.get("/sv/events/?when=past&start=2020-01-01&end=2020-12-31").text


def test_month_view(client, weekly):
    response = client.get("/sv/events/2030/1/")
    assert response.status_code == 200
    assert response.text.count("Frukost på Mindpark") == 3, (
        "7, 14 and 29 January; 4 February is not in the grid"
    )
    assert client.get("/sv/events/2030/13/").status_code == 404
    assert client.get("/sv/events/1900/1/").status_code == 404


def test_detail_page_has_json_ld_and_an_add_to_calendar_file(client, weekly):
    html = client.get(weekly.get_absolute_url()).text
    data = json.loads(
        re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "Event" and data["name"] == "Frukost på Mindpark"
    assert data["location"]["name"] == "Mindpark"
    response = client.get(f"/sv/events/{weekly.pk}/event.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert icalendar.Calendar.from_ical(response.content).walk("VEVENT")


def test_feed_is_valid_icalendar_with_timezones_and_stable_uids(client, weekly, feed):
    first = feed(client)
    second = feed(client)
    assert first["VERSION"] == "2.0" and first["PRODID"]
    assert [tz["TZID"] for tz in first.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    events = first.walk("VEVENT")
    assert (
        [str(e["UID"]) for e in events] == [str(e["UID"]) for e in second.walk("VEVENT")] == [weekly.uid] * 2
    )
    master, moved = events
    assert str(master["RRULE"].to_ical(), "ascii") == "FREQ=WEEKLY;COUNT=5"
    assert (
        master["DTSTART"].dt == at(2030, 1, 7, 8) and master["DTSTART"].params["TZID"] == "Europe/Stockholm"
    )
    assert [d.dt for d in master["EXDATE"].dts] == [at(2030, 1, 21, 8)]
    assert moved["RECURRENCE-ID"].dt == at(2030, 1, 28, 8)


def test_sequence_increases_when_an_event_changes_and_cancelled_events_say_so(client, feed):
    item = event()
    item.description_sv = "Nu med kaffe"
    services.save_event(item)
    assert item.sequence == 0, "a new description is not a reschedule"
    item.starts_at = at(2030, 1, 7, 9)
    services.save_event(item)
    item.status = "cancelled"
    services.save_event(item)
    [vevent] = feed(client).walk("VEVENT")
    assert vevent["SEQUENCE"] == 2 and vevent["STATUS"] == "CANCELLED"


def test_feed_filters_and_language(client, weekly, feed):
    weekly.title_en = "Breakfast at Mindpark"
    weekly.save()
    event(title_sv="Annat")
    summaries = [str(e["SUMMARY"]) for e in feed(client, "?hub=mindpark&lang=en").walk("VEVENT")]
    assert set(summaries) == {"Breakfast at Mindpark"}


def test_all_day_events_are_dates(client, feed):
    event(title_sv="Innovationsdagen", all_day=True, starts_at=at(2030, 3, 2), ends_at=at(2030, 3, 3))
    [vevent] = feed(client).walk("VEVENT")
    assert vevent["DTSTART"].dt == datetime.date(2030, 3, 2)
    assert vevent["DTEND"].dt == datetime.date(2030, 3, 4), "DTEND is exclusive"


@pytest.mark.parametrize("rule", ["FREQ=SOMETIMES", "COUNT=3", "FREQ=WEEKLY;BYDAY=XX"])
def test_bad_repetition_rules_are_refused(rule):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        event(rrule=rule)
    assert not Event.objects.exists()


def test_endless_series_stay_bounded(client):
    event(rrule="FREQ=DAILY")
    response = client.get("/sv/events/?start=2030-01-01&end=2030-12-31")
    assert response.context["page"].paginator.count == 359, "7 January to 31 December"


def test_a_series_starting_at_a_fraction_of_a_second_has_each_occurrence_once():
    from gnista.events.ical import occurrences

    series = event(rrule="FREQ=DAILY;COUNT=3", starts_at=at(2030, 1, 7, 8, 0, 0, 123456), ends_at=None)
    found = occurrences([series], at(2030, 1, 1), at(2030, 2, 1))
    assert [occurrence.starts_at.day for occurrence in found] == [7, 8, 9]
