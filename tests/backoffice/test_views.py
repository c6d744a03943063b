"""The back office pages: the portfolio as table and board, editing, gate decisions,
effects, roles and the audit log, as the people who use them would."""

import pytest

from gnista.audit.models import AuditEntry
from gnista.portfolio.models import Initiative, Kpi, KpiMeasurement, Outcome, Role, StaffRole, Stage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def administration():
    return factories.administration(
        slug="skol-och-fritidsforvaltningen", name_sv="Skol- och fritidsförvaltningen"
    )


@pytest.fixture
def editor(client, administration):
    person = factories.staff(Role.EDITOR, organisation=administration)
    client.force_login(person)
    return person


def test_table_and_board_show_the_portfolio_in_bounded_queries(client, editor, django_assert_max_num_queries):
    for number in range(12):
        factories.initiative(
            title_sv=f"Initiativ nummer {number}", stage=1 + number % 3, areas=[factories.area()]
        )
    with django_assert_max_num_queries(20):
        table = client.get("/sv/manage/portfolio/")
    assert table.status_code == 200 and "Initiativ nummer 11" in table.text
    with django_assert_max_num_queries(25):
        board = client.get("/sv/manage/board/")
    assert board.status_code == 200 and "Initiativ nummer 4" in board.text
    partial = client.get("/sv/manage/portfolio/?stage=2", headers={"HX-Request": "true"})
    assert "<html" not in partial.text and 'hx-swap-oob="innerHTML"' in partial.text


def test_my_initiatives_are_my_administrations(client, editor, administration):
    factories.initiative(title_sv="Vårt initiativ", owner=administration)
    factories.initiative(title_sv="Någon annans initiativ")
    page = client.get("/sv/manage/mine/").text
    assert "Vårt initiativ" in page and "Någon annans initiativ" not in page


