"""Granting, rejecting and spending, never past the fund's budget or the grant, and the
overviews per fund, administration, area and year."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from gnista.audit.models import AuditEntry
from gnista.funding import overviews, services
from gnista.funding.models import ApplicationStatus, Grant, Spending
from gnista.portfolio.models import Role
from tests import factories

pytestmark = pytest.mark.django_db


NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def criteria():
    return factories.criteria()


@pytest.fixture
def fund_manager():
    return factories.staff(Role.FUND_MANAGER)


def test_a_grant_within_the_budget_is_decided(fund_manager):
    fund = factories.fund(budget=1_000_000)
    application = factories.application(round_=factories.funding_round(fund), amount_requested=300_000)

    grant = services.grant(
        application,
        amount=250_000,
        by=fund_manager,
        decision="Beviljas med villkor.",
        conditions="Rapportera efter sex månader.",
        decided_on=datetime.date(2026, 5, 4),
    )

    application.refresh_from_db()
    assert grant.fund == fund
    assert grant.amount == 250_000
    assert grant.decided_by == fund_manager
    assert grant.decided_on == datetime.date(2026, 5, 4)
    assert application.status == ApplicationStatus.GRANTED
    assert application.decision == "Beviljas med villkor."
    assert fund.granted() == 250_000
    assert AuditEntry.objects.filter(action="grant.decided", object_id=str(grant.pk)).exists()


def test_the_whole_remaining_budget_can_be_granted():
    fund = factories.fund(budget=500_000)
    funding_round = factories.funding_round(fund)
    factories.grant(factories.application(round_=funding_round), amount=200_000)

    factories.grant(factories.application(round_=funding_round), amount=300_000)

    assert fund.granted() == 500_000


def test_over_commitment_is_refused_with_a_clear_message_and_nothing_written(fund_manager):
    fund = factories.fund(budget=1_000_000)
    funding_round = factories.funding_round(fund)
    factories.grant(factories.application(round_=funding_round), amount=800_000)
    application = factories.application(round_=funding_round)
    grants, entries = Grant.objects.count(), AuditEntry.objects.count()

    with pytest.raises(ValidationError) as refusal:
        services.grant(application, amount=300_000, by=fund_manager, decision="Beviljas.")

    assert refusal.value.message_dict["amount"] == [
        f"The fund cannot cover this: 200{NBSP}000 kr of 1{NBSP}000{NBSP}000 kr remain uncommitted."
    ]
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.decision == ""
    assert Grant.objects.count() == grants
    assert AuditEntry.objects.count() == entries


def test_grants_from_other_funds_do_not_count():
    small = factories.fund(budget=100_000)
    factories.grant(factories.application(round_=factories.funding_round(factories.fund(budget=900_000))))

    grant = factories.grant(factories.application(round_=factories.funding_round(small)), amount=100_000)

    assert grant.fund == small


@pytest.mark.parametrize("status", ["draft", "withdrawn", "granted", "rejected"])
def test_only_a_submitted_application_can_be_granted(status, fund_manager):
    application = factories.application(submitted=status != "draft")
    if status == "withdrawn":
        services.withdraw_application(application, by=None)
    elif status == "granted":
        factories.grant(application)
    elif status == "rejected":
        services.reject(application, by=None, decision="Avslås: uppfyller inte kriterierna.")
    grants = Grant.objects.count()

    with pytest.raises(ValidationError):
        services.grant(application, amount=1_000, by=fund_manager, decision="Beviljas.")
    assert Grant.objects.count() == grants


def test_a_grant_needs_an_amount_and_a_decision(fund_manager):
    application = factories.application()

    with pytest.raises(ValidationError) as no_amount:
        services.grant(application, amount=0, by=fund_manager, decision="Beviljas.")
    with pytest.raises(ValidationError) as no_decision:
        services.grant(application, amount=1_000, by=fund_manager, decision="  ")

    assert "amount" in no_amount.value.message_dict
    assert "decision" in no_decision.value.message_dict
    assert not Grant.objects.exists()


def test_reject(fund_manager):
    application = factories.application()

    services.reject(application, by=fund_manager, decision="Avslås: för likt ordinarie verksamhet.")

    application.refresh_from_db()
    assert application.status == ApplicationStatus.REJECTED
    assert application.decision == "Avslås: för likt ordinarie verksamhet."
    with pytest.raises(ValidationError):
        services.reject(application, by=fund_manager, decision="Igen.")
    with pytest.raises(ValidationError):
        services.grant(application, amount=1_000, by=fund_manager, decision="Ändå beviljad.")


def test_a_rejection_needs_a_decision(fund_manager):
    application = factories.application()

    with pytest.raises(ValidationError):
        services.reject(application, by=fund_manager, decision="")

    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED


def test_a_withdrawn_application_cannot_be_withdrawn_or_changed_again():
    application = factories.application()
    services.withdraw_application(application, by=None)

    with pytest.raises(ValidationError):
        services.withdraw_application(application, by=None)
    application.plan = "Ny plan"
    with pytest.raises(ValidationError):
        services.save_application(application, by=None)


def test_spending_can_never_exceed_the_grant(fund_manager):
    grant = factories.grant(factories.application(), amount=100_000)
    services.report_spending(
        grant, amount=60_000, spent_on=datetime.date(2026, 6, 1), note="Konsult", by=None
    )

    with pytest.raises(ValidationError) as refusal:
        services.report_spending(
            grant, amount=50_000, spent_on=datetime.date(2026, 7, 1), note="Mer", by=None
        )

    assert refusal.value.message_dict["amount"] == [
        f"Only 40{NBSP}000 kr of the grant of 100{NBSP}000 kr remain to be spent."
    ]
    assert grant.spent() == 60_000
    services.report_spending(grant, amount=40_000, spent_on=datetime.date(2026, 7, 1), note="Resten", by=None)
    assert grant.spent() == 100_000


def test_spending_needs_a_positive_amount_and_a_note():
    grant = factories.grant(factories.application(), amount=100_000)

    with pytest.raises(ValidationError):
        services.report_spending(grant, amount=0, spent_on=datetime.date(2026, 6, 1), note="Noll", by=None)
    with pytest.raises(ValidationError):
        services.report_spending(grant, amount=1_000, spent_on=datetime.date(2026, 6, 1), note="", by=None)
    assert not Spending.objects.exists()


def test_a_funds_budget_cannot_drop_below_what_it_has_granted(fund_manager):
    fund = factories.fund(budget=1_000_000)
    factories.grant(factories.application(round_=factories.funding_round(fund)), amount=400_000)

    fund.budget = 300_000
    with pytest.raises(ValidationError) as refusal:
        services.save_fund(fund, by=fund_manager)

    assert "budget" in refusal.value.message_dict
    fund.refresh_from_db()
    assert fund.budget == 1_000_000
    fund.budget = 400_000
    services.save_fund(fund, by=fund_manager)
    fund.refresh_from_db()
    assert fund.budget == 400_000


@pytest.fixture
def portfolio():
    """Two funds, two administrations, two areas and three grants over two years:

    | initiative | owner | areas | fund | granted (decided)    | spent                             |
    | one        | east  | p, q  | A    | 300 000 (2026-05-01) | 50 000 (2026-06-10), 25 000 (2027-01-15) |
    | two        | west  | p     | A    | 200 000 (2027-02-01) | nothing                           |
    | three      | east  | none  | B    | 100 000 (2026-06-01) | 10 000 (2026-07-01)               |
    """
    east, west = factories.administration(name_sv="Södra"), factories.administration(name_sv="Norra")
    p, q = factories.area(name_sv="Hälsa"), factories.area(name_sv="Energi")
    fund_a = factories.fund(budget=1_000_000, starts_on=datetime.date(2026, 1, 1))
    fund_b = factories.fund(budget=500_000, starts_on=datetime.date(2025, 1, 1))
    round_a, round_b = factories.funding_round(fund_a), factories.funding_round(fund_b)
    one = factories.application(factories.initiative(owner=east, areas=[p, q]), round_a)
    two = factories.application(factories.initiative(owner=west, areas=[p]), round_a)
    three = factories.application(factories.initiative(owner=east), round_b)
    grant_one = factories.grant(one, amount=300_000, decided_on=datetime.date(2026, 5, 1))
    factories.grant(two, amount=200_000, decided_on=datetime.date(2027, 2, 1))
    grant_three = factories.grant(three, amount=100_000, decided_on=datetime.date(2026, 6, 1))
    for grant, amount, spent_on in [
        (grant_one, 50_000, datetime.date(2026, 6, 10)),
        (grant_one, 25_000, datetime.date(2027, 1, 15)),
        (grant_three, 10_000, datetime.date(2026, 7, 1)),
    ]:
        services.report_spending(grant, amount=amount, spent_on=spent_on, note="Faktura", by=None)
    return {"A": fund_a, "B": fund_b, "east": east, "west": west, "p": p, "q": q}


def test_overview_per_fund(portfolio):
    rows = {fund.pk: fund for fund in overviews.funds()}

    fund_a, fund_b = rows[portfolio["A"].pk], rows[portfolio["B"].pk]
    assert (fund_a.budget, fund_a.granted, fund_a.spent, fund_a.remaining) == (
        1_000_000,
        500_000,
        75_000,
        500_000,
    )
    assert (fund_b.budget, fund_b.granted, fund_b.spent, fund_b.remaining) == (
        500_000,
        100_000,
        10_000,
        400_000,
    )
    assert (fund_a.granted_percent, fund_a.spent_percent) == (50, 8)
    assert (fund_b.granted_percent, fund_b.spent_percent) == (20, 2)
    assert [fund.pk for fund in overviews.funds(only=portfolio["B"])] == [portfolio["B"].pk]


def test_overview_totals(portfolio):
    assert overviews.totals() == {
        "budget": 1_500_000,
        "granted": 600_000,
        "spent": 85_000,
        "remaining": 900_000,
    }
    assert overviews.totals(portfolio["A"]) == {
        "budget": 1_000_000,
        "granted": 500_000,
        "spent": 75_000,
        "remaining": 500_000,
    }


def test_overview_per_administration(portfolio):
    east, west = portfolio["east"], portfolio["west"]

    assert [(row["organisation"], row["granted"], row["spent"]) for row in overviews.by_administration()] == [
        (west, 200_000, 0),
        (east, 400_000, 85_000),
    ]
    assert [
        (row["organisation"], row["granted"], row["spent"])
        for row in overviews.by_administration(portfolio["A"])
    ] == [
        (west, 200_000, 0),
        (east, 300_000, 75_000),
    ]


def test_overview_per_area_counts_an_initiative_in_each_of_its_areas(portfolio):
    p, q = portfolio["p"], portfolio["q"]

    rows = [(row["area"], row["granted"], row["spent"], row["unspent"]) for row in overviews.by_area()]

    assert sorted(rows[:2], key=lambda row: row[0].pk) == [
        (p, 500_000, 75_000, 425_000),
        (q, 300_000, 75_000, 225_000),
    ]
    assert rows[2] == (None, 100_000, 10_000, 90_000), "money for initiatives without an area comes last"
    assert [(row["area"], row["granted"]) for row in overviews.by_area(portfolio["B"])] == [(None, 100_000)]


def test_overview_per_year(portfolio):
    assert [(row["year"], row["granted"], row["spent"]) for row in overviews.by_year()] == [
        (2026, 400_000, 60_000),
        (2027, 200_000, 25_000),
    ]
    assert [(row["year"], row["granted"], row["spent"]) for row in overviews.by_year(portfolio["A"])] == [
        (2026, 300_000, 50_000),
        (2027, 200_000, 25_000),
    ]


def test_the_overviews_take_a_fixed_number_of_queries(portfolio, django_assert_max_num_queries):
    for _more in range(5):
        factories.grant(factories.application(round_=factories.funding_round(portfolio["A"])), amount=1_000)

    with django_assert_max_num_queries(13):
        overviews.funds()
        overviews.totals()
        overviews.by_administration()
        overviews.by_area()
        overviews.by_year()
