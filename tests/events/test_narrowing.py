"""The calendar at scale: the database narrows the events to those that can occur in a
range (plain events by start, series by repeats_until), pages through the occurrences
without reading them all, and the result is what expanding every event with
recurring-ical-events gives."""

import datetime
import gzip
import importlib
import itertools
import random
import re
import zoneinfo

import icalendar
import pytest
import recurring_ical_events
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from gnista.events import filters, ical, services, views
from gnista.events.models import ChangedOccurrence, Event
from tests import factories

pytestmark = pytest.mark.django_db
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
ZONES = ["Europe/Stockholm", "America/New_York", "Pacific/Auckland", "UTC"]


def at(*args, zone=STOCKHOLM) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=zone)


def event(title: str, starts_at, ends_at=None, **fields) -> Event:
    return services.save_event(Event(title_sv=title, starts_at=starts_at, ends_at=ends_at, **fields))


def expanding_everything(start, end) -> list[tuple]:
    """What the calendar showed before it narrowed anything: every event expanded."""
    events = list(Event.objects.prefetch_related("changes"))
    by_uid = {item.uid: item for item in events}
    found = []
    for component in recurring_ical_events.of(ical.calendar(events, "")).between(start, end):
        item = by_uid[str(component["UID"])]
        begins = ical._as_datetime(component.start, item.zone)
        ends = ical._as_datetime(component["DTEND"].dt, item.zone)
        if item.all_day:
            ends -= datetime.timedelta(days=1)
        cancelled = str(component.get("STATUS", "")).lower() == "cancelled"
        found.append((item.pk, begins, ends, cancelled))
    return sorted(found, key=lambda found: (found[1], found[0]))


def as_tuples(occurrences) -> list[tuple]:
    return [(o.event.pk, o.starts_at, o.ends_at, o.cancelled) for o in occurrences]


@pytest.fixture
def calendar_of_every_kind():
    """Events of every kind around March 2030 (summer time begins on the 31st)."""
    rng = random.Random(7)
    for number in range(80):
        zone = zoneinfo.ZoneInfo(rng.choice(ZONES))
        starts_at = at(2030, 3, 1, zone=zone) + datetime.timedelta(
            minutes=15 * rng.randint(-4 * 24 * 40, 4 * 24 * 40)
        )
        if rng.random() < 0.1:
            starts_at += datetime.timedelta(microseconds=rng.randint(1, 999_999))
        ends_at = (
            starts_at + datetime.timedelta(hours=rng.choice([0, 1, 2, 30, 24 * 20]))
            if rng.random() < 0.8
            else None
        )
        kind = rng.random()
        fields = {"time_zone": zone.key, "status": "cancelled" if rng.random() < 0.1 else "confirmed"}
        if kind < 0.15:
            fields["all_day"] = True
            starts_at = starts_at.replace(hour=0, minute=0, second=0, microsecond=0)
            ends_at = starts_at + datetime.timedelta(days=rng.choice([0, 1, 3])) if ends_at else None
        elif kind < 0.45:
            fields["rrule"] = rng.choice(
                [
                    "FREQ=WEEKLY;COUNT=6",
                    "FREQ=DAILY;INTERVAL=3;COUNT=12",
                    "FREQ=MONTHLY;BYDAY=2TU;COUNT=4",
                    "FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20300415T000000Z",
                    "FREQ=WEEKLY;INTERVAL=2",
                ]
            )
            ends_at = ends_at if ends_at and ends_at - starts_at < datetime.timedelta(days=1) else None
            starts_at = starts_at.replace(microsecond=0)
            fields["exdates"] = [(starts_at + datetime.timedelta(days=7)).isoformat()]
        item = event(f"Event {number}", starts_at, ends_at, **fields)
        if item.rrule and rng.random() < 0.5:
            occurrence = next(iter(ical._whole_series(ical.Timing.of(item)) or [None]), None)
            if occurrence:
                moved = occurrence[4] + datetime.timedelta(days=rng.choice([-2, 1, 40]))
                ChangedOccurrence.objects.create(
                    event=item,
                    recurrence_id=occurrence[4],
                    starts_at=moved,
                    ends_at=moved + datetime.timedelta(hours=1),
                    status=rng.choice(["confirmed", "cancelled"]),
                )
    event("Series begun long ago", at(2025, 1, 6, 8), at(2025, 1, 6, 9), rrule="FREQ=WEEKLY")
    event("Series that ended", at(2025, 1, 6, 8), at(2025, 1, 6, 9), rrule="FREQ=WEEKLY;COUNT=3")
    event("Daily for years", at(2028, 6, 1, 7), rrule="FREQ=DAILY;UNTIL=20330101T000000Z", exdates=[])


