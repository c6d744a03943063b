"""Reading assessments together: met counts, the mean, disagreements, the ranking of a
round, and criteria revised after an application was assessed."""

import pytest
from django.core.exceptions import ValidationError

from gnista.funding import assessing, services
from gnista.funding.models import Answer, ApplicationStatus, Criterion, Verdict
from gnista.portfolio.models import Role
from tests import factories

pytestmark = pytest.mark.django_db

MET, NOT_MET, NOT_APPLICABLE = Verdict.MET, Verdict.NOT_MET, Verdict.NOT_APPLICABLE


@pytest.fixture
def criteria():
    return factories.criteria()


def test_met_counts_and_the_mean_over_completed_assessments_only(criteria):
    application = factories.application()
    factories.assessment(application)  # all nine met
    factories.assessment(application, verdicts={criterion: NOT_MET for criterion in criteria[:3]})  # six met
    factories.assessment(application, verdicts={criteria[0]: MET, criteria[1]: MET}, default=None)  # begun

    summary = assessing.summarise(application)

    assert summary.met_counts == [9, 6, 2]
    assert [assessment.completed_at is not None for assessment in summary.assessments] == [True, True, False]
    assert len(summary.completed) == 2
    assert summary.mean_met == 7.5  # (9 + 6) / 2: the begun assessment does not count


def test_no_mean_before_an_assessment_is_completed(criteria):
    application = factories.application()
    factories.assessment(application, verdicts={criteria[0]: MET}, default=None)

    assert assessing.summarise(application).mean_met is None


def test_not_applicable_counts_as_a_verdict_of_its_own(criteria):
    application = factories.application()
    factories.assessment(application, verdicts={criteria[0]: MET, criteria[1]: NOT_MET, criteria[2]: MET})
    factories.assessment(
        application, verdicts={criteria[0]: NOT_APPLICABLE, criteria[1]: NOT_MET, criteria[2]: NOT_MET}
    )

    rows = assessing.summarise(application).rows

    assert rows[0].disagreement, "met against not applicable"
    assert not rows[1].disagreement, "both not met"
    assert rows[2].disagreement, "met against not met"
    assert not any(row.disagreement for row in rows[3:]), "both met"
    assert assessing.summarise(application).disagreements == 2


def test_one_verdict_alone_is_no_disagreement(criteria):
    application = factories.application()
    factories.assessment(application, verdicts={criteria[0]: MET}, default=None)
    factories.assessment(application, verdicts={criteria[1]: NOT_MET}, default=None)

    summary = assessing.summarise(application)

    assert summary.disagreements == 0
    assert [row.verdict_count for row in summary.rows[:3]] == [1, 1, 0]


def test_the_summary_keeps_each_assessors_column(criteria):
    application = factories.application()
    first = factories.assessment(application, verdicts={criteria[0]: NOT_MET})
    second = factories.assessment(application, default=None, verdicts={criteria[1]: MET})

    summary = assessing.summarise(application)

    assert [assessment.pk for assessment, _met in summary.columns] == [first.pk, second.pk]
    assert summary.rows[0].answers[0].verdict == NOT_MET
    assert summary.rows[0].answers[1] is None
    assert summary.rows[1].answers[1].verdict == MET


def test_a_round_is_ranked_by_the_mean_met(criteria):
    funding_round = factories.funding_round()
    best = factories.application(round_=funding_round)
    factories.assessment(best)
    factories.assessment(best, verdicts={criteria[0]: NOT_MET})  # 9 and 8: mean 8.5
    middle = factories.application(round_=funding_round)
    factories.assessment(middle, verdicts={criterion: NOT_MET for criterion in criteria[:4]})  # 5
    tied = factories.application(round_=funding_round)
    factories.assessment(tied, verdicts={criterion: NOT_APPLICABLE for criterion in criteria[:4]})  # 5
    unassessed = factories.application(round_=funding_round)
    factories.assessment(unassessed, verdicts={criteria[0]: MET}, default=None)  # begun only
    factories.application(round_=funding_round, submitted=False)  # a draft is not in the ranking
    factories.application()  # another round

    ranked = assessing.ranked(funding_round)

    assert [application.pk for application in ranked] == [best.pk, middle.pk, tied.pk, unassessed.pk]
    assert [application.mean_met for application in ranked] == [8.5, 5, 5, None]
    assert [application.rank for application in ranked] == [1, 2, 2, None]
    assert [application.assessors for application in ranked] == [2, 1, 1, 0]


