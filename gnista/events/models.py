"""The district's shared event calendar. Events are stored as iCalendar thinks of them
(a UID, a start in a time zone, an optional RRULE with EXDATEs, changed occurrences),
so that export and import are lossless and recurring series come out right."""

import uuid
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gnista.portfolio.models import Area, Organisation, OrganisationKind

from .repetition import series_end

TIME_ZONES = sorted(zoneinfo.available_timezones())


def new_uid() -> str:
    return f"{uuid.uuid4()}@gnista"


class EventStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    CANCELLED = "cancelled", _("Cancelled")


class SeriesEndField(models.DateTimeField):
    """Kept by the field itself from the event's start, end, rule and changed occurrences
    whenever the event is written, by save() and by bulk_create() alike, so that the
    calendar can ask the database which series reach a range of dates."""

    def pre_save(self, model_instance, add):
        changes = ()
        if not add and model_instance.pk is not None:
            changes = ChangedOccurrence.objects.filter(event_id=model_instance.pk).values_list(
                "starts_at", "ends_at"
            )
        value = series_end(
            model_instance.rrule,
            model_instance.starts_at,
            model_instance.ends_at,
            model_instance.all_day,
            model_instance.time_zone,
            changes,
        )
        setattr(model_instance, self.attname, value)
        return value


# A single event at a time of day, at most a day long (repetition.LONGEST_SINGLE), without
# changed occurrences: it occurs once, at its start, and the database can order and count
# such events itself. The calendar expands every other event (a series, an all-day or a
# longer event, one with changes) with its rule.
PLAIN = Q(rrule="", all_day=False, repeats_until__isnull=True)
EXPANDED = ~Q(rrule="") | Q(all_day=True) | Q(repeats_until__isnull=False)


class Event(models.Model):
    uid = models.CharField(_("UID"), max_length=255, unique=True, default=new_uid, editable=False)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    all_day = models.BooleanField(_("all day"), default=False)
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="Europe/Stockholm", choices=[(tz, tz) for tz in TIME_ZONES]
    )
    rrule = models.CharField(
        _("repeats (RRULE)"),
        max_length=500,
        blank=True,
        help_text=_(
            "An iCalendar RRULE, for example FREQ=WEEKLY;BYDAY=TU;COUNT=10. Empty for a single event."
        ),
    )
    exdates = models.JSONField(_("excluded dates"), default=list, blank=True)
    # For a series, an event with changed occurrences or one longer than a day: when its
    # last occurrence ends at the latest. Empty for a series without end, and for a single
    # event of a day or less.
    repeats_until = SeriesEndField(null=True, blank=True, editable=False)
    place = models.CharField(_("place"), max_length=300, blank=True)
    hub = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hub_events",
        limit_choices_to={"kind": OrganisationKind.HUB},
        verbose_name=_("hub"),
    )
    online_url = models.URLField(_("online link"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    organiser = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organised_events",
        verbose_name=_("organiser"),
    )
    areas = models.ManyToManyField(Area, blank=True, related_name="events", verbose_name=_("areas"))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="sv")
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.CONFIRMED
    )
    sequence = models.PositiveIntegerField(_("revision"), default=0, editable=False)
    feed = models.ForeignKey(
        "CalendarFeed",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        editable=False,
        related_name="events",
        verbose_name=_("imported from"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["starts_at", "id"]
        indexes = [
            models.Index(fields=["starts_at"]),
            models.Index(fields=["status"]),
            # The calendar's range queries (gnista.events.ical): plain events by start, and
            # the few events it expands.
            models.Index(fields=["starts_at"], condition=PLAIN, name="events_plain_start_idx"),
            models.Index(fields=["starts_at"], condition=EXPANDED, name="events_expanded_start_idx"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"pk": self.pk})

    def clean(self):
        if self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("An event cannot end before it starts.")})
        if self.rrule:
            from .ical import validate_rrule

            validate_rrule(self.rrule, self.starts_at)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def refresh_repeats_until(self) -> None:
        """Bring repeats_until in step after its changed occurrences were written in bulk."""
        Event.objects.filter(pk=self.pk).update(
            repeats_until=series_end(
                self.rrule,
                self.starts_at,
                self.ends_at,
                self.all_day,
                self.time_zone,
                self.changes.values_list("starts_at", "ends_at"),
            )
        )


class ChangedOccurrence(models.Model):
    """One occurrence of a recurring event moved or cancelled (RECURRENCE-ID in iCalendar)."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="changes", verbose_name=_("event")
    )
    recurrence_id = models.DateTimeField(_("original start"))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.CONFIRMED
    )

    class Meta:
        verbose_name = _("changed occurrence")
        verbose_name_plural = _("changed occurrences")
        constraints = [
            models.UniqueConstraint(fields=["event", "recurrence_id"], name="one_change_per_occurrence")
        ]

    def __str__(self):
        return f"{self.event} {self.recurrence_id:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        Event.objects.get(pk=self.event_id).refresh_repeats_until()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        event = Event.objects.filter(pk=self.event_id).first()
        if event is not None:
            event.refresh_repeats_until()
        return result


class CalendarFeed(models.Model):
    """An iCalendar feed a hub or actor publishes; its events are imported and kept in step."""

    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("feed address"), max_length=1000, unique=True)
    organiser = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="calendar_feeds", verbose_name=_("organiser")
    )
    hub = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hub_feeds",
        limit_choices_to={"kind": OrganisationKind.HUB},
        verbose_name=_("hub"),
    )
    language = models.CharField(
        _("language of the events"), max_length=5, choices=settings.LANGUAGES, default="sv"
    )
    time_zone = models.CharField(
        _("time zone for times without one"),
        max_length=64,
        default="Europe/Stockholm",
        choices=[(tz, tz) for tz in TIME_ZONES],
    )
    is_active = models.BooleanField(_("fetch regularly"), default=True)
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    last_fetched_at = models.DateTimeField(_("last fetched"), null=True, blank=True, editable=False)
    last_error = models.TextField(_("last problem"), blank=True, editable=False)
    event_count = models.PositiveIntegerField(_("events"), default=0, editable=False)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self):
        return self.name
