"""The district's shared event calendar, filtered as on the events page."""

import datetime

from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Path, Query, Router

from gnista.events import ical
from gnista.events.filters import EventFilter
from gnista.events.views import LONGEST_RANGE, events_with_details, local_midnight

from ..errors import ApiError
from ..filtering import filtered, query_schema
from ..pagination import LanguageQuery, page
from ..schemas.common import DETAIL_ERRORS, MAX_ID, READ_ERRORS, page_of
from ..schemas.events import EventOut

router = Router(tags=["events"])

# The page calls the range start and end; the API, as calendars do, from and to.
RANGE_NAMES = {"start": "from", "end": "to"}
EventQuery = query_schema(EventFilter, "EventQuery", renamed=RANGE_NAMES)
DEFAULT_RANGE = datetime.timedelta(days=365)
DETAIL_RANGE = datetime.timedelta(days=366)
DETAIL_OCCURRENCES = 10


def requested_range(filterset) -> tuple[datetime.datetime, datetime.datetime] | None:
    """[from, the day after to) when either is given, else None (every event)."""
    chosen = filterset.form.cleaned_data
    if not chosen.get("start") and not chosen.get("end"):
        return None
    start = local_midnight(chosen["start"] or timezone.localdate())
    end = local_midnight(chosen["end"]) + datetime.timedelta(days=1) if chosen.get("end") else None
    end = end or start + DEFAULT_RANGE
    if end <= start or end - start > LONGEST_RANGE:
        message = _("“to” must be on or after “from”, and the range at most two years.")
        raise ApiError(400, message, {"to": [message]})
    return start, end


@router.get("/events", response={200: page_of(EventOut), **READ_ERRORS})
def list_events(request, query: Query[EventQuery]):
    """Events (a recurring event once, with its rule). With `from` or `to`, only the events
    that take place in that range, each with its occurrences there."""
    filterset = filtered(request, EventFilter, events_with_details(), renamed=RANGE_NAMES)
    events = filterset.qs
    date_range = requested_range(filterset)
    if date_range is None:
        return page(request, events, query)
    found: dict[int, list] = {}
    for occurrence in ical.occurrences(events, *date_range):
        found.setdefault(occurrence.event.pk, []).append(occurrence)
    result = page(request, events.filter(pk__in=found), query)
    for event in result["items"]:
        event.occurrences_shown = found[event.pk]
    return result


@router.get("/events/{event_id}", response={200: EventOut, **DETAIL_ERRORS})
def get_event(request, event_id: int = Path(..., ge=1, le=MAX_ID), query: Query[LanguageQuery] = None):
    """An event with its next occurrences (up to ten, within a year)."""
    event = get_object_or_404(events_with_details(), pk=event_id)
    now = timezone.now()
    event.occurrences_shown = ical.occurrences([event], now, now + DETAIL_RANGE)[:DETAIL_OCCURRENCES]
    return event
