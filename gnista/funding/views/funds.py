from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from gnista.core.forms import add_service_error
from gnista.core.permissions import permission_required, require

from .. import overviews, services
from ..forms import FundForm, GrantForm, RejectForm, RoundForm, SpendingForm
from ..models import Application, Fund, FundingRound, Grant
from . import posted, staff_only


def breakdowns(fund=None) -> dict:
    return {
        "by_administration": overviews.by_administration(fund),
        "by_area": overviews.by_area(fund),
        "by_year": overviews.by_year(fund),
    }


@permission_required("funding.view_funds")
def fund_list(request):
    context = {
        "funds": overviews.funds(),
        "totals": overviews.totals(),
        **breakdowns(),
        "manage_section": "funds",
    }
    return render(request, "funding/fund_list.html", context)


@staff_only
def fund_detail(request, slug):
    fund = get_object_or_404(Fund, slug=slug)
    require(request, "funding.view_funds", fund)
    context = {
        "fund": overviews.funds(only=fund)[0],
        "rounds": fund.rounds.annotate(application_count=Count("applications")).order_by("-opens_on", "id"),
        "grants": overviews.grants_with_spending(fund),
        **breakdowns(fund),
        "may_manage": request.user.has_perm("funding.manage_funds", fund),
        "may_view_rounds": request.user.has_perm("funding.view_round"),
        "manage_section": "funds",
    }
    return render(request, "funding/fund_detail.html", context)


@permission_required("funding.manage_funds")
def fund_new(request):
    return fund_form(request, Fund())


@staff_only
def fund_edit(request, slug):
    fund = get_object_or_404(Fund, slug=slug)
    require(request, "funding.manage_funds", fund)
    return fund_form(request, fund)


def fund_form(request, fund):
    is_new = fund.pk is None
    # Before the form changes the instance: a slug being edited is not the fund's address yet.
    cancel_url = reverse("funding:funds") if is_new else reverse("funding:fund", kwargs={"slug": fund.slug})
    form = FundForm(posted(request), instance=fund)
    if request.method == "POST" and form.is_valid():
        try:
            fund = services.save_fund(form.save(commit=False), by=request.user)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The fund is saved."))
            return redirect("funding:fund", slug=fund.slug)
    title = _("New fund") if is_new else _("Edit the fund")
    return render(
        request,
        "funding/form.html",
        {
            "form": form,
            "title": title,
            "submit_label": _("Save the fund"),
            "cancel_url": cancel_url,
            "manage_section": "funds",
        },
    )


@staff_only
def round_new(request, slug):
    fund = get_object_or_404(Fund, slug=slug)
    require(request, "funding.manage_funds", fund)
    return round_form(request, FundingRound(fund=fund))


@staff_only
def round_edit(request, pk):
    funding_round = get_object_or_404(FundingRound.objects.select_related("fund"), pk=pk)
    require(request, "funding.manage_funds", funding_round.fund)
    return round_form(request, funding_round)


def round_form(request, funding_round):
    is_new = funding_round.pk is None
    form = RoundForm(posted(request), instance=funding_round)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_round(form.save(commit=False), by=request.user)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The funding round is saved."))
            return redirect("funding:fund", slug=funding_round.fund.slug)
    title = _("New funding round") if is_new else _("Edit the funding round")
    return render(
        request,
        "funding/form.html",
        {
            "form": form,
            "title": title,
            "subtitle": funding_round.fund.name,
            "submit_label": _("Save the round"),
            "cancel_url": reverse("funding:fund", kwargs={"slug": funding_round.fund.slug}),
            "manage_section": "funds",
        },
    )


def decided_application(pk):
    return get_object_or_404(Application.objects.select_related("initiative__owner", "round__fund"), pk=pk)


@staff_only
def grant(request, pk):
    application = decided_application(pk)
    require(request, "funding.decide", application)
    initial = {"amount": application.amount_requested, "decided_on": timezone.localdate()}
    form = GrantForm(posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.grant(application, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The grant is decided."))
            return redirect(application)
    return render(
        request,
        "funding/decision_form.html",
        {
            "form": form,
            "application": application,
            "fund": overviews.funds(only=application.round.fund)[0],
            "title": _("Grant money"),
            "submit_label": pgettext("button", "Grant"),
            "cancel_url": application.get_absolute_url(),
            "manage_section": "applications",
        },
    )


@staff_only
def reject(request, pk):
    application = decided_application(pk)
    require(request, "funding.decide", application)
    form = RejectForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.reject(application, by=request.user, decision=form.cleaned_data["decision"])
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The application is rejected."))
            return redirect(application)
    return render(
        request,
        "funding/decision_form.html",
        {
            "form": form,
            "application": application,
            "title": _("Reject the application"),
            "submit_label": _("Reject"),
            "cancel_url": application.get_absolute_url(),
            "manage_section": "applications",
        },
    )


@staff_only
def spending_new(request, pk):
    grant_ = get_object_or_404(Grant.objects.select_related("application__initiative__owner", "fund"), pk=pk)
    require(request, "funding.report_spending", grant_)
    form = SpendingForm(posted(request), initial={"spent_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.report_spending(grant_, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The spending is reported."))
            return redirect(grant_.application)
    spent = grant_.spent()
    return render(
        request,
        "funding/spending_form.html",
        {
            "form": form,
            "grant": grant_,
            "application": grant_.application,
            "left_to_spend": grant_.amount - spent,
            "title": _("Report spending"),
            "submit_label": _("Report the spending"),
            "cancel_url": grant_.application.get_absolute_url(),
            "manage_section": "applications",
        },
    )
