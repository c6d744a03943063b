"""Writes for staff with a token: the back office's validation, the portfolio's services
and the same permissions as the pages."""

import datetime

import pytest

from gnista.audit.models import AuditEntry
from gnista.portfolio.models import Initiative, KpiMeasurement, Outcome, Role, Stage, StageChange
from tests import factories

from .conftest import bearer

pytestmark = pytest.mark.django_db

NEW = {
    "slug": "ny-ide",
    "title_sv": "En ny idé",
    "title_en": "A new idea",
    "summary_sv": "Kort om den.",
    "innovation_type": "idea",
    "owner": "miljo",
    "areas": ["energi"],
    "goals": [6],
    "starts_on": "2026-03-01",
}


def post(client, url, body, user):
    return client.post(url, body, content_type="application/json", headers=bearer(user) if user else {})


def patch(client, url, body, user):
    return client.patch(url, body, content_type="application/json", headers=bearer(user) if user else {})


def test_a_coach_creates_an_initiative_through_the_service(client, portfolio, coach):
    response = post(client, "/api/v1/initiatives", NEW, coach)
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["slug"] == "ny-ide" and data["stage"] == 1 and data["outcome"] == "active"
    assert data["areas"] == ["energi"] and data["goals"] == [6] and data["owner"]["slug"] == "miljo"
    assert len(data["history"]) == 1, "the service records where the initiative began"
    assert AuditEntry.objects.get(action="initiative.created", object_repr="En ny idé").actor == coach


@pytest.mark.parametrize(
    "role, owner, status",
    [
        (Role.ADMINISTRATOR, None, 201),
        (Role.EDITOR, "miljo", 201),
        (Role.EDITOR, "skola", 400),  # may not make another administration owner
        (Role.ASSESSOR, None, 403),
        (Role.FUND_MANAGER, None, 403),
    ],
)
def test_who_may_create(client, portfolio, role, owner, status):
    person = factories.staff(role, portfolio["environment"] if role == Role.EDITOR else None)
    response = post(client, "/api/v1/initiatives", NEW | ({"owner": owner} if owner else {}), person)
    assert response.status_code == status, response.content
    if status == 400:
        assert list(response.json()["errors"]) == ["owner"]
    if status == 403:
        assert response.json()["detail"] and not Initiative.objects.filter(slug="ny-ide").exists()


def test_without_a_token_writes_are_401(client, portfolio):
    response = post(client, "/api/v1/initiatives", NEW, None)
    assert response.status_code == 401 and response["WWW-Authenticate"] == "Bearer"
    assert response.json()["detail"]
    client.force_login(factories.staff(Role.COACH))
    assert post(client, "/api/v1/initiatives", NEW, None).status_code == 401, "a session is not a token"


def test_the_forms_validation_speaks_field_by_field(client, portfolio, coach):
    bad = NEW | {"slug": "avlopp", "ends_on": "2026-01-01", "areas": ["finns-inte"]}
    del bad["title_sv"]
    response = post(client, "/api/v1/initiatives", bad, coach)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert {"slug", "title_sv", "areas"} <= set(errors)
    schema_errors = post(client, "/api/v1/initiatives", NEW | {"innovation_type": "hunch"}, coach)
    assert list(schema_errors.json()["errors"]) == ["innovation_type"]
    assert post(client, "/api/v1/initiatives", NEW | {"title_sv": "a\u0000b"}, coach).status_code == 400
    assert post(client, "/api/v1/initiatives", NEW | {"title_sv": "\ud800"}, coach).status_code == 400
    not_json = client.post("/api/v1/initiatives", "{", content_type="application/json", headers=bearer(coach))
    assert not_json.status_code == 400 and not_json.json()["detail"]


def test_patch_changes_only_what_it_names(client, portfolio):
    editor = factories.staff(Role.EDITOR, portfolio["environment"])
    response = patch(
        client, "/api/v1/initiatives/avlopp", {"title_en": "Sewage, sorted", "ends_on": None}, editor
    )
    assert response.status_code == 200, response.content
    sewage = Initiative.objects.get(slug="avlopp")
    assert sewage.title_en == "Sewage, sorted" and sewage.title_sv == "Källsorterande avloppssystem"
    assert [area.slug for area in sewage.areas.all()] == ["vatten"]
    assert sorted(p.organisation.slug for p in sewage.partnerships.all()) == ["bolaget", "universitet"]
    invalid = patch(
        client, "/api/v1/initiatives/avlopp", {"starts_on": "2026-05-01", "ends_on": "2026-01-01"}, editor
    )
    assert invalid.status_code == 400 and "ends_on" in invalid.json()["errors"]


def test_patch_is_refused_to_editors_of_another_administration(client, portfolio):
    other = factories.staff(Role.EDITOR, portfolio["schools"])
    response = patch(client, "/api/v1/initiatives/avlopp", {"title_sv": "Mitt nu"}, other)
    assert response.status_code == 403
    assert patch(client, "/api/v1/initiatives/finns-inte", {"title_sv": "x"}, other).status_code == 404


