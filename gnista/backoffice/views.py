"""The back office: the portfolio as a table and a board, each person's initiatives,
editing, gate decisions, effects, staff roles and the audit log. Permissions come from
gnista/portfolio/rules.py; every write goes through gnista/portfolio/services.py."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gnista.audit.models import AuditEntry
from gnista.core.forms import add_service_error, many_to_many
from gnista.core.listing import filtered_page
from gnista.core.permissions import permission_required, require
from gnista.portfolio import services
from gnista.portfolio.filters import InitiativeFilter
from gnista.portfolio.models import Challenge, Initiative, Kpi, Outcome, StaffRole, Stage
from gnista.portfolio.rules import edited_administrations
from gnista.portfolio.views import kpi_chart

from .forms import (
    ChallengeForm,
    GateForm,
    InitiativeForm,
    KpiForm,
    MeasurementForm,
    PartnershipFormSet,
    RoleForm,
)

BOARD_LIMIT = 60


def staff_rows():
    return Initiative.objects.select_related("owner").prefetch_related("areas")


@permission_required("portfolio.manage")
def dashboard(request):
    mine = staff_rows().filter(mine_filter(request.user))
    context = {
        "manage_section": "dashboard",
        "mine": mine.order_by("-updated_at")[:8],
        "mine_count": mine.count(),
        "recent": AuditEntry.objects.select_related("actor")[:10]
        if request.user.has_perm("portfolio.view_audit_log")
        else None,
    }
    return render(request, "backoffice/dashboard.html", context)


def mine_filter(user) -> Q:
    """An editor's initiatives are their administrations'; anyone's are also those they
    are the contact person for."""
    return Q(owner__in=edited_administrations(user)) | Q(contact_email__iexact=user.email)


@permission_required("portfolio.manage")
def portfolio(request):
    context = {"manage_section": "portfolio", **filtered_page(request, InitiativeFilter, staff_rows())}
    template = "backoffice/portfolio.html"
    if request.htmx and not request.htmx.boosted:
        template += "#htmx_response"
    return render(request, template, context)


@permission_required("portfolio.manage")
def mine(request):
    rows = staff_rows().filter(mine_filter(request.user)).order_by("-updated_at", "slug")
    return render(request, "backoffice/mine.html", {"manage_section": "mine", "initiatives": rows})


@permission_required("portfolio.manage")
def board(request):
    """Columns by where initiatives stand in the model; each column shows its newest
    cards and links to the table for the rest."""
    context = {"manage_section": "board", **filtered_page(request, InitiativeFilter, staff_rows())}
    queryset = context["filter"].qs
    columns = []
    for stage in Stage:
        columns.append(
            (
                stage.label,
                queryset.filter(stage=stage, outcome=Outcome.ACTIVE),
                f"stage={stage.value}&outcome=active",
            )
        )
    for outcome in (Outcome.PAUSED, Outcome.SCALED, Outcome.STOPPED):
        columns.append((outcome.label, queryset.filter(outcome=outcome), f"outcome={outcome.value}"))
    context["columns"] = [
        {
            "title": title,
            "cards": rows.order_by("-updated_at")[:BOARD_LIMIT],
            "count": rows.count(),
            "query": query,
        }
        for title, rows, query in columns
    ]
    context["board_limit"] = BOARD_LIMIT
    return render(request, "backoffice/board.html", context)


def initiative_context(request, initiative) -> dict:
    return {
        "manage_section": "portfolio",
        "initiative": initiative,
        "can_apply": initiative.pk is not None and request.user.has_perm("funding.apply", initiative),
    }


@permission_required("portfolio.manage")
def initiative_edit(request, slug=None):
    if slug is None:
        require(request, "portfolio.add_initiative")
        initiative = Initiative(stage=Stage.UNDERSTAND, outcome=Outcome.ACTIVE)
    else:
        initiative = get_object_or_404(Initiative, slug=slug)
        require(request, "portfolio.change_initiative", initiative)
    form = InitiativeForm(request.POST or None, request.FILES or None, instance=initiative, user=request.user)
    partners = PartnershipFormSet(request.POST or None, instance=initiative, prefix="partners")
    if request.method == "POST" and form.is_valid() and partners.is_valid():
        try:
            with transaction.atomic():
                saved = services.save_initiative(
                    form.save(commit=False), by=request.user, relations=many_to_many(form)
                )
                partners.instance = saved
                partners.save()
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The initiative was saved."))
            return redirect("manage:initiative-edit", slug=saved.slug)
    context = {"form": form, "partners": partners, **initiative_context(request, initiative)}
    return render(request, "backoffice/initiative_form.html", context)


@permission_required("portfolio.manage")
def gate(request, slug):
    initiative = get_object_or_404(Initiative.objects.select_related("owner"), slug=slug)
    require(request, "portfolio.decide_gate", initiative)
    form = GateForm(request.POST or None, initiative=initiative, initial={"decided_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.decide_gate(
                initiative,
                stage=data["stage"],
                outcome=data["outcome"],
                by=request.user,
                rationale=data["rationale"],
                evidence=data["evidence"],
                measurements=data["measurements"],
                lessons_learned=data["lessons_learned"] or None,
                decided_on=data["decided_on"],
            )
        except ValidationError as error:
            initiative.refresh_from_db()
            add_service_error(form, error)
        else:
            messages.success(request, _("The decision was recorded in the initiative's public history."))
            return redirect("manage:gate", slug=initiative.slug)
    history = initiative.stage_changes.select_related("recorded_by").order_by("-decided_on", "-id")
    context = {"form": form, "history": history, **initiative_context(request, initiative)}
    return render(request, "backoffice/gate.html", context)


@permission_required("portfolio.manage")
def effects(request, slug):
    initiative = get_object_or_404(Initiative, slug=slug)
    require(request, "portfolio.change_kpis", initiative)
    kpi_form = KpiForm(prefix="kpi")
    measurement_form = MeasurementForm(prefix="measurement", initiative=initiative)
    if request.method == "POST":
        if "kpi-name_sv" in request.POST:
            kpi_form = KpiForm(request.POST, prefix="kpi", instance=Kpi(initiative=initiative))
            form, save = kpi_form, services.save_kpi
        else:
            measurement_form = MeasurementForm(request.POST, prefix="measurement", initiative=initiative)
            form, save = measurement_form, services.record_measurement
        if form.is_valid():
            try:
                save(form.save(commit=False), by=request.user)
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("Saved."))
                return redirect("manage:effects", slug=initiative.slug)
    kpis = initiative.kpis.prefetch_related("measurements")
    context = {
        **initiative_context(request, initiative),
        "effects": [(kpi, kpi_chart(kpi)) for kpi in kpis],
        "kpi_form": kpi_form,
        "measurement_form": measurement_form,
    }
    return render(request, "backoffice/effects.html", context)


@permission_required("portfolio.manage")
def challenges(request):
    rows = Challenge.objects.select_related("owner").order_by("-opens_on", "slug")
    return render(request, "backoffice/challenges.html", {"manage_section": "challenges", "challenges": rows})


@permission_required("portfolio.manage")
def challenge_edit(request, slug=None):
    if slug is None:
        require(request, "portfolio.add_challenge")
        challenge = Challenge()
    else:
        challenge = get_object_or_404(Challenge, slug=slug)
        require(request, "portfolio.change_challenge", challenge)
    form = ChallengeForm(request.POST or None, instance=challenge, user=request.user)
    if request.method == "POST" and form.is_valid():
        saved = services.save_challenge(
            form.save(commit=False), by=request.user, relations=many_to_many(form)
        )
        messages.success(request, _("The challenge was saved."))
        return redirect("manage:challenge-edit", slug=saved.slug)
    context = {"manage_section": "challenges", "form": form, "challenge": challenge}
    return render(request, "backoffice/challenge_form.html", context)


@permission_required("portfolio.view_audit_log")
def audit_log(request):
    entries = AuditEntry.objects.select_related("actor")
    action = request.GET.get("action", "")
    if action:
        entries = entries.filter(action=action)
    object_type = request.GET.get("type", "")
    if object_type:
        entries = entries.filter(object_type=object_type)
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    page.elided_range = list(page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    context = {
        "manage_section": "audit",
        "page": page,
        "actions": AuditEntry.objects.order_by("action").values_list("action", flat=True).distinct(),
        "types": AuditEntry.objects.order_by("object_type").values_list("object_type", flat=True).distinct(),
        "action": action,
        "type": object_type,
    }
    return render(request, "backoffice/audit_log.html", context)


@permission_required("portfolio.manage_roles")
def roles(request):
    form = RoleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.grant_role(
                data["user"], data["role"], organisation=data["organisation"], by=request.user
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The role was given."))
            return redirect("manage:roles")
    staff_roles = StaffRole.objects.select_related("user", "organisation").order_by("user__email", "role")
    return render(
        request,
        "backoffice/roles.html",
        {"manage_section": "roles", "form": form, "staff_roles": staff_roles},
    )


@require_POST
@permission_required("portfolio.manage_roles")
def revoke_role(request, pk):
    services.revoke_role(get_object_or_404(StaffRole, pk=pk), by=request.user)
    messages.success(request, _("The role was removed."))
    return redirect("manage:roles")
