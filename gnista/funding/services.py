"""Every decision about the fund: applying, assessing, granting, rejecting, reporting
spending and revising the criteria. Views, admin, demo loader and API call these."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from gnista.audit.log import record, snapshot

from .models import (
    Answer,
    Application,
    ApplicationStatus,
    Assessment,
    Criterion,
    Fund,
    FundingRound,
    Grant,
    Spending,
    Verdict,
)


@transaction.atomic
def save_application(application: Application, *, by) -> Application:
    """Create or change an application while it is a draft or being assessed."""
    application.full_clean()
    before = None
    if application.pk:
        stored = Application.objects.select_for_update().get(pk=application.pk)
        if stored.status not in (ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED):
            raise ValidationError(_("A decided or withdrawn application can no longer be changed."))
        before = snapshot(stored)
    elif application.applicant_id is None and getattr(by, "is_authenticated", False):
        application.applicant = by
    application.save()
    record(by, "application.saved", application, before, snapshot(application))
    return application


@transaction.atomic
def submit_application(application: Application, *, by) -> Application:
    """Send a draft for assessment, against the criteria in force today."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status != ApplicationStatus.DRAFT:
        raise ValidationError(_("Only a draft can be submitted."))
    before = snapshot(application)
    application.status = ApplicationStatus.SUBMITTED
    application.submitted_at = timezone.now()
    application.save()
    application.criteria.set(Criterion.objects.current())
    record(by, "application.submitted", application, before, snapshot(application))
    return application


@transaction.atomic
def withdraw_application(application: Application, *, by) -> Application:
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status not in (ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED):
        raise ValidationError(_("A decided application cannot be withdrawn."))
    before = snapshot(application)
    application.status = ApplicationStatus.WITHDRAWN
    application.save()
    record(by, "application.withdrawn", application, before, snapshot(application))
    return application


