import datetime

import pytest
from django.utils import timezone

from gnista.events.models import Event
from gnista.methods.models import Method
from gnista.participation.models import IdeaStatus
from gnista.portfolio.models import ChallengeStatus, Outcome
from tests import factories


@pytest.fixture
def published(db):
    """A little of everything, with something in each dataset that must stay out of sight."""
    area = factories.area(slug="vatten", name_sv="Vatten", name_en="Water")
    owner = factories.administration(slug="miljo", name_sv="Miljöförvaltningen", name_en="Environment")
    company = factories.organisation(slug="bolaget")
    hub = factories.organisation(slug="navet", kind="hub")
    cluster = factories.organisation(slug="klustret", kind="cluster")
    factories.organisation(slug="medlem", hub=hub).clusters.add(cluster)
    challenge = factories.challenge(
        slug="rent-vatten",
        title_sv="Rent vatten",
        title_en="Clean water",
        owner=owner,
        areas=[area],
        contact_email="utmaning@stad.example",
    )
    draft_challenge = factories.challenge(
        slug="utkast", title_sv="Hemligt utkast", status=ChallengeStatus.DRAFT
    )
    initiative = factories.initiative(
        slug="avlopp",
        title_sv="Källsorterat avlopp",
        owner=owner,
        areas=[area],
        challenges=[challenge, draft_challenge],
        partners=[(company, "Leverantör")],
    )
    stopped = factories.initiative(slug="stoppat", outcome=Outcome.STOPPED, owner=owner)
    kpi = factories.kpi(initiative)
    factories.measurement(kpi)
    factories.measurement(kpi, measured_on=datetime.date(2026, 9, 1), value=60)
    author = factories.user(display_name="Kim", email="kim.privat@example.se")
    idea = factories.idea(title='=HYPERLINK("http://evil.example")', author=author, challenge=challenge)
    hidden_idea = factories.idea(title="Dold idé", is_hidden=True)
    draft_idea = factories.idea(title="Utkast till idé", status=IdeaStatus.DRAFT, submitted_at=None)
    event = Event.objects.create(
        title_sv="Frukostmöte",
        title_en="Breakfast meeting",
        starts_at=timezone.now() + datetime.timedelta(days=3),
        rrule="FREQ=WEEKLY;COUNT=4",
        hub=hub,
    )
    method = Method.objects.create(slug="intervjuer", title_sv="Intervjuer", summary_sv="Så gör ni.", stage=1)
    unpublished = Method.objects.create(
        slug="hemlig-metod", title_sv="Hemlig metod", summary_sv="Ett utkast.", is_published=False
    )
    fund = factories.fund(slug="fonden", budget=2_000_000)
    factories.grant(factories.application(stopped, round_=factories.funding_round(fund)), amount=250_000)
    return locals()
