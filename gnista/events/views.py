import calendar as month_calendar
import datetime
import hashlib
import json
import re
import zlib

from django.conf import settings
from django.db.models import Q
from django.http import Http404, HttpResponse, HttpResponseNotModified, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from gnista.core import freshness
from gnista.core.listing import filtered, paginate

from . import ical
from .filters import EventFilter
from .models import Event, EventStatus

UPCOMING_DAYS = 90
LONGEST_RANGE = datetime.timedelta(days=2 * 366)
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
# A day of the month view lists this many occurrences and links to the rest.
MONTH_DAY_LIMIT = 4
# The subscribable feed carries the events from about three months back to two years ahead
# (a series whole, with its rule, when any of its dates may fall in that time).
FEED_PAST = datetime.timedelta(days=92)
FEED_AHEAD = datetime.timedelta(days=731)
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def events_with_details():
    return Event.objects.select_related("hub", "organiser").prefetch_related("changes", "areas")


DESCRIPTIONS = ("description", *(f"description_{code}" for code, _name in settings.LANGUAGES))


def listed_events():
    """What an event card in a list or a panel shows: not its description or areas."""
    return Event.objects.select_related("hub", "organiser").defer(*DESCRIPTIONS)


def local_midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=timezone.get_current_timezone())


def date_range(filterset, past: bool, notices: list[str]) -> tuple[datetime.datetime, datetime.datetime]:
    chosen = filterset.form.cleaned_data if filterset.form.is_valid() else {}
    now = timezone.now()
    if past:
        end = local_midnight(chosen["end"]) if chosen.get("end") else now
        start = local_midnight(chosen["start"]) if chosen.get("start") else end - datetime.timedelta(days=365)
    else:
        start = local_midnight(chosen["start"]) if chosen.get("start") else now
        end = local_midnight(chosen["end"]) + datetime.timedelta(days=1) if chosen.get("end") else None
        end = end or start + datetime.timedelta(days=UPCOMING_DAYS)
    if end <= start or end - start > LONGEST_RANGE:
        notices.append(
            _("The dates were not a range we can show (at most two years); showing the default instead.")
        )
        start, end = (
            (now - datetime.timedelta(days=365), now)
            if past
            else (now, now + datetime.timedelta(days=UPCOMING_DAYS))
        )
    return start, end


def event_list(request):
    filterset, notices = filtered(request, EventFilter, listed_events())
    past = request.GET.get("when") == "past"
    start, end = date_range(filterset, past, notices)
    found = ical.OccurrenceList(filterset.qs, start, end, descending=past)
    page = paginate(request, found, notices)
    context = {"section": "events", "filter": filterset, "page": page, "notices": notices, "past": past}
    return render(request, "events/event_list.html", context)


def chosen_filters(filterset) -> tuple[tuple[str, str], ...]:
    """The filters that apply, as (name, value in the address): a key for what is kept."""
    chosen = getattr(filterset.form, "cleaned_data", {})
    return tuple(
        (name, str(getattr(chosen[name], "slug", chosen[name])))
        for name in ("q", "hub", "organiser", "area")
        if chosen.get(name)
    )


def month_grid(events, weeks, first: datetime.date, today: datetime.date, chosen) -> str:
    """The month's table: the first occurrences of each day, and a link to the rest of a
    full day in the list, with the same filters."""
    by_day = ical.by_day(
        events,
        local_midnight(weeks[0][0]),
        local_midnight(weeks[-1][-1] + datetime.timedelta(days=1)),
        MONTH_DAY_LIMIT,
    )
    cells = []
    for week in weeks:
        row = []
        for day in week:
            found, count = by_day.get(day, ([], 0))
            more_url = ""
            if count > len(found):
                query = urlencode([*chosen, ("start", day.isoformat()), ("end", day.isoformat())])
                more_url = f"{reverse('events:list')}?{query}"
            row.append({"day": day, "found": found, "more": count - len(found), "more_url": more_url})
        cells.append(row)
    return render_to_string("events/_month_grid.html", {"weeks": cells, "month": first, "today": today})


def event_month(request, year, month):
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise Http404
    # A day of the month shows its events' times and titles.
    filterset, notices = filtered(request, EventFilter, Event.objects.defer(*DESCRIPTIONS))
    weeks = month_calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    first = datetime.date(year, month, 1)
    today = timezone.localdate()
    chosen = chosen_filters(filterset)
    # The same for every visitor until the data (or the day) changes: kept as rendered.
    grid = freshness.cached(
        "events:month",
        (year, month, today, chosen),
        lambda: month_grid(filterset.qs, weeks, first, today, chosen),
    )
    grid = mark_safe(grid)  # rendered from our own template, kept as it was
    previous = first - datetime.timedelta(days=1)
    following = first + datetime.timedelta(days=32)
    context = {
        "section": "events",
        "filter": filterset,
        "notices": notices,
        "month": first,
        "grid": grid,
        "previous_url": reverse("events:month", kwargs={"year": previous.year, "month": previous.month}),
        "next_url": reverse("events:month", kwargs={"year": following.year, "month": following.month}),
    }
    return render(request, "events/event_month.html", context)


def upcoming(events, days: int, count: int) -> list[ical.Occurrence]:
    """The next `count` occurrences in the coming days that are not cancelled."""
    now = timezone.now()
    return ical.OccurrenceList(events, now, now + datetime.timedelta(days=days), cancelled=False)[:count]


