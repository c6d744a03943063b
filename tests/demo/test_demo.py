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
