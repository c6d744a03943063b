"""Personal API tokens: created and revoked in the profile by staff, stored hashed,
shown once."""

import hashlib
import re

import pytest

from gnista.api.models import ApiToken
from gnista.audit.models import AuditEntry
from gnista.portfolio.models import Role
from tests import factories

pytestmark = pytest.mark.django_db

SECRET = re.compile(r'value="(gnista_[^"]+)"')


def create(client, name="Export") -> str:
    response = client.post("/sv/accounts/api-tokens/", {"name": name})
    assert response.status_code == 200
    return SECRET.search(response.text).group(1)


def test_staff_see_the_panel_on_their_profile_and_others_do_not(client):
    editor = factories.staff(Role.EDITOR, factories.administration())
    client.force_login(editor)
    assert "api-tokens-heading" in client.get("/sv/accounts/profile/").text
    client.force_login(factories.user())
    assert "api-tokens-heading" not in client.get("/sv/accounts/profile/").text


def test_the_secret_is_shown_once_and_stored_hashed(client, coach):
    client.force_login(coach)
    response = client.post("/sv/accounts/api-tokens/", {"name": "Open data"})
    secret = SECRET.search(response.text).group(1)
    assert "no-store" in response["Cache-Control"]
    token = ApiToken.objects.get(user=coach)
    assert token.name == "Open data"
    assert token.key_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret.startswith(token.prefix) and len(secret) > 40
    assert not ApiToken.objects.filter(key_hash=secret).exists()
    for page in ("/sv/accounts/profile/", "/sv/accounts/api-tokens/"):
        html = client.get(page).text
        assert secret not in html and token.prefix in html
    entry = AuditEntry.objects.get(action="api_token.created")
    assert entry.actor == coach and secret not in str(entry.after) and token.key_hash not in str(entry.after)


def test_a_token_authenticates_until_it_is_revoked(client, portfolio, coach):
    client.force_login(coach)
    secret = create(client)
    api = client.__class__()
    headers = {"Authorization": f"Bearer {secret}"}
    body = {"title_sv": "Nytt namn"}
    changed = api.patch("/api/v1/initiatives/avlopp", body, content_type="application/json", headers=headers)
    assert changed.status_code == 200, changed.content
    token = ApiToken.objects.get(user=coach)
    assert token.last_used_at is not None
    response = client.post(f"/sv/accounts/api-tokens/{token.pk}/revoke/")
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    refused = api.patch("/api/v1/initiatives/avlopp", body, content_type="application/json", headers=headers)
    assert refused.status_code == 401
    assert refused.json()["detail"]
    assert "Revoked" in client.get("/en/accounts/api-tokens/").text


def test_nobody_revokes_another_persons_token(client, coach):
    client.force_login(coach)
    create(client)
    token = ApiToken.objects.get()
    client.force_login(factories.staff(Role.COACH))
    assert client.post(f"/sv/accounts/api-tokens/{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_people_without_a_staff_role_cannot_create_tokens(client):
    person = factories.user()
    client.force_login(person)
    assert client.post("/sv/accounts/api-tokens/", {"name": "Mine"}).status_code == 403
    assert client.get("/sv/accounts/api-tokens/").status_code == 403
    client.logout()
    response = client.post("/sv/accounts/api-tokens/", {"name": "Mine"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not ApiToken.objects.exists()


def test_a_token_stops_working_when_its_person_can_no_longer_sign_in(client, portfolio, coach):
    client.force_login(coach)
    headers = {"Authorization": f"Bearer {create(client)}"}
    coach.is_active = False
    coach.save()
    assert client.get("/api/v1/areas", headers=headers).status_code == 401


def test_a_name_is_required(client, coach):
    client.force_login(coach)
    response = client.post("/sv/accounts/api-tokens/", {"name": ""})
    assert response.status_code == 200 and not ApiToken.objects.exists()
    assert response.context["form"].errors
