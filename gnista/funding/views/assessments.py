from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from gnista.core.forms import add_service_error
from gnista.core.permissions import permission_required, require

from .. import assessing, services
from ..forms import AssessmentForm
from ..models import Answer, Application, Assessment, FundingRound, Verdict
from ..rules import awaiting_assessment_by
from . import posted, staff_only


@staff_only
def assess(request, pk):
    """The assessment workspace for one application. The whole form posts without
    JavaScript; with htmx each criterion's button saves just that criterion in place."""
    application = get_object_or_404(
        Application.objects.select_related("initiative__owner", "round__fund"), pk=pk
    )
    require(request, "funding.assess", application)
    criteria = list(application.criteria.order_by("position", "id"))
    form = AssessmentForm(posted(request), criteria=criteria, assessment=own_assessment(request, application))
    if request.method == "POST" and request.htmx and "save_criterion" in request.POST:
        return save_criterion(request, application, form)
    if request.method == "POST" and form.is_valid():
        try:
            assessment = services.assess(
                application,
                assessor=request.user,
                verdicts=form.verdicts(),
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            if assessment.completed_at:
                messages.success(request, _("Your assessment is saved and complete."))
                return redirect("funding:assessments")
            messages.success(
                request, _("Your assessment is saved. Come back to answer the remaining criteria.")
            )
            return redirect("funding:assess", pk=application.pk)
    return render(request, "funding/assess.html", assess_context(request, application, form))


def own_assessment(request, application):
    return (
        Assessment.objects.filter(application=application, assessor=request.user)
        .prefetch_related("answers")
        .first()
    )


def save_criterion(request, application, form):
    row = form.row(request.POST["save_criterion"])
    if row is None:
        return HttpResponseBadRequest(_("This application is not assessed against that criterion."))
    form.is_valid()  # errors in the other rows do not stop this one from being saved
    if not row.errors and not form.verdicts([row]):
        form.add_error(row.verdict.name, _("Choose met, not met or not applicable."))
    if not row.errors:
        try:
            services.assess(application, assessor=request.user, verdicts=form.verdicts([row]))
        except ValidationError as error:
            form.add_error(row.verdict.name, error.messages)
        else:
            row.saved = True
    context = assess_context(request, application, form) | {"row": row}
    return render(request, "funding/assess.html#criterion_saved", context)


def assess_context(request, application, form) -> dict:
    assessment = own_assessment(request, application)
    return {
        "application": application,
        "form": form,
        "assessment": assessment,
        "answered": assessment.answers.filter(criterion__in=[row.criterion for row in form.rows]).count()
        if assessment
        else 0,
        "manage_section": "applications",
    }


@permission_required("funding.view_assessment_workspace")
def assessment_list(request):
    """An assessor's work: submitted applications waiting for their assessment (begun or
    not), and the assessments they have completed."""
    user = request.user
    completed_by_me = Assessment.objects.filter(
        application=OuterRef("pk"), assessor=user, completed_at__isnull=False
    )
    answered_by_me = (
        Answer.objects.filter(assessment__application=OuterRef("pk"), assessment__assessor=user)
        .values("assessment")
        .annotate(total=Count("id"))
        .values("total")
    )
    waiting = (
        awaiting_assessment_by(user, Application.objects.all())
        .filter(~Exists(completed_by_me))
        .select_related("initiative__owner", "round__fund")
        .annotate(answered=Subquery(answered_by_me), criteria_count=Count("criteria"))
        .order_by("round__closes_on", "submitted_at", "id")
    )
    done = (
        Assessment.objects.filter(assessor=user, completed_at__isnull=False)
        .select_related("application__initiative__owner", "application__round__fund")
        .annotate(met=Count("answers", filter=Q(answers__verdict=Verdict.MET)))
        .order_by("-completed_at", "-id")
    )
    return render(
        request,
        "funding/assessment_list.html",
        {"waiting": waiting, "done": done, "manage_section": "applications"},
    )


@staff_only
def round_detail(request, pk):
    funding_round = get_object_or_404(FundingRound.objects.select_related("fund"), pk=pk)
    require(request, "funding.view_round", funding_round)
    return render(
        request,
        "funding/round_detail.html",
        {
            "round": funding_round,
            "applications": assessing.ranked(funding_round),
            "may_manage": request.user.has_perm("funding.manage_funds", funding_round.fund),
            "manage_section": "funds",
        },
    )
