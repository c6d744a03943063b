"""iCalendar in: fetch a hub's or actor's feed and keep its events in step, by UID, or
import an .ics file a staff member uploads once.

Fetching (`fetch`), reading (`parse`) and writing (`import_events`) are separate steps,
so a feed and an uploaded file go through the same checks and the same upsert. A feed or
file that cannot be fetched or read changes nothing: the problem is recorded on the feed
(or shown to the uploader) and the events already imported stay as they are.

Messages are for the people who run the site and go through gettext; the feed's stored
problem is in the language active when it was synced (the site's default language when
`gnista sync-calendars` runs)."""

import datetime
import urllib.error
import urllib.request
import zoneinfo
from dataclasses import dataclass

import icalendar
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from gnista.audit.log import record, snapshot

from . import services
from .models import CalendarFeed, ChangedOccurrence, Event, EventStatus

TIMEOUT_SECONDS = 15
MAX_BYTES = 5 * 1024 * 1024
MAX_EVENTS = 5000
TOO_FREQUENT = {"SECONDLY", "MINUTELY", "HOURLY"}
USER_AGENT = "gnista calendar sync (+https://github.com/)"


class FeedError(Exception):
    """The feed or file could not be used; the message says why, for the feed's admin page
    or the person who uploaded the file."""


def megabytes(size: int) -> int:
    return size // (1024 * 1024)


def fetch(feed: CalendarFeed) -> tuple[bytes | None, dict]:
    """The feed's content (None when it has not changed since the last fetch) and the
    validators to remember once it has been applied."""
    if not feed.url.startswith(("http://", "https://")):
        raise FeedError(_("Only http and https addresses can be fetched."))
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
                raise FeedError(_("The feed is larger than %(size)d MB.") % {"size": megabytes(MAX_BYTES)})
            validators = {
                "etag": response.headers.get("ETag", "")[:500],
                "last_modified": response.headers.get("Last-Modified", "")[:100],
            }
            return data, validators
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return None, {}
        raise FeedError(
            _("The server answered %(code)s %(reason)s.") % {"code": error.code, "reason": error.reason}
        ) from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise FeedError(
            _("The feed could not be fetched: %(reason)s.") % {"reason": getattr(error, "reason", error)}
        ) from error


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


def parse(data: bytes, time_zone: str) -> tuple[dict, dict]:
    """Events by UID (as field values) and changed occurrences by UID, or FeedError.
    Times without a time zone are taken to be in `time_zone`."""
    if len(data) > MAX_BYTES:
        raise FeedError(_("The calendar is larger than %(size)d MB.") % {"size": megabytes(MAX_BYTES)})
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FeedError(_("The calendar is not UTF-8 encoded text.")) from error
    if "BEGIN:VCALENDAR" not in text[:2000].upper():
        raise FeedError(_("This is not an iCalendar file (no BEGIN:VCALENDAR)."))
    if "\x00" in text:  # no text field can hold it (PostgreSQL refuses it outright)
        raise FeedError(_("The calendar contains NUL characters: save it as UTF-8 text."))
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, IndexError, KeyError) as error:
        raise FeedError(_("This is not valid iCalendar: %(problem)s") % {"problem": error}) from error
    default_zone = zoneinfo.ZoneInfo(time_zone)
    masters, changes = {}, {}
    components = calendar.walk("VEVENT")
    if len(components) > MAX_EVENTS:
        raise FeedError(_("The calendar has more than %(count)d events.") % {"count": MAX_EVENTS})
    for component in components:
        uid = str(component.get("UID", "")).strip()[:255]
        if not uid or "DTSTART" not in component:
            raise FeedError(_("Every event needs a UID and a start (DTSTART)."))
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
                    raise FeedError(_("The event %(uid)s repeats more often than daily.") % {"uid": uid})
                rrule = rule.to_ical().decode("ascii")
            exdates = []
            listed = component.get("EXDATE", [])
            for exdate in listed if isinstance(listed, list) else [listed]:
                exdates += [as_aware(value.dt, zone).isoformat() for value in exdate.dts]
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise FeedError(
                _("The event %(uid)s has a date or rule that cannot be read: %(problem)s")
                % {"uid": uid, "problem": error}
            ) from error
        if ends_at and ends_at < starts_at:
            raise FeedError(_("The event %(uid)s ends before it starts.") % {"uid": uid})
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


