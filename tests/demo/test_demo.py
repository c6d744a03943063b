"""The demo data: complete, consistent with the rules, idempotent."""

import pytest
from django.core.management import call_command

from gnista.portfolio.models import (
    Area,
    Challenge,
    Goal,
    Initiative,
    InnovationType,
    Organisation,
    Outcome,
    Partnership,
    Sector,
    Stage,
    StageChange,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("demo")


def counts():
    return [
        model.objects.count()
        for model in (Area, Goal, Organisation, Challenge, Initiative, Partnership, StageChange)
    ]


def test_demo_covers_the_product(demo):
    assert Area.objects.count() == 6
    assert Goal.objects.count() == 17
    assert Organisation.objects.filter(kind="hub").count() == 5
    assert Organisation.objects.filter(kind="cluster").count() == 7
    assert Organisation.objects.count() >= 40
    assert {o.sector for o in Organisation.objects.all()} == set(Sector.values)
    assert Challenge.objects.count() >= 10
    assert Initiative.objects.count() >= 40
    for stage in Stage.values:
        assert Initiative.objects.filter(stage=stage).exists()
    for outcome in Outcome.values:
        assert Initiative.objects.filter(outcome=outcome).exists()
    for innovation_type in InnovationType.values:
        assert Initiative.objects.filter(innovation_type=innovation_type).exists()
    assert Initiative.objects.filter(outcome=Outcome.STOPPED).count() >= 5
    for slug in (
        "kallsorterande-avloppssystem",
        "ai-assistent-for-forskolelarare",
        "aktivitetshuset-utan-regelbok",
    ):
        assert Initiative.objects.filter(slug=slug).exists()


def test_demo_content_is_in_three_languages(demo):
    for initiative in Initiative.objects.all():
        for code in ("sv", "en", "da"):
            assert getattr(initiative, f"title_{code}") and getattr(initiative, f"summary_{code}"), (
                initiative.slug
            )
        if initiative.outcome in (Outcome.STOPPED, Outcome.SCALED):
            assert all(getattr(initiative, f"lessons_learned_{code}") for code in ("sv", "en", "da"))


def test_demo_history_ends_in_the_current_state(demo):
    for initiative in Initiative.objects.prefetch_related("stage_changes"):
        history = list(initiative.stage_changes.all())
        assert history, initiative.slug
        assert (history[-1].stage, history[-1].outcome) == (initiative.stage, initiative.outcome), (
            initiative.slug
        )
        assert [entry.decided_on for entry in history] == sorted(entry.decided_on for entry in history)


def test_demo_is_idempotent(demo):
    before = counts()
    call_command("demo")
    assert counts() == before


def test_demo_if_empty_leaves_existing_data_alone(demo):
    initiative = Initiative.objects.get(slug="kallsorterande-avloppssystem")
    initiative.title_sv = "Ändrad av staden"
    initiative.save()
    call_command("demo", "--if-empty")
    initiative.refresh_from_db()
    assert initiative.title_sv == "Ändrad av staden"


def test_demo_pages_render(demo, client, django_assert_max_num_queries):
    with django_assert_max_num_queries(14):
        response = client.get("/sv/initiatives/?per_page=96")
    assert response.status_code == 200
    assert len(response.context["page"].object_list) == Initiative.objects.count()
    for initiative in Initiative.objects.all():
        assert client.get(initiative.get_absolute_url()).status_code == 200
    for challenge in Challenge.objects.public():
        assert client.get(challenge.get_absolute_url()).status_code == 200


def test_demo_has_participation_on_the_open_challenges(demo):
    from gnista.participation.models import Comment, Idea, Offer, Support

    assert Idea.objects.public().count() >= 24
    assert Support.objects.count() > 0 and Comment.objects.filter(parent__isnull=False).exists()
    assert Offer.objects.count() >= 12
    for idea in Idea.objects.all():
        assert idea.support_count == idea.supports.count()
    open_challenges = Challenge.objects.filter(status="open")
    assert all(challenge.ideas.exists() for challenge in open_challenges)
    assert all(not idea.decline_reason for idea in Idea.objects.exclude(status="declined"))


def test_demo_has_a_month_of_events_across_the_hubs(demo):
    from gnista.events.models import Event

    assert Event.objects.count() >= 30
    assert Event.objects.exclude(rrule="").count() >= 6
    assert Event.objects.filter(changes__isnull=False).exists()
    assert Event.objects.values("hub").distinct().exclude(hub=None).count() == 5


# ------------------------------------------------------------ the innovation fund and effects


def fund_and_effect_counts():
    from gnista.funding.models import (
        Answer,
        Application,
        Assessment,
        Criterion,
        Fund,
        FundingRound,
        Grant,
        Spending,
    )
    from gnista.portfolio.models import Kpi, KpiMeasurement, StaffRole

    models = (
        Criterion,
        Fund,
        FundingRound,
        Application,
        Assessment,
        Answer,
        Grant,
        Spending,
        Kpi,
        KpiMeasurement,
    )
    return [model.objects.count() for model in (*models, StaffRole)] + [
        StageChange.measurements.through.objects.count()
    ]


def test_demo_fund_and_effects_load_twice_without_duplicating(demo):
    from gnista.funding.models import Application, Grant, Spending

    before = fund_and_effect_counts()
    statuses = sorted(Application.objects.values_list("initiative__slug", "round__name_sv", "status"))
    committed = sum(Grant.objects.values_list("amount", flat=True))
    spent = sum(Spending.objects.values_list("amount", flat=True))
    call_command("demo")
    assert fund_and_effect_counts() == before
    assert sorted(Application.objects.values_list("initiative__slug", "round__name_sv", "status")) == statuses
    assert sum(Grant.objects.values_list("amount", flat=True)) == committed
    assert sum(Spending.objects.values_list("amount", flat=True)) == spent


def test_demo_funds_are_never_over_committed(demo):
    from django.utils import timezone

    from gnista.funding.models import Fund, Grant

    today = timezone.localdate()
    first = Fund.objects.get(slug="innovationsfonden-2018-2022")
    assert first.budget == 250_000_000
    assert 0.85 <= first.granted() / first.budget <= 0.95
    current = Fund.objects.get(slug="innovationsfonden-2023-2027")
    assert 0.30 <= current.granted() / current.budget <= 0.50
    for fund in Fund.objects.all():
        assert fund.granted() <= fund.budget, fund.slug
        assert all(getattr(fund, f"name_{code}") for code in ("sv", "en", "da"))
    for grant in Grant.objects.select_related("fund", "application"):
        assert grant.fund.starts_on <= grant.decided_on <= grant.fund.ends_on, grant
        assert grant.amount <= grant.application.amount_requested, grant
        assert grant.spent() <= grant.amount, grant
        assert all(grant.decided_on <= spending.spent_on <= today for spending in grant.spendings.all()), (
            grant
        )
    assert Grant.objects.filter(spendings__isnull=False).distinct().count() == Grant.objects.count()


def test_demo_scaled_initiatives_have_measured_effects(demo):
    from gnista.portfolio.models import Kpi, KpiMeasurement

    for initiative in Initiative.objects.filter(outcome=Outcome.SCALED):
        scaled = initiative.stage_changes.get(outcome=Outcome.SCALED)
        assert KpiMeasurement.objects.filter(
            kpi__initiative=initiative, measured_on__lte=scaled.decided_on
        ).exists(), initiative.slug
        assert scaled.measurements.exists(), initiative.slug
    measured = Initiative.objects.filter(kpis__measurements__isnull=False).distinct()
    assert measured.count() >= 20
    for kpi in Kpi.objects.select_related("initiative").prefetch_related("measurements"):
        initiative = kpi.initiative
        assert initiative.stage >= Stage.DEVELOP or initiative.outcome == Outcome.STOPPED, initiative.slug
        assert all(getattr(kpi, f"name_{code}") for code in ("sv", "en", "da")), kpi
        measurements = list(kpi.measurements.all())
        assert 2 <= len(measurements) <= 8, kpi
        assert all(initiative.starts_on <= m.measured_on and m.source for m in measurements), kpi


def test_demo_old_assessments_keep_the_retired_criterion(demo):
    from gnista.funding.models import Answer, Application, Criterion

    retired = Criterion.objects.filter(retired_at__isnull=False)
    assert retired.exists()
    assert Answer.objects.filter(criterion__in=retired).exists()
    assert Criterion.objects.current().count() == 9
    for criterion in retired:
        successor = criterion.successor
        assert successor.position == criterion.position and successor.retired_at is None
        before = Application.objects.filter(submitted_at__lt=criterion.retired_at)
        after = Application.objects.filter(submitted_at__gte=criterion.retired_at)
        assert before.exists() and after.exists()
        assert not before.filter(criteria=successor).exists()
        assert not after.filter(criteria=criterion).exists()


def test_demo_has_applications_in_every_status(demo):
    from django.utils import timezone

    from gnista.funding.models import Application, ApplicationStatus, FundingRound
    from gnista.portfolio.models import Role, StaffRole

    for status in ApplicationStatus.values:
        assert Application.objects.filter(status=status).exists(), status
    today = timezone.localdate()
    assert FundingRound.objects.filter(opens_on__lte=today, closes_on__gte=today).exists()
    waiting = Application.objects.filter(status=ApplicationStatus.SUBMITTED)
    assert waiting.filter(assessments__isnull=True).exists()
    assert waiting.filter(assessments__completed_at__isnull=True, assessments__isnull=False).exists()
    for application in Application.objects.filter(status__in=["granted", "rejected"]):
        assert application.assessments.filter(completed_at__isnull=False).count() >= 2, application
        assert application.decision
    for application in Application.objects.exclude(status=ApplicationStatus.DRAFT):
        assert application.submitted_at and application.submitted_at <= timezone.now()
        assert StaffRole.objects.filter(
            user=application.applicant, role=Role.EDITOR, organisation=application.initiative.owner
        ).exists(), application
    assert 15 <= Application.objects.values("initiative").distinct().count() <= 25
    assert StaffRole.objects.filter(role=Role.ASSESSOR).count() >= 3
    assert StaffRole.objects.filter(role=Role.FUND_MANAGER).exists()
    assert StaffRole.objects.filter(role=Role.COACH).exists()
