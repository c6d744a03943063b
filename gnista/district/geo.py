"""What the district map shows, built here for both the GeoJSON endpoint and the list
beside the map (the list is the version that works without JavaScript, by keyboard and
with a screen reader, so the two are built from the same rows).

Places are hubs and other located organisations, located initiatives, and upcoming
events, which are located through their hub. Coordinates follow RFC 7946: [longitude,
latitude] in WGS 84.

A city has tens of thousands of located places (make bench: 100,000 initiatives, a third
of them located), more than a browser can draw one by one or a visitor can take in. So the
map asks for the part of the world it shows (a bounding box); when that holds more than
MAX_PLACES places, the answer groups them by the cells of a grid (counted by the
database) and the map zooms into a group when it is chosen. The list beside the map shows
the first LIST_SHOWN places of each kind and links to the full lists.
"""

import datetime
import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db.models import Avg, Count, Exists, FloatField, Max, Min, OuterRef, Q, Value
from django.db.models.functions import Cast, Floor
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import formats, timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from gnista.core import freshness
from gnista.events import ical
from gnista.events.models import ChangedOccurrence, Event, EventStatus
from gnista.portfolio.filters import in_language_or_default
from gnista.portfolio.models import Initiative, Organisation, OrganisationKind, Outcome

from .models import District

HUB = "hub"
ACTOR = "actor"
INITIATIVE = "initiative"
EVENT = "event"
DISTRICT = "district"
GROUP = "group"

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
    GROUP: _("Group of places"),
}
EVENT_DAYS = 60
# Helsingborg, for a district that has not set its own map centre.
DEFAULT_CENTRE = (56.0465, 12.6945)
DEFAULT_ZOOM = 13

# One answer of the GeoJSON endpoint draws at most this many places one by one; when the
# box asked for holds more, they are grouped in about GRID cells across it.
MAX_PLACES = 500
GRID = 12
# The list beside the map shows the first of each kind (the full lists are linked).
LIST_SHOWN = 50
# Upcoming events are counted from the start of the current five minutes, so that answers
# (and their ETag) stay the same within them and can be cached.
MOMENT = datetime.timedelta(minutes=5)


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


@dataclass(frozen=True)
class Box:
    """A part of the map: west, south, east and north edges in degrees (as GeoJSON's bbox)."""

    west: float
    south: float
    east: float
    north: float

    @classmethod
    def parse(cls, value: str | None) -> "Box | None":
        """west,south,east,north as the map sends it, clamped to the world; None when it is
        not four numbers in that order (the whole map is meant then)."""
        parts = (value or "").split(",")
        if len(parts) != 4 or len(value) > 200:
            return None
        try:
            west, south, east, north = (float(part) for part in parts)
        except ValueError:
            return None
        if not all(math.isfinite(number) for number in (west, south, east, north)):
            return None
        west, east = max(west, -180.0), min(east, 180.0)
        south, north = max(south, -90.0), min(north, 90.0)
        if west > east or south > north:
            return None
        return cls(round(west, 6), round(south, 6), round(east, 6), round(north, 6))

    def query(self) -> Q:
        return Q(
            latitude__gte=Decimal(str(self.south)),
            latitude__lte=Decimal(str(self.north)),
            longitude__gte=Decimal(str(self.west)),
            longitude__lte=Decimal(str(self.east)),
        )

    def holds(self, latitude: float, longitude: float) -> bool:
        return self.south <= latitude <= self.north and self.west <= longitude <= self.east


def chosen_kinds(values) -> list[str]:
    """The kinds asked for, in list order; unknown values are ignored and asking for
    none (or only unknown ones) means all."""
    chosen = [kind for kind in KINDS if kind in set(values)]
    return chosen or list(KINDS)


