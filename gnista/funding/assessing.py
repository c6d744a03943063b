"""Reading assessments together: each assessor's view, the count of criteria met, the
mean across assessors, where they disagree, and the ranking of a round."""

from dataclasses import dataclass, field

from django.db.models import Count, Q

from .models import Application, Assessment, Criterion, FundingRound, Verdict


@dataclass
class CriterionRow:
    criterion: Criterion
    answers: list  # one Answer or None per assessment, in the order of Summary.assessments
    disagreement: bool

    @property
    def verdict_count(self) -> int:
        return sum(answer is not None for answer in self.answers)


@dataclass
class Summary:
    assessments: list[Assessment]
    rows: list[CriterionRow]
    met_counts: list[int] = field(default_factory=list)

    @property
    def completed(self) -> list[Assessment]:
        return [assessment for assessment in self.assessments if assessment.completed_at]

    @property
    def mean_met(self) -> float | None:
        counts = [count for assessment, count in self.columns if assessment.completed_at]
        return sum(counts) / len(counts) if counts else None

    @property
    def columns(self) -> list[tuple[Assessment, int]]:
        """Each assessment with its count of criteria met, in column order."""
        return list(zip(self.assessments, self.met_counts, strict=True))

    @property
    def disagreements(self) -> int:
        return sum(row.disagreement for row in self.rows)


def summarise(application: Application) -> Summary:
    """Two assessors disagree on a criterion when both gave a verdict and the verdicts
    differ ("not applicable" counts as a verdict of its own)."""
    assessments = list(
        application.assessments.select_related("assessor").prefetch_related("answers").order_by("id")
    )
    criteria = list(application.criteria.select_related("successor").order_by("position", "id"))
    answers_by_assessment = [{answer.criterion_id: answer for answer in a.answers.all()} for a in assessments]
    rows = []
    for criterion in criteria:
        answers = [by_criterion.get(criterion.pk) for by_criterion in answers_by_assessment]
        verdicts = {answer.verdict for answer in answers if answer is not None}
        rows.append(CriterionRow(criterion, answers, disagreement=len(verdicts) > 1))
    met_counts = [
        sum(1 for answer in by_criterion.values() if answer.verdict == Verdict.MET)
        for by_criterion in answers_by_assessment
    ]
    return Summary(assessments, rows, met_counts)


def ranked(funding_round: FundingRound):
    """The round's applications, best first: mean criteria met over completed
    assessments, computed in the database. Each gets a `rank`; equal means share one
    ("1, 2, 2, 4") and applications without a completed assessment have none."""
    completed = Q(assessments__completed_at__isnull=False)
    applications = (
        funding_round.applications.exclude(status="draft")
        .select_related("initiative", "initiative__owner")
        .annotate(
            met=Count(
                "assessments__answers", filter=completed & Q(assessments__answers__verdict=Verdict.MET)
            ),
            assessors=Count("assessments", filter=completed, distinct=True),
        )
    )
    rows = []
    for application in applications:
        application.mean_met = application.met / application.assessors if application.assessors else None
        rows.append(application)
    rows.sort(key=lambda a: (a.mean_met is None, -(a.mean_met or 0), -a.assessors, a.pk))
    for position, application in enumerate(rows, 1):
        if application.mean_met is None:
            application.rank = None
        elif position > 1 and application.mean_met == rows[position - 2].mean_met:
            application.rank = rows[position - 2].rank
        else:
            application.rank = position
    return rows
