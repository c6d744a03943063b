"""Loads the portfolio's demo data (reference.py and initiatives_*.py).

Idempotent: records are matched by slug (goals by number) and updated in place, so
running it twice leaves the same data."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.db import transaction

from .. import services
from ..models import Area, Challenge, Goal, Initiative, Organisation, Partnership
from . import initiatives_a, initiatives_b, initiatives_c, reference

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def translated(field: str, texts: dict | None) -> dict:
    texts = texts or {}
    return {f"{field}_{code}": texts.get(code, "") for code in LANGUAGE_CODES}


def date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def coordinate(value: float) -> Decimal:
    return Decimal(str(round(value, 6)))


def load_areas() -> dict[str, Area]:
    areas = {}
    for position, item in enumerate(reference.AREAS):
        areas[item["slug"]], _created = Area.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "position": position,
                **translated("name", item["name"]),
                **translated("description", item.get("description")),
            },
        )
    return areas


def load_goals() -> dict[int, Goal]:
    goals = {}
    for item in reference.GOALS:
        goals[item["number"]], _created = Goal.objects.update_or_create(
            number=item["number"], defaults=translated("name", item["name"])
        )
    return goals


def load_organisations() -> dict[str, Organisation]:
    organisations = {}
    for item in reference.ORGANISATIONS:
        organisations[item["slug"]], _created = Organisation.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "sector": item["sector"],
                "kind": item["kind"],
                "website": item.get("website", ""),
                **translated("name", item["name"]),
                **translated("description", item.get("description")),
            },
        )
    return organisations


def load_challenges(areas, goals, organisations) -> dict[str, Challenge]:
    challenges = {}
    for item in reference.CHALLENGES:
        challenge = Challenge.objects.filter(slug=item["slug"]).first() or Challenge(slug=item["slug"])
        for field in ("title", "summary", "body"):
            for key, value in translated(field, item[field]).items():
                setattr(challenge, key, value)
        challenge.owner = organisations[item["owner"]]
        challenge.status = item["status"]
        challenge.opens_on = date(item.get("opens_on"))
        challenge.closes_on = date(item.get("closes_on"))
        challenge.contact_name = item.get("contact_name", "")
        challenge.contact_email = item.get("contact_email", "")
        challenge.full_clean()
        challenge.save()
        challenge.areas.set([areas[slug] for slug in item["areas"]])
        challenge.goals.set([goals[number] for number in item["goals"]])
        challenges[item["slug"]] = challenge
    return challenges


def load_initiative(item, areas, goals, organisations, challenges) -> Initiative:
    initiative = Initiative.objects.filter(slug=item["slug"]).first() or Initiative(slug=item["slug"])
    for field, key in [
        ("title", "title"),
        ("summary", "summary"),
        ("what", "what"),
        ("why", "why"),
        ("how", "how"),
        ("lessons_learned", "lessons"),
    ]:
        for attribute, value in translated(field, item.get(key)).items():
            setattr(initiative, attribute, value)
    initiative.innovation_type = item["innovation_type"]
    initiative.stage = item["stage"]
    initiative.outcome = item["outcome"]
    initiative.owner = organisations[item["owner"]]
    initiative.starts_on = date(item.get("start"))
    initiative.ends_on = date(item.get("end"))
    initiative.contact_name = item.get("contact_name", "")
    initiative.contact_email = item.get("contact_email", "")
    location = item.get("location")
    initiative.latitude, initiative.longitude = (
        (coordinate(location[0]), coordinate(location[1])) if location else (None, None)
    )
    initiative.is_city_wide = item.get("city_wide", False)
    initiative.challenges_core_business = item.get("challenges_core_business", False)
    initiative.involves_residents = item.get("resident_involvement", False)
    initiative.is_featured = item.get("featured", False)
    initiative.full_clean()
    initiative.save()
    initiative.areas.set([areas[slug] for slug in item["areas"]])
    initiative.goals.set([goals[number] for number in item["goals"]])
    initiative.challenges.set([challenges[slug] for slug in item["challenges"]])
    initiative.partnerships.all().delete()
    Partnership.objects.bulk_create(
        Partnership(
            initiative=initiative,
            organisation=organisations[partner["org"]],
            **translated("role", partner.get("role")),
        )
        for partner in item["partners"]
    )
    services.replace_stage_history(
        initiative,
        [
            {
                "decided_on": date(entry["date"]),
                "stage": entry["stage"],
                "outcome": entry["outcome"],
                **translated("rationale", entry.get("rationale")),
            }
            for entry in item["history"]
        ],
    )
    return initiative


@transaction.atomic
def load() -> dict[str, int]:
    areas = load_areas()
    goals = load_goals()
    organisations = load_organisations()
    challenges = load_challenges(areas, goals, organisations)
    items = initiatives_a.INITIATIVES + initiatives_b.INITIATIVES + initiatives_c.INITIATIVES
    for item in items:
        load_initiative(item, areas, goals, organisations, challenges)
    return {
        "areas": len(areas),
        "goals": len(goals),
        "organisations": len(organisations),
        "challenges": len(challenges),
        "initiatives": len(items),
    }
