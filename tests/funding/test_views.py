"""The innovation fund's staff pages: every page for a role that may see it, the main
flows through the views, refusals, bad input and bounded query counts."""

import datetime
import re

import pytest
from django.urls import reverse

from gnista.funding.models import Application, ApplicationStatus, Assessment, Criterion, Fund, Grant, Verdict
from gnista.portfolio import services as portfolio_services
from gnista.portfolio.models import Role
from tests import factories

pytestmark = pytest.mark.django_db


def url(name, **kwargs):
    return reverse(f"funding:{name}", kwargs=kwargs)


PAGES = [
    ("applications", {}, "editor"),
    ("applications", {}, "assessor"),
    ("application-start", {}, "editor"),
    ("application-new", {"slug": "initiative"}, "editor"),
    ("application", {"pk": "submitted"}, "editor"),
    ("application", {"pk": "submitted"}, "assessor"),
    ("application", {"pk": "granted"}, "fund_manager"),
    ("application-edit", {"pk": "draft"}, "editor"),
    ("assess", {"pk": "submitted"}, "assessor"),
    ("assessments", {}, "assessor"),
    ("round", {"pk": "round"}, "fund_manager"),
    ("round", {"pk": "round"}, "coach"),
    ("funds", {}, "editor"),
    ("funds", {}, "fund_manager"),
    ("fund", {"slug": "fund"}, "fund_manager"),
    ("fund-new", {}, "fund_manager"),
    ("fund-edit", {"slug": "fund"}, "administrator"),
    ("round-new", {"slug": "fund"}, "fund_manager"),
    ("round-edit", {"pk": "round"}, "fund_manager"),
    ("grant", {"pk": "submitted"}, "fund_manager"),
    ("reject", {"pk": "submitted"}, "administrator"),
    ("spending-new", {"pk": "grant"}, "fund_manager"),
    ("criteria", {}, "assessor"),
    ("criterion-new", {}, "administrator"),
    ("criterion-revise", {"pk": "criterion"}, "administrator"),
    ("criterion-retire", {"pk": "criterion"}, "administrator"),
]


def resolve(world, kwargs):
    """Turn the names in a PAGES entry into the world's real slugs and keys."""
    objects = {"criterion": world.criteria[0]} | vars(world)
    resolved = {}
    for key, name in kwargs.items():
        item = objects[name]
        resolved[key] = item.slug if key == "slug" else item.pk
    return resolved


@pytest.mark.parametrize("name, kwargs, role", PAGES)
def test_every_page_renders_for_a_permitted_role(client, world, name, kwargs, role):
    client.force_login(getattr(world, role))

    response = client.get(url(name, **resolve(world, kwargs)))

    assert response.status_code == 200
    assert "<h1" in response.text
    assert " style=" not in response.text and "<script>" not in response.text


@pytest.mark.parametrize("name, kwargs, _role", PAGES)
def test_anonymous_visitors_are_sent_to_sign_in(client, world, name, kwargs, _role):
    path = url(name, **resolve(world, kwargs))

    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"].endswith(f"/accounts/login/?next={path}")


@pytest.mark.parametrize(
    "name, kwargs",
    [
        ("application", {"pk": "submitted"}),
        ("application-edit", {"pk": "draft"}),
        ("application-new", {"slug": "initiative"}),
        ("assess", {"pk": "submitted"}),
        ("grant", {"pk": "submitted"}),
        ("reject", {"pk": "submitted"}),
        ("round", {"pk": "round"}),
        ("fund-new", {}),
        ("fund-edit", {"slug": "fund"}),
        ("round-new", {"slug": "fund"}),
        ("criterion-new", {}),
        ("criterion-revise", {"pk": "criterion"}),
        ("assessments", {}),
    ],
)
def test_an_editor_of_another_administration_is_refused(client, world, name, kwargs):
    client.force_login(world.west_editor)

    assert client.get(url(name, **resolve(world, kwargs))).status_code == 403


def test_a_signed_in_person_without_a_role_is_refused(client, world):
    client.force_login(factories.user())

    assert client.get(url("applications")).status_code == 403
    assert client.get(url("funds")).status_code == 403


@pytest.mark.parametrize("path", ["applications/" + "9" * 30 + "/", "applications/12x/assess/", "funds/%00/"])
def test_nonsense_in_urls_is_a_404(client, world, path):
    client.force_login(world.administrator)

    assert client.get(f"/sv/manage/{path}").status_code == 404