WINDOWS = [
    (at(2030, 3, 1), at(2030, 4, 1)),
    (at(2030, 3, 30), at(2030, 4, 2)),
    (at(2030, 3, 10, 12, 0, 0, 500), at(2030, 3, 24, 7, 45, 0, 1)),
    (at(2030, 2, 24, zone=datetime.UTC), at(2030, 4, 7, zone=datetime.UTC)),
    (at(2029, 1, 1), at(2030, 12, 31)),
]


@pytest.mark.parametrize("start, end", WINDOWS)
def test_the_narrowed_calendar_finds_what_expanding_every_event_finds(calendar_of_every_kind, start, end):
    expected = expanding_everything(start, end)
    assert as_tuples(ical.occurrences(Event.objects.all(), start, end)) == expected
    found = ical.OccurrenceList(Event.objects.all(), start, end)
    assert len(found) == len(expected)
    assert [
        item for first in range(0, len(found), 7) for item in as_tuples(found[first : first + 7])
    ] == expected
    newest_first = ical.OccurrenceList(Event.objects.all(), start, end, descending=True)
    assert as_tuples(newest_first[0 : len(expected)]) == expected[::-1]
    confirmed = ical.OccurrenceList(Event.objects.all(), start, end, cancelled=False)
    assert as_tuples(confirmed[: len(expected)]) == [item for item in expected if not item[3]]


def test_a_series_begun_long_ago_reaches_the_range_and_one_that_ended_is_not_read():
    event("Every Monday since 2025", at(2025, 1, 6, 8), at(2025, 1, 6, 9), rrule="FREQ=WEEKLY")
    event("Three Mondays in 2025", at(2025, 1, 6, 8), at(2025, 1, 6, 9), rrule="FREQ=WEEKLY;COUNT=3")
    event("Until the end of 2029", at(2025, 1, 6, 8), rrule="FREQ=WEEKLY;UNTIL=20291231T000000Z")
    event("A long exhibition", at(2029, 12, 1, 10), at(2030, 6, 1, 18))
    event("Long over", at(2029, 12, 1, 10), at(2029, 12, 1, 12))
    start, end = at(2030, 3, 1), at(2030, 4, 1)
    read = {item.title for item in ical.could_occur_between(Event.objects.all(), start, end)}
    assert read == {"Every Monday since 2025", "A long exhibition"}
    found = ical.occurrences(Event.objects.all(), start, end)
    assert [o.starts_at.day for o in found if o.event.title == "Every Monday since 2025"] == [4, 11, 18, 25]
    assert {o.event.title for o in found} == {"Every Monday since 2025", "A long exhibition"}


def test_repeats_until_follows_the_rule_and_the_changed_occurrences():
    weekly = event("Weekly", at(2030, 1, 7, 8), at(2030, 1, 7, 9), rrule="FREQ=WEEKLY;COUNT=3")
    assert weekly.repeats_until == at(2030, 1, 21, 9)
    until = event("Until", at(2030, 1, 7, 8), rrule="FREQ=DAILY;UNTIL=20300110T070000Z")
    assert until.repeats_until == at(2030, 1, 10, 8)
    assert event("Endless", at(2030, 1, 7, 8), rrule="FREQ=WEEKLY").repeats_until is None
    assert event("Single", at(2030, 1, 7, 8), at(2030, 1, 7, 9)).repeats_until is None
    assert event("Exhibition", at(2030, 1, 7, 10), at(2030, 3, 1, 18)).repeats_until == at(2030, 3, 1, 18), (
        "an event longer than a day is found by its end"
    )
    moved = ChangedOccurrence.objects.create(
        event=weekly, recurrence_id=at(2030, 1, 21, 8), starts_at=at(2030, 3, 4, 8), ends_at=at(2030, 3, 4, 9)
    )
    weekly.refresh_from_db()
    assert weekly.repeats_until == at(2030, 3, 4, 9), "a moved occurrence extends the series"
    assert [
        o.starts_at.date()
        for o in ical.occurrences(Event.objects.filter(pk=weekly.pk), at(2030, 3, 1), at(2030, 3, 8))
    ] == [datetime.date(2030, 3, 4)]
    moved.delete()
    weekly.refresh_from_db()
    assert weekly.repeats_until == at(2030, 1, 21, 9)
    weekly.rrule = "FREQ=WEEKLY;COUNT=5"
    services.save_event(weekly)
    assert weekly.repeats_until == at(2030, 2, 4, 9)


