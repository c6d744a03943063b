"""What the district map shows, built once for both the GeoJSON endpoint and the list
beside the map (the list is the version that works without JavaScript, by keyboard and
with a screen reader, so the two must never disagree).

Places are hubs and other located organisations, located initiatives, and upcoming
events, which are located through their hub. Coordinates follow RFC 7946: [longitude,
latitude] in WGS 84.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from gnista.core.collation import sort_key
from gnista.events import ical
from gnista.events.models import Event, EventStatus
from gnista.portfolio.models import Initiative, Organisation, OrganisationKind, Outcome

from .models import District

HUB = "hub"
ACTOR = "actor"
INITIATIVE = "initiative"
EVENT = "event"
DISTRICT = "district"

# In the order the list shows them.
KINDS = {
    HUB: _("Hubs"),
    ACTOR: _("Other actors"),
    INITIATIVE: _("Initiatives"),
    EVENT: _("Upcoming events"),
}
# How one feature of each kind is named next to its title (marker names, popups).
KIND_NAMES = {
    HUB: _("Hub"),
    ACTOR: _("Actor"),
    INITIATIVE: _("Initiative"),
    EVENT: _("Event"),
}
EVENT_DAYS = 60
# Helsingborg, for a district that has not set its own map centre.
DEFAULT_CENTRE = (56.0465, 12.6945)
DEFAULT_ZOOM = 13


@dataclass(frozen=True)
class Place:
    kind: str
    key: str
    title: str
    title_lang: str
    url: str
    subtitle: str
    latitude: float
    longitude: float
    # Events: when the next occurrence starts (and how to say it), and where.
    when: datetime.datetime | None = None
    when_text: str = ""
    where: str = ""

    @property
    def kind_name(self) -> str:
        return str(KIND_NAMES[self.kind])

    @property
    def needs_lang(self) -> bool:
        """The title is shown in the fallback language (mark it with lang=...)."""
        return self.title_lang != get_language()

    def as_feature(self) -> dict:
        properties = {
            "kind": self.kind,
            "kind_name": self.kind_name,
            "title": self.title,
            "lang": self.title_lang,
            "url": self.url,
            "subtitle": self.subtitle,
        }
        if self.when:
            properties["starts_at"] = self.when.isoformat()
        return {
            "type": "Feature",
            "id": self.key,
            "geometry": {"type": "Point", "coordinates": [self.longitude, self.latitude]},
            "properties": properties,
        }


def chosen_kinds(values) -> list[str]:
    """The kinds asked for, in list order; unknown values are ignored and asking for
    none (or only unknown ones) means all."""
    chosen = [kind for kind in KINDS if kind in set(values)]
    return chosen or list(KINDS)


def _coordinate(value: Decimal) -> float:
    return round(float(value), 6)


def _translated(obj, field: str) -> tuple[str, str]:
    """The field in the current language, falling back to the default one, and the
    language the text is in."""
    language = get_language() or settings.LANGUAGE_CODE
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    text = getattr(obj, f"{field}_{language}", None)
    if text:
        return text, language
    return getattr(obj, f"{field}_{default}", None) or getattr(obj, field) or "", default


def _by_title(places: list[Place]) -> list[Place]:
    language = get_language() or settings.LANGUAGE_CODE
    return sorted(places, key=lambda place: sort_key(place.title, language))


def _organisations(kinds: list[str]) -> dict[str, list[Place]]:
    queryset = Organisation.objects.filter(latitude__isnull=False, longitude__isnull=False)
    if HUB not in kinds:
        queryset = queryset.exclude(kind=OrganisationKind.HUB)
    if ACTOR not in kinds:
        queryset = queryset.filter(kind=OrganisationKind.HUB)
    found: dict[str, list[Place]] = {HUB: [], ACTOR: []}
    for organisation in queryset:
        title, lang = _translated(organisation, "name")
        if organisation.kind == OrganisationKind.HUB:
            kind, url = HUB, reverse("district:hub-detail", kwargs={"slug": organisation.slug})
            subtitle = organisation.address
        else:
            kind, url = ACTOR, reverse("district:actor-detail", kwargs={"slug": organisation.slug})
            subtitle = str(organisation.get_kind_display())
        found[kind].append(
            Place(
                kind=kind,
                key=f"{kind}-{organisation.pk}",
                title=title,
                title_lang=lang,
                url=url,
                subtitle=subtitle,
                latitude=_coordinate(organisation.latitude),
                longitude=_coordinate(organisation.longitude),
            )
        )
    return {kind: _by_title(places) for kind, places in found.items()}


def _initiatives() -> list[Place]:
    # Every initiative is public (failures included); there are no drafts to leave out.
    places = []
    for initiative in Initiative.objects.filter(latitude__isnull=False, longitude__isnull=False):
        title, lang = _translated(initiative, "title")
        subtitle = str(initiative.get_stage_display())
        if initiative.outcome != Outcome.ACTIVE:
            subtitle = f"{subtitle} · {initiative.get_outcome_display()}"
        places.append(
            Place(
                kind=INITIATIVE,
                key=f"{INITIATIVE}-{initiative.pk}",
                title=title,
                title_lang=lang,
                url=initiative.get_absolute_url(),
                subtitle=subtitle,
                latitude=_coordinate(initiative.latitude),
                longitude=_coordinate(initiative.longitude),
            )
        )
    return _by_title(places)


def _when(occurrence: ical.Occurrence) -> str:
    starts = timezone.localtime(occurrence.starts_at)
    if occurrence.all_day:
        return formats.date_format(starts, "j F Y")
    return formats.date_format(starts, "j F Y, H:i")


def _events(now: datetime.datetime) -> list[Place]:
    """The next occurrence of each event in the coming days, placed at its hub."""
    end = now + datetime.timedelta(days=EVENT_DAYS)
    events = (
        Event.objects.filter(hub__latitude__isnull=False, hub__longitude__isnull=False, starts_at__lt=end)
        .exclude(status=EventStatus.CANCELLED)
        # Single events long over cannot come up again (series can); the expansion below
        # decides exactly, this only keeps the past out of it.
        .exclude(rrule="", starts_at__lt=now - datetime.timedelta(days=1), ends_at__isnull=True)
        .exclude(rrule="", ends_at__lt=now - datetime.timedelta(days=1))
        .select_related("hub")
        .prefetch_related("changes")
    )
    seen = set()
    places = []
    for occurrence in ical.occurrences(events, now, end):
        event = occurrence.event
        if occurrence.cancelled or event.pk in seen:
            continue
        seen.add(event.pk)
        title, lang = _translated(event, "title")
        where = event.place or event.hub.name
        places.append(
            Place(
                kind=EVENT,
                key=f"{EVENT}-{event.pk}",
                title=title,
                title_lang=lang,
                url=event.get_absolute_url(),
                subtitle=f"{_when(occurrence)} · {where}",
                latitude=_coordinate(event.hub.latitude),
                longitude=_coordinate(event.hub.longitude),
                when=occurrence.starts_at,
                when_text=_when(occurrence),
                where=where,
            )
        )
    return places


def places(kinds: list[str], now: datetime.datetime | None = None) -> dict[str, list[Place]]:
    """The located places of the chosen kinds, grouped by kind in list order (a bounded
    number of queries: one for organisations, one for initiatives, two for events)."""
    now = now or timezone.now()
    found: dict[str, list[Place]] = {}
    if HUB in kinds or ACTOR in kinds:
        found |= _organisations(kinds)
    if INITIATIVE in kinds:
        found[INITIATIVE] = _initiatives()
    if EVENT in kinds:
        found[EVENT] = _events(now)
    return {kind: found[kind] for kind in KINDS if kind in kinds}


def _position(value) -> bool:
    return (
        isinstance(value, list | tuple)
        and len(value) >= 2
        and all(isinstance(number, int | float) and not isinstance(number, bool) for number in value[:2])
        and -180 <= value[0] <= 180
        and -90 <= value[1] <= 90
    )


def _ring(value) -> bool:
    return isinstance(value, list) and len(value) >= 4 and all(_position(point) for point in value)


def boundary_geometry(value) -> dict | None:
    """The district's boundary as a GeoJSON Polygon or MultiPolygon geometry, or None when
    it is missing or not valid GeoJSON (a Feature holding one is accepted too)."""
    if isinstance(value, dict) and value.get("type") == "Feature":
        value = value.get("geometry")
    if not isinstance(value, dict):
        return None
    coordinates = value.get("coordinates")
    if value.get("type") == "Polygon":
        valid = isinstance(coordinates, list) and bool(coordinates) and all(map(_ring, coordinates))
    elif value.get("type") == "MultiPolygon":
        valid = (
            isinstance(coordinates, list)
            and bool(coordinates)
            and all(
                isinstance(polygon, list) and bool(polygon) and all(map(_ring, polygon))
                for polygon in coordinates
            )
        )
    else:
        valid = False
    return {"type": value["type"], "coordinates": coordinates} if valid else None


def district() -> District | None:
    return District.objects.first()


def district_feature(the_district: District | None) -> dict | None:
    geometry = boundary_geometry(the_district.boundary) if the_district else None
    if not geometry:
        return None
    title, lang = _translated(the_district, "name")
    return {
        "type": "Feature",
        "id": DISTRICT,
        "geometry": geometry,
        "properties": {
            "kind": DISTRICT,
            "kind_name": str(_("District")),
            "title": title,
            "lang": lang,
            "url": None,
            "subtitle": "",
        },
    }


def feature_collection(grouped: dict[str, list[Place]], the_district: District | None) -> dict:
    features = [place.as_feature() for group in grouped.values() for place in group]
    boundary = district_feature(the_district)
    if boundary:
        features.insert(0, boundary)
    return {"type": "FeatureCollection", "features": features}


def map_view(the_district: District | None) -> dict:
    """Where the map opens before it fits itself to the places."""
    if the_district and the_district.latitude is not None and the_district.longitude is not None:
        return {
            "latitude": _coordinate(the_district.latitude),
            "longitude": _coordinate(the_district.longitude),
            "zoom": the_district.zoom,
        }
    return {"latitude": DEFAULT_CENTRE[0], "longitude": DEFAULT_CENTRE[1], "zoom": DEFAULT_ZOOM}