def test_an_editor_sees_only_their_administrations_applications(client, world):
    client.force_login(world.editor)

    response = client.get(url("applications"))

    assert world.submitted.get_absolute_url() in response.text
    assert world.draft.get_absolute_url() in response.text
    assert world.granted.get_absolute_url() not in response.text
    assert client.get(world.granted.get_absolute_url()).status_code == 403


def test_the_application_list_filters(client, world):
    client.force_login(world.coach)

    granted_only = client.get(url("applications"), {"status": "granted"}).text
    by_administration = client.get(url("applications"), {"administration": world.east.slug}).text
    nonsense = client.get(url("applications"), {"status": "maybe", "round": "x", "page": "zz"})

    assert world.granted.get_absolute_url() in granted_only
    assert world.submitted.get_absolute_url() not in granted_only
    assert world.submitted.get_absolute_url() in by_administration
    assert world.granted.get_absolute_url() not in by_administration
    assert nonsense.status_code == 200
    assert "is not recognised and was ignored" in nonsense.text


def test_an_editor_creates_and_submits_an_application(client, world):
    client.force_login(world.editor)
    start = client.get(url("application-start"), {"initiative": world.initiative.slug})
    assert start["Location"] == url("application-new", slug=world.initiative.slug)

    response = client.post(
        url("application-new", slug=world.initiative.slug),
        {
            "round": world.round.pk,
            "amount_requested": "450000",
            "co_funding": "100000",
            "plan": "Vi bygger en prototyp och testar den med tre skolor.",
            "period_starts_on": "2027-01-01",
            "period_ends_on": "2027-12-31",
        },
    )

    application = Application.objects.get(plan__startswith="Vi bygger")
    assert response.status_code == 302
    assert response["Location"] == application.get_absolute_url()
    assert application.status == ApplicationStatus.DRAFT
    assert application.applicant == world.editor
    assert (application.amount_requested, application.co_funding) == (450_000, 100_000)
    detail = client.get(application.get_absolute_url())
    assert url("application-submit", pk=application.pk) in detail.text
    assert "450\u00a0000\u00a0kr" in detail.text

    client.post(url("application-submit", pk=application.pk))

    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED
    assert set(application.criteria.all()) == set(world.criteria)


def test_an_editor_edits_and_withdraws_their_application(client, world):
    client.force_login(world.editor)

    client.post(
        url("application-edit", pk=world.draft.pk),
        {
            "round": world.round.pk,
            "amount_requested": "120000",
            "co_funding": "0",
            "plan": "En ny plan.",
            "period_starts_on": "2027-01-01",
            "period_ends_on": "2027-06-30",
        },
    )
    client.post(url("application-withdraw", pk=world.draft.pk))

    world.draft.refresh_from_db()
    assert (world.draft.amount_requested, world.draft.plan) == (120_000, "En ny plan.")
    assert world.draft.status == ApplicationStatus.WITHDRAWN
    assert client.get(url("application-edit", pk=world.draft.pk)).status_code == 403


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"round": "x", "amount_requested": "lots", "co_funding": "-5", "period_starts_on": "31/31/2026"},
        {
            "amount_requested": "9" * 40,
            "plan": "Plan",
            "period_starts_on": "2027-02-01",
            "period_ends_on": "2027-01-01",
        },
    ],
)
def test_bad_application_input_gives_errors_and_changes_nothing(client, world, data):
    client.force_login(world.editor)
    count = Application.objects.count()

    response = client.post(url("application-new", slug=world.initiative.slug), data)

    assert response.status_code == 200
    assert "The form could not be saved" in response.text
    assert Application.objects.count() == count


def test_an_editor_of_another_administration_cannot_apply_or_submit(client, world):
    client.force_login(world.west_editor)

    assert client.post(url("application-new", slug=world.initiative.slug), {}).status_code == 403
    assert client.post(url("application-submit", pk=world.draft.pk)).status_code == 403
    assert client.post(url("application-withdraw", pk=world.submitted.pk)).status_code == 403
    world.draft.refresh_from_db()
    assert world.draft.status == ApplicationStatus.DRAFT


def full_assessment(criteria, verdict=Verdict.MET):
    data = {f"verdict_{criterion.pk}": verdict for criterion in criteria}
    data |= {f"comment_{criterion.pk}": f"Om {criterion.title}" for criterion in criteria}
    return data | {"comment": "Ett starkt förslag."}


