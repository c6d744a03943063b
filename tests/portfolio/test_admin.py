"""The Django admin is the staff baseline: every model's pages work, in every language."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

MODELS = ["organisation", "area", "goal", "challenge", "initiative", "stagechange"]


@pytest.fixture
def records():
    initiative = factories.initiative(
        partners=[(factories.organisation(), "Partner")], areas=[factories.area()]
    )
    factories.challenge()
    factories.goal(1)
    return initiative


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("lang", ["sv", "en", "da"])
def test_admin_lists_and_forms_render(staff_client, records, model, lang):
    listing = staff_client.get(f"/{lang}/admin/portfolio/{model}/")
    assert listing.status_code == 200
    assert f'<html lang="{lang}"' in listing.text
    obj = listing.context["cl"].result_list[0]
    assert staff_client.get(f"/{lang}/admin/portfolio/{model}/{obj.pk}/change/").status_code == 200
    add = staff_client.get(f"/{lang}/admin/portfolio/{model}/add/")
    assert add.status_code == (403 if model == "stagechange" else 200)


def test_admin_is_translated(staff_client):
    assert "Innovationsportfölj" in staff_client.get("/sv/admin/").text


def test_admin_requires_staff(client):
    response = client.get("/sv/admin/portfolio/initiative/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
