from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gnista.core.forms import add_service_error
from gnista.core.listing import filtered_page
from gnista.core.permissions import permission_required, require
from gnista.portfolio.models import Initiative

from .. import assessing, services
from ..filters import ApplicationFilter
from ..forms import ApplicationForm, StartApplicationForm, open_rounds
from ..models import Application, Grant
from ..rules import initiatives_open_to, visible_applications
from . import posted, staff_only


def application_rows():
    return (
        Application.objects.select_related("initiative__owner", "round__fund")
        .annotate(
            completed_assessments=Count("assessments", filter=Q(assessments__completed_at__isnull=False))
        )
        .order_by("-created_at", "-id")
    )


@permission_required("funding.access")
def application_list(request):
    applications = visible_applications(request.user, application_rows())
    context = {"manage_section": "applications", **filtered_page(request, ApplicationFilter, applications)}
    return render(request, "funding/application_list.html", context)


@permission_required("funding.start_application")
def application_start(request):
    """Choose the initiative to apply for; without JavaScript too, as a GET form."""
    initiatives = initiatives_open_to(request.user, Initiative.objects.all())
    form = StartApplicationForm(request.GET or None, initiatives=initiatives)
    if form.is_valid():
        return redirect("funding:application-new", slug=form.cleaned_data["initiative"].slug)
    return render(request, "funding/application_start.html", {"form": form, "manage_section": "applications"})


@staff_only
def application_new(request, slug):
    initiative = get_object_or_404(Initiative.objects.select_related("owner"), slug=slug)
    require(request, "funding.apply", initiative)
    application = Application(initiative=initiative, applicant=request.user)
    return application_form(request, application, is_new=True)


@staff_only
def application_edit(request, pk):
    application = get_object_or_404(Application.objects.select_related("initiative__owner"), pk=pk)
    require(request, "funding.change_application", application)
    return application_form(request, application, is_new=False)


def application_form(request, application, *, is_new):
    form = ApplicationForm(posted(request), instance=application)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_application(form.save(commit=False), by=request.user)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            if is_new:
                messages.success(request, _("The draft is saved. Submit it for assessment when it is ready."))
            else:
                messages.success(request, _("The application is saved."))
            return redirect(application)
    context = {
        "form": form,
        "application": application,
        "initiative": application.initiative,
        "is_new": is_new,
        "no_open_round": is_new and not open_rounds().exists(),
        "manage_section": "applications",
    }
    return render(request, "funding/application_form.html", context)


@staff_only
@require_POST
def application_submit(request, pk):
    application = get_object_or_404(Application, pk=pk)
    require(request, "funding.submit_application", application)
    try:
        services.submit_application(application, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The application is submitted for assessment."))
    return redirect(application)


@staff_only
@require_POST
def application_withdraw(request, pk):
    application = get_object_or_404(Application, pk=pk)
    require(request, "funding.withdraw_application", application)
    try:
        services.withdraw_application(application, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The application is withdrawn."))
    return redirect(application)


@staff_only
def application_detail(request, pk):
    application = get_object_or_404(
        Application.objects.select_related("initiative__owner", "round__fund", "applicant"), pk=pk
    )
    require(request, "funding.view_application", application)
    user = request.user
    grant = Grant.objects.filter(application=application).select_related("decided_by").first()
    context = {
        "application": application,
        "grant": grant,
        "spendings": grant.spendings.select_related("reported_by") if grant else [],
        "spent": grant.spent() if grant else 0,
        "summary": assessing.summarise(application)
        if user.has_perm("funding.view_assessments", application)
        else None,
        "may": {
            "edit": user.has_perm("funding.change_application", application),
            "submit": user.has_perm("funding.submit_application", application),
            "withdraw": user.has_perm("funding.withdraw_application", application),
            "assess": user.has_perm("funding.assess", application),
            "decide": user.has_perm("funding.decide", application),
            "report_spending": grant is not None and user.has_perm("funding.report_spending", grant),
            "view_round": user.has_perm("funding.view_round", application.round),
        },
        "manage_section": "applications",
    }
    return render(request, "funding/application_detail.html", context)
