"""Offers of help, the moderation queue and log, and participation in the data rights."""

import json

import pytest

from gnista.participation.models import Comment, Idea, ModerationLog, Offer, Report, Support
from gnista.portfolio.models import ChallengeStatus
from tests import factories
from tests.conftest import make_staff

pytestmark = pytest.mark.django_db


def test_offer_help_on_an_open_challenge(client):
    challenge = factories.challenge(slug="energi")
    shown = factories.organisation(name_sv="Kretsloppsteknik AB")
    hidden = factories.organisation(name_sv="Hemliga Bolaget AB")
    for organisation, show in [(shown, True), (hidden, False)]:
        client.force_login(factories.user())
        response = client.post(
            "/sv/challenges/energi/offers/new/",
            {
                "contributions": ["data", "test_site"],
                "organisation": organisation.pk,
                "message": "Vi har mätdata.",
                "contact_consent": "on",
                "show_organisation": "on" if show else "",
            },
        )
        assert response.status_code == 302
    assert Offer.objects.count() == 2
    client.logout()
    public = client.get(challenge.get_absolute_url()).text
    assert "2 erbjudanden" in public or "2 offers" in public
    assert "Kretsloppsteknik AB" in public and "Hemliga Bolaget AB" not in public
    client.force_login(make_staff())
    assert "Hemliga Bolaget AB" in client.get(challenge.get_absolute_url()).text, (
        "the innovation team sees all"
    )


def test_offers_need_what_you_bring_and_an_open_challenge(client):
    factories.challenge(slug="energi")
    factories.challenge(slug="stangd", status=ChallengeStatus.CLOSED)
    client.force_login(factories.user())
    response = client.post("/sv/challenges/energi/offers/new/", {"contributions": ["gold"], "message": "x"})
    assert response.status_code == 200 and "contributions" in response.context["form"].errors
    client.post(
        "/sv/challenges/stangd/offers/new/", {"contributions": ["time"], "message": "Jag hjälper gärna."}
    )
    assert not Offer.objects.exists()


@pytest.mark.parametrize("path", ["/sv/moderation/", "/sv/moderation/log/"])
def test_moderation_is_for_moderators_only(client, path):
    assert client.get(path).status_code == 302
    client.force_login(factories.user())
    assert client.get(path).status_code == 403


def test_moderators_hide_and_restore_with_a_logged_reason(staff_client):
    idea = factories.idea(title="Köp billiga klockor")
    Report.objects.create(idea=idea, reporter=factories.user(), reason="Reklam")
    queue = staff_client.get("/sv/moderation/")
    assert "Köp billiga klockor" in queue.text
    staff_client.post(f"/sv/moderation/idea/{idea.pk}/", {"action": "spam", "reason": ""})
    idea.refresh_from_db()
    assert not idea.is_hidden, "no reason, no action"
    staff_client.post(f"/sv/moderation/idea/{idea.pk}/", {"action": "spam", "reason": "Reklam för klockor"})
    idea.refresh_from_db()
    assert idea.is_hidden and idea.is_spam
    assert Report.objects.get().resolved_at is not None
    staff_client.post(f"/sv/moderation/idea/{idea.pk}/", {"action": "restore", "reason": "Felbedömning"})
    idea.refresh_from_db()
    assert not idea.is_hidden and not idea.is_spam
    log = list(ModerationLog.objects.values_list("action", "reason"))
    assert log == [("restore", "Felbedömning"), ("spam", "Reklam för klockor")]
    assert "Felbedömning" in staff_client.get("/sv/moderation/log/").text


def test_moderators_hide_comments_and_offers(staff_client, client):
    idea = factories.idea()
    comment = Comment.objects.create(idea=idea, author=factories.user(), body="Något kränkande")
    offer = Offer.objects.create(challenge=factories.challenge(), message="Spam", contributions=["money"])
    staff_client.post(f"/sv/moderation/comment/{comment.pk}/", {"action": "hide", "reason": "Kränkande"})
    staff_client.post(f"/sv/moderation/offer/{offer.pk}/", {"action": "hide", "reason": "Spam"})
    comment.refresh_from_db()
    offer.refresh_from_db()
    assert comment.is_hidden and offer.is_hidden
    assert "Något kränkande" not in client.get(idea.get_absolute_url()).text
    assert (
        staff_client.post(f"/sv/moderation/user/{idea.pk}/", {"action": "hide", "reason": "x"}).status_code
        == 404
    )


def test_moderators_accept_and_convert_from_the_queue(staff_client):
    idea = factories.idea(title="Cykelpumpar")
    owner = factories.administration()
    staff_client.post(
        f"/sv/moderation/idea/{idea.pk}/", {"action": "status", "status": "accepted", "reason": "Bra"}
    )
    staff_client.post(
        f"/sv/moderation/idea/{idea.pk}/", {"action": "convert", "owner": owner.pk, "reason": "Kör"}
    )
    idea.refresh_from_db()
    assert idea.status == "converted" and idea.initiative.owner == owner
    bad = staff_client.post(
        f"/sv/moderation/idea/{idea.pk}/", {"action": "status", "status": "nonsense", "reason": "x"}
    )
    assert bad.status_code == 302


def test_my_data_includes_what_i_contributed(client):
    person = factories.user()
    idea = factories.idea(author=person, title="Min idé")
    Support.objects.create(idea=factories.idea(), user=person)
    Comment.objects.create(idea=idea, author=person, body="Min kommentar")
    client.force_login(person)
    data = json.loads(client.post("/sv/accounts/data/").content)
    assert data["participation"]["ideas"][0]["title"] == "Min idé"
    assert data["participation"]["comments"][0]["body"] == "Min kommentar"
    assert len(data["participation"]["supports"]) == 1


def test_deleting_an_account_keeps_contributions_without_the_name(client):
    person = factories.user(display_name="Anna Andersson", email="anna@example.se")
    idea = factories.idea(author=person, title="Min idé")
    other = factories.idea()
    Support.objects.create(idea=other, user=person)
    Idea.objects.filter(pk=other.pk).update(support_count=1)
    Comment.objects.create(idea=other, author=person, body="Min kommentar")
    Offer.objects.create(challenge=factories.challenge(), user=person, message="Hjälp", contact_consent=True)
    Report.objects.create(idea=other, reporter=person, reason="x")
    client.force_login(person)
    client.post("/sv/accounts/delete/", {"password": "ett-långt-lösenord-42"})
    idea.refresh_from_db()
    other.refresh_from_db()
    assert idea.author is None and idea.title == "Min idé"
    assert Comment.objects.get().author is None
    assert not Support.objects.exists() and other.support_count == 0
    assert Offer.objects.get().user is None and not Offer.objects.get().contact_consent
    assert Report.objects.get().reporter is None
    page = client.get(idea.get_absolute_url()).text
    assert "Anna Andersson" not in page and "anna@example.se" not in page
