"""Every move between stages and outcomes, allowed or refused, and what a gate
decision records."""

import itertools
import re

import pytest
from django.core.exceptions import ValidationError

from gnista.audit.models import AuditEntry
from gnista.portfolio import gates, services
from gnista.portfolio.models import Initiative, Outcome, Stage
from tests import factories

pytestmark = pytest.mark.django_db

STATES = [(stage, outcome) for stage in Stage.values for outcome in Outcome.values]
ALLOWED = {
    (1, "active"): {(2, "active"), (1, "paused"), (1, "stopped")},
    (2, "active"): {(3, "active"), (2, "paused"), (2, "stopped")},
    (3, "active"): {(3, "scaled"), (3, "paused"), (3, "stopped")},
    (1, "paused"): {(1, "active"), (1, "stopped")},
    (2, "paused"): {(2, "active"), (2, "stopped")},
    (3, "paused"): {(3, "active"), (3, "stopped")},
}


def initiative_in(state) -> Initiative:
    """An initiative standing in `state`, with a measured effect so that scaling is
    possible, placed there directly as an import of history would."""
    stage, outcome = state
    item = factories.initiative(stage=stage, outcome=outcome)
    factories.measurement(factories.kpi(item))
    return item


@pytest.mark.parametrize(
    "before, after", [pair for pair in itertools.product(STATES, STATES) if pair[0] != pair[1]]
)
def test_every_move_is_allowed_or_refused_as_the_model_says(before, after):
    initiative = initiative_in(before)
    changes = initiative.stage_changes.count()
    allowed = after in ALLOWED.get(before, set())
    stage, outcome = after
    if allowed:
        services.decide_gate(
            initiative,
            stage=stage,
            outcome=outcome,
            by=None,
            rationale="Beslut i styrgruppen.",
            lessons_learned="Vi lärde oss mycket." if outcome == "stopped" else None,
        )
        initiative.refresh_from_db()
        assert (initiative.stage, initiative.outcome) == after
        assert initiative.stage_changes.count() == changes + 1
    else:
        with pytest.raises(ValidationError):
            services.decide_gate(
                initiative,
                stage=stage,
                outcome=outcome,
                by=None,
                rationale="Försök.",
                lessons_learned="Lärdom.",
            )
        initiative.refresh_from_db()
        assert (initiative.stage, initiative.outcome) == before, "a refused move changes nothing"
        assert initiative.stage_changes.count() == changes


def test_scaled_and_stopped_are_final():
    assert gates.moves_from(3, Outcome.SCALED) == []
    assert gates.moves_from(2, Outcome.STOPPED) == []


def test_scaling_needs_a_measured_effect():
    initiative = factories.initiative(stage=Stage.SCALE)
    kpi = factories.kpi(initiative)
    with pytest.raises(ValidationError, match="har mätts"):
        services.decide_gate(initiative, stage=3, outcome=Outcome.SCALED, by=None, rationale="Skala upp.")
    factories.measurement(kpi, value=70)
    initiative.refresh_from_db()
    services.decide_gate(initiative, stage=3, outcome=Outcome.SCALED, by=None, rationale="Skala upp.")
    assert Initiative.objects.get(pk=initiative.pk).outcome == Outcome.SCALED


def test_stopping_needs_lessons():
    initiative = factories.initiative(stage=Stage.DEVELOP)
    with pytest.raises(ValidationError, match="lärdomar"):
        services.decide_gate(initiative, stage=2, outcome=Outcome.STOPPED, by=None, rationale="Ingen effekt.")
    initiative.refresh_from_db()
    assert initiative.outcome == Outcome.ACTIVE


def test_a_decision_needs_a_rationale():
    initiative = factories.initiative()
    with pytest.raises(ValidationError):
        services.decide_gate(initiative, stage=2, outcome=Outcome.ACTIVE, by=None, rationale="  ")


def test_a_decision_records_who_when_why_evidence_and_values(client):
    editor_organisation = factories.administration()
    editor = factories.staff("editor", organisation=editor_organisation)
    initiative = factories.initiative(owner=editor_organisation, stage=Stage.DEVELOP)
    kpi = factories.kpi(initiative, name_sv="Nöjda pedagoger")
    measured = factories.measurement(kpi, value=72)
    services.decide_gate(
        initiative,
        stage=3,
        outcome=Outcome.ACTIVE,
        by=editor,
        rationale="Testet visade tydlig nytta.",
        evidence="Utvärdering från Lunds universitet.",
        measurements=[measured],
        decided_on="2026-05-04",
    )
    change = initiative.stage_changes.latest("id")
    assert (change.stage, change.outcome, str(change.decided_on)) == (3, "active", "2026-05-04")
    assert change.recorded_by == editor
    assert list(change.measurements.all()) == [measured]
    entry = AuditEntry.objects.filter(action="gate.decided", object_id=str(initiative.pk)).get()
    assert entry.actor == editor
    assert entry.before == {"stage": 2, "outcome": "active"}
    assert entry.after["stage"] == 3

    page = client.get(initiative.get_absolute_url()).text
    assert "Testet visade tydlig nytta." in page
    assert "Utvärdering från Lunds universitet." in page
    assert "Nöjda pedagoger" in page


def test_measured_values_of_another_initiative_are_no_evidence():
    initiative = factories.initiative()
    other = factories.measurement(factories.kpi(factories.initiative()))
    with pytest.raises(ValidationError):
        services.decide_gate(
            initiative, stage=2, outcome=Outcome.ACTIVE, by=None, rationale="Ja.", measurements=[other]
        )


def test_kpi_chart_on_the_public_page_has_a_data_table(client):
    initiative = factories.initiative()
    kpi = factories.kpi(initiative, name_sv="Matsvinn per portion", unit="g", baseline=60, target=30)
    factories.measurement(kpi, measured_on="2026-01-31", value=55, source="Kostenhetens vägning")
    factories.measurement(kpi, measured_on="2026-05-31", value=41, source="Kostenhetens vägning")
    html = client.get(initiative.get_absolute_url()).text
    assert '<svg class="chart"' in html and 'role="img"' in html
    assert "<polyline" in html
    assert "Kostenhetens vägning" in html and "<table>" in html
    svg = html[html.index('<svg class="chart"') : html.index("</svg>")]
    assert not re.search(r'(x|y|x1|y1|cx|cy)="\d+,\d', svg), "SVG coordinates never take a decimal comma"


def test_admin_form_refuses_a_move_the_model_does_not_allow(staff_client):
    from tests.portfolio.test_stopped_needs_lessons import admin_form_data

    initiative = factories.initiative(stage=Stage.UNDERSTAND)
    response = staff_client.post(
        f"/en/admin/portfolio/initiative/{initiative.pk}/change/",
        admin_form_data(initiative, stage=3, outcome="scaled"),
    )
    assert response.status_code == 200
    assert "cannot move from" in response.text
    initiative.refresh_from_db()
    assert initiative.stage == Stage.UNDERSTAND