def moment(now: datetime.datetime | None = None) -> datetime.datetime:
    """The start of the current five minutes: what 'now' is for the map's events."""
    now = now or timezone.now()
    seconds = MOMENT.total_seconds()
    return datetime.datetime.fromtimestamp(now.timestamp() // seconds * seconds, tz=datetime.UTC)


def _coordinate(value) -> float:
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


# Fits both a slug and a number.
_PLACEHOLDER = "9081726354"


@functools.cache
def _pattern(name: str, key: str, language: str, prefix: str, urlconf) -> str:
    return reverse(name, kwargs={key: _PLACEHOLDER})


def _url(name: str, **kwargs) -> str:
    """reverse() for one of the map's pages, many times faster: the URL with a placeholder
    is reversed once per language and filled in."""
    ((key, value),) = kwargs.items()
    pattern = _pattern(name, key, get_language(), get_script_prefix(), get_urlconf())
    return pattern.replace(_PLACEHOLDER, str(value))


def _translations(field: str) -> list[str]:
    return [field] + [f"{field}_{code}" for code, _name in settings.LANGUAGES]


# ---------------------------------------------------------------------- the sources


class Source:
    """One table of located places (organisations or initiatives): only the columns the
    map needs, filtered, counted and grouped by the database."""

    kinds: tuple[str, ...]
    title_field: str
    group_by: tuple[str, ...] = ()  # columns that tell the kinds apart

    def __init__(self, kinds: Iterable[str]):
        self.chosen = [kind for kind in self.kinds if kind in kinds]

    def queryset(self):
        raise NotImplementedError

    def kind_of(self, row) -> str:
        return self.kinds[0]

    def place(self, row) -> Place:
        raise NotImplementedError

    def located(self, box: Box | None = None):
        queryset = self.queryset().filter(latitude__isnull=False, longitude__isnull=False)
        return queryset.filter(box.query()) if box else queryset

    def extent(self, box: Box | None) -> tuple[int, Box | None]:
        found = self.located(box).aggregate(
            count=Count("pk"),
            west=Min("longitude"),
            south=Min("latitude"),
            east=Max("longitude"),
            north=Max("latitude"),
        )
        if not found["count"]:
            return 0, None
        edges = (_coordinate(found[edge]) for edge in ("west", "south", "east", "north"))
        return found["count"], Box(*edges)

    def places(self, box: Box | None = None, pks: list[int] | None = None) -> list[Place]:
        queryset = self.located(box)
        if pks is not None:
            queryset = queryset.filter(pk__in=pks)
        return [self.place(row) for row in queryset.order_by("pk")]

    def first(self, shown: int) -> tuple[int, list[Place]]:
        """How many there are, and the first few by title in the current language."""
        queryset = self.located()
        rows = list(queryset.order_by(in_language_or_default(self.title_field), "pk")[:shown])
        total = queryset.count() if len(rows) == shown else len(rows)
        return total, [self.place(row) for row in rows]

    def cells(self, box: Box | None, grid: "Grid") -> list[dict]:
        """Per cell of the grid (and per kind): how many, where on average, the extent, and
        the first place's key (the place itself, when it is alone in its cell)."""
        cells = (
            self.located(box)
            .annotate(
                cell_x=Floor(Cast("longitude", FloatField()) / Value(grid.width)),
                cell_y=Floor(Cast("latitude", FloatField()) / Value(grid.height)),
            )
            .values("cell_x", "cell_y", *self.group_by)
            .annotate(
                count=Count("pk"),
                first=Min("pk"),
                mid_latitude=Avg("latitude"),
                mid_longitude=Avg("longitude"),
                west=Min("longitude"),
                south=Min("latitude"),
                east=Max("longitude"),
                north=Max("latitude"),
            )
            .order_by()
        )
        return [cell | {"kind": self.kind_of(cell)} for cell in cells]


class Organisations(Source):
    kinds = (HUB, ACTOR)
    title_field = "name"
    group_by = ("kind",)

    def queryset(self):
        queryset = Organisation.objects.all()
        if HUB not in self.chosen:
            queryset = queryset.exclude(kind=OrganisationKind.HUB)
        if ACTOR not in self.chosen:
            queryset = queryset.filter(kind=OrganisationKind.HUB)
        return queryset.only("pk", "slug", "kind", "address", "latitude", "longitude", *_translations("name"))

    def kind_of(self, row) -> str:
        kind = row["kind"] if isinstance(row, dict) else row.kind
        return HUB if kind == OrganisationKind.HUB else ACTOR

    def place(self, organisation) -> Place:
        title, lang = _translated(organisation, "name")
        kind = self.kind_of(organisation)
        if kind == HUB:
            url = _url("district:hub-detail", slug=organisation.slug)
            subtitle = organisation.address
        else:
            url = _url("district:actor-detail", slug=organisation.slug)
            subtitle = str(organisation.get_kind_display())
        return Place(
            kind=kind,
            key=f"{kind}-{organisation.pk}",
            title=title,
            title_lang=lang,
            url=url,
            subtitle=subtitle,
            latitude=_coordinate(organisation.latitude),
            longitude=_coordinate(organisation.longitude),
        )

    def first_of_kind(self, kind: str, shown: int) -> tuple[int, list[Place]]:
        return type(self)([kind]).first(shown)


class Initiatives(Source):
    # Every initiative is public (failures included); there are no drafts to leave out.
    kinds = (INITIATIVE,)
    title_field = "title"

    def queryset(self):
        return Initiative.objects.only(
            "pk", "slug", "stage", "outcome", "latitude", "longitude", *_translations("title")
        )

    def place(self, initiative) -> Place:
        title, lang = _translated(initiative, "title")
        subtitle = str(initiative.get_stage_display())
        if initiative.outcome != Outcome.ACTIVE:
            subtitle = f"{subtitle} · {initiative.get_outcome_display()}"
        return Place(
            kind=INITIATIVE,
            key=f"{INITIATIVE}-{initiative.pk}",
            title=title,
            title_lang=lang,
            url=_url("portfolio:initiative-detail", slug=initiative.slug),
            subtitle=subtitle,
            latitude=_coordinate(initiative.latitude),
            longitude=_coordinate(initiative.longitude),
        )


def _when(starts: datetime.datetime, all_day: bool) -> str:
    starts = timezone.localtime(starts)
    if all_day:
        return formats.date_format(starts, "j F Y")
    return formats.date_format(starts, "j F Y, H:i")


def _event_place(event: Event, starts: datetime.datetime, all_day: bool) -> Place:
    title, lang = _translated(event, "title")
    where = event.place or event.hub.name
    when = _when(starts, all_day)
    return Place(
        kind=EVENT,
        key=f"{EVENT}-{event.pk}",
        title=title,
        title_lang=lang,
        url=_url("events:detail", pk=event.pk),
        subtitle=f"{when} · {where}",
        latitude=_coordinate(event.hub.latitude),
        longitude=_coordinate(event.hub.longitude),
        when=starts,
        when_text=when,
        where=where,
    )


def events(now: datetime.datetime) -> list[Place]:
    """The next occurrence of each event in the coming days, at its hub, in time order.
    A single event that nobody changed occurs once, when it says; the rest (series,
    all-day events, changed occurrences) are expanded by the calendar, which costs about a
    millisecond an event."""
    end = now + datetime.timedelta(days=EVENT_DAYS)
    located = (
        Event.objects.filter(hub__latitude__isnull=False, hub__longitude__isnull=False)
        .exclude(status=EventStatus.CANCELLED)
        .select_related("hub")
        .only(
            "pk",
            "starts_at",
            "ends_at",
            "all_day",
            "time_zone",
            "rrule",
            "exdates",
            "place",
            *_translations("title"),
            *[f"hub__{name}" for name in _translations("name")],
            "hub__latitude",
            "hub__longitude",
        )
        .annotate(changed=Exists(ChangedOccurrence.objects.filter(event=OuterRef("pk"))))
    )
    found: list[tuple[datetime.datetime, int, Place]] = []
    expand = []
    for event in ical.could_occur_between(located, now, end):
        if event.rrule or event.all_day or event.exdates or event.changed:
            expand.append(event.pk)
            continue
        starts = event.starts_at.replace(microsecond=0)
        ends = event.ends_at.replace(microsecond=0) if event.ends_at else None
        if starts < end and (ends > now if ends else starts >= now):
            starts = starts.astimezone(event.zone)
            found.append((starts, event.pk, _event_place(event, starts, False)))
    if expand:
        # The calendar needs whole events (description, links, changes), already narrowed
        # to those that can occur in the range.
        series = list(Event.objects.filter(pk__in=expand).select_related("hub").prefetch_related("changes"))
        seen = set()
        for occurrence in ical.occurrences(series, now, end):
            event = occurrence.event
            if not occurrence.cancelled and event.pk not in seen:
                seen.add(event.pk)
                starts = occurrence.starts_at
                found.append((starts, event.pk, _event_place(event, starts, occurrence.all_day)))
    found.sort(key=lambda item: (item[0], item[1]))
    return [place for _starts, _pk, place in found]


def upcoming(now: datetime.datetime) -> list[Place]:
    """events(now), kept until the data changes: the same for every part of the map and
    for the list, and the calendar's expansion of series is slow."""
    return freshness.cached("district-map-events", now, lambda: events(now))


def _sources(kinds: list[str]) -> list[Source]:
    sources = []
    if HUB in kinds or ACTOR in kinds:
        sources.append(Organisations(kinds))
    if INITIATIVE in kinds:
        sources.append(Initiatives(kinds))
    return sources


# ---------------------------------------------------------------------- the list


@dataclass(frozen=True)
class Listing:
    """The places of one kind the list shows, how many there are, and the full list."""

    kind: str
    label: str
    places: list[Place]
    total: int
    url: str
    link_text: str

    @property
    def more(self) -> bool:
        return self.total > len(self.places)


FULL_LISTS = {
    HUB: ("district:hub-list", _("All hubs")),
    ACTOR: ("district:actor-list", _("All actors")),
    INITIATIVE: ("portfolio:initiative-list", _("All initiatives")),
    EVENT: ("events:list", _("All events")),
}


def listed(kinds: list[str], now: datetime.datetime | None = None, shown: int | None = None) -> list[Listing]:
    """The list beside the map: of each chosen kind, the first places by title (events:
    the next to come) and how many there are (two queries a kind, one or three for events)."""
    now = now or moment()
    shown = shown or LIST_SHOWN
    found: dict[str, tuple[int, list[Place]]] = {}
    organisations = Organisations(kinds)
    for kind in organisations.chosen:
        found[kind] = organisations.first_of_kind(kind, shown)
    if INITIATIVE in kinds:
        found[INITIATIVE] = Initiatives(kinds).first(shown)
    if EVENT in kinds:
        coming = upcoming(now)
        found[EVENT] = (len(coming), coming[:shown])
    return [
        Listing(
            kind=kind,
            label=str(KINDS[kind]),
            places=found[kind][1],
            total=found[kind][0],
            url=reverse(FULL_LISTS[kind][0]),
            link_text=str(FULL_LISTS[kind][1]),
        )
        for kind in KINDS
        if kind in kinds
    ]


# ---------------------------------------------------------------------- the map's answer


@dataclass(frozen=True)
class Grid:
    """Cells aligned on whole fractions of the world (1/2^k of 360 degrees), so that the
    groups stay where they are while the map is moved, about GRID of them across the box.
    Cells are half as high as wide at the district's latitudes, which makes them about
    square on the map."""

    width: float
    height: float

    @classmethod
    def over(cls, box: Box) -> "Grid":
        middle = math.radians((box.south + box.north) / 2)
        ratio = 2.0 ** round(math.log2(max(math.cos(middle), 0.01)))
        span = max(box.east - box.west, (box.north - box.south) / ratio, 1e-9)
        level = min(max(math.ceil(math.log2(360 * GRID / span)), 0), 40)
        width = 360 / 2**level
        return cls(width, width * ratio)


@dataclass
class Group:
    """Places of one cell, drawn as one marker."""

    x: int
    y: int
    count: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    latitude_sum: float = 0.0
    longitude_sum: float = 0.0
    west: float = 180.0
    south: float = 90.0
    east: float = -180.0
    north: float = -90.0

    def add(self, kind: str, count: int, latitude: float, longitude: float, west, south, east, north):
        self.count += count
        self.counts[kind] = self.counts.get(kind, 0) + count
        self.latitude_sum += latitude * count
        self.longitude_sum += longitude * count
        self.west, self.south = min(self.west, west), min(self.south, south)
        self.east, self.north = max(self.east, east), max(self.north, north)

    def as_feature(self) -> dict:
        title = ngettext("%(counter)s place", "%(counter)s places", self.count) % {"counter": self.count}
        subtitle = ", ".join(f"{KINDS[kind]}: {self.counts[kind]}" for kind in KINDS if self.counts.get(kind))
        return {
            "type": "Feature",
            "id": f"{GROUP}-{self.x}-{self.y}",
            "geometry": {
                "type": "Point",
                "coordinates": [
                    round(self.longitude_sum / self.count, 6),
                    round(self.latitude_sum / self.count, 6),
                ],
            },
            "properties": {
                "kind": GROUP,
                "kind_name": str(KIND_NAMES[GROUP]),
                "title": title,
                "lang": get_language() or settings.LANGUAGE_CODE,
                "url": None,
                "subtitle": subtitle,
                "count": self.count,
                "counts": {kind: self.counts[kind] for kind in KINDS if self.counts.get(kind)},
                "bounds": [round(edge, 6) for edge in (self.west, self.south, self.east, self.north)],
            },
        }


def _event_extent(coming: list[Place]) -> Box | None:
    if not coming:
        return None
    latitudes = [item.latitude for item in coming]
    longitudes = [item.longitude for item in coming]
    return Box(min(longitudes), min(latitudes), max(longitudes), max(latitudes))


def _union(boxes: list[Box | None]) -> Box | None:
    boxes = [box for box in boxes if box]
    if not boxes:
        return None
    return Box(
        min(box.west for box in boxes),
        min(box.south for box in boxes),
        max(box.east for box in boxes),
        max(box.north for box in boxes),
    )


def features(kinds: list[str], box: Box | None = None, now: datetime.datetime | None = None) -> dict:
    """The places of the chosen kinds in the box (everywhere without one) as GeoJSON
    features: one by one when there are at most MAX_PLACES of them, else grouped by the
    cells of a grid, a place alone in its cell still by itself. Besides the features:
    `grouped`, whether they are, and `total`, how many places there are in the box.
    Two queries for each of organisations and initiatives (three for a grouped answer
    without a box, which first asks where the places are), one or three for events."""
    now = now or moment()
    sources = _sources(kinds)
    coming = []
    if EVENT in kinds:
        coming = [item for item in upcoming(now) if not box or box.holds(item.latitude, item.longitude)]
    if box is None:
        counted = [source.extent(None) for source in sources]
        total = sum(count for count, _extent in counted) + len(coming)
        if total <= MAX_PLACES:
            return _one_by_one(sources, None, coming, total)
        grid = Grid.over(_union([extent for _count, extent in counted] + [_event_extent(coming)]))
        cells = [source.cells(None, grid) for source in sources]
    else:
        grid = Grid.over(box)
        cells = [source.cells(box, grid) for source in sources]
        total = sum(cell["count"] for found in cells for cell in found) + len(coming)
        if total <= MAX_PLACES:
            return _one_by_one(sources, box, coming, total)
    return _grouped(sources, box, coming, cells, grid, total)


def _one_by_one(sources: list[Source], box: Box | None, coming: list[Place], total: int) -> dict:
    found = [place.as_feature() for source in sources for place in source.places(box)]
    found += [place.as_feature() for place in coming]
    return {"type": "FeatureCollection", "features": found, "grouped": False, "total": total}


def _grouped(sources, box, coming, cells, grid, total) -> dict:
    groups: dict[tuple[int, int], Group] = {}
    alone: dict[tuple[int, int], tuple[int, int]] = {}  # the source and key of a place alone
    for index, found in enumerate(cells):
        for cell in found:
            spot = (int(cell["cell_x"]), int(cell["cell_y"]))
            group = groups.setdefault(spot, Group(*spot))
            edges = ("mid_latitude", "mid_longitude", "west", "south", "east", "north")
            group.add(cell["kind"], cell["count"], *(float(cell[name]) for name in edges))
            if cell["count"] == 1:
                alone[spot] = (index, cell["first"])
    events_alone: dict[tuple[int, int], Place] = {}
    for item in coming:
        spot = (math.floor(item.longitude / grid.width), math.floor(item.latitude / grid.height))
        group = groups.setdefault(spot, Group(*spot))
        group.add(EVENT, 1, item.latitude, item.longitude, *[item.longitude, item.latitude] * 2)
        events_alone[spot] = item
    features = []
    singles: list[dict] = []
    wanted: dict[int, list[int]] = {}
    for spot, group in groups.items():
        if group.count > 1:
            features.append(group.as_feature())
        elif spot in alone:
            index, pk = alone[spot]
            wanted.setdefault(index, []).append(pk)
        else:
            singles.append(events_alone[spot].as_feature())
    for index, pks in wanted.items():
        singles += [place.as_feature() for place in sources[index].places(box, pks)]
    return {"type": "FeatureCollection", "features": features + singles, "grouped": True, "total": total}


# ---------------------------------------------------------------------- the district


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


def feature_collection(collection: dict, the_district: District | None) -> dict:
    """The answer of features() with the district's boundary first, when it has one."""
    boundary = district_feature(the_district)
    if boundary:
        collection = collection | {"features": [boundary, *collection["features"]]}
    return collection


def map_view(the_district: District | None) -> dict:
    """Where the map opens before it fits itself to the places."""
    if the_district and the_district.latitude is not None and the_district.longitude is not None:
        return {
            "latitude": _coordinate(the_district.latitude),
            "longitude": _coordinate(the_district.longitude),
            "zoom": the_district.zoom,
        }
    return {"latitude": DEFAULT_CENTRE[0], "longitude": DEFAULT_CENTRE[1], "zoom": DEFAULT_ZOOM}