def test_repeats_until_is_kept_by_bulk_create_too():
    """The synthetic data and imports write events in bulk, without save()."""
    Event.objects.bulk_create(
        [
            Event(
                title_sv="Bulk",
                starts_at=at(2030, 1, 7, 8),
                ends_at=at(2030, 1, 7, 9),
                rrule="FREQ=WEEKLY;COUNT=2",
            )
        ]
    )
    assert Event.objects.get(title_sv="Bulk").repeats_until == at(2030, 1, 14, 9)


def test_the_migration_fills_repeats_until():
    series = event("Weekly", at(2030, 1, 7, 8), at(2030, 1, 7, 9), rrule="FREQ=WEEKLY;COUNT=3")
    single = event("Single with a change", at(2030, 1, 7, 8), at(2030, 1, 7, 9))
    ChangedOccurrence.objects.bulk_create(
        [ChangedOccurrence(event=single, recurrence_id=at(2030, 1, 7, 8), starts_at=at(2030, 2, 1, 8))]
    )
    exhibition = event("Exhibition", at(2030, 1, 7, 10), at(2030, 3, 1, 18))
    short = event("Short", at(2030, 1, 7, 10), at(2030, 1, 8, 9))
    Event.objects.update(repeats_until=None)
    importlib.import_module("gnista.events.migrations.0002_event_repeats_until").fill_repeats_until(
        apps, None
    )
    series.refresh_from_db()
    single.refresh_from_db()
    assert series.repeats_until == at(2030, 1, 21, 9)
    assert single.repeats_until == at(2030, 2, 1, 8)
    importlib.import_module("gnista.events.migrations.0003_longer_events_by_their_end").fill_longer_events(
        apps, None
    )
    exhibition.refresh_from_db()
    short.refresh_from_db()
    assert exhibition.repeats_until == at(2030, 3, 1, 18) and short.repeats_until is None


def test_a_page_reads_only_its_events(django_assert_max_num_queries):
    for day, hour in itertools.product(range(1, 29), (9, 13, 17)):
        event(f"Plain {day} {hour}", at(2030, 3, day, hour), at(2030, 3, day, hour + 1))
    event("Series", at(2030, 3, 2, 10), rrule="FREQ=DAILY;COUNT=30")
    found = ical.OccurrenceList(Event.objects.all(), at(2030, 3, 1), at(2030, 4, 1))
    with CaptureQueriesContext(connection) as queries:
        page = found[24:48]
    assert len(page) == 24 and len(found) == 84 + 30
    read = sum("SELECT" in query["sql"] and "COUNT" not in query["sql"] for query in queries)
    assert read <= 2, "the plain events of the page, and the series among them"
    with django_assert_max_num_queries(4):
        assert len(ical.OccurrenceList(Event.objects.all(), at(2030, 3, 1), at(2030, 4, 1))[:3]) == 3


def test_the_month_view_shows_a_few_a_day_and_links_to_the_rest(client, monkeypatch):
    monkeypatch.setattr(views, "MONTH_DAY_LIMIT", 5)
    area = factories.area(slug="tech")
    for hour in range(8, 16):
        item = event(f"Möte {hour}", at(2030, 1, 15, hour), at(2030, 1, 15, hour, 30))
        item.areas.set([area])
    event("Dagligen", at(2030, 1, 14, 7), rrule="FREQ=DAILY;COUNT=3")

    def day(query=""):
        html = client.get(f"/sv/events/2030/1/{query}").text
        cell = re.search(r'<span class="month__day">15<.*?</td>', html, re.S).group(0)
        return re.findall(r">(?:\d\d:\d\d )?([^<]+)</a>", cell), cell

    titles, cell = day("?area=tech")
    assert titles[:5] == ["Möte 8", "Möte 9", "Möte 10", "Möte 11", "Möte 12"], (
        "the daily series is not in the area"
    )
    assert 'href="/sv/events/?area=tech&amp;start=2030-01-15&amp;end=2030-01-15"' in cell
    titles, cell = day()
    assert titles[:5] == ["Dagligen", "Möte 8", "Möte 9", "Möte 10", "Möte 11"]
    assert 'href="/sv/events/?start=2030-01-15&amp;end=2030-01-15"' in cell
    assert "4 " in titles[5], "four more"
    listed = client.get("/sv/events/?start=2030-01-15&end=2030-01-15").context["page"]
    assert listed.paginator.count == 9


def test_the_past_is_listed_newest_first_page_by_page(client):
    for day in range(1, 31):
        event(f"Möte {day}", at(2029, 6, day, 10), at(2029, 6, day, 11))
    event("Varje måndag", at(2029, 6, 3, 9), rrule="FREQ=WEEKLY;COUNT=4")
    url = "/sv/events/?when=past&start=2029-06-01&end=2029-06-30&per_page=12"
    pages = [client.get(f"{url}&page={number}").context["page"] for number in (1, 2, 3)]
    starts = [o.starts_at for page in pages for o in page.object_list]
    assert len(starts) == 33 and starts == sorted(starts, reverse=True), "until 30 June, newest first"


