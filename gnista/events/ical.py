"""Events as iCalendar (RFC 5545): export, and the expansion of recurring series into
occurrences with recurring-ical-events, so pages and feeds agree on every date."""

import datetime
from dataclasses import dataclass

import icalendar
import recurring_ical_events
from dateutil.rrule import rrulestr
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from .models import Event, EventStatus

PRODID = "-//gnista//event calendar//SV"


def validate_rrule(rule: str, start: datetime.datetime) -> None:
    try:
        icalendar.vRecur.from_ical(rule)
        rrulestr(rule, dtstart=start)
    except (ValueError, TypeError) as error:
        raise ValidationError({"rrule": _("This is not a valid repetition rule (RRULE).")}) from error


def _start_and_end(event, starts_at, ends_at):
    # iCalendar counts in whole seconds: a start with microseconds would not match the
    # occurrences its own RRULE generates, and the first one would be listed twice.
    starts_at = starts_at.replace(microsecond=0)
    ends_at = ends_at.replace(microsecond=0) if ends_at else None
    zone = event.zone
    if event.all_day:
        first = starts_at.astimezone(zone).date()
        last = (ends_at or starts_at).astimezone(zone).date()
        return first, last + datetime.timedelta(days=1)  # DTEND of an all-day event is exclusive
    return starts_at.astimezone(zone), ends_at.astimezone(zone) if ends_at else None


def components(event: Event) -> list[icalendar.Event]:
    """The VEVENT of the event and one for each changed occurrence."""
    master = icalendar.Event()
    master.add("uid", event.uid)
    master.add("summary", event.title)
    if event.description:
        master.add("description", event.description)
    start, end = _start_and_end(event, event.starts_at, event.ends_at)
    master.add("dtstart", start)
    if end:
        master.add("dtend", end)
    master.add("dtstamp", event.updated_at or event.starts_at)
    master.add("sequence", event.sequence)
    master.add("status", event.status.upper())
    location = event.place or (event.hub.name if event.hub else "") or event.online_url
    if location:
        master.add("location", location)
    master.add("url", settings.SITE_URL.rstrip("/") + event.get_absolute_url())
    if event.rrule:
        master.add("rrule", icalendar.vRecur.from_ical(event.rrule))
    for excluded in event.exdates:
        master.add("exdate", _start_and_end(event, datetime.datetime.fromisoformat(excluded), None)[0])
    result = [master]
    for change in event.changes.all():
        occurrence = icalendar.Event()
        occurrence.add("uid", event.uid)
        occurrence.add("summary", event.title)
        occurrence.add("recurrence-id", _start_and_end(event, change.recurrence_id, None)[0])
        start, end = _start_and_end(event, change.starts_at, change.ends_at)
        occurrence.add("dtstart", start)
        if end:
            occurrence.add("dtend", end)
        occurrence.add("dtstamp", event.updated_at or event.starts_at)
        occurrence.add("sequence", event.sequence)
        occurrence.add("status", change.status.upper())
        result.append(occurrence)
    return result


def calendar(events, name: str) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for event in events:
        for component in components(event):
            cal.add_component(component)
    cal.add_missing_timezones()
    return cal


@dataclass
class Occurrence:
    event: Event
    starts_at: datetime.datetime
    ends_at: datetime.datetime | None
    cancelled: bool

    @property
    def all_day(self) -> bool:
        return self.event.all_day


def _as_datetime(value, zone) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value
    return datetime.datetime.combine(value, datetime.time.min, tzinfo=zone)


# All-day events span whole local days, which may begin up to a day before their stored instant.
RANGE_MARGIN = datetime.timedelta(days=1)


def could_occur_between(events: QuerySet, start: datetime.datetime, end: datetime.datetime) -> QuerySet:
    """The events that may have an occurrence between start and end: single events that
    overlap the range, and series that began before its end (their rule decides the rest).
    Expanding every event of a large calendar for a few weeks of it would take seconds."""
    single_overlaps = Q(starts_at__lt=end + RANGE_MARGIN) & (
        Q(ends_at__gte=start - RANGE_MARGIN) | Q(ends_at__isnull=True, starts_at__gte=start - RANGE_MARGIN)
    )
    series_begun = ~Q(rrule="") & Q(starts_at__lt=end + RANGE_MARGIN)
    return events.filter((Q(rrule="") & single_overlaps) | series_begun)


def occurrences(events, start: datetime.datetime, end: datetime.datetime) -> list[Occurrence]:
    """Every occurrence of the events between start and end, in time order."""
    if isinstance(events, QuerySet):
        events = could_occur_between(events, start, end)
    events = list(events)
    by_uid = {event.uid: event for event in events}
    found = []
    for component in recurring_ical_events.of(calendar(events, "")).between(start, end):
        event = by_uid[str(component["UID"])]
        begins = _as_datetime(component.start, event.zone)
        ends = component.get("DTEND")
        ends = _as_datetime(ends.dt, event.zone) if ends else None
        if event.all_day and ends:
            ends -= datetime.timedelta(days=1)
        cancelled = str(component.get("STATUS", "")).lower() == EventStatus.CANCELLED
        found.append(Occurrence(event, begins, ends, cancelled))
    found.sort(key=lambda occurrence: (occurrence.starts_at, occurrence.event.pk))
    return found
