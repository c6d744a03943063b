import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone, translation

from gnista.portfolio.models import Role
from tests import factories


@pytest.fixture(autouse=True)
def in_english():
    """Assertions read the English source strings, which stay put when translations change."""
    with translation.override("en"):
        yield


@pytest.fixture
def world():
    """An administration with an editor and three applications (draft, submitted,
    granted) in a round open today, the other roles, and a second administration."""
    today = timezone.localdate()
    criteria = factories.criteria()
    east, west = factories.administration(), factories.administration()
    initiative = factories.initiative(owner=east)
    fund = factories.fund(budget=1_000_000)
    funding_round = factories.funding_round(
        fund, opens_on=today - datetime.timedelta(days=10), closes_on=today + datetime.timedelta(days=30)
    )
    submitted = factories.application(initiative, funding_round, amount_requested=300_000)
    draft = factories.application(initiative, funding_round, submitted=False)
    granted = factories.application(factories.initiative(owner=west), funding_round, amount_requested=100_000)
    grant = factories.grant(granted)
    return SimpleNamespace(
        criteria=criteria,
        east=east,
        west=west,
        initiative=initiative,
        fund=fund,
        round=funding_round,
        submitted=submitted,
        draft=draft,
        granted=granted,
        grant=grant,
        editor=factories.staff(Role.EDITOR, east),
        west_editor=factories.staff(Role.EDITOR, west),
        coach=factories.staff(Role.COACH),
        assessor=factories.staff(Role.ASSESSOR),
        fund_manager=factories.staff(Role.FUND_MANAGER),
        administrator=factories.staff(Role.ADMINISTRATOR),
    )