def test_panels_show_the_next_occurrences_that_are_not_cancelled(rf, monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: at(2030, 1, 1, 12))
    hub = factories.organisation(slug="hubben", kind="hub", name_sv="Hubben")
    event("Inställt", at(2030, 1, 2, 9), status="cancelled", hub=hub)
    series = event("Varje vecka", at(2029, 12, 4, 10), rrule="FREQ=WEEKLY;COUNT=10", hub=hub)
    ChangedOccurrence.objects.create(
        event=series, recurrence_id=at(2030, 1, 8, 10), starts_at=at(2030, 1, 8, 10), status="cancelled"
    )
    event("Sedan", at(2030, 1, 3, 9), hub=hub)
    html = views.actor_panel(rf.get("/sv/"), hub)
    assert "Inställt" not in html
    upcoming = views.upcoming(Event.objects.filter(hub=hub), 90, 3)
    assert [(o.event.title, o.starts_at.date()) for o in upcoming] == [
        ("Sedan", datetime.date(2030, 1, 3)),
        ("Varje vecka", datetime.date(2030, 1, 15)),
        ("Varje vecka", datetime.date(2030, 1, 22)),
    ]


def test_the_organiser_filter_offers_the_busiest_and_the_chosen_one(client, monkeypatch):
    monkeypatch.setattr(filters, "ORGANISER_CHOICES", 2)
    busy = factories.organisation(slug="busy", name_sv="Busy")
    busier = factories.organisation(slug="busier", name_sv="Busier")
    quiet = factories.organisation(slug="quiet", name_sv="Quiet")
    for organiser, count in ((busy, 2), (busier, 3), (quiet, 1)):
        for number in range(count):
            event(f"{organiser.slug} {number}", at(2030, 1, 7 + number, 9), organiser=organiser)
    html = client.get("/sv/events/?start=2030-01-01&end=2030-01-31").text
    assert 'value="busy"' in html and 'value="busier"' in html and 'value="quiet"' not in html
    response = client.get("/sv/events/?start=2030-01-01&end=2030-01-31&organiser=quiet")
    assert '<option value="quiet" selected>Quiet</option>' in response.text
    assert [o.event.title for o in response.context["page"].object_list] == ["quiet 0"]


def test_an_event_written_by_the_feed_writer_reads_as_icalendar_writes_it():
    hub = factories.organisation(slug="hubben", kind="hub", name_sv="Hubben")
    events = [
        event(
            "Frukost; med, kaffe\\ och \N{WHITE SMILING FACE} " + "lång text " * 12,
            at(2030, 1, 7, 8, 0, 0, 250),
            at(2030, 1, 7, 9, 30),
            description="Rad ett\nRad två, med komma; och semikolon " + "åäö " * 40,
            rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=5",
            exdates=[at(2030, 1, 21, 8).isoformat()],
            hub=hub,
        ),
        event("Heldag", at(2030, 3, 2), at(2030, 3, 3), all_day=True, place="Torget"),
        event(
            "I New York",
            at(2030, 3, 2, 9, zone=zoneinfo.ZoneInfo("America/New_York")),
            time_zone="America/New_York",
        ),
        event(
            "I UTC", at(2030, 3, 2, 9, zone=datetime.UTC), time_zone="UTC", online_url="https://example.org/m"
        ),
        event("Inställt", at(2030, 3, 2, 9), status="cancelled"),
    ]
    ChangedOccurrence.objects.create(
        event=events[0],
        recurrence_id=at(2030, 1, 28, 8),
        starts_at=at(2030, 1, 29, 8),
        ends_at=at(2030, 1, 29, 9),
    )
    events = list(Event.objects.select_related("hub").prefetch_related("changes").order_by("pk"))
    zones = {item.time_zone for item in events if not item.all_day}
    written = icalendar.Calendar.from_ical(b"".join(ical.write_calendar(events, "Kalendern", zones)))
    expected = icalendar.Calendar.from_ical(ical.calendar(events, "Kalendern").to_ical())
    assert [str(zone["TZID"]) for zone in written.walk("VTIMEZONE")] == sorted(
        str(zone["TZID"]) for zone in expected.walk("VTIMEZONE")
    )
    assert str(written["X-WR-CALNAME"]) == "Kalendern"

    def properties(component):
        return {
            name: component.decoded(name) if name != "EXDATE" else component[name].to_ical()
            for name in component
        }

    for mine, theirs in zip(written.walk("VEVENT"), expected.walk("VEVENT"), strict=True):
        assert properties(mine) == properties(theirs)
    assert all(len(line) <= 75 for line in b"".join(ical.write_calendar(events, "K", zones)).split(b"\r\n"))


