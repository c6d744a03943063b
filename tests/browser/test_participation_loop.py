"""The whole participation loop in a real browser: from a visitor's first idea to an
initiative in the portfolio that credits its author."""

import re

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core import mail

from gnista.participation.models import Idea
from tests.conftest import current_totp_code, make_staff

pytestmark = pytest.mark.browser


def sign_in_as_staff(page, base_url):
    staff = make_staff()
    secret = generate_totp_secret()
    staff.authenticator_set.all().delete()
    TOTP.activate(staff, secret)
    page.goto(base_url + "/en/accounts/login/")
    page.get_by_label("Email").fill(staff.email)
    page.locator("input[name=password]").fill("a-long-password-1")
    page.get_by_role("button", name="Sign In").click()
    page.get_by_label("Code").fill(current_totp_code(secret))
    page.get_by_role("button", name="Sign In").click()


def test_from_sign_up_to_a_credited_initiative(live_server, demo, browser, page):
    base = live_server.url
    # A resident signs up and verifies the email address.
    page.goto(base + "/en/accounts/signup/")
    page.get_by_label("Email").fill("maja@exempel.example")
    page.locator("input[name=password1]").fill("ett-långt-lösenord-42")
    page.locator("input[name=password2]").fill("ett-långt-lösenord-42")
    page.get_by_role("button", name="Sign Up").click()
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body).group(0)
    page.goto(base + re.sub(r"^https?://[^/]+", "", link))
    page.get_by_role("button", name="Confirm").click()
    page.goto(base + "/en/accounts/profile/")
    page.get_by_label("Display name").fill("Maja Svensson")
    page.get_by_role("button", name="Save", exact=True).click()

    # She answers an open challenge with an idea, confirming that it becomes a public record.
    page.goto(base + "/en/challenges/energismarta-lokaler/")
    page.get_by_role("link", name="Share an idea").click()
    page.get_by_label("Title").fill("Let the pupils run the school's energy dashboard")
    page.get_by_label("Description").fill("Pupils follow the school's energy use and propose savings.")
    page.get_by_label("The need it meets").fill("Schools use energy when they stand empty.")
    page.get_by_label("I understand that my idea becomes a public record").check()
    page.get_by_role("button", name="Submit the idea").click()
    assert page.get_by_role("heading", name="Let the pupils run the school's energy dashboard").is_visible()
    idea = Idea.objects.get(title__startswith="Let the pupils")

    # A moderator accepts the idea and converts it into an initiative.
    moderator = browser.new_context().new_page()
    sign_in_as_staff(moderator, base)
    moderator.goto(base + "/en/moderation/")
    item = moderator.locator(".moderation-item", has_text="Let the pupils")
    item.first.get_by_label("New status").select_option("accepted")
    item.first.get_by_label("Reason (the author sees it").fill("A good fit for the energy challenge.")
    item.first.get_by_role("button", name="Change status").click()
    accepted = moderator.locator(".moderation-item", has_text="Let the pupils").last
    accepted.locator("summary", has_text="Moderate").click()
    accepted.get_by_label("Owning administration of the new initiative").select_option(
        label="City Executive Office"
    )
    accepted.locator("textarea[name=reason]").last.fill("Starts in stage 1.")
    accepted.get_by_role("button", name="Convert to initiative").click()
    idea.refresh_from_db()
    assert idea.status == "converted"

    # The author got the emails, and the initiative credits her.
    emails = [email for email in mail.outbox if email.to == ["maja@exempel.example"]]
    assert any("Accepted" in email.body for email in emails)
    assert any(f"/en/initiatives/{idea.initiative.slug}/" in email.body for email in emails), (
        "in her language"
    )
    assert all("&#x27;" not in email.subject for email in emails)
    page.goto(base + f"/en/initiatives/{idea.initiative.slug}/")
    assert page.get_by_text("Started from an idea by Maja Svensson").is_visible()