def test_an_assessor_assesses_with_the_whole_form(client, world):
    client.force_login(world.assessor)

    response = client.post(url("assess", pk=world.submitted.pk), full_assessment(world.criteria))

    assert response.status_code == 302
    assert response["Location"] == url("assessments")
    assessment = Assessment.objects.get(application=world.submitted, assessor=world.assessor)
    assert assessment.completed_at is not None
    assert assessment.comment == "Ett starkt förslag."
    assert assessment.answers.filter(verdict=Verdict.MET).count() == 9
    done = client.get(url("assessments")).text
    assert world.submitted.get_absolute_url() in done


def test_a_partial_assessment_is_saved_and_shown_again(client, world):
    client.force_login(world.assessor)
    first = world.criteria[0]

    response = client.post(url("assess", pk=world.submitted.pk), {f"verdict_{first.pk}": Verdict.NOT_MET})

    assert response["Location"] == url("assess", pk=world.submitted.pk)
    assessment = Assessment.objects.get(application=world.submitted, assessor=world.assessor)
    assert assessment.completed_at is None
    page = client.get(url("assess", pk=world.submitted.pk)).text
    assert re.search(f'name="verdict_{first.pk}" value="not_met"[^>]*checked', page)
    assert "1 of 9 criteria answered" in page


def test_an_assessor_saves_one_criterion_in_place_with_htmx(client, world):
    client.force_login(world.assessor)
    client.post(url("assess", pk=world.submitted.pk), {"comment": "Övergripande"})
    second = world.criteria[1]
    data = full_assessment(world.criteria[:1], Verdict.NOT_MET) | {
        f"verdict_{second.pk}": Verdict.NOT_APPLICABLE,
        f"comment_{second.pk}": "Gäller inte här.",
        "comment": "Ska inte sparas av en rad",
        "save_criterion": str(second.pk),
    }

    response = client.post(url("assess", pk=world.submitted.pk), data, headers={"HX-Request": "true"})

    assert response.status_code == 200
    assert "<html" not in response.text
    assert f'id="criterion-{second.pk}"' in response.text
    assert 'hx-swap-oob="innerHTML"' in response.text
    assert "1 of 9 criteria answered" in response.text
    assessment = Assessment.objects.get(application=world.submitted, assessor=world.assessor)
    assert [(answer.criterion, answer.verdict, answer.comment) for answer in assessment.answers.all()] == [
        (second, Verdict.NOT_APPLICABLE, "Gäller inte här.")
    ], "only the criterion whose button was pressed is saved"
    assert assessment.comment == "Övergripande"


