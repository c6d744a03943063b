"""Events as iCalendar (RFC 5545): export, and the expansion of recurring series into
occurrences with recurring-ical-events, so pages and feeds agree on every date."""

import datetime
import functools
import heapq
import itertools
import threading
import zoneinfo
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

import icalendar
import recurring_ical_events
from dateutil.rrule import rrulestr
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Count, F, Q, QuerySet, Window
from django.db.models.functions import RowNumber, TruncDate
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order
from recurring_ical_events.util import time_span_contains_event

from gnista.portfolio.models import Organisation

from .models import EXPANDED, PLAIN, ChangedOccurrence, Event, EventStatus
from .repetition import LONGEST_SINGLE, series_end

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


# -- Which events can occur in a range of dates --------------------------------------------
#
# A plain event (models.PLAIN: at a time of day, a day long at most, without rule or
# changes) occurs once, at its start: the database finds, counts, orders and pages those
# in a range itself. The rest (series, all-day or longer events, events with changed
# occurrences) are few; the database narrows them to those that can reach the range (by
# start and repeats_until) and only those are expanded here, with recurring-ical-events,
# so pages and feeds agree on every date.

# All-day events span whole local days and time zones differ by up to a day: a candidate
# may lie this far outside the range by its stored instants.
RANGE_MARGIN = datetime.timedelta(days=3)


def _second_up(moment: datetime.datetime) -> datetime.datetime:
    """iCalendar counts whole seconds (an event starting at 10:00:00.5 starts at 10:00:00)."""
    if moment.microsecond == 0:
        return moment
    return moment.replace(microsecond=0) + datetime.timedelta(seconds=1)


def plain_between(events: QuerySet, start: datetime.datetime, end: datetime.datetime) -> QuerySet:
    """The plain events that start in [start, end): each occurs there exactly once."""
    return events.filter(PLAIN, starts_at__gte=_second_up(start), starts_at__lt=_second_up(end))


def _others_between(start: datetime.datetime, end: datetime.datetime) -> Q:
    """Every other event that may have an occurrence in [start, end): series, longer
    events and events with changes whose last occurrence is not over by then, all-day
    events around it, and plain events that began (less than a day) before it and are
    still going on."""
    reaches = Q(repeats_until__isnull=True) | Q(repeats_until__gte=start - RANGE_MARGIN)
    repeating = (~Q(rrule="") | Q(repeats_until__isnull=False)) & reaches
    whole_days = Q(rrule="", all_day=True, repeats_until__isnull=True) & (
        Q(ends_at__gte=start - RANGE_MARGIN) | Q(ends_at__isnull=True, starts_at__gte=start - RANGE_MARGIN)
    )
    expanded = EXPANDED & Q(starts_at__lt=end + RANGE_MARGIN) & (repeating | whole_days)
    going_on = PLAIN & Q(
        starts_at__gte=start - LONGEST_SINGLE, starts_at__lt=_second_up(start), ends_at__gt=start
    )
    return expanded | going_on


def could_occur_between(events: QuerySet, start: datetime.datetime, end: datetime.datetime) -> QuerySet:
    """The events that may have an occurrence between start and end (one query, by
    indexed columns); the expansion decides about those that are not plain."""
    plain = PLAIN & Q(starts_at__gte=_second_up(start), starts_at__lt=_second_up(end))
    return events.filter(plain | _others_between(start, end))


@dataclass(frozen=True)
class Timing:
    """What an event's dates depend on, and nothing else: a key under which its expansion
    is remembered (a series' dates do not change until one of these does)."""

    uid: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime | None
    all_day: bool
    time_zone: str
    rrule: str
    exdates: tuple[str, ...]
    status: str
    sequence: int
    changes: tuple[tuple, ...]  # (recurrence_id, starts_at, ends_at, status)

    @classmethod
    def of(cls, event: Event) -> "Timing":
        return cls(
            event.uid,
            event.starts_at,
            event.ends_at,
            event.all_day,
            event.time_zone,
            event.rrule,
            tuple(event.exdates),
            event.status,
            event.sequence,
            tuple(
                sorted(
                    (change.recurrence_id, change.starts_at, change.ends_at, change.status)
                    for change in event.changes.all()
                )
            ),
        )

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    FIELDS = ("uid", "starts_at", "ends_at", "all_day", "time_zone", "rrule", "exdates", "status", "sequence")