@pytest.fixture
def in_2029(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: at(2029, 12, 1, 12))


def test_the_feed_carries_three_months_back_and_two_years_ahead(client, in_2029):
    event("Förra hösten", at(2029, 8, 1, 10), at(2029, 8, 1, 12))
    event("I höstas", at(2029, 10, 1, 10), at(2029, 10, 1, 12))
    event("Om ett år", at(2030, 12, 1, 10))
    event("Om tre år", at(2032, 12, 1, 10))
    series = event("Varje måndag sedan 2025", at(2025, 1, 6, 8), at(2025, 1, 6, 9), rrule="FREQ=WEEKLY")
    ChangedOccurrence.objects.create(
        event=series,
        recurrence_id=at(2025, 1, 13, 8),
        starts_at=at(2025, 1, 14, 8),
        ends_at=at(2025, 1, 14, 9),
    )
    event("Tre måndagar 2025", at(2025, 1, 6, 8), rrule="FREQ=WEEKLY;COUNT=3")
    response = client.get("/calendar.ics", HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert response["Content-Encoding"] == "gzip" and "Accept-Encoding" in response["Vary"]
    calendar = icalendar.Calendar.from_ical(gzip.decompress(response.content))
    summaries = [str(item["SUMMARY"]) for item in calendar.walk("VEVENT")]
    assert sorted(summaries) == sorted(
        ["I höstas", "Om ett år", "Varje måndag sedan 2025", "Varje måndag sedan 2025"]
    )
    master = next(item for item in calendar.walk("VEVENT") if "RRULE" in item)
    assert master["DTSTART"].dt == at(2025, 1, 6, 8) and str(master["UID"]) == series.uid
    assert "X-WR-CALDESC" in calendar, "the feed says what it carries"
    plain = b"".join(client.get("/calendar.ics").streaming_content)
    assert plain == gzip.decompress(response.content)
    assert client.get("/calendar.ics", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_the_feed_is_kept_compressed_between_requests(client, in_2029, django_assert_max_num_queries):
    event("I vinter", at(2030, 1, 7, 10))
    first = client.get("/calendar.ics", HTTP_ACCEPT_ENCODING="gzip").content
    with django_assert_max_num_queries(2):
        assert client.get("/calendar.ics", HTTP_ACCEPT_ENCODING="gzip").content == first
    assert client.get("/calendar.ics?lang=en", HTTP_ACCEPT_ENCODING="gzip").content != first


def test_an_imported_series_reaches_as_far_as_its_moved_occurrences():
    from gnista.events.feeds import import_events

    organiser = factories.organisation()
    master = {
        "title_sv": "Importerad",
        "description_sv": "",
        "starts_at": at(2030, 1, 7, 8),
        "ends_at": at(2030, 1, 7, 9),
        "all_day": False,
        "time_zone": "Europe/Stockholm",
        "rrule": "FREQ=WEEKLY;COUNT=2",
        "exdates": [],
        "place": "",
        "status": "confirmed",
    }
    moved = {
        "recurrence_id": at(2030, 1, 14, 8),
        "starts_at": at(2030, 5, 4, 8),
        "ends_at": at(2030, 5, 4, 9),
    }
    import_events({"imported@example.org": master}, {"imported@example.org": [moved]}, organiser=organiser)
    assert Event.objects.get().repeats_until == at(2030, 5, 4, 9)
    found = ical.occurrences(Event.objects.all(), at(2030, 5, 1), at(2030, 6, 1))
    assert [o.starts_at for o in found] == [at(2030, 5, 4, 8)]
    import_events({"imported@example.org": master}, {}, organiser=organiser)
    assert Event.objects.get().repeats_until == at(2030, 1, 14, 9)


def test_remembered_expansions_stay_within_their_budget():
    remembered = ical.Expansions(budget=10)
    computed = []

    def compute(size):
        computed.append(size)
        return tuple(range(size))

    for key in range(5):
        remembered.get(key, lambda key=key: compute(3))
    assert remembered.size <= 10 and list(remembered.entries) == [2, 3, 4]
    remembered.get(4, lambda: compute(3))
    assert len(computed) == 5, "a remembered expansion is not computed again"
    remembered.get("huge", lambda: compute(11))
    assert "huge" not in remembered.entries and remembered.size <= 10