def test_an_htmx_row_with_a_comment_but_no_verdict_shows_the_error_in_place(client, world):
    client.force_login(world.assessor)
    first = world.criteria[0]

    response = client.post(
        url("assess", pk=world.submitted.pk),
        {f"comment_{first.pk}": "Bara en kommentar", "save_criterion": str(first.pk)},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    assert "Choose met, not met or not applicable to save the comment." in response.text
    assert "criterion--error" in response.text
    assert not Assessment.objects.exists()


def test_an_htmx_row_for_an_unknown_criterion_is_a_bad_request(client, world):
    client.force_login(world.assessor)

    response = client.post(
        url("assess", pk=world.submitted.pk), {"save_criterion": "nonsense"}, headers={"HX-Request": "true"}
    )

    assert response.status_code == 400


def test_a_whole_form_with_a_bad_verdict_changes_nothing(client, world):
    client.force_login(world.assessor)
    first = world.criteria[0]

    response = client.post(url("assess", pk=world.submitted.pk), {f"verdict_{first.pk}": "perhaps"})

    assert response.status_code == 200
    assert "The assessment could not be saved" in response.text
    assert not Assessment.objects.exists()


def test_an_assessor_cannot_assess_an_application_of_their_own_administration(client, world):
    portfolio_services.grant_role(world.editor, Role.ASSESSOR)
    client.force_login(world.editor)

    assert client.get(url("assess", pk=world.submitted.pk)).status_code == 403
    assert (
        client.post(url("assess", pk=world.submitted.pk), full_assessment(world.criteria)).status_code == 403
    )
    assert not Assessment.objects.exists()
    assert world.submitted.get_absolute_url() not in client.get(url("assessments")).text
    assert "assessment-table" not in client.get(world.submitted.get_absolute_url()).text


def test_the_application_shows_each_assessors_view_and_disagreements(client, world):
    first, second = world.criteria[0], world.criteria[1]
    factories.assessment(world.submitted, verdicts={first: Verdict.NOT_APPLICABLE})
    factories.assessment(world.submitted, verdicts={second: Verdict.NOT_MET})
    client.force_login(world.fund_manager)

    page = client.get(world.submitted.get_absolute_url()).text

    assert page.count('class="row--disagreement"') == 2
    assert page.count("(assessors disagree)") == 2
    assert "<strong>8.0</strong>" in page  # each found eight of nine criteria met
    assert "Motivering för" in page


def test_the_application_shows_the_criterion_it_was_assessed_against_after_a_revision(client, world):
    factories.assessment(world.submitted)
    client.force_login(world.administrator)

    client.post(
        url("criterion-revise", pk=world.criteria[0].pk),
        {"title_sv": "Löser ett tydligt behov", "title_en": "Meets a clear need", "position": "1"},
    )

    assert Criterion.objects.filter(title_sv="Löser ett tydligt behov", replaces=world.criteria[0]).exists()
    page = client.get(world.submitted.get_absolute_url()).text
    assert factories.CRITERIA[0] in page
    assert "Since revised as “Meets a clear need”" in page
    criteria_page = client.get(url("criteria")).text
    assert "Meets a clear need" in criteria_page and factories.CRITERIA[0] in criteria_page


def test_an_administrator_adds_and_retires_criteria(client, world):
    client.force_login(world.administrator)

    client.post(url("criterion-new"), {"title_sv": "Hållbar", "position": "10"})
    added = Criterion.objects.get(title_sv="Hållbar")
    client.post(url("criterion-retire", pk=added.pk))
    again = client.post(url("criterion-retire", pk=added.pk), follow=True)

    added.refresh_from_db()
    assert added.retired_at is not None
    assert "already been retired" in again.text
    assert client.post(url("criterion-new"), {"title_sv": ""}).status_code == 200


def test_a_fund_manager_grants_money(client, world):
    client.force_login(world.fund_manager)
    form = client.get(url("grant", pk=world.submitted.pk)).text
    assert 'value="300000"' in form, "the amount requested is the starting point"

    response = client.post(
        url("grant", pk=world.submitted.pk),
        {
            "amount": "250000",
            "decided_on": "2026-11-20",
            "decision": "Beviljas.",
            "conditions": "Rapport i juni.",
        },
    )

    assert response["Location"] == world.submitted.get_absolute_url()
    grant = Grant.objects.get(application=world.submitted)
    assert (grant.amount, grant.decided_on, grant.decided_by) == (
        250_000,
        datetime.date(2026, 11, 20),
        world.fund_manager,
    )
    assert client.get(url("grant", pk=world.submitted.pk)).status_code == 403, "decided once"


def test_over_commitment_through_the_view_is_a_form_error(client, world):
    client.force_login(world.fund_manager)

    response = client.post(
        url("grant", pk=world.submitted.pk),
        {"amount": "950000", "decided_on": "2026-11-20", "decision": "Beviljas."},
    )

    assert response.status_code == 200
    assert (
        "The fund cannot cover this: 900\u00a0000 kr of 1\u00a0000\u00a0000 kr remain uncommitted."
        in response.text
    )
    assert not Grant.objects.filter(application=world.submitted).exists()


def test_a_grant_with_missing_fields_gets_errors(client, world):
    client.force_login(world.fund_manager)

    response = client.post(url("grant", pk=world.submitted.pk), {"amount": "abc"})

    assert response.status_code == 200
    assert response.text.count("<li><a href=") >= 3
    assert not Grant.objects.filter(application=world.submitted).exists()


def test_a_fund_manager_rejects(client, world):
    client.force_login(world.fund_manager)

    client.post(url("reject", pk=world.submitted.pk), {"decision": "Avslås."})

    world.submitted.refresh_from_db()
    assert world.submitted.status == ApplicationStatus.REJECTED
    page = client.get(world.submitted.get_absolute_url()).text
    assert "Avslås." in page and "Rejected" in page
    assert url("grant", pk=world.submitted.pk) not in page


def test_an_editor_cannot_decide(client, world):
    client.force_login(world.editor)

    assert client.post(url("grant", pk=world.submitted.pk), {"amount": "1"}).status_code == 403
    assert client.post(url("reject", pk=world.submitted.pk), {"decision": "Nej"}).status_code == 403


def test_the_owners_editor_reports_spending_but_not_past_the_grant(client, world):
    client.force_login(world.west_editor)

    client.post(
        url("spending-new", pk=world.grant.pk),
        {"amount": "40000", "spent_on": "2026-11-01", "note": "Konsult"},
    )
    too_much = client.post(
        url("spending-new", pk=world.grant.pk), {"amount": "70000", "spent_on": "2026-11-02", "note": "Mer"}
    )

    assert world.grant.spent() == 40_000
    assert "Konsult" in client.get(world.granted.get_absolute_url()).text
    assert too_much.status_code == 200
    assert "Only 60\u00a0000 kr of the grant of 100\u00a0000 kr remain to be spent." in too_much.text
    client.force_login(world.editor)
    assert client.get(url("spending-new", pk=world.grant.pk)).status_code == 403


def test_a_fund_manager_creates_a_fund_and_a_round(client, world):
    client.force_login(world.fund_manager)

    response = client.post(
        url("fund-new"),
        {
            "name_sv": "Klimatfonden",
            "slug": "klimatfonden",
            "budget": "2000000",
            "currency": "SEK",
            "starts_on": "2027-01-01",
            "ends_on": "2027-12-31",
        },
    )
    fund = Fund.objects.get(slug="klimatfonden")
    client.post(
        url("round-new", slug=fund.slug),
        {"name_sv": "Vår 2027", "opens_on": "2027-02-01", "closes_on": "2027-03-01"},
    )

    assert response["Location"] == url("fund", slug="klimatfonden")
    assert fund.rounds.get().name == "Vår 2027"
    assert "Vår 2027" in client.get(url("fund", slug=fund.slug)).text


@pytest.mark.parametrize(
    "data",
    [
        {
            "name_sv": "Ny",
            "slug": "new",
            "budget": "1",
            "currency": "SEK",
            "starts_on": "2027-01-01",
            "ends_on": "2027-12-31",
        },
        {
            "name_sv": "Ny",
            "slug": "ny",
            "budget": "x",
            "currency": "SEK",
            "starts_on": "2027-12-31",
            "ends_on": "2027-01-01",
        },
        {},
    ],
)
def test_bad_fund_input_gives_errors(client, world, data):
    client.force_login(world.fund_manager)

    response = client.post(url("fund-new"), data)

    assert response.status_code == 200
    assert "The form could not be saved" in response.text
    assert Fund.objects.count() == 1


def test_a_funds_budget_cannot_be_lowered_below_its_grants_through_the_form(client, world):
    client.force_login(world.fund_manager)
    data = {
        "name_sv": world.fund.name_sv,
        "slug": world.fund.slug,
        "budget": "50000",
        "currency": "SEK",
        "starts_on": "2026-01-01",
        "ends_on": "2028-12-31",
    }

    response = client.post(url("fund-edit", slug=world.fund.slug), data)

    assert response.status_code == 200
    world.fund.refresh_from_db()
    assert world.fund.budget == 1_000_000


def test_the_fund_overview_shows_the_numbers_as_text(client, world):
    client.force_login(world.editor)

    page = client.get(url("funds")).text

    assert "1\u00a0000\u00a0000\u00a0kr" in page  # budget
    assert "100\u00a0000\u00a0kr" in page  # granted
    assert "900\u00a0000\u00a0kr" in page  # remaining
    assert "10 % granted" in page
    assert 'aria-hidden="true"' in page and "<svg" in page


def test_the_round_ranks_its_applications(client, world):
    factories.assessment(world.submitted)
    client.force_login(world.coach)

    page = client.get(url("round", pk=world.round.pk)).text

    assert page.index(world.submitted.get_absolute_url()) < page.index(world.granted.get_absolute_url())
    assert world.draft.get_absolute_url() not in page


def more_applications(world, count):
    for _number in range(count):
        application = factories.application(factories.initiative(owner=world.east), world.round)
        factories.assessment(
            application, assessor=world.assessor, default=None, verdicts={world.criteria[0]: "met"}
        )


@pytest.mark.parametrize(
    "name, kwargs, role, most",
    [
        ("applications", {}, "coach", 10),
        ("applications", {}, "editor", 11),
        ("assessments", {}, "assessor", 9),
        ("round", {"pk": "round"}, "fund_manager", 9),
        ("funds", {}, "fund_manager", 19),
        ("fund", {"slug": "fund"}, "fund_manager", 19),
        ("criteria", {}, "administrator", 6),
    ],
)
def test_list_pages_take_a_bounded_number_of_queries(
    client, world, django_assert_max_num_queries, name, kwargs, role, most
):
    """The same number of queries for a dozen more applications (with assessments)."""
    client.force_login(getattr(world, role))
    more_applications(world, 12)
    path = url(name, **resolve(world, kwargs))
    client.get(path)  # the first request of a session also checks two-factor authentication

    with django_assert_max_num_queries(most):
        response = client.get(path)

    assert response.status_code == 200
