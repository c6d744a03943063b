"""The idea life cycle: every transition allowed and refused, in one services function."""

import itertools

import pytest
from django.core.exceptions import ValidationError

from gnista.participation import services
from gnista.participation.models import IdeaStatus, ModerationLog
from gnista.portfolio.models import InnovationType, Stage
from tests import factories
from tests.conftest import make_staff

pytestmark = pytest.mark.django_db

ALLOWED = {
    ("draft", "submitted"),
    ("submitted", "in_review"),
    ("submitted", "accepted"),
    ("submitted", "declined"),
    ("in_review", "accepted"),
    ("in_review", "declined"),
    ("accepted", "in_review"),
    ("declined", "in_review"),
}
STATUSES = [status for status in IdeaStatus.values if status != "converted"]


@pytest.mark.parametrize("current, new", list(itertools.product(IdeaStatus.values, STATUSES)))
def test_only_the_transitions_of_the_model_are_possible(current, new):
    moderator = make_staff()
    idea = factories.idea(status=current)
    if (current, new) in ALLOWED:
        services.change_status(idea, new, by=moderator, reason="Motivering")
        idea.refresh_from_db()
        assert idea.status == new
        assert ModerationLog.objects.filter(idea=idea, action="status").count() == 1
    else:
        with pytest.raises(ValidationError):
            services.change_status(idea, new, by=moderator, reason="Motivering")
        idea.refresh_from_db()
        assert idea.status == current
        assert not ModerationLog.objects.exists()


def test_declining_needs_a_reason_the_author_sees(client):
    moderator = make_staff()
    idea = factories.idea()
    with pytest.raises(ValidationError):
        services.change_status(idea, "declined", by=moderator, reason="  ")
    services.change_status(idea, "declined", by=moderator, reason="Finns redan i stadens plan.")
    assert "Finns redan i stadens plan." in client.get(idea.get_absolute_url()).text


def test_status_cannot_jump_to_converted_without_conversion():
    with pytest.raises(ValidationError):
        services.change_status(factories.idea(status="accepted"), "converted", by=make_staff(), reason="x")


def test_conversion_creates_a_credited_initiative(client):
    moderator = make_staff()
    area = factories.area()
    challenge = factories.challenge()
    idea = factories.idea(status="accepted", challenge=challenge, title="Laddstolpar vid skolor")
    idea.areas.set([area])
    owner = factories.administration()
    initiative = services.convert_to_initiative(idea, by=moderator, owner=owner, slug="laddstolpar")
    idea.refresh_from_db()
    assert idea.status == "converted" and idea.initiative == initiative
    assert (initiative.stage, initiative.innovation_type) == (Stage.UNDERSTAND, InnovationType.NEED)
    assert list(initiative.areas.all()) == [area] and list(initiative.challenges.all()) == [challenge]
    assert initiative.stage_changes.count() == 1
    page = client.get(initiative.get_absolute_url()).text
    assert idea.author.display_name in page and idea.get_absolute_url() in page
    assert ModerationLog.objects.filter(idea=idea, action="convert").exists()


@pytest.mark.parametrize("status", ["draft", "submitted", "in_review", "declined", "converted"])
def test_only_accepted_ideas_convert(status):
    idea = factories.idea(status=status)
    with pytest.raises(ValidationError):
        services.convert_to_initiative(idea, by=make_staff(), owner=factories.administration(), slug="x")