def _bounds(timing: Timing) -> tuple[datetime.datetime, datetime.datetime | None]:
    """Before and after every occurrence of the event (None after: a series without end)."""
    moments = [timing.starts_at] + [moment for change in timing.changes for moment in change[:3] if moment]
    if timing.rrule:
        latest = series_end(
            timing.rrule,
            timing.starts_at,
            timing.ends_at,
            timing.all_day,
            timing.time_zone,
            [(change[1], change[2]) for change in timing.changes],
        )
    else:
        latest = max([timing.ends_at or timing.starts_at, *moments])
    return min(moments) - RANGE_MARGIN, latest + RANGE_MARGIN if latest is not None else None


def _timing_components(timing: Timing) -> list[icalendar.Event]:
    """The VEVENTs of components(), with only what the expansion reads."""
    master = icalendar.Event()
    master.add("uid", timing.uid)
    start, end = _start_and_end(timing, timing.starts_at, timing.ends_at)
    master.add("dtstart", start)
    if end:
        master.add("dtend", end)
    master.add("sequence", timing.sequence)
    master.add("status", timing.status.upper())
    if timing.rrule:
        master.add("rrule", icalendar.vRecur.from_ical(timing.rrule))
    for excluded in timing.exdates:
        master.add("exdate", _start_and_end(timing, datetime.datetime.fromisoformat(excluded), None)[0])
    result = [master]
    for recurrence_id, starts_at, ends_at, status in timing.changes:
        occurrence = icalendar.Event()
        occurrence.add("uid", timing.uid)
        occurrence.add("recurrence-id", _start_and_end(timing, recurrence_id, None)[0])
        start, end = _start_and_end(timing, starts_at, ends_at)
        occurrence.add("dtstart", start)
        if end:
            occurrence.add("dtend", end)
        occurrence.add("sequence", timing.sequence)
        occurrence.add("status", status.upper())
        result.append(occurrence)
    return result


def _expansion(timing: Timing, span_start: datetime.datetime, span_end: datetime.datetime) -> tuple:
    """The occurrences of the event in the span: (start and end as POSIX timestamps, start
    and end as iCalendar has them, start, end, cancelled), in time order."""
    cal = icalendar.Calendar()
    for component in _timing_components(timing):
        cal.add_component(component)
    zone = timing.zone
    found = []
    for component in recurring_ical_events.of(cal).between(span_start, span_end):
        raw_start, raw_end = component.start, component["DTEND"].dt
        begins, ends = _as_datetime(raw_start, zone), _as_datetime(raw_end, zone)
        if timing.all_day:
            ends -= datetime.timedelta(days=1)
        cancelled = str(component.get("STATUS", "")).lower() == EventStatus.CANCELLED
        found.append((begins.timestamp(), ends.timestamp(), raw_start, raw_end, begins, ends, cancelled))
    found.sort(key=lambda found: found[0])
    return tuple(found)


class Expansions:
    """Expansions remembered per process, least recently used first out, up to a number of
    occurrences in all (a few megabytes): the same series on every page costs its
    expansion once. A key holds everything the dates depend on, so an entry is never
    stale, only unused."""

    def __init__(self, budget: int):
        self.budget = budget
        self.entries: OrderedDict = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key, compute):
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
                return self.entries[key]
        value = compute()
        size = max(1, len(value or ()))
        if size <= self.budget:
            with self.lock:
                if key not in self.entries:
                    self.entries[key] = value
                    self.size += size
                while self.size > self.budget:
                    _key, dropped = self.entries.popitem(last=False)
                    self.size -= max(1, len(dropped or ()))
        return value


