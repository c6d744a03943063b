"""Loads the district's demo data (data.py): the district's profile, where the actors are
and what they offer, the actors beyond the portfolio's demo, the peer districts and the
peer sessions held with them.

Idempotent: organisations, themes and peer districts are matched by slug, the district
is its one row, and peer sessions by their event's stable UID. Of the portfolio's demo
organisations only the district's fields are set (address, map point, what it offers,
figures, hub, clusters, areas)."""

import datetime
import zoneinfo
from decimal import Decimal

from django.conf import settings
from django.db import transaction

from gnista.events import services as event_services
from gnista.events.models import Event
from gnista.portfolio.models import Area, Organisation

from ..models import District, PeerDistrict, PeerSession, Theme
from . import data

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
DISTRICT_FIELDS = ["address", "latitude", "longitude", "students", "employees"] + [
    f"services_{code}" for code in LANGUAGE_CODES
]


def translated(field: str, texts: dict | None) -> dict:
    return {f"{field}_{code}": (texts or {}).get(code, "") for code in LANGUAGE_CODES}


def coordinate(value: float) -> Decimal:
    return Decimal(str(round(value, 6)))


def local(value: str) -> datetime.datetime:
    moment = datetime.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=STOCKHOLM)


def load_district() -> District:
    item = data.DISTRICT
    district = District.objects.order_by("pk").first() or District()
    for field in ("name", "description", "geography"):
        for attribute, value in translated(field, item[field]).items():
            setattr(district, attribute, value)
    district.actors = item["actors"]
    district.students = item["students"]
    district.employees = item["employees"]
    district.boundary = item["boundary"]
    district.latitude, district.longitude = (coordinate(value) for value in item["centre"])
    district.zoom = item["zoom"]
    district.full_clean()
    district.save()
    return district


def load_organisations() -> dict[str, Organisation]:
    for item in data.ORGANISATIONS:
        Organisation.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "sector": item["sector"],
                "kind": item["kind"],
                "website": item.get("website", ""),
                **translated("name", item["name"]),
                **translated("description", item.get("description")),
            },
        )
    organisations = {organisation.slug: organisation for organisation in Organisation.objects.all()}
    for slug, place in data.PLACES.items():
        organisation = organisations[slug]
        organisation.address = place.get("address", "")
        location = place.get("location")
        organisation.latitude, organisation.longitude = (
            (coordinate(location[0]), coordinate(location[1])) if location else (None, None)
        )
        organisation.students = place.get("students")
        organisation.employees = place.get("employees")
        for attribute, value in translated("services", place.get("services")).items():
            setattr(organisation, attribute, value)
        organisation.full_clean(validate_unique=False)
        organisation.save(update_fields=DISTRICT_FIELDS)
    for hub, members in data.HUBS.items():
        Organisation.objects.filter(slug__in=members).update(hub=organisations[hub])
    memberships: dict[str, list[Organisation]] = {}
    for cluster, members in data.CLUSTERS.items():
        for member in members:
            memberships.setdefault(member, []).append(organisations[cluster])
    for member, clusters in memberships.items():
        organisations[member].clusters.set(clusters)
    areas = {area.slug: area for area in Area.objects.all()}
    for slug, area_slugs in data.AREAS.items():
        organisations[slug].areas.set([areas[area] for area in area_slugs])
    return organisations


def load_themes() -> dict[str, Theme]:
    themes = {}
    for item in data.THEMES:
        themes[item["slug"]], _created = Theme.objects.update_or_create(
            slug=item["slug"],
            defaults=translated("name", item["name"]) | translated("description", item.get("description")),
        )
    return themes


def load_peer_districts(themes) -> dict[str, PeerDistrict]:
    peers = {}
    for item in data.PEER_DISTRICTS:
        latitude, longitude = item["location"]
        peer, _created = PeerDistrict.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "city": item["city"],
                "country": item["country"],
                "relation": item["relation"],
                "website": item.get("website", ""),
                "latitude": coordinate(latitude),
                "longitude": coordinate(longitude),
                **translated("name", item["name"]),
                **translated("description", item.get("description")),
            },
        )
        peer.themes.set([themes[slug] for slug in item["themes"]])
        peers[item["slug"]] = peer
    return peers


def save_demo_event(key: str, item: dict, organisations: dict[str, Organisation]) -> Event:
    """Create or update a demo event the way the calendar's demo does, through the
    calendar's service, keyed by the same stable UID."""
    uid = f"{key}@demo.gnista"
    event = Event.objects.filter(uid=uid).first() or Event(uid=uid)
    texts = translated("title", item["title"]) | translated("description", item["description"])
    for attribute, value in texts.items():
        setattr(event, attribute, value)
    event.starts_at = local(item["start"])
    event.ends_at = local(item["end"]) if item.get("end") else None
    event.all_day = item.get("all_day", False)
    event.rrule = item.get("rrule", "")
    event.exdates = [local(value).isoformat() for value in item.get("exdates", [])]
    event.hub = organisations.get(item.get("hub") or "")
    event.organiser = organisations.get(item.get("organiser") or "")
    event.place = item.get("place", "")
    event.online_url = item.get("online_url", "")
    event.registration_url = item.get("registration_url", "")
    event.language = item.get("language", "sv")
    event.status = item.get("status", "confirmed")
    event_services.save_event(event)
    event.areas.set(Area.objects.filter(slug__in=item.get("areas", [])))
    return event


def session_event(item: dict, organisations) -> Event:
    """The event of a peer session: our own, kept up to date here, or one of the
    calendar's demo events, created here only if the calendar's demo has not run yet
    (it updates it in place when it does)."""
    if item["event"]:
        return save_demo_event(item["key"], item["event"], organisations)
    existing = Event.objects.filter(uid=f"{item['key']}@demo.gnista").first()
    if existing:
        return existing
    from gnista.events.demo import data as calendar

    calendar_item = next(entry for entry in calendar.EVENTS if entry["key"] == item["key"])
    return save_demo_event(item["key"], calendar_item, organisations)


def load_peer_sessions(themes, peers, organisations) -> list[PeerSession]:
    sessions = []
    for item in data.PEER_SESSIONS:
        event = session_event(item, organisations)
        session, _created = PeerSession.objects.update_or_create(
            event=event, defaults={"theme": themes[item["theme"]], **translated("lessons", item["lessons"])}
        )
        session.districts.set([peers[slug] for slug in item["districts"]])
        sessions.append(session)
    return sessions


@transaction.atomic
def load() -> dict[str, int]:
    load_district()
    organisations = load_organisations()
    themes = load_themes()
    peers = load_peer_districts(themes)
    sessions = load_peer_sessions(themes, peers, organisations)
    return {
        "district actors added": len(data.ORGANISATIONS),
        "hub memberships": sum(len(members) for members in data.HUBS.values()),
        "peer districts": len(peers),
        "peer sessions": len(sessions),
    }
