import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction

from gnista.demo import synthetic
from gnista.events.models import Event
from gnista.participation.models import Comment, Idea, IdeaStatus, Support
from gnista.portfolio.models import Challenge, Initiative, Organisation, Outcome, StageChange
from gnista.search.models import Entry

pytestmark = pytest.mark.django_db

TINY = {
    "organisations": 15,
    "users": 30,
    "challenges": 4,
    "initiatives": 25,
    "ideas": 60,
    "supports": 150,
    "comments": 40,
    "events": 12,
}


def generate(seed: int = 1) -> None:
    call_command("generate", seed=seed, verbosity=0, **TINY)


def generated_initiatives():
    return Initiative.objects.filter(external_id__startswith="gen-").order_by("external_id")


def generated_idea_titles() -> list[str]:
    return list(
        Idea.objects.filter(author__username__startswith="gen-")
        .order_by("pk")
        .values_list("title", flat=True)
    )


def test_generates_the_counts_asked_for():
    generate()
    assert generated_initiatives().count() == TINY["initiatives"]
    assert Organisation.objects.filter(slug__contains="-gen").count() == TINY["organisations"]
    assert Challenge.objects.filter(slug__contains="-gen").count() == TINY["challenges"]
    assert get_user_model().objects.filter(username__startswith="gen-").count() == TINY["users"]
    assert Idea.objects.count() == TINY["ideas"]
    assert Support.objects.count() == TINY["supports"]
    assert Comment.objects.count() == TINY["comments"]
    assert Event.objects.filter(uid__startswith="gen-").count() == TINY["events"]


def test_records_keep_the_rules_of_the_models():
    generate()
    for initiative in generated_initiatives():
        initiative.full_clean()
        if initiative.outcome == Outcome.STOPPED:
            assert initiative.lessons_learned_sv
        history = list(initiative.stage_changes.order_by("decided_on", "id"))
        assert (history[-1].stage, history[-1].outcome) == (initiative.stage, initiative.outcome)
    for idea in Idea.objects.all():
        assert idea.support_count == idea.supports.count()
        assert (idea.submitted_at is None) == (idea.status == IdeaStatus.DRAFT)
        if idea.status == IdeaStatus.CONVERTED:
            assert idea.initiative_id is not None
    assert not Comment.objects.filter(parent__parent__isnull=False).exists()
    assert StageChange.objects.filter(initiative__in=generated_initiatives()).count() >= TINY["initiatives"]
    user = get_user_model().objects.get(username="gen-1")
    assert not user.has_usable_password()


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data():
    with transaction.atomic():
        generate(seed=7)
        first = list(generated_initiatives().values_list("title_sv", "title_en", "stage", "starts_on"))
        first_ideas = generated_idea_titles()
        transaction.set_rollback(True)
    with transaction.atomic():
        generate(seed=7)
        assert (
            list(generated_initiatives().values_list("title_sv", "title_en", "stage", "starts_on")) == first
        )
        assert generated_idea_titles() == first_ideas
        transaction.set_rollback(True)
    generate(seed=8)
    assert list(generated_initiatives().values_list("title_sv", "title_en", "stage", "starts_on")) != first


def test_generated_data_is_in_the_search_index():
    generate()
    public_ideas = Idea.objects.public().count()
    assert Entry.objects.filter(kind="idea").count() == public_ideas
    indexed = set(Entry.objects.filter(kind="initiative", language="sv").values_list("object_id", flat=True))
    assert set(generated_initiatives().values_list("pk", flat=True)) <= indexed


def test_pages_answer_on_generated_data(client):
    generate()
    initiative = generated_initiatives().first()
    challenge = Challenge.objects.public().filter(slug__contains="-gen").first()
    idea = Idea.objects.public().order_by("-support_count").first()
    for url in [
        "/sv/",
        "/sv/initiatives/",
        "/sv/initiatives/?stage=2&outcome=active",
        initiative.get_absolute_url(),
        challenge.get_absolute_url(),
        "/sv/ideas/",
        idea.get_absolute_url(),
        "/sv/events/",
        "/sv/impact/",
        "/api/v1/initiatives",
    ]:
        assert client.get(url).status_code == 200, url
    response = client.get("/sv/search/", {"q": initiative.title_sv})
    assert response.status_code == 200
    assert initiative.get_absolute_url() in response.text


def test_generated_data_runs_once_per_database():
    generate()
    with pytest.raises(CommandError, match="already holds generated data"):
        generate()


def test_on_top_of_the_demo_data():
    call_command("demo", verbosity=0)
    demo_initiatives = Initiative.objects.count()
    generate()
    assert Initiative.objects.count() == demo_initiatives + TINY["initiatives"]


def test_named_scales_are_ordered():
    small, large = synthetic.SCALES["small"], synthetic.SCALES["large"]
    assert small.ideas == 10_000
    assert large.initiatives == 100_000 and large.ideas == 1_000_000
    assert synthetic.scale_with("small", ideas=5).ideas == 5