EXPANSIONS = Expansions(budget=50_000)


# A series longer than this is expanded (and remembered) by the years around a range.
WHOLE_SERIES = datetime.timedelta(days=3 * 366)


def _whole_series(timing: Timing) -> tuple | None:
    """Every occurrence of an event whose last occurrence is known and not far from its
    first; None for a series without end or a long one."""

    def expand_all():
        earliest, latest = _bounds(timing)
        if latest is None or latest - earliest > WHOLE_SERIES:
            return None
        return _expansion(timing, earliest, latest)

    return EXPANSIONS.get(timing, expand_all)


def _endless_series(timing: Timing, first_year: int, last_year: int) -> tuple:
    """The occurrences of a series without end (or a long one) from the start of
    first_year to the start of last_year."""

    def expand_years():
        earliest, _latest = _bounds(timing)
        first = datetime.datetime(first_year, 1, 1, tzinfo=datetime.UTC)
        return _expansion(
            timing, max(earliest, first), datetime.datetime(last_year, 1, 1, tzinfo=datetime.UTC)
        )

    return EXPANSIONS.get((timing, first_year, last_year), expand_years)


MARGIN_SECONDS = RANGE_MARGIN.total_seconds()


def _occurring(timing: Timing, start: datetime.datetime, end: datetime.datetime) -> Iterator[tuple]:
    """(start, end, cancelled) of each occurrence in [start, end), as recurring-ical-events
    decides it."""
    found = _whole_series(timing)
    if found is None:
        found = _endless_series(timing, start.year - 1, end.year + 2)
    first, last = start.timestamp(), end.timestamp()
    for begins_at, ends_at, raw_start, raw_end, begins, ends, cancelled in found:
        # Far from the range's edges no conversion of dates and zones can change the answer.
        if ends_at < first - MARGIN_SECONDS or begins_at >= last + MARGIN_SECONDS:
            continue
        if not (first + MARGIN_SECONDS <= begins_at < last - MARGIN_SECONDS) and not time_span_contains_event(
            start, end, raw_start, raw_end
        ):
            continue
        yield begins, ends, cancelled


def expand(events, start: datetime.datetime, end: datetime.datetime) -> list[Occurrence]:
    """Every occurrence of the events between start and end, in time order, as
    recurring-ical-events finds them."""
    found = [
        Occurrence(event, begins, ends, cancelled)
        for event in events
        for begins, ends, cancelled in _occurring(Timing.of(event), start, end)
    ]
    found.sort(key=lambda occurrence: (occurrence.starts_at, occurrence.event.pk))
    return found


def _other_times(events: QuerySet, start: datetime.datetime, end: datetime.datetime) -> list[tuple]:
    """(start, event key, end, cancelled) of every occurrence in [start, end) of the events
    that are not plain, in time order; read as plain values (the events themselves are
    read only for the occurrences shown)."""
    rows = {
        row[0]: row[1:]
        for row in events.filter(_others_between(start, end)).order_by().values_list("pk", *Timing.FIELDS)
    }
    changes: dict[int, list[tuple]] = {}
    for event_id, *change in (
        ChangedOccurrence.objects.filter(event_id__in=list(rows))
        .order_by()
        .values_list("event_id", "recurrence_id", "starts_at", "ends_at", "status")
    ):
        changes.setdefault(event_id, []).append(tuple(change))
    found = []
    for pk, (uid, starts_at, ends_at, all_day, time_zone, rrule, exdates, status, sequence) in rows.items():
        timing = Timing(
            uid,
            starts_at,
            ends_at,
            all_day,
            time_zone,
            rrule,
            tuple(exdates),
            status,
            sequence,
            tuple(sorted(changes.get(pk, ()))),
        )
        found += [(begins, pk, ends, cancelled) for begins, ends, cancelled in _occurring(timing, start, end)]
    found.sort(key=lambda item: item[:2])
    return found


