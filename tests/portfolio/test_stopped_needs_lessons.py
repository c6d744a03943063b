"""An initiative cannot be stopped without lessons learned, whichever front end tries."""

import pytest
from django.core.exceptions import ValidationError

from gnista.portfolio import services
from gnista.portfolio.demo import loader
from gnista.portfolio.models import Initiative, Outcome, Stage, StageChange
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def active():
    return factories.initiative(slug="aktivt", stage=Stage.DEVELOP)


def test_service_refuses_to_stop_without_lessons(active):
    active.outcome = Outcome.STOPPED
    with pytest.raises(ValidationError) as error:
        services.save_initiative(active, rationale="Slut på pengar")
    assert "lessons_learned_sv" in error.value.message_dict
    active.refresh_from_db()
    assert active.outcome == Outcome.ACTIVE
    assert active.stage_changes.count() == 1


@pytest.mark.parametrize("blank", ["", "   \n\t "])
def test_blank_lessons_do_not_count(active, blank):
    active.outcome = Outcome.STOPPED
    active.lessons_learned_sv = blank
    with pytest.raises(ValidationError):
        services.save_initiative(active)


def test_lessons_in_another_language_only_are_not_enough(active):
    """Swedish is what every language falls back to, so the lessons must be there."""
    active.outcome = Outcome.STOPPED
    active.lessons_learned_en = "We learned to test earlier."
    with pytest.raises(ValidationError):
        services.save_initiative(active)


def test_service_stops_with_lessons_and_records_the_decision(active):
    active.outcome = Outcome.STOPPED
    active.lessons_learned_sv = "Användarna ville inte ha tjänsten."
    services.save_initiative(active, rationale="Ingen efterfrågan")
    active.refresh_from_db()
    assert active.outcome == Outcome.STOPPED
    last = active.stage_changes.last()
    assert (last.stage, last.outcome, last.rationale) == (Stage.DEVELOP, Outcome.STOPPED, "Ingen efterfrågan")


def test_saving_without_a_change_of_stage_adds_no_history(active):
    active.summary_sv = "Ny sammanfattning"
    services.save_initiative(active)
    assert active.stage_changes.count() == 1


def test_other_outcomes_need_no_lessons(active):
    factories.measurement(factories.kpi(active))
    for stage, outcome in (
        (2, Outcome.PAUSED),
        (2, Outcome.ACTIVE),
        (3, Outcome.ACTIVE),
        (3, Outcome.SCALED),
    ):
        active.stage, active.outcome = stage, outcome
        services.save_initiative(active)
    assert active.stage_changes.count() == 5


def admin_form_data(initiative, **changes):
    data = {
        "slug": initiative.slug,
        "title_sv": initiative.title_sv,
        "summary_sv": initiative.summary_sv,
        "innovation_type": initiative.innovation_type,
        "stage": initiative.stage,
        "outcome": initiative.outcome,
        "owner": initiative.owner_id,
        "lessons_learned_sv": initiative.lessons_learned_sv or "",
        "change_rationale": "",
        "change_date": "",
        "partnerships-TOTAL_FORMS": "0",
        "partnerships-INITIAL_FORMS": "0",
        "stage_changes-TOTAL_FORMS": str(initiative.stage_changes.count()),
        "stage_changes-INITIAL_FORMS": str(initiative.stage_changes.count()),
    }
    for index, change in enumerate(initiative.stage_changes.all()):
        data[f"stage_changes-{index}-id"] = change.pk
        data[f"stage_changes-{index}-initiative"] = initiative.pk
        data[f"stage_changes-{index}-rationale_sv"] = change.rationale_sv or ""
    return data | changes


def test_admin_change_form_refuses_to_stop_without_lessons(staff_client, active):
    response = staff_client.post(
        f"/sv/admin/portfolio/initiative/{active.pk}/change/",
        admin_form_data(active, outcome=Outcome.STOPPED, change_rationale="Stoppas"),
    )
    assert response.status_code == 200, "the form is shown again with the error"
    assert "lessons_learned_sv" in response.context["adminform"].form.errors
    active.refresh_from_db()
    assert active.outcome == Outcome.ACTIVE
    assert active.stage_changes.count() == 1


def test_admin_change_form_stops_with_lessons_and_records_the_rationale(staff_client, active):
    response = staff_client.post(
        f"/sv/admin/portfolio/initiative/{active.pk}/change/",
        admin_form_data(
            active,
            outcome=Outcome.STOPPED,
            lessons_learned_sv="Tekniken var inte mogen.",
            change_rationale="Styrgruppen beslutade att stoppa.",
            change_date="2026-10-01",
        ),
    )
    assert response.status_code == 302
    active.refresh_from_db()
    assert active.outcome == Outcome.STOPPED
    last = active.stage_changes.get(outcome=Outcome.STOPPED)
    assert last.rationale_sv == "Styrgruppen beslutade att stoppa."
    assert str(last.decided_on) == "2026-10-01"
    assert last.recorded_by.is_staff


def test_admin_add_form_refuses_a_stopped_initiative_without_lessons(staff_client):
    owner = factories.administration()
    response = staff_client.post(
        "/sv/admin/portfolio/initiative/add/",
        {
            "slug": "nytt",
            "title_sv": "Nytt initiativ",
            "summary_sv": "Sammanfattning",
            "innovation_type": "idea",
            "stage": 1,
            "outcome": "stopped",
            "owner": owner.pk,
            "partnerships-TOTAL_FORMS": "0",
            "partnerships-INITIAL_FORMS": "0",
            "stage_changes-TOTAL_FORMS": "0",
            "stage_changes-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert not Initiative.objects.filter(slug="nytt").exists()
    assert not StageChange.objects.exists()


def test_demo_loader_refuses_a_stopped_initiative_without_lessons(monkeypatch):
    owner = factories.administration(slug="stadsledningsforvaltningen")
    item = {
        "slug": "utan-lardomar",
        "title": {"sv": "Utan lärdomar"},
        "summary": {"sv": "Test"},
        "innovation_type": "idea",
        "stage": 2,
        "outcome": "stopped",
        "lessons": None,
        "owner": owner.slug,
        "partners": [],
        "areas": [],
        "goals": [],
        "challenges": [],
        "history": [],
    }
    with pytest.raises(ValidationError):
        loader.load_initiative(item, {}, {}, {owner.slug: owner}, {})
    assert not Initiative.objects.filter(slug="utan-lardomar").exists()
