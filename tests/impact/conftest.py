"""Two worlds for the impact dashboard's tests.

`world`: a small one built by hand, whose every figure is counted by hand in the tests
(the comments beside the expected numbers say how).

`demo`: the demo data, loaded once per module inside a transaction that is rolled back
afterwards; its figures were counted from the demo's data literals (gnista/*/demo/*.py)
without the database, and are cross-checked in the tests with plain ORM counts.
"""

import datetime
import io
import zoneinfo
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import transaction

from gnista.funding import services as funding_services
from gnista.participation.models import Comment, IdeaStatus, Offer, Support
from gnista.portfolio import services
from gnista.portfolio.models import (
    ChallengeStatus,
    Initiative,
    OrganisationKind,
    Outcome,
    Sector,
    Stage,
)
from tests import factories

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


def noon(year, month, day) -> datetime.datetime:
    return datetime.datetime(year, month, day, 12, tzinfo=STOCKHOLM)


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def history(initiative, *entries):
    services.replace_stage_history(
        initiative,
        [{"decided_on": day(date), "stage": stage, "outcome": outcome} for date, stage, outcome in entries],
    )


@pytest.fixture
def world(db):
    """Three administrations (A1-A3), four external organisations, two areas, two public
    challenges and a draft, six initiatives with their stage history, ideas, supports,
    comments and offers (some hidden, deleted or drafts, which never count), two funds
    with four grants and their spending."""
    w = SimpleNamespace()
    w.a1 = factories.administration(slug="alfa", name_sv="Alfaförvaltningen")
    w.a2 = factories.administration(slug="beta", name_sv="Betaförvaltningen")
    w.a3 = factories.administration(slug="gamma", name_sv="Gammaförvaltningen")
    w.b1 = factories.organisation(slug="bolaget", name_sv="Bolaget AB")
    w.b2 = factories.organisation(
        slug="klustret", name_sv="Klustret", sector=Sector.BUSINESS, kind=OrganisationKind.CLUSTER
    )
    w.u1 = factories.organisation(
        slug="hogskolan", name_sv="Högskolan", sector=Sector.ACADEMIA, kind=OrganisationKind.UNIVERSITY
    )
    w.c1 = factories.organisation(
        slug="foreningen",
        name_sv="Föreningen",
        sector=Sector.CIVIL_SOCIETY,
        kind=OrganisationKind.ASSOCIATION,
    )
    w.p1 = factories.organisation(
        slug="regionen", name_sv="Regionen", sector=Sector.PUBLIC, kind=OrganisationKind.OTHER
    )
    factories.organisation(slug="utanfor", name_sv="Utanför AB")  # takes part in nothing
    w.x = factories.area(slug="x", name_sv="Område X", position=1)
    w.y = factories.area(slug="y", name_sv="Område Y", position=2)

    w.ch1 = factories.challenge(
        slug="ch1", title_sv="A-utmaningen", owner=w.a1, areas=[w.x], opens_on=day("2024-01-01")
    )
    w.ch2 = factories.challenge(
        slug="ch2", title_sv="B-utmaningen", owner=w.a2, areas=[w.y], opens_on=day("2025-06-01")
    )
    w.ch3 = factories.challenge(slug="ch3", title_sv="C-utkastet", owner=w.a1, status=ChallengeStatus.DRAFT)

    # I1: A1 with A2 and B1 (two administrations), area X, Q1 2024, now in stage 2.
    w.i1 = factories.initiative(
        slug="i1", owner=w.a1, partners=[(w.a2, ""), (w.b1, "")], areas=[w.x], challenges=[w.ch1],
        starts_on=day("2024-02-10"), stage=Stage.DEVELOP,
    )  # fmt: skip
    history(w.i1, ("2024-02-10", 1, "active"), ("2024-09-01", 2, "active"))
    # I2: A1 with U1, areas X and Y, Q2 2024, scaled in June 2025.
    w.i2 = factories.initiative(
        slug="i2", owner=w.a1, partners=[(w.u1, "")], areas=[w.x, w.y], challenges=[w.ch1],
        starts_on=day("2024-05-05"), stage=Stage.SCALE, outcome=Outcome.SCALED,
    )  # fmt: skip
    history(
        w.i2,
        ("2024-05-05", 1, "active"),
        ("2024-08-01", 2, "active"),
        ("2025-01-15", 3, "active"),
        ("2025-06-20", 3, "scaled"),
    )
    # I3: A2 with A3, C1 and P1 (two administrations), area Y, Q1 2025, stopped in stage 1.
    w.i3 = factories.initiative(
        slug="i3", owner=w.a2, partners=[(w.a3, ""), (w.c1, ""), (w.p1, "")], areas=[w.y],
        challenges=[w.ch2], starts_on=day("2025-03-03"), stage=Stage.UNDERSTAND, outcome=Outcome.STOPPED,
    )  # fmt: skip
    history(w.i3, ("2025-03-03", 1, "active"), ("2025-10-10", 1, "stopped"))
    # I4: A3 alone, no area, Q4 2025, stage 1.
    w.i4 = factories.initiative(slug="i4", owner=w.a3, starts_on=day("2025-11-11"))
    history(w.i4, ("2025-11-11", 1, "active"))
    # I5: A2, also listed as its own partner (one administration), with B1 and B2, area X,
    # Q2 2025, paused in stage 1.
    w.i5 = factories.initiative(
        slug="i5", owner=w.a2, partners=[(w.a2, "Ägare"), (w.b1, ""), (w.b2, "")], areas=[w.x],
        starts_on=day("2025-04-01"), outcome=Outcome.PAUSED,
    )  # fmt: skip
    history(w.i5, ("2025-04-01", 1, "active"), ("2025-07-01", 1, "paused"))
    # I6: A3 alone, no area, Q1 2023, stopped in stage 2 in 2024 without lessons written
    # (as an old import might have it).
    w.i6 = factories.initiative(
        slug="i6", owner=w.a3, starts_on=day("2023-01-20"), stage=Stage.DEVELOP, outcome=Outcome.STOPPED
    )
    history(w.i6, ("2023-01-20", 1, "active"), ("2023-06-01", 2, "active"), ("2024-04-04", 2, "stopped"))
    Initiative.objects.filter(pk=w.i6.pk).update(lessons_learned_sv="")

    # People u1-u5 and what they did.
    w.people = [factories.user() for _number in range(5)]
    u1, u2, u3, u4, u5 = w.people

    def idea(author, challenge, submitted, areas, **fields):
        item = factories.idea(author=author, challenge=challenge, submitted_at=submitted, **fields)
        item.areas.set(areas)
        return item

    w.id1 = idea(u1, w.ch1, noon(2024, 3, 1), [w.x])
    w.id2 = idea(u2, w.ch1, noon(2025, 2, 1), [w.x])
    w.id3 = idea(u1, w.ch2, noon(2025, 7, 1), [w.y])
    w.id4 = idea(u3, None, noon(2025, 8, 1), [w.x])  # a free idea
    w.id5 = idea(u4, w.ch1, noon(2025, 1, 1), [w.x], is_hidden=True)  # never counts
    w.id6 = idea(u4, w.ch2, None, [w.y], status=IdeaStatus.DRAFT)  # never counts

    def dated(item, when):
        type(item).objects.filter(pk=item.pk).update(created_at=when)
        return item

    dated(Support.objects.create(idea=w.id1, user=u2), noon(2024, 3, 5))
    dated(Support.objects.create(idea=w.id1, user=u3), noon(2025, 1, 10))
    dated(Support.objects.create(idea=w.id3, user=u2), noon(2025, 7, 2))
    dated(Support.objects.create(idea=w.id5, user=u1), noon(2025, 1, 2))  # a hidden idea: never counts
    dated(Comment.objects.create(idea=w.id1, author=u3, body="Bra!"), noon(2024, 3, 6))
    c2 = dated(Comment.objects.create(idea=w.id3, author=u1, body="Hur då?"), noon(2025, 7, 3))
    dated(Comment.objects.create(idea=w.id3, author=u5, body="Borta", is_deleted=True), noon(2025, 7, 4))
    dated(Comment.objects.create(idea=w.id3, parent=c2, author=u2, body="Så här."), noon(2025, 8, 5))
    dated(Offer.objects.create(challenge=w.ch1, user=u3, message="Vi hjälper till."), noon(2025, 3, 1))
    dated(Offer.objects.create(challenge=w.ch2, user=u5, message="Jag med."), noon(2025, 9, 1))
    dated(Offer.objects.create(challenge=w.ch2, user=u4, message="Dold", is_hidden=True), noon(2025, 9, 2))

    # The fund: F1 (1 000 000 kr, 2024-2026) and F2 (500 000 kr, 2020-2023).
    w.f1 = factories.fund(
        slug="f1",
        name_sv="Fonden 2024",
        budget=1_000_000,
        starts_on=day("2024-01-01"),
        ends_on=day("2026-12-31"),
    )
    w.f2 = factories.fund(
        slug="f2",
        name_sv="Fonden 2020",
        budget=500_000,
        starts_on=day("2020-01-01"),
        ends_on=day("2023-12-31"),
    )
    round_1, round_2 = factories.funding_round(w.f1), factories.funding_round(w.f2)

    def grant(initiative, funding_round, amount, decided_on, spending=()):
        application = factories.application(initiative, funding_round, amount_requested=amount)
        item = factories.grant(application, decided_on=day(decided_on))
        for spent, spent_on in spending:
            funding_services.report_spending(
                item, amount=spent, spent_on=day(spent_on), note="Faktura", by=None
            )
        return item

    grant(w.i1, round_1, 300_000, "2024-06-01", [(100_000, "2024-10-01"), (50_000, "2025-02-01")])
    grant(w.i2, round_1, 200_000, "2025-03-15", [(80_000, "2025-05-05")])
    grant(w.i3, round_1, 100_000, "2025-09-09")
    grant(w.i6, round_2, 400_000, "2023-02-02", [(400_000, "2023-12-12")])
    return w


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo data, once for the module, rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)