def _materialised(events: QuerySet, times: list[tuple]) -> dict[tuple, Occurrence]:
    """Occurrences for (start, event key, end, cancelled), their events read with whatever
    the queryset joins and prefetches (one removed meanwhile is left out)."""
    if not times:
        return {}
    by_key = {event.pk: event for event in events.filter(pk__in={item[1] for item in times})}
    return {
        item: Occurrence(by_key[item[1]], item[0], item[2], item[3]) for item in times if item[1] in by_key
    }


def _plain_occurrence(event: Event) -> Occurrence:
    """A plain event's one occurrence, as the expansion would give it."""
    zone = event.zone
    begins = event.starts_at.replace(microsecond=0).astimezone(zone)
    ends = event.ends_at.replace(microsecond=0).astimezone(zone) if event.ends_at else begins
    return Occurrence(event, begins, ends, event.status == EventStatus.CANCELLED)


def occurrences(events, start: datetime.datetime, end: datetime.datetime) -> list[Occurrence]:
    """Every occurrence of the events between start and end, in time order. With a
    queryset, only the events that can occur there are read."""
    if not isinstance(events, QuerySet):
        return expand(events, start, end)
    found = [_plain_occurrence(event) for event in plain_between(events, start, end)]
    found += _materialised(events, _other_times(events, start, end)).values()
    found.sort(key=lambda occurrence: (occurrence.starts_at, occurrence.event.pk))
    return found


class OccurrenceList:
    """The occurrences of a queryset's events in [start, end) as a sequence a Paginator
    can page through (newest first with descending) without reading them all: the plain
    events are counted, ordered and sliced by the database, the few others expanded and
    merged in where they fall. `cancelled=False` leaves cancelled occurrences out."""

    def __init__(self, events: QuerySet, start, end, *, descending: bool = False, cancelled: bool = True):
        self.events = events
        plain = plain_between(events, start, end)
        if not cancelled:
            plain = plain.exclude(status=EventStatus.CANCELLED)
        self.plain = plain.order_by(*(("-starts_at", "-pk") if descending else ("starts_at", "pk")))
        others = _other_times(events, start, end)
        if not cancelled:
            others = [item for item in others if not item[3]]
        if descending:
            others.reverse()
        self.others = others
        self.descending = descending
        self._plain_count = None

    def __len__(self) -> int:
        if self._plain_count is None:
            self._plain_count = self.plain.count()
        return self._plain_count + len(self.others)

    def _plain_before(self, item: tuple) -> int:
        """How many plain occurrences come before this other one."""
        moment, pk = item[:2]
        if self.descending:
            earlier = Q(starts_at__gt=moment) | Q(starts_at=moment, pk__gt=pk)
        else:
            earlier = Q(starts_at__lt=moment) | Q(starts_at=moment, pk__lt=pk)
        return self.plain.filter(earlier).count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            found = self[index : index + 1] if index >= 0 else self[len(self) + index :][:1]
            if not found:
                raise IndexError(index)
            return found[0]
        first, stop, step = index.start or 0, index.stop, index.step or 1
        if first < 0 or stop is None or stop < 0:
            first, stop, step = index.indices(len(self))
        if step != 1:
            raise ValueError("An OccurrenceList is sliced without a step.")
        size = stop - first
        if size <= 0:
            return []
        # The other occurrences before position `first` (at most `first` of them): the
        # merged position of the i-th is i plus the plain ones before it, which grows with i.
        low, high = 0, min(first, len(self.others))
        while low < high:
            middle = (low + high) // 2
            if middle + self._plain_before(self.others[middle]) < first:
                low = middle + 1
            else:
                high = middle
        plain = [
            ((event.starts_at, event.pk), event) for event in self.plain[first - low : first - low + size]
        ]
        others = [(item[:2], item) for item in self.others[low : low + size]]
        merged = list(
            itertools.islice(
                heapq.merge(plain, others, key=lambda pair: pair[0], reverse=self.descending), size
            )
        )
        shown = _materialised(self.events, [item for _key, item in merged if isinstance(item, tuple)])
        return [
            _plain_occurrence(item) if not isinstance(item, tuple) else shown[item]
            for _key, item in merged
            if not isinstance(item, tuple) or item in shown
        ]

    def __iter__(self):
        return iter(self[:])


