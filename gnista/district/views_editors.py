"""Organisation editors: people who work at an organisation ask to keep its profile and
events current, staff grant or decline, and editors then edit them here. Permissions
come from district/rules.py; writes go through district/services.py."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from gnista.core.forms import add_service_error
from gnista.core.permissions import permission_required, require
from gnista.events.models import Event
from gnista.portfolio.models import Organisation

from . import services
from .forms import EditRequestForm, OrganisationEventForm, OrganisationProfileForm
from .models import EditorStatus, OrganisationEditor

LISTED_EVENTS = 50
LISTED_EDITORS = 200


def login_required(view):
    """Anonymous visitors sign in first, on the sign-in page in their language."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("account_login"))
        return view(request, *args, **kwargs)

    return wrapped


def limited(rate: str):
    """At most `rate` posts per account (the views need a signed-in person), then 429."""

    def decorator(view):
        @ratelimit(key="user", rate=rate, method="POST", block=False)
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if getattr(request, "limited", False):
                response = render(request, "participation/too_many.html", status=429)
                response["Retry-After"] = "3600"
                return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def load_organisation(slug: str) -> Organisation:
    return get_object_or_404(Organisation.objects.select_related("hub"), slug=slug)


@login_required
@limited("10/h")
def edit_request(request, slug):
    organisation = load_organisation(slug)
    require(request, "district.request_editing", organisation)
    existing = OrganisationEditor.objects.filter(user=request.user, organisation=organisation).first()
    form = EditRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.request_editing(request.user, organisation, form.cleaned_data["motivation"])
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                _("Thank you. Staff will look at your request and tell you by email what they decide."),
            )
            return redirect("district:actor-detail", slug=organisation.slug)
    context = {"section": "actors", "actor": organisation, "form": form, "existing": existing}
    return render(request, "district/edit_request.html", context, status=400 if form.errors else 200)


@login_required
def profile_edit(request, slug):
    organisation = load_organisation(slug)
    require(request, "district.edit_organisation", organisation)
    form = OrganisationProfileForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_profile(form.instance, by=request.user)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The profile is saved."))
            return redirect("district:actor-detail", slug=organisation.slug)
    context = {"section": "actors", "actor": organisation, "form": form}
    return render(request, "district/profile_form.html", context, status=400 if form.errors else 200)


@login_required
def event_list(request, slug):
    organisation = load_organisation(slug)
    require(request, "district.edit_organisation", organisation)
    events = Event.objects.filter(organiser=organisation).select_related("feed", "hub")
    now = timezone.now()
    upcoming = events.filter(Q(starts_at__gte=now) | Q(ends_at__gte=now) | ~Q(rrule="")).order_by(
        "starts_at", "id"
    )
    past = events.exclude(pk__in=upcoming.values("pk")).order_by("-starts_at", "-id")
    context = {
        "section": "actors",
        "actor": organisation,
        "event_groups": [
            (_("Coming up and repeating"), upcoming[:LISTED_EVENTS]),
            (_("Past"), past[:LISTED_EVENTS]),
        ],
        "feeds": organisation.calendar_feeds.all(),
    }
    return render(request, "district/event_list.html", context)


def load_event(organisation: Organisation, pk: int) -> Event:
    return get_object_or_404(Event.objects.select_related("feed", "organiser"), pk=pk, organiser=organisation)


@login_required
def event_edit(request, slug, pk=None):
    organisation = load_organisation(slug)
    require(request, "district.edit_organisation", organisation)
    if pk is None:
        event = Event(organiser=organisation, hub=organisation.hub, language=request.LANGUAGE_CODE)
        if organisation.kind == "hub":
            event.hub = organisation
    else:
        event = load_event(organisation, pk)
        require(request, "district.change_organisation_event", event)
    form = OrganisationEventForm(request.POST or None, instance=event)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_organisation_event(
                form.instance, organisation, by=request.user, areas=form.cleaned_data["areas"]
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The event is saved."))
            return redirect("district:actor-events", slug=organisation.slug)
    context = {"section": "actors", "actor": organisation, "form": form, "event": event}
    return render(request, "district/event_form.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def event_cancel(request, slug, pk):
    organisation = load_organisation(slug)
    event = load_event(organisation, pk)
    require(request, "district.change_organisation_event", event)
    try:
        services.cancel_organisation_event(event, organisation, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The event “%(title)s” is cancelled.") % {"title": event.title})
    return redirect("district:actor-events", slug=organisation.slug)


@permission_required("district.decide_editors")
def manage_editors(request):
    editors = OrganisationEditor.objects.select_related("user", "organisation", "decided_by")
    context = {
        "manage_section": "editors",
        "waiting": editors.filter(status=EditorStatus.REQUESTED).order_by("requested_at", "id")[
            :LISTED_EDITORS
        ],
        "granted": editors.filter(status=EditorStatus.GRANTED).order_by("organisation__name_sv", "id")[
            :LISTED_EDITORS
        ],
        "declined": editors.filter(status=EditorStatus.DECLINED).order_by("-decided_at", "-id")[:20],
    }
    return render(request, "district/manage_editors.html", context)


@require_POST
@permission_required("district.decide_editors")
def decide_editor(request, pk):
    editor = get_object_or_404(OrganisationEditor.objects.select_related("user", "organisation"), pk=pk)
    require(request, "district.decide_editors", editor)
    decision = request.POST.get("decision")
    if decision not in ("grant", "decline"):
        raise Http404
    try:
        services.decide(editor, grant=decision == "grant", by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        names = {"person": editor.user.public_name, "organisation": editor.organisation.name}
        if decision == "grant":
            messages.success(request, _("%(person)s now edits %(organisation)s.") % names)
        else:
            messages.success(request, _("%(person)s does not edit %(organisation)s.") % names)
    return redirect("district:manage-editors")


def profile_panel(request, user) -> str:
    """On the person's profile: the organisations they edit or have asked to edit."""
    editors = (
        OrganisationEditor.objects.filter(user=user)
        .exclude(status=EditorStatus.DECLINED)
        .select_related("organisation")
        .order_by("organisation__name_sv")
    )
    if not editors:
        return ""
    return render_to_string("district/_profile_panel.html", {"editors": editors}, request=request)