def test_withdrawn_and_decided_applications_stay_in_the_ranking(criteria):
    funding_round = factories.funding_round()
    granted = factories.application(round_=funding_round)
    factories.assessment(granted)
    factories.grant(granted)
    withdrawn = factories.application(round_=funding_round)
    services.withdraw_application(withdrawn, by=None)

    ranked = assessing.ranked(funding_round)

    assert [(application.pk, application.status) for application in ranked] == [
        (granted.pk, ApplicationStatus.GRANTED),
        (withdrawn.pk, ApplicationStatus.WITHDRAWN),
    ]


def test_a_revised_criterion_leaves_the_old_application_with_the_old_one(criteria):
    old_application = factories.application()
    factories.assessment(old_application)
    administrator = factories.staff(Role.ADMINISTRATOR)

    revised = services.revise_criterion(criteria[0], by=administrator, title_sv="Löser ett tydligt behov")
    new_application = factories.application()

    criteria[0].refresh_from_db()
    assert criteria[0].retired_at is not None
    assert revised.replaces == criteria[0]
    assert revised.position == criteria[0].position
    old_rows = assessing.summarise(old_application).rows
    assert old_rows[0].criterion == criteria[0]
    assert old_rows[0].criterion.title == factories.CRITERIA[0]
    assert old_rows[0].criterion.successor == revised
    assert old_rows[0].answers[0].verdict == MET
    assert revised in new_application.criteria.all()
    assert criteria[0] not in new_application.criteria.all()
    assert new_application.criteria.count() == 9


def test_a_retired_criterion_is_left_out_of_new_applications(criteria):
    services.retire_criterion(criteria[8], by=None)

    application = factories.application()

    assert set(application.criteria.all()) == set(criteria[:8])
    with pytest.raises(ValidationError):
        services.retire_criterion(criteria[8], by=None)


def test_a_replaced_criterion_cannot_be_revised_again(criteria):
    services.revise_criterion(criteria[0], by=None, title_sv="Ny lydelse")

    with pytest.raises(ValidationError):
        services.revise_criterion(criteria[0], by=None, title_sv="Ännu en lydelse")
    assert Criterion.objects.current().count() == 9


def test_an_assessment_is_complete_when_every_criterion_has_a_verdict(criteria):
    application = factories.application()
    assessor = factories.staff(Role.ASSESSOR)
    first_half = {criterion.pk: (MET, "") for criterion in criteria[:5]}
    rest = {criterion.pk: (NOT_MET, "") for criterion in criteria[5:]}

    assessment = services.assess(application, assessor=assessor, verdicts=first_half, comment="Lovande")
    assert assessment.completed_at is None

    assessment = services.assess(application, assessor=assessor, verdicts=rest)
    assert assessment.completed_at is not None
    assert assessment.comment == "Lovande", "saving criteria alone keeps the overall comment"
    assert Answer.objects.filter(assessment=assessment).count() == 9


def test_verdicts_on_unknown_criteria_or_unknown_verdicts_are_refused(criteria):
    application = factories.application()
    other = Criterion.objects.create(title_sv="Inte med i ansökan", retired_at="2026-01-01T00:00Z")
    assessor = factories.staff(Role.ASSESSOR)

    with pytest.raises(ValidationError):
        services.assess(application, assessor=assessor, verdicts={other.pk: (MET, "")})
    with pytest.raises(ValidationError):
        services.assess(application, assessor=assessor, verdicts={criteria[0].pk: ("maybe", "")})
    assert not Answer.objects.exists()


def test_a_draft_cannot_be_assessed(criteria):
    draft = factories.application(submitted=False)

    with pytest.raises(ValidationError):
        services.assess(draft, assessor=factories.staff(Role.ASSESSOR), verdicts={})
