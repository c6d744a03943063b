"""Accounts: sign-up with verification, staff two-factor, profile, data rights."""

import json
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from gnista.participation.models import Idea
from gnista.portfolio.models import StageChange
from tests import factories
from tests.conftest import make_staff

pytestmark = pytest.mark.django_db
User = get_user_model()
PASSWORD = "ett-långt-lösenord-42"


def sign_up(client, mailoutbox, email="anna@example.se", language="sv"):
    response = client.post(
        f"/{language}/accounts/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    link = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+", mailoutbox[-1].body).group(0)
    return link


def test_sign_up_needs_a_verified_email(client, mailoutbox):
    link = sign_up(client, mailoutbox)
    assert mailoutbox[-1].to == ["anna@example.se"]
    assert not EmailAddress.objects.get(email="anna@example.se").verified
    client.logout()
    response = client.post("/sv/accounts/login/", {"login": "anna@example.se", "password": PASSWORD})
    assert "/accounts/confirm-email/" in response["Location"], "unverified people cannot sign in"
    client.post(link.split("testserver")[-1])
    assert EmailAddress.objects.get(email="anna@example.se").verified
    response = client.post("/sv/accounts/login/", {"login": "anna@example.se", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/sv/accounts/profile/").status_code == 200


def test_verification_email_is_in_the_language_of_the_page(client, mailoutbox):
    sign_up(client, mailoutbox, email="jens@example.dk", language="da")
    assert "Bekræft adressen ved at åbne dette link:" in mailoutbox[-1].body
    assert "kommunens åbne innovationsplatform" in mailoutbox[-1].body
    assert User.objects.get(email="jens@example.dk").language == "da", "later emails in Danish too"


def test_staff_must_set_up_two_factor_authentication(client):
    staff = User.objects.create_user("coach", "coach@helsingborg.example", PASSWORD, is_staff=True)
    client.force_login(staff)
    response = client.get("/sv/admin/")
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")
    setup = client.get("/sv/accounts/2fa/totp/activate/", follow=True)
    assert setup.status_code == 200, "the setup (after confirming the password) is reachable"


def test_staff_with_two_factor_reach_the_admin(staff_client):
    assert staff_client.get("/sv/admin/").status_code == 200


def test_residents_need_no_two_factor(client):
    client.force_login(User.objects.create_user("anna", "anna@example.se", PASSWORD))
    assert client.get("/sv/accounts/profile/").status_code == 200


def test_profile_changes_name_language_and_notifications(client):
    user = User.objects.create_user("anna", "anna@example.se", PASSWORD)
    client.force_login(user)
    response = client.post(
        "/sv/accounts/profile/", {"display_name": "Anna A.", "language": "da", "notifications": "daily"}
    )
    assert response["Location"] == "/da/accounts/profile/"
    user.refresh_from_db()
    assert (user.display_name, user.language, user.notifications) == ("Anna A.", "da", "daily")


def test_profile_refuses_bad_values(client):
    user = User.objects.create_user("anna", "anna@example.se", PASSWORD)
    client.force_login(user)
    response = client.post("/sv/accounts/profile/", {"display_name": "x" * 300, "language": "fr"})
    assert response.status_code == 200
    assert set(response.context["profile_form"].errors) == {"display_name", "language", "notifications"}
    user.refresh_from_db()
    assert user.language == "sv"


def test_download_my_data(client):
    user = User.objects.create_user("anna", "anna@example.se", PASSWORD, display_name="Anna")
    EmailAddress.objects.create(user=user, email="anna@example.se", verified=True, primary=True)
    client.force_login(user)
    response = client.post("/sv/accounts/data/")
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["email"] == "anna@example.se"
    assert data["account"]["email_addresses"] == [
        {"email": "anna@example.se", "verified": True, "primary": True}
    ]


def test_download_needs_post_and_sign_in(client):
    assert client.post("/sv/accounts/data/").status_code == 302
    client.force_login(User.objects.create_user("anna", "anna@example.se", PASSWORD))
    assert client.get("/sv/accounts/data/").status_code == 405


def test_delete_account_needs_the_password(client):
    user = User.objects.create_user("anna", "anna@example.se", PASSWORD)
    client.force_login(user)
    response = client.post("/sv/accounts/delete/", {"password": "fel"})
    assert response.status_code == 200
    assert User.objects.filter(pk=user.pk).exists()


def test_delete_account_removes_everything_personal(client):
    user = make_staff("coach", email="coach@helsingborg.example")
    initiative = factories.initiative()
    change = StageChange.objects.create(
        initiative=initiative, decided_on="2026-01-01", stage=2, outcome="active", recorded_by=user
    )
    client.force_login(user)
    response = client.post("/sv/accounts/delete/", {"password": "a-long-password-1"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert not EmailAddress.objects.filter(email="coach@helsingborg.example").exists()
    change.refresh_from_db()
    assert change.recorded_by is None, "the public history stays, without the name"
    assert client.get("/sv/accounts/profile/").status_code == 302, "signed out"


@pytest.mark.parametrize("language, heading", [("sv", "Integritet"), ("en", "Privacy"), ("da", "Privatliv")])
def test_privacy_page_explains_the_public_record_rule(client, language, heading):
    response = client.get(f"/{language}/privacy/")
    assert response.status_code == 200
    assert heading in response.text


def test_sign_up_honeypot_stops_bots(client, mailoutbox):
    response = client.post(
        "/sv/accounts/signup/",
        {"email": "bot@example.se", "password1": PASSWORD, "password2": PASSWORD, "website": "http://spam"},
    )
    assert response.status_code == 200
    assert not User.objects.filter(email="bot@example.se").exists()
    assert 'class="honeypot" aria-hidden="true"' in client.get("/sv/accounts/signup/").text


def test_sign_up_is_rate_limited_per_address(client, settings):
    settings.ACCOUNT_RATE_LIMITS = settings.ACCOUNT_RATE_LIMITS | {"signup": "3/h/ip"}
    for number in range(3):
        client.post(
            "/sv/accounts/signup/",
            {"email": f"p{number}@example.se", "password1": PASSWORD, "password2": PASSWORD},
        )
        client.logout()
    response = client.post(
        "/sv/accounts/signup/", {"email": "p9@example.se", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 429
    assert not User.objects.filter(email="p9@example.se").exists()


def test_after_deletion_no_table_holds_the_persons_name_or_email(client, django_capture_on_commit_callbacks):
    from django.apps import apps
    from django.db import models

    from gnista.notifications.models import Follow
    from gnista.participation import services as participation
    from gnista.participation.models import Affiliation, Offer

    person = factories.user(display_name="Zelda Zebrasson", email="zelda@zebra.example")
    EmailAddress.objects.create(user=person, email=person.email, verified=True, primary=True)
    challenge = factories.challenge()
    idea = factories.idea(author=person, challenge=challenge, title="Zebralagda övergångsställen")
    other = factories.idea()
    with django_capture_on_commit_callbacks(execute=True):
        participation.support(other, person)
        comment = participation.add_comment(other, author=person, body="Bra!")
        participation.add_comment(other, author=factories.user(), body="Tack", parent=comment)
        participation.offer_help(
            Offer(challenge=challenge, user=person, message="Jag hjälper.", contributions=["time"])
        )
        participation.report(reporter=person, reason="Dubblett", idea=other)
        participation.change_status(idea, "in_review", by=make_staff(), reason="x")
    Follow.objects.create(user=person, challenge=challenge)
    Affiliation.objects.create(user=person, requested_name="Zebraföreningen")
    client.force_login(person)
    client.post("/sv/accounts/delete/", {"password": "ett-långt-lösenord-42"})

    text_fields = (models.CharField, models.TextField, models.EmailField, models.JSONField)
    for model in apps.get_models():
        fields = [f.name for f in model._meta.concrete_fields if isinstance(f, text_fields)]
        for row in model._default_manager.values_list(*fields) if fields else []:
            blob = " ".join(str(value) for value in row).casefold()
            assert "zelda" not in blob and "zebrasson" not in blob, f"{model.__name__} still holds it: {row}"
    assert Idea.objects.filter(title="Zebralagda övergångsställen", author=None).exists(), (
        "public record stays"
    )