def home_panel(request, _obj) -> str:
    context = {"upcoming": upcoming(listed_events(), 60, 3)}
    return render_to_string("events/_home_panel.html", context, request=request)


def actor_panel(request, actor) -> str:
    """Upcoming events an actor organises or hosts, on its page in the district directory."""
    events = listed_events().filter(Q(organiser=actor) | Q(hub=actor))
    return render_to_string("events/_home_panel.html", {"upcoming": upcoming(events, 90, 6)}, request=request)


def area_panel(request, area) -> str:
    events = listed_events().filter(areas=area)
    return render_to_string("events/_home_panel.html", {"upcoming": upcoming(events, 90, 6)}, request=request)


def json_ld(event: Event, upcoming) -> str:
    """schema.org Event, for search engines and other calendars."""
    first = upcoming[0] if upcoming else None
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.description,
        "startDate": (first.starts_at if first else event.starts_at).isoformat(),
        "eventStatus": "https://schema.org/EventCancelled"
        if event.status == EventStatus.CANCELLED
        else "https://schema.org/EventScheduled",
        "inLanguage": event.language,
        "url": settings.SITE_URL.rstrip("/") + event.get_absolute_url(),
    }
    if first and first.ends_at:
        data["endDate"] = first.ends_at.isoformat()
    places = []
    if event.place or event.hub:
        places.append(
            {
                "@type": "Place",
                "name": event.hub.name if event.hub else event.place,
                "address": event.place or (event.hub.name if event.hub else ""),
            }
        )
    if event.online_url:
        places.append({"@type": "VirtualLocation", "url": event.online_url})
    if places:
        data["location"] = places[0] if len(places) == 1 else places
    data["eventAttendanceMode"] = (
        "https://schema.org/MixedEventAttendanceMode"
        if len(places) > 1
        else "https://schema.org/OnlineEventAttendanceMode"
        if event.online_url
        else "https://schema.org/OfflineEventAttendanceMode"
    )
    if event.organiser:
        data["organizer"] = {"@type": "Organization", "name": event.organiser.name}
    return json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)


def event_detail(request, pk):
    event = get_object_or_404(events_with_details(), pk=pk)
    now = timezone.now()
    upcoming = ical.occurrences([event], now, now + datetime.timedelta(days=366))[:10]
    context = {"section": "events", "event": event, "upcoming": upcoming, "json_ld": json_ld(event, upcoming)}
    return render(request, "events/event_detail.html", context)


def ics_response(cal, filename: str) -> HttpResponse:
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_ics(request, pk):
    event = get_object_or_404(events_with_details(), pk=pk)
    return ics_response(ical.calendar([event], event.title), f"gnista-event-{event.pk}.ics")


def feed_window() -> tuple[datetime.datetime, datetime.datetime]:
    today = timezone.localdate()
    return local_midnight(today - FEED_PAST), local_midnight(today + FEED_AHEAD)


def gzipped(pieces) -> tuple[str, bytes]:
    """The pieces gzip-compressed, and an ETag for them."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    compressed, waiting, size = [], [], 0
    for piece in pieces:
        waiting.append(piece)
        size += len(piece)
        if size >= 256 * 1024:
            compressed.append(compressor.compress(b"".join(waiting)))
            waiting, size = [], 0
    compressed += [compressor.compress(b"".join(waiting)), compressor.flush()]
    data = b"".join(compressed)
    return f'W/"{hashlib.sha256(data).hexdigest()[:32]}"', data


def gunzipped(data: bytes, piece: int = 64 * 1024):
    decompressor = zlib.decompressobj(31)
    for offset in range(0, len(data), piece):
        yield decompressor.decompress(data[offset : offset + piece])
    yield decompressor.flush()


def calendar_ics(request):
    """The shared calendar as a subscribable feed: /calendar.ics?hub=…&area=…&organiser=…&lang=en

    It carries the events from three months back to two years ahead (FEED_PAST,
    FEED_AHEAD): single events that take place then, and recurring events whole (their
    rule, excluded dates and changed occurrences) when their series reaches that time.
    The feed is kept compressed under the data version (gnista.core.freshness) and sent
    compressed to the clients that accept it, as calendar apps do; its ETag answers their
    polling with 304 Not Modified while nothing changed."""
    language = request.GET.get("lang", settings.LANGUAGE_CODE)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        filterset, _notices = filtered(request, EventFilter, Event.objects.all())
        start, end = feed_window()
        parameters = (start.date(), chosen_filters(filterset))

        def write():
            name = _("The innovation district's events")
            description = _(
                "Events from three months ago to two years ahead. A recurring event is included "
                "with all its dates when any of them falls in that time."
            )
            return gzipped(ical.feed(filterset.qs, start, end, name, description))

        etag, data = freshness.cached("events:calendar-feed", parameters, write)
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponseNotModified()
    elif ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")):
        response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
        response["Content-Encoding"] = "gzip"
    else:
        response = StreamingHttpResponse(gunzipped(data), content_type="text/calendar; charset=utf-8")
    response["ETag"] = etag
    response["Content-Disposition"] = 'attachment; filename="gnista-calendar.ics"'
    patch_vary_headers(response, ["Accept-Encoding"])
    return response