def test_editor_creates_and_edits_an_initiative_of_their_administration(client, editor, administration):
    response = client.post(
        "/sv/manage/initiatives/new/",
        {
            "title_sv": "Digital läxhjälp",
            "summary_sv": "Läxhjälp på distans för högstadiet.",
            "slug": "digital-laxhjalp",
            "innovation_type": "need",
            "owner": administration.pk,
            "partners-TOTAL_FORMS": "0",
            "partners-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.text
    initiative = Initiative.objects.get(slug="digital-laxhjalp")
    assert (initiative.stage, initiative.outcome) == (Stage.UNDERSTAND, Outcome.ACTIVE)
    assert initiative.stage_changes.count() == 1
    assert AuditEntry.objects.filter(action="initiative.created", actor=editor).exists()


def test_the_audit_log_keeps_the_areas_and_goals_an_edit_changed(client, editor, administration):
    energy, mobility = factories.area(), factories.area()
    initiative = factories.initiative(owner=administration, areas=[energy])
    response = client.post(
        f"/sv/manage/initiatives/{initiative.slug}/",
        {
            "title_sv": initiative.title_sv,
            "summary_sv": "Sammanfattning.",
            "slug": initiative.slug,
            "innovation_type": "need",
            "owner": administration.pk,
            "stage": initiative.stage,
            "outcome": initiative.outcome,
            "areas": [mobility.pk],
            "partners-TOTAL_FORMS": "0",
            "partners-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code in (200, 302), response.text
    assert list(initiative.areas.all()) == [mobility]
    changed = AuditEntry.objects.filter(action="initiative.changed").latest("pk")
    assert (changed.before["areas"], changed.after["areas"]) == ([energy.pk], [mobility.pk])


def test_editor_cannot_give_an_initiative_to_another_administration(client, editor):
    other = factories.administration()
    response = client.post(
        "/sv/manage/initiatives/new/",
        {
            "title_sv": "Fel ägare",
            "summary_sv": "Sammanfattning.",
            "slug": "fel-agare",
            "innovation_type": "need",
            "owner": other.pk,
            "partners-TOTAL_FORMS": "0",
            "partners-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert not Initiative.objects.filter(slug="fel-agare").exists()


def test_gate_decision_through_the_page(client, editor, administration):
    initiative = factories.initiative(owner=administration)
    page = client.get(f"/sv/manage/initiatives/{initiative.slug}/gate/")
    assert "2. Utveckla och testa" in page.text
    response = client.post(
        f"/sv/manage/initiatives/{initiative.slug}/gate/",
        {
            "move": "2:active",
            "decided_on": "2026-11-01",
            "rationale": "Behovet är bekräftat.",
            "evidence": "",
        },
    )
    assert response.status_code == 302
    initiative.refresh_from_db()
    assert initiative.stage == 2
    assert initiative.stage_changes.latest("id").recorded_by == editor


def test_refused_gate_shows_the_reason_and_changes_nothing(client, editor, administration):
    initiative = factories.initiative(owner=administration, stage=Stage.SCALE)
    factories.kpi(initiative)  # an indicator, but nothing measured
    response = client.post(
        f"/sv/manage/initiatives/{initiative.slug}/gate/",
        {"move": "3:scaled", "decided_on": "2026-11-01", "rationale": "Dags att skala."},
    )
    assert response.status_code == 200
    assert "uppmätt" in response.text or "measured" in response.text
    initiative.refresh_from_db()
    assert initiative.outcome == Outcome.ACTIVE

    response = client.post(
        f"/sv/manage/initiatives/{initiative.slug}/gate/",
        {"move": "1:active", "decided_on": "2026-11-01", "rationale": "Tillbaka."},
    )
    assert response.status_code == 200, "a move the model does not offer is a form error"
    stopped = client.post(
        f"/sv/manage/initiatives/{initiative.slug}/gate/",
        {"move": "3:stopped", "decided_on": "2026-11-01", "rationale": "Avslutas."},
    )
    assert stopped.status_code == 200
    initiative.refresh_from_db()
    assert initiative.outcome == Outcome.ACTIVE


def test_effects_page_adds_indicator_and_measured_value(client, editor, administration):
    initiative = factories.initiative(owner=administration)
    url = f"/sv/manage/initiatives/{initiative.slug}/effects/"
    response = client.post(
        url, {"kpi-name_sv": "Andel elever med godkänt", "kpi-unit": "%", "kpi-baseline": "62"}
    )
    assert response.status_code == 302
    kpi = Kpi.objects.get(initiative=initiative)
    response = client.post(
        url,
        {
            "measurement-kpi": kpi.pk,
            "measurement-measured_on": "2026-06-15",
            "measurement-value": "71.5",
            "measurement-source": "Skolverkets statistik",
        },
    )
    assert response.status_code == 302
    assert KpiMeasurement.objects.get(kpi=kpi).value == 71.5
    bad = client.post(
        url, {"measurement-kpi": kpi.pk, "measurement-measured_on": "igår", "measurement-value": "x"}
    )
    assert bad.status_code == 200 and KpiMeasurement.objects.count() == 1


def test_administrator_gives_and_removes_roles(client):
    client.force_login(factories.staff(Role.ADMINISTRATOR))
    person = factories.user(email="anna.assessor@helsingborg.example")
    response = client.post(
        "/sv/manage/roles/", {"email": "ANNA.assessor@helsingborg.example", "role": "assessor"}
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.is_staff, "a role makes the person staff, who must use two-factor authentication"
    staff_role = StaffRole.objects.get(user=person)
    editor_without_administration = client.post(
        "/sv/manage/roles/", {"email": person.email, "role": "editor"}
    )
    assert editor_without_administration.status_code == 200
    assert StaffRole.objects.filter(user=person).count() == 1
    client.post(f"/sv/manage/roles/{staff_role.pk}/revoke/")
    person.refresh_from_db()
    assert not person.is_staff and not StaffRole.objects.filter(user=person).exists()
    assert AuditEntry.objects.filter(action="role.revoked").exists()


def test_audit_log_shows_before_and_after(client):
    client.force_login(factories.staff(Role.COACH))
    initiative = factories.initiative(title_sv="Gammal titel")
    initiative.title_sv = "Ny titel"
    from gnista.portfolio import services

    services.save_initiative(initiative)
    page = client.get("/sv/manage/audit/?action=initiative.changed").text
    assert "Gammal titel" in page and "Ny titel" in page
    assert client.get("/sv/manage/audit/?page=999&action=nonsense").status_code == 200


def test_editor_edits_only_their_administrations_challenges(client, editor, administration):
    own = factories.challenge(owner=administration, title_sv="Vår utmaning")
    other = factories.challenge(title_sv="Annans utmaning")
    assert client.get(f"/sv/manage/challenges/{other.slug}/").status_code == 403
    data = {
        "title_sv": "Vår utmaning, skärpt",
        "summary_sv": "Hur minskar vi frånvaron?",
        "slug": own.slug,
        "owner": administration.pk,
        "status": "open",
        "opens_on": "2026-10-01",
        "closes_on": "2026-09-01",
    }
    response = client.post(f"/sv/manage/challenges/{own.slug}/", data)
    assert response.status_code == 200, "closing before opening is a field error"
    response = client.post(f"/sv/manage/challenges/{own.slug}/", data | {"closes_on": "2026-12-31"})
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.title_sv == "Vår utmaning, skärpt"
    assert AuditEntry.objects.filter(action="challenge.saved", actor=editor).exists()


def test_a_refusal_about_a_field_the_gate_form_lacks_is_shown_not_a_server_error(
    client, editor, administration
):
    initiative = factories.initiative(owner=administration)
    # Stored data that no longer validates: the end lies before the start.
    Initiative.objects.filter(pk=initiative.pk).update(starts_on="2026-05-01", ends_on="2026-01-01")
    response = client.post(
        f"/sv/manage/initiatives/{initiative.slug}/gate/",
        {"move": "2:active", "decided_on": "2026-11-01", "rationale": "Vidare."},
    )
    assert response.status_code == 200
    initiative.refresh_from_db()
    assert initiative.stage == Stage.UNDERSTAND
