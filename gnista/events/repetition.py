"""Plain repetitions a person can choose from (every week, every other week, every month,
until a date) and the iCalendar RRULE each stands for. The rule counts its occurrences
(COUNT) rather than naming an UNTIL, whose value type would have to follow DTSTART's."""

import datetime
import itertools
import re

from dateutil.rrule import MONTHLY, WEEKLY, rrule
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
