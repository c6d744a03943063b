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


def staff(role: str, organisation=None, **fields):
    """A person holding one staff role, with the verified email and TOTP staff need."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    person = user(**fields)
    EmailAddress.objects.create(user=person, email=person.email, verified=True, primary=True)
    TOTP.activate(person, generate_totp_secret())
    services.grant_role(person, role, organisation=organisation)
    return person


def kpi(initiative_, **fields):
    from gnista.portfolio.models import Kpi

    defaults = {"name_sv": "Andel nöjda brukare", "unit": "%", "baseline": 40, "target": 80}
    return Kpi.objects.create(initiative=initiative_, **(defaults | fields))


def measurement(kpi_, **fields):
    import datetime

    from gnista.portfolio.models import KpiMeasurement

    defaults = {"measured_on": datetime.date(2026, 6, 1), "value": 55, "source": "Enkät juni 2026"}
    return KpiMeasurement.objects.create(kpi=kpi_, **(defaults | fields))


CRITERIA = [
    "Löser ett behov inom ett strategiskt område",
    "Stor värdehävstång (skalbar)",
    "Möjlig nationell eller global nytta",
    "Teknisk höjd",
    "Datadriven: effekterna kan mätas",
    "Ingår inte i den ordinarie utvecklingsplanen",
    "Görs i samverkan med andra",
    "En engagerad idéägare finns",
    "Osäkert resultat (kan vara omvälvande)",
]


def criteria():
    from gnista.funding.models import Criterion

    return [
        Criterion.objects.create(title_sv=title, position=index) for index, title in enumerate(CRITERIA, 1)
    ]


def fund(**fields):
    import datetime

    from gnista.funding.models import Fund

    number = next(sequence)
    defaults = {
        "slug": f"fond-{number}",
        "name_sv": f"Innovationsfonden {number}",
        "budget": 1_000_000,
        "starts_on": datetime.date(2026, 1, 1),
        "ends_on": datetime.date(2028, 12, 31),
    }
    return Fund.objects.create(**(defaults | fields))


def funding_round(fund_=None, **fields):
    import datetime

    from gnista.funding.models import FundingRound

    defaults = {
        "name_sv": "Vårens ansökningsomgång",
        "opens_on": datetime.date(2026, 2, 1),
        "closes_on": datetime.date(2026, 3, 31),
    }
    return FundingRound.objects.create(fund=fund_ or fund(), **(defaults | fields))


def application(initiative_=None, round_=None, submitted=True, **fields):
    """A funding application; submitted (against the current criteria) unless told not to."""
    import datetime

    from gnista.funding import services as funding_services
    from gnista.funding.models import Application

    defaults = {
        "amount_requested": 300_000,
        "co_funding": 50_000,
        "plan": "Vi testar lösningen i två verksamheter och mäter effekten.",
        "period_starts_on": datetime.date(2026, 4, 1),
        "period_ends_on": datetime.date(2026, 12, 31),
    }
    item = Application.objects.create(
        initiative=initiative_ or initiative(), round=round_ or funding_round(), **(defaults | fields)
    )
    if submitted:
        item = funding_services.submit_application(item, by=None)
    return item


def assessment(application_, assessor=None, verdicts=None, default="met", comment=""):
    """One assessor's assessment through the service: `default` for each of the
    application's criteria except those given in `verdicts` ({criterion: verdict}).
    With default=None only the criteria in `verdicts` are answered."""
    from gnista.funding import services as funding_services
    from gnista.portfolio.models import Role

    verdicts = verdicts or {}
    answers = {}
    for criterion in application_.criteria.all():
        verdict = verdicts.get(criterion, default)
        if verdict:
            answers[criterion.pk] = (verdict, f"Motivering för {criterion.title}")
    return funding_services.assess(
        application_, assessor=assessor or staff(Role.ASSESSOR), verdicts=answers, comment=comment
    )


def grant(application_, amount=None, **fields):
    """Money granted to a submitted application through the service."""
    from gnista.funding import services as funding_services

    defaults = {"by": None, "decision": "Beviljas enligt ansökan."}
    amount = application_.amount_requested if amount is None else amount
    return funding_services.grant(application_, amount=amount, **(defaults | fields))