def by_day(events: QuerySet, start, end, per_day: int) -> dict[datetime.date, tuple[list[Occurrence], int]]:
    """For each local day in [start, end) with occurrences: the first `per_day` of them
    and how many there are in all."""
    zone = timezone.get_current_timezone()
    day = TruncDate("starts_at", tzinfo=zone)
    # The first `per_day` plain events of each day and the day's count, by key, in one
    # pass over the plain events of the range; then those events.
    firsts = (
        plain_between(events, start, end)
        .annotate(
            day=day,
            position=Window(RowNumber(), partition_by=[day], order_by=[F("starts_at").asc(), F("pk").asc()]),
            day_count=Window(Count("pk"), partition_by=[day]),
        )
        .filter(position__lte=per_day)
        .values_list("pk", "day", "day_count")
    )
    counts, day_of = {}, {}
    for pk, date, count in firsts:
        counts[date], day_of[pk] = count, date
    days: dict[datetime.date, list[tuple]] = {}
    for event in events.filter(pk__in=list(day_of)).order_by():
        days.setdefault(day_of[event.pk], []).append(((event.starts_at, event.pk), event))
    for item in _other_times(events, start, end):
        day = timezone.localtime(item[0], zone).date()
        days.setdefault(day, []).append((item[:2], item))
        counts[day] = counts.get(day, 0) + 1
    days = {
        day: [thing for _key, thing in sorted(found, key=lambda pair: pair[0])[:per_day]]
        for day, found in days.items()
    }
    others = [thing for found in days.values() for thing in found if isinstance(thing, tuple)]
    shown = _materialised(events, others)
    return {
        day: (
            [
                shown[thing] if isinstance(thing, tuple) else _plain_occurrence(thing)
                for thing in found
                if not isinstance(thing, tuple) or thing in shown
            ],
            counts[day],
        )
        for day, found in days.items()
    }


# -- The subscribable feed, written directly ------------------------------------------------
#
# icalendar builds an object per property: fine for one event, seconds for a calendar of
# thousands. The feed writes the same properties as components() (tests compare the two)
# straight to text, event by event, so its memory does not grow with the calendar.

FOLD_AT = 75  # octets per line (RFC 5545, 3.1)


