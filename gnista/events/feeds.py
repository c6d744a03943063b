"""iCalendar in: fetch a hub's or actor's feed and keep its events in step, by UID.

A feed that cannot be fetched or read changes nothing: the problem is recorded on the
feed and the events already imported stay as they are."""

import datetime
import urllib.error
import urllib.request
import zoneinfo

import icalendar
from django.db import transaction
from django.utils import timezone

from . import services
from .models import CalendarFeed, ChangedOccurrence, Event, EventStatus

TIMEOUT_SECONDS = 15
MAX_BYTES = 5 * 1024 * 1024
MAX_EVENTS = 5000
TOO_FREQUENT = {"SECONDLY", "MINUTELY", "HOURLY"}
USER_AGENT = "gnista calendar sync (+https://github.com/)"


class FeedError(Exception):
    """The feed could not be used; the message says why, for the feed's admin page."""


def fetch(feed: CalendarFeed) -> tuple[bytes | None, dict]:
    """The feed's content (None when it has not changed since the last fetch) and the
    validators to remember once it has been applied."""
    if not feed.url.startswith(("http://", "https://")):
        raise FeedError("Only http and https addresses can be fetched.")
    headers = {"User-Agent": USER_AGENT, "Accept": "text/calendar, */*;q=0.5"}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    request = urllib.request.Request(feed.url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            data = response.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise FeedError(f"The feed is larger than {MAX_BYTES // (1024 * 1024)} MB.")
            validators = {
                "etag": response.headers.get("ETag", "")[:500],
                "last_modified": response.headers.get("Last-Modified", "")[:100],
            }
            return data, validators
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return None, {}
        raise FeedError(f"The server answered {error.code} {error.reason}.") from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise FeedError(f"The feed could not be fetched: {getattr(error, 'reason', error)}.") from error


def as_aware(value, zone: zoneinfo.ZoneInfo) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    return datetime.datetime.combine(value, datetime.time.min, tzinfo=zone)


def zone_of(prop, default: zoneinfo.ZoneInfo) -> zoneinfo.ZoneInfo:
    value = prop.dt
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        key = getattr(value.tzinfo, "key", None)
        if key:
            return zoneinfo.ZoneInfo(key)
    return default


def parse(data: bytes, feed: CalendarFeed) -> tuple[dict, dict]:
    """Events by UID (as field values) and changed occurrences by UID, or FeedError."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FeedError("The feed is not UTF-8 encoded text.") from error
    if "BEGIN:VCALENDAR" not in text[:2000].upper():
        raise FeedError("This is not an iCalendar feed (no BEGIN:VCALENDAR).")
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, IndexError, KeyError) as error:
        raise FeedError(f"The feed is not valid iCalendar: {error}") from error
    default_zone = zoneinfo.ZoneInfo(feed.time_zone)
    masters, changes = {}, {}
    components = calendar.walk("VEVENT")
    if len(components) > MAX_EVENTS:
        raise FeedError(f"The feed has more than {MAX_EVENTS} events.")
    for component in components:
        uid = str(component.get("UID", "")).strip()
        if not uid or "DTSTART" not in component:
            raise FeedError("Every event needs a UID and a start (DTSTART).")
        try:
            start_prop = component["DTSTART"]
            zone = zone_of(start_prop, default_zone)
            all_day = not isinstance(start_prop.dt, datetime.datetime)
            starts_at = as_aware(start_prop.dt, zone)
            ends_at = as_aware(component["DTEND"].dt, zone) if "DTEND" in component else None
            if all_day and ends_at:
                ends_at -= datetime.timedelta(days=1)
            status = (
                EventStatus.CANCELLED
                if str(component.get("STATUS", "")).upper() == "CANCELLED"
                else "confirmed"
            )
            if "RECURRENCE-ID" in component:
                changes.setdefault(uid, []).append(
                    {
                        "recurrence_id": as_aware(component["RECURRENCE-ID"].dt, zone),
                        "starts_at": starts_at,
                        "ends_at": ends_at,
                        "status": status,
                    }
                )
                continue
            rrule = ""
            if "RRULE" in component:
                rule = component["RRULE"]
                if str(rule.get("FREQ", [""])[0]).upper() in TOO_FREQUENT:
                    raise FeedError(f"The event {uid} repeats more often than daily.")
                rrule = rule.to_ical().decode("ascii")
            exdates = []
            listed = component.get("EXDATE", [])
            for exdate in listed if isinstance(listed, list) else [listed]:
                exdates += [as_aware(value.dt, zone).isoformat() for value in exdate.dts]
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise FeedError(f"The event {uid} has a date or rule that cannot be read: {error}") from error
        if ends_at and ends_at < starts_at:
            raise FeedError(f"The event {uid} ends before it starts.")
        masters[uid] = {
            "title_sv": str(component.get("SUMMARY", ""))[:200] or uid[:200],
            "description_sv": str(component.get("DESCRIPTION", "")),
            "starts_at": starts_at,
            "ends_at": ends_at,
            "all_day": all_day,
            "time_zone": zone.key,
            "rrule": rrule,
            "exdates": exdates,
            "place": str(component.get("LOCATION", ""))[:300],
            "status": status,
        }
    return masters, changes


@transaction.atomic
def apply(feed: CalendarFeed, masters: dict, changes: dict) -> None:
    stored = {event.uid: event for event in Event.objects.select_for_update().filter(feed=feed)}
    taken = set(Event.objects.filter(uid__in=masters).exclude(feed=feed).values_list("uid", flat=True))
    if taken:
        raise FeedError(f"These UIDs belong to other events in gnista: {', '.join(sorted(taken)[:5])}")
    for uid, values in masters.items():
        event = stored.get(uid) or Event(uid=uid, feed=feed)
        for field, value in values.items():
            setattr(event, field, value)
        event.language = feed.language
        event.organiser = feed.organiser
        event.hub = feed.hub
        services.save_event(event)
        event.changes.all().delete()
        ChangedOccurrence.objects.bulk_create(
            ChangedOccurrence(event=event, **change) for change in changes.get(uid, [])
        )
    Event.objects.filter(feed=feed).exclude(uid__in=masters).delete()


def sync(feed: CalendarFeed) -> str:
    """Fetch and apply one feed; returns a short report and records it on the feed."""
    feed.last_fetched_at = timezone.now()
    try:
        data, validators = fetch(feed)
        if data is None:
            report = "unchanged"
        else:
            masters, changes = parse(data, feed)
            apply(feed, masters, changes)
            feed.etag, feed.last_modified = validators["etag"], validators["last_modified"]
            report = f"{len(masters)} events"
        feed.last_error = ""
    except FeedError as error:
        feed.last_error = str(error)
        report = f"error: {error}"
    except Exception as error:
        feed.last_error = f"Unexpected problem: {type(error).__name__}: {error}"[:2000]
        report = f"error: {feed.last_error}"
    feed.event_count = Event.objects.filter(feed=feed).count()
    feed.save(update_fields=["etag", "last_modified", "last_fetched_at", "last_error", "event_count"])
    return report
