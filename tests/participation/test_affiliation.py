"""A person's organisation: chosen or requested in the profile, approved by staff, and
what an approved city administration affiliation allows."""

import pytest

from gnista.notifications.models import Notification
from gnista.participation import services
from gnista.participation.models import Affiliation, Offer
from tests import factories

pytestmark = pytest.mark.django_db


def test_choose_or_request_an_organisation_in_the_profile(client):
    person = factories.user()
    organisation = factories.organisation(name_sv="Mindpark")
    client.force_login(person)
    assert "Mindpark" in client.get("/sv/accounts/profile/").text
    client.post("/sv/accounts/affiliation/", {"organisation": organisation.pk})
    assert Affiliation.objects.get(user=person).status == "requested"
    client.post("/sv/accounts/affiliation/", {"organisation": "", "requested_name": "Nya Föreningen"})
    affiliation = Affiliation.objects.get(user=person)
    assert (affiliation.organisation, affiliation.requested_name) == (None, "Nya Föreningen")
    client.post("/sv/accounts/affiliation/", {"organisation": "", "requested_name": " "})
    assert Affiliation.objects.get(user=person).requested_name == "Nya Föreningen", (
        "bad input changes nothing"
    )
    client.post("/sv/accounts/affiliation/", {"remove": "1"})
    assert not Affiliation.objects.exists()


def test_staff_approve_affiliations_in_the_admin(staff_client):
    affiliation = Affiliation.objects.create(user=factories.user(), organisation=factories.organisation())
    staff_client.post(
        "/sv/admin/participation/affiliation/", {"action": "approve", "_selected_action": [affiliation.pk]}
    )
    affiliation.refresh_from_db()
    assert affiliation.status == "approved"


def test_the_owning_administration_sees_all_offers_and_hears_of_new_ideas(
    client, django_capture_on_commit_callbacks
):
    owner = factories.administration()
    challenge = factories.challenge(owner=owner, slug="energi")
    employee = factories.user()
    Affiliation.objects.create(user=employee, organisation=owner, status="approved")
    outsider = factories.user()
    Affiliation.objects.create(user=outsider, organisation=factories.administration(), status="approved")
    secret = factories.organisation(name_sv="Tyst Bolag AB")
    with django_capture_on_commit_callbacks(execute=True):
        services.offer_help(
            Offer(
                challenge=challenge,
                user=factories.user(),
                organisation=secret,
                message="Vi hjälper till.",
                contributions=["time"],
            )
        )
        idea = factories.idea(status="draft", challenge=challenge)
        services.submit_idea(idea, author=idea.author, confirmed_public_record=True)
    assert set(Notification.objects.filter(user=employee).values_list("event", flat=True)) == {
        "new_idea",
        "new_offer",
    }
    assert not Notification.objects.filter(user=outsider).exists()
    client.force_login(employee)
    assert "Tyst Bolag AB" in client.get(challenge.get_absolute_url()).text
    client.force_login(outsider)
    assert "Tyst Bolag AB" not in client.get(challenge.get_absolute_url()).text
