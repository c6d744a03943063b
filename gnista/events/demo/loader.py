"""Loads the event calendar's demo data (data.py). Idempotent: events are matched by UID."""

import datetime
import zoneinfo

from django.conf import settings
from django.db import transaction

from gnista.portfolio.models import Area, Organisation

from ..models import ChangedOccurrence, Event

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def local(value: str) -> datetime.datetime:
    moment = datetime.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=STOCKHOLM)


def translated(field: str, texts: dict | None) -> dict:
    return {f"{field}_{code}": (texts or {}).get(code, "") for code in LANGUAGE_CODES}


@transaction.atomic
def load() -> dict[str, int]:
    from . import data

    organisations = {organisation.slug: organisation for organisation in Organisation.objects.all()}
    for item in data.EVENTS:
        event = Event.objects.filter(uid=f"{item['key']}@demo.gnista").first() or Event(
            uid=f"{item['key']}@demo.gnista"
        )
        for key, value in (
            translated("title", item["title"]).items()
            | translated("description", item["description"]).items()
        ):
            setattr(event, key, value)
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
        event.full_clean(exclude=["uid"])
        event.save()
        event.areas.set(Area.objects.filter(slug__in=item.get("areas", [])))
        event.changes.all().delete()
        ChangedOccurrence.objects.bulk_create(
            ChangedOccurrence(
                event=event,
                recurrence_id=local(change["recurrence_id"]),
                starts_at=local(change["start"]),
                ends_at=local(change["end"]) if change.get("end") else None,
                status=change.get("status", "confirmed"),
            )
            for change in item.get("changes", [])
        )
        event.refresh_repeats_until()
    return {"events": len(data.EVENTS)}
