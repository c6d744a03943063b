"""Plain repetitions a person can choose from (every week, every other week, every month,
until a date) and the iCalendar RRULE each stands for. The rule counts its occurrences
(COUNT) rather than naming an UNTIL, whose value type would have to follow DTSTART's.

Also series_end(): how far any rule reaches, which Event.repeats_until keeps so that the
calendar asks the database only for the series that reach the dates it shows."""

import datetime
import itertools
import re
import zoneinfo
from collections.abc import Iterable

import icalendar
from dateutil.rrule import MONTHLY, WEEKLY, rrule, rrulestr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MOST_OCCURRENCES = 200
CHOICES = [
    ("", _("Does not repeat")),
    ("weekly", _("Every week")),
    ("fortnightly", _("Every other week")),
    ("monthly", _("Every month")),
]
RULES = {
    "weekly": "FREQ=WEEKLY;COUNT={count}",
    "fortnightly": "FREQ=WEEKLY;INTERVAL=2;COUNT={count}",
    "monthly": "FREQ=MONTHLY;COUNT={count}",
}
FREQUENCIES = {"weekly": (WEEKLY, 1), "fortnightly": (WEEKLY, 2), "monthly": (MONTHLY, 1)}
PARSED = {
    re.compile(r"^FREQ=WEEKLY;COUNT=(\d+)$"): "weekly",
    re.compile(r"^FREQ=WEEKLY;INTERVAL=2;COUNT=(\d+)$"): "fortnightly",
    re.compile(r"^FREQ=MONTHLY;COUNT=(\d+)$"): "monthly",
}


def _local(moment: datetime.datetime) -> datetime.datetime:
    """Wall-clock time, as the calendar repeats it."""
    return (timezone.localtime(moment) if timezone.is_aware(moment) else moment).replace(tzinfo=None)


def dates(repeats: str, starts_at: datetime.datetime, count: int) -> list[datetime.datetime]:
    frequency, interval = FREQUENCIES[repeats]
    return list(rrule(frequency, interval=interval, dtstart=_local(starts_at), count=count))


def rule_for(repeats: str, starts_at: datetime.datetime, until: datetime.date) -> str:
    """The RRULE for a plain repetition from the start up to and including `until`."""
    frequency, interval = FREQUENCIES[repeats]
    occurrences = rrule(
        frequency,
        interval=interval,
        dtstart=_local(starts_at),
        until=datetime.datetime.combine(until, datetime.time.max),
    )
    count = sum(1 for _ in itertools.islice(occurrences, MOST_OCCURRENCES))
    return RULES[repeats].format(count=max(1, count))


def repetition_of(rule: str, starts_at: datetime.datetime) -> tuple[str, datetime.date] | None:
    """The plain repetition and its last date, for a rule written by rule_for; None for
    any other rule (one set in the admin or a calendar feed)."""
    for pattern, repeats in PARSED.items():
        if match := pattern.match(rule):
            return repeats, dates(repeats, starts_at, int(match.group(1)))[-1].date()
    return None


# A series counted further than this is treated as one without end (its bound would cost
# more to compute than it saves).
LONGEST_COUNT = 5000
ALL_DAY_SLACK = datetime.timedelta(days=1)
# A single event longer than this (an exhibition) is found by its end like a series: the
# calendar then needs to look only this far back for the short ones still going on.
LONGEST_SINGLE = datetime.timedelta(days=1)


def _last_start(rule: str, starts_at: datetime.datetime, zone: zoneinfo.ZoneInfo) -> datetime.datetime | None:
    """When the series' last occurrence starts at the latest (its UNTIL, or its COUNTth
    date), None when the rule has no end or cannot be read."""
    try:
        parts = icalendar.vRecur.from_ical(rule)
        if "UNTIL" in parts:
            until = parts["UNTIL"][0]
            if not isinstance(until, datetime.datetime):
                until = datetime.datetime.combine(until, datetime.time.max)
            return until if until.tzinfo else until.replace(tzinfo=zone)
        if "COUNT" not in parts:
            return None
        count = int(parts["COUNT"][0])
        if not 0 < count <= LONGEST_COUNT:
            return None
        start = starts_at.astimezone(zone).replace(microsecond=0)
        dates = list(itertools.islice(rrulestr(rule, dtstart=start), count))
        return max([start, *dates])
    except (ValueError, TypeError, KeyError, IndexError, OverflowError):
        return None


def series_end(
    rule: str,
    starts_at: datetime.datetime,
    ends_at: datetime.datetime | None,
    all_day: bool,
    time_zone: str,
    changes: Iterable[tuple[datetime.datetime, datetime.datetime | None]] = (),
) -> datetime.datetime | None:
    """For an event whose dates the iCalendar expansion decides (one that repeats, has
    changed occurrences or lasts longer than LONGEST_SINGLE): no occurrence of it ends
    later than this. None for a series without end, and for a single event that is none
    of these (it ends when it ends)."""
    changes = list(changes)
    if not rule and not changes and not (ends_at and ends_at - starts_at > LONGEST_SINGLE):
        return None
    if rule:
        try:
            zone = zoneinfo.ZoneInfo(time_zone)
        except (ValueError, zoneinfo.ZoneInfoNotFoundError):
            return None
        last = _last_start(rule, starts_at, zone)
        if last is None:
            return None
    else:
        last = starts_at
    slack = ALL_DAY_SLACK if all_day else datetime.timedelta(0)
    end = last + max(ends_at - starts_at, datetime.timedelta(0)) + slack if ends_at else last + slack
    for change_starts_at, change_ends_at in changes:
        end = max(end, (change_ends_at or change_starts_at) + slack)
    return end
