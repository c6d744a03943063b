import calendar as month_calendar
import datetime
import json

from django.conf import settings
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from gnista.core.listing import filtered, paginate

from . import ical
from .filters import EventFilter
from .models import Event, EventStatus

UPCOMING_DAYS = 90
LONGEST_RANGE = datetime.timedelta(days=2 * 366)
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def events_with_details():
    return Event.objects.select_related("hub", "organiser").prefetch_related("changes", "areas")


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
    filterset, notices = filtered(request, EventFilter, events_with_details())
    past = request.GET.get("when") == "past"
    start, end = date_range(filterset, past, notices)
    found = ical.occurrences(filterset.qs, start, end)
    if past:
        found.reverse()
    page = paginate(request, found, notices)
    context = {"section": "events", "filter": filterset, "page": page, "notices": notices, "past": past}
    return render(request, "events/event_list.html", context)


def event_month(request, year, month):
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise Http404
    filterset, notices = filtered(request, EventFilter, events_with_details())
    weeks = month_calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    found = ical.occurrences(
        filterset.qs, local_midnight(weeks[0][0]), local_midnight(weeks[-1][-1] + datetime.timedelta(days=1))
    )
    by_day: dict[datetime.date, list] = {}
    for occurrence in found:
        by_day.setdefault(timezone.localtime(occurrence.starts_at).date(), []).append(occurrence)
    first = datetime.date(year, month, 1)
    previous = first - datetime.timedelta(days=1)
    following = first + datetime.timedelta(days=32)
    context = {
        "section": "events",
        "filter": filterset,
        "notices": notices,
        "month": first,
        "weeks": [[(day, by_day.get(day, [])) for day in week] for week in weeks],
        "previous_url": reverse("events:month", kwargs={"year": previous.year, "month": previous.month}),
        "next_url": reverse("events:month", kwargs={"year": following.year, "month": following.month}),
        "today": timezone.localdate(),
    }
    return render(request, "events/event_month.html", context)


def home_panel(request, _obj) -> str:
    now = timezone.now()
    upcoming = [
        o
        for o in ical.occurrences(events_with_details(), now, now + datetime.timedelta(days=60))
        if not o.cancelled
    ][:3]
    return render_to_string("events/_home_panel.html", {"upcoming": upcoming}, request=request)


def actor_panel(request, actor) -> str:
    """Upcoming events an actor organises or hosts, on its page in the district directory."""
    now = timezone.now()
    events = events_with_details().filter(Q(organiser=actor) | Q(hub=actor))
    upcoming = [
        o for o in ical.occurrences(events, now, now + datetime.timedelta(days=90)) if not o.cancelled
    ][:6]
    return render_to_string("events/_home_panel.html", {"upcoming": upcoming}, request=request)


def area_panel(request, area) -> str:
    now = timezone.now()
    events = events_with_details().filter(areas=area)
    upcoming = [
        o for o in ical.occurrences(events, now, now + datetime.timedelta(days=90)) if not o.cancelled
    ][:6]
    return render_to_string("events/_home_panel.html", {"upcoming": upcoming}, request=request)


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


def calendar_ics(request):
    """The shared calendar as a subscribable feed: /calendar.ics?hub=…&area=…&organiser=…&lang=en"""
    language = request.GET.get("lang", settings.LANGUAGE_CODE)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        filterset, _notices = filtered(request, EventFilter, events_with_details())
        cal = ical.calendar(filterset.qs, _("The innovation district's events"))
        return ics_response(cal, "gnista-calendar.ics")