def test_stage_and_outcome_are_not_changed_by_patch(client, portfolio, coach):
    response = patch(client, "/api/v1/initiatives/avlopp", {"stage": 3, "outcome": "scaled"}, coach)
    assert response.status_code == 200
    assert Initiative.objects.get(slug="avlopp").stage == Stage.UNDERSTAND


def test_a_gate_decision_goes_into_the_public_history(client, portfolio):
    editor = factories.staff(Role.EDITOR, portfolio["environment"])
    measurement = KpiMeasurement.objects.get()
    body = {
        "stage": 2,
        "outcome": "active",
        "rationale": "Behovet är bekräftat.",
        "evidence": "Intervjuer",
        "measurements": [measurement.pk],
        "decided_on": "2026-06-15",
    }
    response = post(client, "/api/v1/initiatives/avlopp/gate", body, editor)
    assert response.status_code == 200, response.content
    [decision] = [entry for entry in response.json()["history"] if entry["stage"] == 2]
    assert decision == {
        "decided_on": "2026-06-15",
        "stage": 2,
        "outcome": "active",
        "rationale": "Behovet är bekräftat.",
        "evidence": "Intervjuer",
        "measurements": [measurement.pk],
    }
    assert StageChange.objects.get(initiative__slug="avlopp", stage=2).recorded_by == editor
    assert client.get("/api/v1/initiatives/avlopp").json()["stage"] == 2


def test_a_gate_the_model_does_not_allow_is_refused_with_its_reason(client, portfolio, coach):
    response = post(
        client,
        "/api/v1/initiatives/avlopp/gate",
        {"stage": 3, "outcome": "active", "rationale": "Snabbt"},
        coach,
    )
    assert response.status_code == 400
    assert response.json()["errors"] == {"__all__": [response.json()["detail"]]}
    assert Initiative.objects.get(slug="avlopp").stage == Stage.UNDERSTAND
    english = client.post(
        "/api/v1/initiatives/avlopp/gate?lang=en",
        {"stage": 3, "outcome": "active", "rationale": "Fast"},
        content_type="application/json",
        headers=bearer(coach),
    )
    assert english.json()["detail"].startswith("An initiative cannot move from")


@pytest.mark.parametrize(
    "body, field",
    [
        ({"stage": 1, "outcome": "stopped", "rationale": "Slut"}, "lessons_learned_sv"),
        ({"stage": 2, "outcome": "active", "rationale": " "}, "rationale"),
        ({"stage": 2, "outcome": "active", "rationale": "Ja", "measurements": [999999]}, "measurements"),
        ({"stage": 7, "outcome": "active", "rationale": "Ja"}, "stage"),
        ({"stage": 2, "outcome": "active"}, "rationale"),
    ],
)
def test_gate_refusals_name_the_field(client, portfolio, coach, body, field):
    response = post(client, "/api/v1/initiatives/avlopp/gate", body, coach)
    assert response.status_code == 400
    assert field in response.json()["errors"], response.json()


def test_scaling_needs_a_measured_effect(client, portfolio, coach):
    body = {"stage": 3, "outcome": "scaled", "rationale": "Klart"}
    response = post(client, "/api/v1/initiatives/skolmat/gate?lang=en", body, coach)
    assert response.status_code == 400
    assert "at least one effect has been measured" in response.json()["detail"]
    assert Initiative.objects.get(slug="skolmat").outcome == Outcome.ACTIVE


def test_gate_permission(client, portfolio):
    assert (
        post(
            client,
            "/api/v1/initiatives/avlopp/gate",
            {"stage": 2, "outcome": "active", "rationale": "Ja"},
            factories.staff(Role.ASSESSOR),
        ).status_code
        == 403
    )


def test_measurements_are_recorded_through_the_service(client, portfolio):
    editor = factories.staff(Role.EDITOR, portfolio["environment"])
    kpi = portfolio["kpi"]
    url = f"/api/v1/initiatives/avlopp/kpis/{kpi.pk}/measurements"
    body = {"measured_on": "2026-09-01", "value": "61.5", "source": "Enkät september"}
    response = post(client, url, body, editor)
    assert response.status_code == 201, response.content
    assert response.json()["value"] == 61.5
    assert kpi.measurements.filter(measured_on=datetime.date(2026, 9, 1)).exists()
    assert AuditEntry.objects.filter(action="kpi.measured", actor=editor).exists()
    again = post(client, url, body, editor)
    assert again.status_code == 400 and again.json()["errors"]
    assert post(client, url, body | {"value": "not a number"}, editor).status_code == 400
    assert (
        post(
            client,
            url,
            body | {"measured_on": "2026-09-02"},
            factories.staff(Role.EDITOR, portfolio["schools"]),
        ).status_code
        == 403
    )
    elsewhere = f"/api/v1/initiatives/solceller/kpis/{kpi.pk}/measurements"
    assert post(client, elsewhere, body, editor).status_code == 404
