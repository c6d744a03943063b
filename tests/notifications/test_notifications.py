"""Follows and notification emails: immediate or daily, in the recipient's language, with unsubscribe."""

import re

import pytest
from django.core.management import call_command
from django.test import override_settings

from gnista.notifications.models import Follow, Notification
from gnista.participation import services
from gnista.portfolio import services as portfolio_services
from gnista.portfolio.models import Stage
from tests import factories
from tests.conftest import make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what would happen after the transaction commits (the immediate emails)."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


def test_author_hears_when_the_idea_changes_status(commit, mailoutbox):
    author = factories.user(language="en")
    idea = factories.idea(author=author, title="Bike pumps")
    commit(services.change_status, idea, "declined", by=make_staff(), reason="Already planned.")
    [email] = mailoutbox
    assert email.to == [author.email]
    assert "Bike pumps" in email.subject
    assert "Declined" in email.body and "Already planned." in email.body
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_emails_are_in_the_recipients_language(commit, mailoutbox):
    author = factories.user(language="da")
    idea = factories.idea(author=author)
    commit(services.change_status, idea, "in_review", by=make_staff(), reason="x")
    assert "Hej" in mailoutbox[0].body


def test_reply_to_my_comment(commit, mailoutbox):
    commenter = factories.user()
    idea = factories.idea()
    first = services.add_comment(idea, author=commenter, body="Bra!")
    replier = factories.user(display_name="Bo")
    commit(services.add_comment, idea, author=replier, body="Håller med", parent=first)
    assert [email.to for email in mailoutbox] == [[commenter.email]]
    assert "Håller med" in mailoutbox[0].body


def test_new_ideas_and_offers_reach_the_followers_of_a_challenge(commit, mailoutbox, client):
    challenge = factories.challenge(slug="energi")
    follower = factories.user()
    client.force_login(follower)
    client.post(f"/sv/follow/challenge/{challenge.pk}/")
    assert Follow.objects.filter(user=follower, challenge=challenge).exists()
    idea = factories.idea(status="draft", challenge=challenge)
    commit(services.submit_idea, idea, author=idea.author, confirmed_public_record=True)
    from gnista.participation.models import Offer

    commit(
        services.offer_help,
        Offer(challenge=challenge, user=factories.user(), message="Data", contributions=["data"]),
    )
    assert [email.to for email in mailoutbox] == [[follower.email], [follower.email]]


def test_followers_of_an_initiative_hear_of_stage_changes(commit, mailoutbox):
    initiative = factories.initiative()
    follower = factories.user()
    Follow.objects.create(user=follower, initiative=initiative)
    initiative.stage = Stage.DEVELOP
    commit(portfolio_services.save_initiative, initiative, rationale="Test")
    assert mailoutbox[0].to == [follower.email]


def test_no_email_to_the_person_who_acted_or_who_chose_none(commit, mailoutbox):
    quiet = factories.user(notifications="none")
    idea = factories.idea(author=quiet)
    commit(services.change_status, idea, "in_review", by=make_staff(), reason="x")
    assert mailoutbox == []
    assert not Notification.objects.exists()


def test_daily_digest_gathers_everything_in_one_email(commit, mailoutbox):
    author = factories.user(notifications="daily")
    ideas = [factories.idea(author=author, title=f"Idé {n}") for n in range(3)]
    for idea in ideas:
        commit(services.change_status, idea, "in_review", by=make_staff(), reason="x")
    assert mailoutbox == []
    call_command("send_digests")
    [email] = mailoutbox
    assert all(idea.title in email.body for idea in ideas)
    call_command("send_digests")
    assert len(mailoutbox) == 1, "nothing is sent twice"


def test_unsubscribe_link_works_without_signing_in(commit, mailoutbox, client):
    author = factories.user()
    commit(services.change_status, factories.idea(author=author), "in_review", by=make_staff(), reason="x")
    link = re.search(r"https?://\S+/notifications/unsubscribe/\S+/", mailoutbox[0].body).group(0)
    path = link.split("8000", 1)[-1]
    assert client.get(path).status_code == 200
    client.post(path)
    author.refresh_from_db()
    assert author.notifications == "none"
    assert client.get("/sv/notifications/unsubscribe/forged-token/").status_code == 404


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_with_the_database_backend_emails_wait_for_the_worker(commit, mailoutbox):
    from django_tasks_db.models import DBTaskResult

    commit(services.change_status, factories.idea(), "in_review", by=make_staff(), reason="x")
    assert mailoutbox == []
    assert DBTaskResult.objects.filter(status="READY").count() == 1


def test_follow_needs_sign_in_and_a_real_target(client):
    challenge = factories.challenge()
    assert client.post(f"/sv/follow/challenge/{challenge.pk}/").status_code == 302
    client.force_login(factories.user())
    assert client.post("/sv/follow/user/1/").status_code == 404
    client.post(f"/sv/follow/challenge/{challenge.pk}/")
    client.post(f"/sv/follow/challenge/{challenge.pk}/")
    assert not Follow.objects.exists(), "a second press unfollows"
