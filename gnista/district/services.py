"""Writes for the district's actors: requests to edit an organisation, staff decisions on
them, and editors keeping a profile and its events current. Each change is recorded in
the audit log in the same transaction."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from gnista.audit.log import record, snapshot
from gnista.events import services as event_services
from gnista.events.models import Event, EventStatus
from gnista.portfolio.models import Organisation, OrganisationKind, Role

from .models import EditorStatus, OrganisationEditor

# What an organisation's editors may change; name, slug, sector, kind, hub and clusters
# are decided by staff.
PROFILE_FIELDS = [
    "description_sv",
    "description_en",
    "description_da",
    "services_sv",
    "services_en",
    "services_da",
    "website",
    "address",
    "latitude",
    "longitude",
]
# The motivation is left out of the audit log: it is the person's own words, and goes
# with their account.
EDITOR_FIELDS = ["user", "organisation", "status", "decided_by", "decided_at"]


@transaction.atomic
def request_editing(user, organisation: Organisation, motivation: str) -> OrganisationEditor:
    """A signed-in person asks to keep an organisation's profile current. One request per
    person and organisation: a declined request is not asked again."""
    if organisation.kind == OrganisationKind.CITY_ADMINISTRATION:
        raise ValidationError(
            _("City administrations are edited by staff with a role, not through editor requests.")
        )
    if OrganisationEditor.objects.filter(user=user, organisation=organisation).exists():
        raise ValidationError(_("You have already asked to edit this organisation."))
    editor = OrganisationEditor(user=user, organisation=organisation, motivation=motivation.strip())
    editor.full_clean(exclude=["user", "organisation"], validate_unique=False)
    try:
        with transaction.atomic():
            editor.save()
    except IntegrityError as error:  # the same request sent twice at once
        raise ValidationError(_("You have already asked to edit this organisation.")) from error
    record(user, "editor.requested", editor, None, snapshot(editor, EDITOR_FIELDS))
    transaction.on_commit(lambda: tell_staff_of_request.enqueue(editor.pk))
    return editor


def deciding_staff():
    """The people who decide editor requests (see rules.runs_district), who want email."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(staff_roles__role__in=[Role.COACH, Role.ADMINISTRATOR]))
        .exclude(email="")
        .exclude(notifications="none")
        .distinct()
    )


@task()
def tell_staff_of_request(editor_id: int) -> None:
    """Staff hear of a new request at once, each in their own language, so that nobody
    waits for a queue that nobody looks at."""
    editor = OrganisationEditor.objects.select_related("user", "organisation").filter(pk=editor_id).first()
    if editor is None or editor.status != EditorStatus.REQUESTED:
        return
    for person in deciding_staff():
        with translation.override(person.language):
            context = {
                "editor": editor,
                "organisation": editor.organisation,
                "queue_url": absolute(reverse("district:manage-editors")),
            }
            subject = render_to_string("district/email/editor_request_subject.txt", context).strip()
            body = render_to_string("district/email/editor_request.txt", context)
        send_mail(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, body, None, [person.email])


@transaction.atomic
def decide(editor: OrganisationEditor, *, grant: bool, by) -> OrganisationEditor:
    """Staff grant or decline a waiting request, or withdraw a granted one (grant=False).
    The person hears of it by email, in their language."""
    editor = OrganisationEditor.objects.select_for_update().select_related("organisation").get(pk=editor.pk)
    if grant and editor.status != EditorStatus.REQUESTED:
        raise ValidationError(_("Only a waiting request can be granted."))
    if not grant and editor.status == EditorStatus.DECLINED:
        raise ValidationError(_("This request is already declined."))
    before = snapshot(editor, EDITOR_FIELDS)
    withdrawn = editor.status == EditorStatus.GRANTED
    editor.status = EditorStatus.GRANTED if grant else EditorStatus.DECLINED
    editor.decided_by = by
    editor.decided_at = timezone.now()
    editor.save(update_fields=["status", "decided_by", "decided_at"])
    record(
        by, "editor.granted" if grant else "editor.declined", editor, before, snapshot(editor, EDITOR_FIELDS)
    )
    transaction.on_commit(lambda: send_decision.enqueue(editor.pk, withdrawn))
    return editor


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


@task()
def send_decision(editor_id: int, withdrawn: bool = False) -> None:
    """Tell the person what staff decided on their request (or that they no longer edit)."""
    editor = OrganisationEditor.objects.select_related("user", "organisation").filter(pk=editor_id).first()
    if editor is None or editor.status == EditorStatus.REQUESTED or not editor.user.email:
        return
    with translation.override(editor.user.language):
        context = {
            "editor": editor,
            "organisation": editor.organisation,
            "granted": editor.status == EditorStatus.GRANTED,
            "withdrawn": withdrawn,
            "actor_url": absolute(
                reverse("district:actor-detail", kwargs={"slug": editor.organisation.slug})
            ),
            "edit_url": absolute(reverse("district:actor-edit", kwargs={"slug": editor.organisation.slug})),
            "events_url": absolute(
                reverse("district:actor-events", kwargs={"slug": editor.organisation.slug})
            ),
        }
        subject = render_to_string("district/email/editor_decision_subject.txt", context).strip()
        body = render_to_string("district/email/editor_decision.txt", context)
    send_mail(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, body, None, [editor.user.email])


@transaction.atomic
def save_profile(organisation: Organisation, by) -> Organisation:
    """Save the editable part of an organisation's profile."""
    stored = Organisation.objects.select_for_update().get(pk=organisation.pk)
    before = snapshot(stored, PROFILE_FIELDS)
    others = [field.name for field in Organisation._meta.fields if field.name not in PROFILE_FIELDS]
    organisation.full_clean(exclude=others, validate_unique=False)
    organisation.save(update_fields=PROFILE_FIELDS)
    record(by, "organisation.profile_saved", organisation, before, snapshot(organisation, PROFILE_FIELDS))
    return organisation


EVENT_FIELDS = [
    "uid",
    "title_sv",
    "title_en",
    "title_da",
    "description_sv",
    "description_en",
    "description_da",
    "starts_at",
    "ends_at",
    "all_day",
    "time_zone",
    "place",
    "hub",
    "online_url",
    "registration_url",
    "organiser",
    "language",
    "status",
    "sequence",
]


def check_own_event(event: Event, organisation: Organisation) -> None:
    if event.feed_id is not None:
        raise ValidationError(_("This event comes from a calendar feed; change it in the source calendar."))
    if event.pk and event.organiser_id != organisation.pk:
        raise ValidationError(_("This event belongs to another organisation."))


@transaction.atomic
def save_organisation_event(event: Event, organisation: Organisation, by, areas=None) -> Event:
    """An editor adds or changes one of the organisation's events, through the events
    app's own service (which keeps SEQUENCE and the event's rules)."""
    check_own_event(event, organisation)
    before = snapshot(Event.objects.get(pk=event.pk), EVENT_FIELDS) if event.pk else None
    event.organiser = organisation
    event_services.save_event(event)
    if areas is not None:
        event.areas.set(areas)
    record(by, "event.saved", event, before, snapshot(event, EVENT_FIELDS))
    return event


@transaction.atomic
def cancel_organisation_event(event: Event, organisation: Organisation, by) -> Event:
    """Cancelled, not deleted: calendars that subscribed see the cancellation."""
    check_own_event(event, organisation)
    if event.status == EventStatus.CANCELLED:
        return event
    before = snapshot(event, EVENT_FIELDS)
    event.status = EventStatus.CANCELLED
    event_services.save_event(event)
    record(by, "event.cancelled", event, before, snapshot(event, EVENT_FIELDS))
    return event
