"""Small builders for test data: each makes one valid record, overridable by keyword."""

import itertools

from gnista.portfolio import services
from gnista.portfolio.models import (
    Area,
    Challenge,
    ChallengeStatus,
    Goal,
    Initiative,
    InnovationType,
    Organisation,
    OrganisationKind,
    Outcome,
    Partnership,
    Sector,
    Stage,
)

sequence = itertools.count(1)


def organisation(**fields) -> Organisation:
    number = next(sequence)
    defaults = {
        "slug": f"organisation-{number}",
        "name_sv": f"Organisation {number}",
        "sector": Sector.BUSINESS,
        "kind": OrganisationKind.COMPANY,
    }
    return Organisation.objects.create(**(defaults | fields))


def administration(**fields) -> Organisation:
    number = next(sequence)
    defaults = {
        "slug": f"forvaltning-{number}",
        "name_sv": f"Förvaltning {number}",
        "sector": Sector.PUBLIC,
        "kind": OrganisationKind.CITY_ADMINISTRATION,
    }
    return Organisation.objects.create(**(defaults | fields))


def area(**fields) -> Area:
    number = next(sequence)
    return Area.objects.create(**({"slug": f"area-{number}", "name_sv": f"Område {number}"} | fields))


def goal(number: int, **fields) -> Goal:
    return Goal.objects.create(**({"number": number, "name_sv": f"Mål {number}"} | fields))


def challenge(**fields) -> Challenge:
    number = next(sequence)
    areas = fields.pop("areas", [])
    defaults = {
        "slug": f"utmaning-{number}",
        "title_sv": f"Utmaning {number}",
        "summary_sv": "En utmaning staden inte kan lösa själv.",
        "status": ChallengeStatus.OPEN,
    }
    if "owner" not in fields:
        defaults["owner"] = administration()
    item = Challenge.objects.create(**(defaults | fields))
    item.areas.set(areas)
    return item


def initiative(**fields) -> Initiative:
    """Saved through the service, as every front end does, so it gets its first history entry."""
    number = next(sequence)
    relations = {name: fields.pop(name, []) for name in ("areas", "goals", "challenges")}
    partners = fields.pop("partners", [])
    defaults = {
        "slug": f"initiativ-{number}",
        "title_sv": f"Initiativ {number}",
        "summary_sv": "Ett initiativ i stadens innovationsportfölj.",
        "innovation_type": InnovationType.IDEA,
        "stage": Stage.UNDERSTAND,
        "outcome": Outcome.ACTIVE,
    }
    if "owner" not in fields:
        defaults["owner"] = administration()
    if fields.get("outcome") == Outcome.STOPPED and "lessons_learned_sv" not in fields:
        defaults["lessons_learned_sv"] = "Vi lärde oss att testa tidigare."
    item = Initiative(**(defaults | fields))
    services.save_initiative(item, rationale="Start")
    for name, values in relations.items():
        getattr(item, name).set(values)
    for organisation_, role in partners:
        Partnership.objects.create(initiative=item, organisation=organisation_, role_sv=role)
    return item


def user(**fields):
    from django.contrib.auth import get_user_model

    number = next(sequence)
    defaults = {
        "username": f"person{number}",
        "email": f"person{number}@example.se",
        "display_name": f"Person {number}",
    }
    return get_user_model().objects.create_user(password="ett-långt-lösenord-42", **(defaults | fields))


def idea(**fields):
    from django.utils import timezone

    from gnista.participation.models import Idea, IdeaStatus

    number = next(sequence)
    defaults = {
        "title": f"Idé {number}",
        "description": "En beskrivning av idén.",
        "need": "Ett behov som idén möter.",
        "language": "sv",
        "status": IdeaStatus.SUBMITTED,
        "submitted_at": timezone.now(),
        "public_record_confirmed_at": timezone.now(),
    }
    if "author" not in fields:
        defaults["author"] = user()
    return Idea.objects.create(**(defaults | fields))
