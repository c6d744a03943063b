from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from gnista.core.forms import add_service_error
from gnista.core.permissions import permission_required, require

from .. import services
from ..forms import CriterionForm
from ..models import Criterion
from . import posted, staff_only


@permission_required("funding.access")
def criterion_list(request):
    context = {
        "current": Criterion.objects.current(),
        "retired": Criterion.objects.filter(retired_at__isnull=False)
        .select_related("successor")
        .order_by("-retired_at", "-id"),
        "manage_section": "applications",
    }
    return render(request, "funding/criterion_list.html", context)


@permission_required("funding.manage_criteria")
def criterion_new(request):
    return criterion_form(request, None)


@staff_only
def criterion_revise(request, pk):
    criterion = get_object_or_404(Criterion, pk=pk)
    require(request, "funding.manage_criteria", criterion)
    if criterion.retired_at is not None:
        messages.error(request, _("This criterion is retired; revise the one in force instead."))
        return redirect("funding:criteria")
    return criterion_form(request, criterion)


def criterion_form(request, criterion):
    form = CriterionForm(
        posted(request), initial=CriterionForm.initial_from(criterion) if criterion else None
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.revise_criterion(criterion, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request, _("The criterion is revised.") if criterion else _("The criterion is added.")
            )
            return redirect("funding:criteria")
    return render(
        request,
        "funding/criterion_form.html",
        {"form": form, "criterion": criterion, "manage_section": "applications"},
    )


@staff_only
def criterion_retire(request, pk):
    """Asks first (GET), retires on POST."""
    criterion = get_object_or_404(Criterion, pk=pk)
    require(request, "funding.manage_criteria", criterion)
    if request.method != "POST":
        return render(
            request,
            "funding/criterion_retire.html",
            {"criterion": criterion, "manage_section": "applications"},
        )
    try:
        services.retire_criterion(criterion, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("The criterion is retired; applications submitted from now on leave it out.")
        )
    return redirect("funding:criteria")
