"""The innovation district beyond the directory: its own profile and figures, the peer
districts it learns from, peer sessions, and the people who keep an actor's profile
current."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gnista.events.models import Event
from gnista.portfolio.models import Organisation


def coordinate(label):
    return models.DecimalField(
        label,
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )


class District(models.Model):
    """The district itself (one row). Figures left empty are counted from the directory
    where it has them."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    geography = models.TextField(
        _("geography"),
        blank=True,
        help_text=_("Where the district runs, in words, for those who do not use the map."),
    )
    actors = models.PositiveIntegerField(
        _("actors"),
        null=True,
        blank=True,
        help_text=_("Leave empty to count the organisations in the directory."),
    )
    students = models.PositiveIntegerField(
        _("students"), null=True, blank=True, help_text=_("Leave empty to add up the organisations' figures.")
    )
    employees = models.PositiveIntegerField(
        _("employees"),
        null=True,
        blank=True,
        help_text=_("Leave empty to add up the organisations' figures."),
    )
    boundary = models.JSONField(
        _("boundary"), null=True, blank=True, help_text=_("A GeoJSON polygon of the district's extent.")
    )
    latitude = coordinate(_("map centre latitude"))
    longitude = coordinate(_("map centre longitude"))
    zoom = models.PositiveSmallIntegerField(
        _("map zoom"), default=14, validators=[MinValueValidator(1), MaxValueValidator(19)]
    )

    class Meta:
        verbose_name = _("district")
        verbose_name_plural = _("district")

    def __str__(self):
        return self.name


class Theme(models.Model):
    """A theme districts exchange on (start-ups, critical mass, talent, social inclusion)."""

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["slug"]

    def __str__(self):
        return self.name


class PeerRelation(models.TextChoices):
    MEMBER = "member", _("Network member")
    PARTNER = "partner", _("Partner")


class PeerDistrict(models.Model):
    """Another innovation district the city exchanges lessons with (GIID)."""

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    name = models.CharField(_("name"), max_length=200)
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(_("country"), max_length=100)
    relation = models.CharField(_("relation"), max_length=10, choices=PeerRelation.choices)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    themes = models.ManyToManyField(Theme, blank=True, related_name="districts", verbose_name=_("themes"))
    latitude = coordinate(_("latitude"))
    longitude = coordinate(_("longitude"))

    class Meta:
        verbose_name = _("peer district")
        verbose_name_plural = _("peer districts")
        ordering = ["relation", "city"]

    def __str__(self):
        return f"{self.name} ({self.city})"

    def get_absolute_url(self):
        return reverse("district:peer-detail", kwargs={"slug": self.slug})


class PeerSession(models.Model):
    """A peer session: an event in the shared calendar, on a theme, with the districts
    that took part and what they learnt."""

    event = models.OneToOneField(
        Event, on_delete=models.CASCADE, related_name="peer_session", verbose_name=_("event")
    )
    theme = models.ForeignKey(
        Theme, on_delete=models.PROTECT, related_name="sessions", verbose_name=_("theme")
    )
    districts = models.ManyToManyField(
        PeerDistrict, blank=True, related_name="sessions", verbose_name=_("districts taking part")
    )
    lessons = models.TextField(_("what we learnt"), blank=True)

    class Meta:
        verbose_name = _("peer session")
        verbose_name_plural = _("peer sessions")

    def __str__(self):
        return f"{self.theme}: {self.event}"


class EditorStatus(models.TextChoices):
    REQUESTED = "requested", _("Waiting for approval")
    GRANTED = "granted", _("Granted")
    DECLINED = "declined", _("Declined")


class OrganisationEditor(models.Model):
    """A person who keeps an organisation's profile and events current: asked for by
    the person, granted or declined by staff."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="edited_organisations",
        verbose_name=_("person"),
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="editors", verbose_name=_("organisation")
    )
    motivation = models.TextField(_("why you should edit it"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=EditorStatus.choices, default=EditorStatus.REQUESTED
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    requested_at = models.DateTimeField(_("requested"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    class Meta:
        verbose_name = _("organisation editor")
        verbose_name_plural = _("organisation editors")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="one_editor_request_per_organisation"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation} ({self.get_status_display()})"

    def clean(self):
        if self.organisation_id and self.organisation.kind == "city_administration":
            raise ValidationError(
                _("City administrations are edited by staff with a role, not through editor requests.")
            )
