import datetime

import pytest
from django.utils import timezone

from gnista.api import tokens
from gnista.events.models import Event
from gnista.portfolio.models import (
    ChallengeStatus,
    InnovationType,
    OrganisationKind,
    Outcome,
    Role,
    Sector,
    Stage,
)
from tests import factories


@pytest.fixture
def portfolio(db):
    """A small portfolio with something for every filter to find and to leave out."""
    energy = factories.area(slug="energi", name_sv="Energi", name_en="Energy")
    water = factories.area(slug="vatten", name_sv="Vatten")
    goal_6 = factories.goal(6)
    goal_11 = factories.goal(11)
    environment = factories.administration(slug="miljo", name_sv="Miljöförvaltningen")
    schools = factories.administration(slug="skola", name_sv="Skolförvaltningen")
    university = factories.organisation(slug="universitet", sector=Sector.ACADEMIA, kind="university")
    company = factories.organisation(slug="bolaget", sector=Sector.BUSINESS)
    hub = factories.organisation(slug="navet", kind=OrganisationKind.HUB, sector=Sector.PUBLIC)
    company.hub = hub
    company.save()
    open_challenge = factories.challenge(slug="rent-vatten", owner=environment, areas=[water])
    draft = factories.challenge(slug="utkast", owner=environment, status=ChallengeStatus.DRAFT)
    sewage = factories.initiative(
        slug="avlopp",
        title_sv="Källsorterande avloppssystem",
        title_en="Source-separating sewage",
        owner=environment,
        areas=[water],
        goals=[goal_6],
        challenges=[open_challenge, draft],
        partners=[(university, "Forskningspartner"), (company, "Leverantör")],
    )
    factories.initiative(
        slug="solceller",
        owner=environment,
        areas=[energy],
        goals=[goal_11],
        stage=Stage.DEVELOP,
        innovation_type=InnovationType.NEED,
        partners=[(company, "Installatör")],
    )
    factories.initiative(
        slug="laxhjalp", owner=schools, outcome=Outcome.STOPPED, lessons_learned_sv="Börja smått."
    )
    factories.initiative(slug="skolmat", owner=schools, areas=[energy, water], stage=Stage.SCALE)
    kpi = factories.kpi(sewage, name_en="Share of satisfied users")
    factories.measurement(kpi)
    return {
        "sewage": sewage,
        "kpi": kpi,
        "environment": environment,
        "schools": schools,
        "company": company,
        "hub": hub,
        "university": university,
        "challenge": open_challenge,
        "draft": draft,
        "energy": energy,
        "water": water,
    }


@pytest.fixture
def event(portfolio):
    soon = (timezone.now() + datetime.timedelta(days=3)).replace(second=0, microsecond=0)
    event = Event.objects.create(
        title_sv="Frukostmöte", starts_at=soon, hub=portfolio["hub"], organiser=portfolio["company"]
    )
    event.areas.set([portfolio["energy"]])
    return event


def bearer(user) -> dict:
    _token, secret = tokens.create_token(user, "test")
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def coach(db):
    return factories.staff(Role.COACH)