@transaction.atomic
def assess(
    application: Application,
    *,
    assessor,
    verdicts: dict[int, tuple[str, str]],
    comment: str | None = None,
) -> Assessment:
    """Record (or update) one assessor's verdicts: {criterion id: (verdict, comment)}.
    The assessment is complete when every criterion of the application has a verdict.
    Without `comment` the overall comment stays as it is, so one criterion at a time can
    be saved."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status != ApplicationStatus.SUBMITTED:
        raise ValidationError(_("Only a submitted application can be assessed."))
    criteria = {criterion.pk: criterion for criterion in application.criteria.all()}
    unknown = set(verdicts) - set(criteria)
    if unknown:
        raise ValidationError(
            _("The application is not assessed against these criteria: %(ids)s.") % {"ids": sorted(unknown)}
        )
    for verdict, _comment in verdicts.values():
        if verdict not in Verdict.values:
            raise ValidationError(_("“%(verdict)s” is not a verdict.") % {"verdict": verdict})
    assessment, created = Assessment.objects.get_or_create(application=application, assessor=assessor)
    before = None if created else assessment_snapshot(assessment)
    if comment is not None:
        assessment.comment = comment
    for criterion_id, (verdict, answer_comment) in verdicts.items():
        Answer.objects.update_or_create(
            assessment=assessment,
            criterion_id=criterion_id,
            defaults={"verdict": verdict, "comment": answer_comment},
        )
    answered = assessment.answers.filter(criterion__in=criteria).count()
    assessment.completed_at = (
        (assessment.completed_at or timezone.now()) if answered == len(criteria) else None
    )
    assessment.save()
    record(assessor, "assessment.saved", assessment, before, assessment_snapshot(assessment))
    return assessment


def assessment_snapshot(assessment: Assessment) -> dict:
    data = snapshot(assessment, ["comment", "completed_at"])
    data["answers"] = {
        str(answer.criterion_id): [answer.verdict, answer.comment] for answer in assessment.answers.all()
    }
    return data


@transaction.atomic
def grant(
    application: Application,
    *,
    amount: int,
    by,
    decision: str,
    conditions: str = "",
    decided_on: datetime.date | None = None,
) -> Grant:
    """Grant money to an application from its round's fund.

    The fund row is locked before the committed sum is read, so two decisions at the
    same time cannot together over-commit the fund: on PostgreSQL by SELECT ... FOR
    UPDATE, on SQLite because transactions begin IMMEDIATE and so hold the write lock."""
    application = Application.objects.select_for_update().select_related("round").get(pk=application.pk)
    fund = Fund.objects.select_for_update().get(pk=application.round.fund_id)
    if application.status != ApplicationStatus.SUBMITTED:
        raise ValidationError(_("Only a submitted application can be granted money."))
    if amount is None or amount < 1:
        raise ValidationError({"amount": _("The amount must be at least 1 kr.")})
    if not decision.strip():
        raise ValidationError({"decision": _("Write the decision.")})
    committed = Grant.objects.filter(fund=fund).aggregate(total=Sum("amount"))["total"] or 0
    if committed + amount > fund.budget:
        raise ValidationError(
            {
                "amount": _(
                    "The fund cannot cover this: %(remaining)s kr of %(budget)s kr remain uncommitted."
                )
                % {"remaining": format_kr(fund.budget - committed), "budget": format_kr(fund.budget)}
            }
        )
    new_grant = Grant.objects.create(
        application=application,
        fund=fund,
        amount=amount,
        decided_on=decided_on or timezone.localdate(),
        decision=decision,
        conditions=conditions,
        decided_by=by if getattr(by, "is_authenticated", False) else None,
    )
    before = snapshot(application, ["status", "decision"])
    application.status = ApplicationStatus.GRANTED
    application.decision = decision
    application.save()
    record(by, "grant.decided", new_grant, None, snapshot(new_grant))
    record(by, "application.granted", application, before, snapshot(application, ["status", "decision"]))
    return new_grant


@transaction.atomic
def reject(application: Application, *, by, decision: str) -> Application:
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status != ApplicationStatus.SUBMITTED:
        raise ValidationError(_("Only a submitted application can be rejected."))
    if not decision.strip():
        raise ValidationError({"decision": _("Write the decision.")})
    before = snapshot(application, ["status", "decision"])
    application.status = ApplicationStatus.REJECTED
    application.decision = decision
    application.save()
    record(by, "application.rejected", application, before, snapshot(application, ["status", "decision"]))
    return application


@transaction.atomic
def report_spending(grant_: Grant, *, amount: int, spent_on: datetime.date, note: str, by) -> Spending:
    """Report money spent against a grant; the spending can never exceed the grant."""
    locked = Grant.objects.select_for_update().get(pk=grant_.pk)
    spending = Spending(grant=locked, amount=amount, spent_on=spent_on, note=note, reported_by=by)
    spending.full_clean()
    spent = locked.spendings.aggregate(total=Sum("amount"))["total"] or 0
    if spent + amount > locked.amount:
        raise ValidationError(
            {
                "amount": _("Only %(remaining)s kr of the grant of %(granted)s kr remain to be spent.")
                % {"remaining": format_kr(locked.amount - spent), "granted": format_kr(locked.amount)}
            }
        )
    spending.save()
    record(by, "spending.reported", spending, None, snapshot(spending))
    return spending


@transaction.atomic
def revise_criterion(criterion: Criterion | None, *, by, **texts) -> Criterion:
    """Add a criterion (criterion=None) or revise one: the old version is retired and
    stays attached to the assessments made against it."""
    new = Criterion(**texts)
    if criterion is not None:
        old = Criterion.objects.select_for_update().get(pk=criterion.pk)
        if old.retired_at is not None:
            raise ValidationError(_("This criterion has already been replaced."))
        new.position = texts.get("position", old.position)
        new.replaces = old
        old.retired_at = timezone.now()
        old.save()
    new.full_clean()
    new.save()
    record(
        by,
        "criterion.revised" if criterion else "criterion.added",
        new,
        snapshot(criterion) if criterion else None,
        snapshot(new),
    )
    return new


@transaction.atomic
def retire_criterion(criterion: Criterion, *, by) -> Criterion:
    criterion = Criterion.objects.select_for_update().get(pk=criterion.pk)
    if criterion.retired_at is not None:
        raise ValidationError(_("This criterion has already been retired."))
    before = snapshot(criterion)
    criterion.retired_at = timezone.now()
    criterion.save()
    record(by, "criterion.retired", criterion, before, snapshot(criterion))
    return criterion


@transaction.atomic
def save_fund(fund: Fund, *, by) -> Fund:
    """Create or change a fund. Its budget can never drop below what it has granted."""
    fund.full_clean()
    before = None
    if fund.pk:
        stored = Fund.objects.select_for_update().get(pk=fund.pk)
        before = snapshot(stored)
        committed = Grant.objects.filter(fund=stored).aggregate(total=Sum("amount"))["total"] or 0
        if fund.budget < committed:
            raise ValidationError(
                {
                    "budget": _("The fund has already granted %(committed)s kr; the budget cannot be less.")
                    % {"committed": format_kr(committed)}
                }
            )
    fund.save()
    record(by, "fund.saved", fund, before, snapshot(fund))
    return fund


@transaction.atomic
def save_round(funding_round: FundingRound, *, by) -> FundingRound:
    funding_round.full_clean()
    before = snapshot(FundingRound.objects.get(pk=funding_round.pk)) if funding_round.pk else None
    funding_round.save()
    record(by, "round.saved", funding_round, before, snapshot(funding_round))
    return funding_round


def format_kr(amount: int) -> str:
    return f"{amount:,}".replace(",", "\u00a0")