def _escape(text: str) -> str:
    """TEXT escaping as icalendar does it."""
    return (
        text.replace("\\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> bytes:
    """The content line folded at 75 octets, never inside a UTF-8 character or a backslash
    escape."""
    data = line.encode()
    if len(data) <= FOLD_AT:
        return data + b"\r\n"
    parts = []
    position, limit = 0, FOLD_AT
    while len(data) - position > limit:
        cut = position + limit
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: back to the character's start
            cut -= 1
        backslashes = 0
        while cut - backslashes > position and data[cut - backslashes - 1] == 0x5C:
            backslashes += 1
        if backslashes % 2:
            cut -= 1
        parts.append(data[position:cut])
        position, limit = cut, FOLD_AT - 1
    parts.append(data[position:])
    return b"\r\n ".join(parts) + b"\r\n"


@functools.lru_cache(maxsize=64)
def _time_prefix(zone_key: str) -> tuple[str, str]:
    """How icalendar writes a time in this zone: the parameters before the colon and the
    suffix after the time (";TZID=Europe/Stockholm", "" or "", "Z" for UTC)."""
    probe = icalendar.Event()
    probe.add("dtstart", datetime.datetime(2030, 1, 1, 12, tzinfo=zoneinfo.ZoneInfo(zone_key)))
    line = probe.to_ical().decode().split("\r\n")[1]
    name_and_parameters, value = line.split(":", 1)
    return name_and_parameters[len("DTSTART") :], value[len("20300101T120000") :]


@functools.lru_cache(maxsize=64)
def _rrule_text(rule: str) -> str:
    return icalendar.vRecur.from_ical(rule).to_ical().decode()


@functools.lru_cache(maxsize=64)
def timezone_component(zone_key: str) -> bytes:
    """The VTIMEZONE icalendar's add_missing_timezones() writes for the zone ("" for UTC,
    which needs none)."""
    if _time_prefix(zone_key)[1] == "Z":
        return b""
    try:
        return icalendar.Timezone.from_tzid(zone_key).to_ical()
    except ValueError:
        return b""


def _compact(moment) -> str:
    """20300107T080000 for 2030-01-07 08:00:00 (isoformat is quicker than strftime)."""
    text = moment.isoformat()
    return f"{text[0:4]}{text[5:7]}{text[8:10]}T{text[11:13]}{text[14:16]}{text[17:19]}"


def _moment(name: str, value) -> str:
    """DTSTART, DTEND, EXDATE or RECURRENCE-ID with a value from _start_and_end()."""
    if not isinstance(value, datetime.datetime):
        return f"{name};VALUE=DATE:{value.year:04d}{value.month:02d}{value.day:02d}"
    parameters, suffix = _time_prefix(value.tzinfo.key)
    if suffix == "Z":
        value = value.astimezone(datetime.UTC)
    return f"{name}{parameters}:{_compact(value)}{suffix}"


def _stamp(moment: datetime.datetime) -> str:
    return f"DTSTAMP:{_compact(moment.astimezone(datetime.UTC))}Z"


def _lines(lines: list[str]) -> bytes:
    """Content lines, each ended by CRLF and folded where longer than 75 octets."""
    return "".join(
        f"{line}\r\n" if len(line) <= FOLD_AT and line.isascii() else _fold(line).decode() for line in lines
    ).encode()


def vevents(event, url: str, location: str, changes) -> bytes:
    """The VEVENTs of components(event), as text; `event` is an Event or a FeedEvent."""
    stamp = _stamp(event.updated_at or event.starts_at)
    title = f"SUMMARY:{_escape(event.title)}"
    uid = f"UID:{_escape(event.uid)}"
    start, end = _start_and_end(event, event.starts_at, event.ends_at)
    lines = ["BEGIN:VEVENT", title, _moment("DTSTART", start)]
    if end:
        lines.append(_moment("DTEND", end))
    lines += [stamp, uid, f"SEQUENCE:{event.sequence}"]
    if event.rrule:
        lines.append(f"RRULE:{_rrule_text(event.rrule)}")
    for excluded in event.exdates:
        lines.append(
            _moment("EXDATE", _start_and_end(event, datetime.datetime.fromisoformat(excluded), None)[0])
        )
    if event.description:
        lines.append(f"DESCRIPTION:{_escape(event.description)}")
    if location:
        lines.append(f"LOCATION:{_escape(location)}")
    lines += [f"STATUS:{event.status.upper()}", f"URL:{url}", "END:VEVENT"]
    for change in changes:
        start, end = _start_and_end(event, change.starts_at, change.ends_at)
        lines += ["BEGIN:VEVENT", title, _moment("DTSTART", start)]
        if end:
            lines.append(_moment("DTEND", end))
        lines += [
            stamp,
            uid,
            _moment("RECURRENCE-ID", _start_and_end(event, change.recurrence_id, None)[0]),
            f"SEQUENCE:{event.sequence}",
            f"STATUS:{change.status.upper()}",
            "END:VEVENT",
        ]
    return _lines(lines)


class FeedEvent:
    """What the feed writes of an event, read as plain values (building thousands of model
    instances would cost more than writing them)."""

    TRANSLATED = ("title", "description")
    FIELDS = (
        "pk",
        "uid",
        "starts_at",
        "ends_at",
        "all_day",
        "time_zone",
        "rrule",
        "exdates",
        "place",
        "hub_id",
        "online_url",
        "status",
        "sequence",
        "updated_at",
    )
    __slots__ = (*FIELDS, *TRANSLATED)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @classmethod
    def read(cls, events: QuerySet, chunk_size: int = 2000) -> Iterator["FeedEvent"]:
        """The events in the queryset's order, their title and description in the active
        language as the model gives them (falling back as modeltranslation does)."""
        order = resolution_order(get_language())
        translated = [
            [build_localized_fieldname(field, language) for language in order] for field in cls.TRANSLATED
        ]
        names = [name for names in translated for name in names]
        for row in events.values_list(*cls.FIELDS, *names).iterator(chunk_size=chunk_size):
            event = cls()
            for name, value in zip(cls.FIELDS, row, strict=False):
                setattr(event, name, value)
            values = iter(row[len(cls.FIELDS) :])
            for field, localized in zip(cls.TRANSLATED, translated, strict=True):
                found = [value for value in itertools.islice(values, len(localized)) if value]
                setattr(event, field, found[0] if found else "")
            yield event


def feed(events: QuerySet, start, end, name: str, description: str = "") -> Iterator[bytes]:
    """The queryset's events that may occur in [start, end) as a calendar, in pieces, with
    flat memory: VTIMEZONEs for the zones of their times, the events the expansion decides
    (series whole, with their changed occurrences), then the plain ones in time order."""
    events = events.order_by()
    others = list(FeedEvent.read(events.filter(_others_between(start, end)).order_by("starts_at", "pk")))
    plain = plain_between(events, start, end)
    zones = {event.time_zone for event in others if not event.all_day}
    zones.update(plain.values_list("time_zone", flat=True).distinct())
    changes: dict[int, list[ChangedOccurrence]] = {}
    for change in ChangedOccurrence.objects.filter(event_id__in=[event.pk for event in others]).order_by(
        "pk"
    ):
        changes.setdefault(change.event_id, []).append(change)
    found = itertools.chain(others, FeedEvent.read(plain.order_by("starts_at", "pk")))
    yield from write_calendar(found, name, zones, description, HubNames(), changes)


class HubNames(dict):
    """The names of hubs by key, each read when first asked for (a calendar has few)."""

    def __missing__(self, key):
        hub = Organisation.objects.filter(pk=key).first()
        self[key] = hub.name if hub else ""
        return self[key]


def write_calendar(
    events, name: str, zones, description: str = "", hubs=None, changes=None
) -> Iterator[bytes]:
    """The calendar as iCalendar text, in pieces: the header, a VTIMEZONE for each of
    `zones` (the time zones of the events' times), then the events' VEVENTs. Events are
    Event instances, or FeedEvents with the names of their hubs and their changed
    occurrences by event key. The URL of each event is its page in the active language."""
    head = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(name)}",
    ]
    if description:
        head.append(f"X-WR-CALDESC:{_escape(description)}")
    yield _lines(head)
    for zone in sorted(set(zones)):
        yield timezone_component(zone)
    # reverse() per event would cost more than writing it.
    site = settings.SITE_URL.rstrip("/")
    sample = reverse("events:detail", kwargs={"pk": 987654321})
    before, after = sample.split("987654321")
    for event in events:
        if isinstance(event, Event):
            hub_name, changed = (event.hub.name if event.hub else ""), event.changes.all()
        else:
            hub_name = hubs[event.hub_id] if event.hub_id else ""
            changed = changes.get(event.pk, ())
        location = event.place or hub_name or event.online_url
        yield vevents(event, f"{site}{before}{event.pk}{after}", location, changed)
    yield b"END:VCALENDAR\r\n"