IMPORTED_FIELDS = [
    "uid",
    "title_sv",
    "description_sv",
    "starts_at",
    "ends_at",
    "all_day",
    "time_zone",
    "rrule",
    "exdates",
    "place",
    "status",
    "language",
    "organiser",
    "hub",
    "sequence",
]


@dataclass
class Imported:
    created: int = 0
    updated: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated


@transaction.atomic
def import_events(
    masters: dict, changes: dict, *, organiser, hub=None, language="sv", feed=None, by=None
) -> Imported:
    """Create or update events by UID, all or nothing.

    With a feed, the feed's events follow it: those no longer in it are removed. Without
    one (an uploaded file) the events belong to the organiser and nothing is removed; the
    file's UIDs keep a re-upload from making duplicates. A UID that belongs to any other
    event in gnista is refused. `by` is the person uploading, for the audit log."""
    scope = Event.objects.filter(feed=feed) if feed else Event.objects.filter(feed=None, organiser=organiser)
    if feed is None:
        scope = scope.filter(uid__in=masters)
    stored = {event.uid: event for event in scope.select_for_update()}
    taken = set(
        Event.objects.filter(uid__in=masters)
        .exclude(pk__in=[event.pk for event in stored.values()])
        .values_list("uid", flat=True)
    )
    if taken:
        raise FeedError(
            _("These UIDs belong to other events in gnista: %(uids)s")
            % {"uids": ", ".join(sorted(taken)[:5])}
        )
    result = Imported()
    for uid, values in masters.items():
        event = stored.get(uid) or Event(uid=uid, feed=feed)
        before = snapshot(event, IMPORTED_FIELDS) if event.pk else None
        for field, value in values.items():
            setattr(event, field, value)
        event.language = language
        event.organiser = organiser
        event.hub = hub
        try:
            services.save_event(event)
        except ValidationError as error:
            raise FeedError(
                _("The event %(uid)s cannot be saved: %(problem)s")
                % {"uid": uid, "problem": " ".join(error.messages)}
            ) from error
        event.changes.all().delete()
        ChangedOccurrence.objects.bulk_create(
            ChangedOccurrence(event=event, **change) for change in changes.get(uid, [])
        )
        if changes.get(uid) or event.repeats_until is not None:
            event.refresh_repeats_until()
        if before is None:
            result.created += 1
        else:
            result.updated += 1
        if by is not None:
            record(by, "event.imported", event, before, snapshot(event, IMPORTED_FIELDS))
    if feed is not None:
        Event.objects.filter(feed=feed).exclude(uid__in=masters).delete()
    return result


def apply(feed: CalendarFeed, masters: dict, changes: dict) -> Imported:
    """Bring a feed's events in step with what was read from it."""
    return import_events(
        masters, changes, organiser=feed.organiser, hub=feed.hub, language=feed.language, feed=feed
    )


def import_file(data: bytes, *, organiser, hub=None, language="sv", time_zone="Europe/Stockholm", by=None):
    """A staff member's one-off upload of an .ics file: the same checks and upsert as a
    feed, without a feed. FeedError says why nothing was imported."""
    masters, changes = parse(data, time_zone)
    if not masters:
        raise FeedError(_("The file has no events."))
    return import_events(masters, changes, organiser=organiser, hub=hub, language=language, by=by)


def event_count(count: int) -> str:
    return ngettext("%(count)d event", "%(count)d events", count) % {"count": count}


def sync(feed: CalendarFeed) -> str:
    """Fetch and apply one feed; returns a short report and records it on the feed."""
    feed.last_fetched_at = timezone.now()
    try:
        data, validators = fetch(feed)
        if data is None:
            report = _("unchanged")
        else:
            masters, changes = parse(data, feed.time_zone)
            apply(feed, masters, changes)
            feed.etag, feed.last_modified = validators["etag"], validators["last_modified"]
            report = event_count(len(masters))
        feed.last_error = ""
    except FeedError as error:
        feed.last_error = str(error)
        report = _("error: %(problem)s") % {"problem": error}
    except Exception as error:
        feed.last_error = (
            _("Unexpected problem: %(problem)s") % {"problem": f"{type(error).__name__}: {error}"}
        )[:2000]
        report = _("error: %(problem)s") % {"problem": feed.last_error}
    feed.event_count = Event.objects.filter(feed=feed).count()
    feed.save(update_fields=["etag", "last_modified", "last_fetched_at", "last_error", "event_count"])
    return report
