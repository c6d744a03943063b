"""The innovation portfolio: organisations, challenges and initiatives.

Text fields that people write (titles, summaries, lessons...) are translated with
django-modeltranslation (see translation.py): each has _sv, _en and _da columns and
falls back to Swedish.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gnista.core.slugs import refuse_reserved


class Sector(models.TextChoices):
    BUSINESS = "business", _("Business")
    ACADEMIA = "academia", _("Academia")
    PUBLIC = "public", _("Public sector")
    CIVIL_SOCIETY = "civil_society", _("Civil society")


class OrganisationKind(models.TextChoices):
    CITY_ADMINISTRATION = "city_administration", _("City administration")
    COMPANY = "company", _("Company")
    UNIVERSITY = "university", _("University")
    HUB = "hub", _("Hub")
    CLUSTER = "cluster", _("Cluster organisation")
    ASSOCIATION = "association", _("Association")
    OTHER = "other", _("Other")


class Organisation(models.Model):
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    name = models.CharField(_("name"), max_length=200)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    kind = models.CharField(_("kind"), max_length=30, choices=OrganisationKind.choices)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    hub = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hub_members",
        limit_choices_to={"kind": "hub"},
        verbose_name=_("hub"),
        help_text=_("The district hub the organisation belongs to, if any."),
    )
    clusters = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="cluster_members",
        limit_choices_to={"kind": "cluster"},
        verbose_name=_("cluster organisations"),
    )
    areas = models.ManyToManyField(
        "Area", blank=True, related_name="organisations", verbose_name=_("specialisation areas")
    )
    services = models.TextField(
        _("what it offers"), blank=True, help_text=_("Services, spaces and programmes others can use.")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    students = models.PositiveIntegerField(
        _("students"), null=True, blank=True, help_text=_("For universities and schools, if known.")
    )
    employees = models.PositiveIntegerField(_("employees in the district"), null=True, blank=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        indexes = [
            models.Index(fields=["kind"]),
            models.Index(fields=["sector"]),
            # The directory sorts by the Swedish name and pages by key.
            models.Index(fields=["name_sv", "id"], name="organisation_name_order"),
            # The map asks for the located actors of a kind inside a box.
            models.Index(
                fields=["latitude", "longitude", "kind", "id"],
                condition=models.Q(latitude__isnull=False, longitude__isnull=False),
                name="organisation_located",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("A location needs both latitude and longitude."))

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class Area(models.Model):
    """A specialisation area of the regional innovation strategy."""

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("specialisation area")
        verbose_name_plural = _("specialisation areas")
        ordering = ["position", "slug"]

    def __str__(self):
        return self.name


class Goal(models.Model):
    """One of the UN sustainable development goals, used as a classification."""

    number = models.PositiveSmallIntegerField(
        _("number"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(17)]
    )
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        verbose_name = _("sustainable development goal")
        verbose_name_plural = _("sustainable development goals")
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.name}"


class ChallengeStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open for ideas")
    IN_PROGRESS = "in_progress", _("In progress")
    CLOSED = "closed", _("Closed")


class ChallengeQuerySet(models.QuerySet):
    def public(self):
        return self.exclude(status=ChallengeStatus.DRAFT)


class Challenge(models.Model):
    """A problem the city cannot solve alone and asks the outside world for help with."""

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    body = models.TextField(_("description"), blank=True)
    owner = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="owned_challenges",
        verbose_name=_("owning administration"),
        limit_choices_to={"kind": OrganisationKind.CITY_ADMINISTRATION},
    )
    areas = models.ManyToManyField(Area, blank=True, related_name="challenges", verbose_name=_("areas"))
    goals = models.ManyToManyField(Goal, blank=True, related_name="challenges", verbose_name=_("goals"))
    status = models.CharField(
        _("status"), max_length=20, choices=ChallengeStatus.choices, default=ChallengeStatus.DRAFT
    )
    opens_on = models.DateField(_("open from"), null=True, blank=True)
    closes_on = models.DateField(_("open until"), null=True, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ChallengeQuerySet.as_manager()

    class Meta:
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")
        ordering = ["-opens_on", "slug"]
        indexes = [models.Index(fields=["status"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("portfolio:challenge-detail", kwargs={"slug": self.slug})

    def clean(self):
        refuse_reserved(self.slug)
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError({"closes_on": _("The closing date cannot be before the opening date.")})


class InnovationType(models.TextChoices):
    IDEA = "idea", _("Idea-driven")
    NEED = "need", _("Need-driven")
    OPPORTUNITY = "opportunity", _("Opportunity-driven")


class Stage(models.IntegerChoices):
    UNDERSTAND = 1, _("1. Understand the need")
    DEVELOP = 2, _("2. Develop and test")
    SCALE = 3, _("3. Evaluate and scale")


class Outcome(models.TextChoices):
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    SCALED = "scaled", _("Scaled")
    STOPPED = "stopped", _("Stopped")


def require_lessons_when_stopped(outcome: str, lessons_learned: str | None) -> None:
    """An initiative cannot be stopped without lessons learned.

    The seeds insist on transparency about failures: a stopped initiative stays public
    with what it taught. The lessons must be written in the default language, the one
    every other language falls back to, so that every visitor sees them.
    """
    if outcome == Outcome.STOPPED and not (lessons_learned or "").strip():
        raise ValidationError(
            {
                "lessons_learned_" + settings.MODELTRANSLATION_DEFAULT_LANGUAGE: _(
                    "An initiative cannot be stopped without lessons learned. "
                    "Write what the initiative taught before stopping it."
                )
            }
        )


class Initiative(models.Model):
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    external_id = models.CharField(
        _("external id"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_(
            "The identifier in the city's own records; imports match rows by it. Defaults to the slug."
        ),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    what = models.TextField(_("what"), blank=True)
    why = models.TextField(_("why"), blank=True)
    how = models.TextField(_("how"), blank=True)
    lessons_learned = models.TextField(_("lessons learned"), blank=True)
    innovation_type = models.CharField(_("innovation type"), max_length=20, choices=InnovationType.choices)
    stage = models.PositiveSmallIntegerField(_("stage"), choices=Stage.choices, default=Stage.UNDERSTAND)
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, default=Outcome.ACTIVE)
    owner = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="owned_initiatives",
        verbose_name=_("owning administration"),
        limit_choices_to={"kind": OrganisationKind.CITY_ADMINISTRATION},
    )
    partners = models.ManyToManyField(
        Organisation, through="Partnership", related_name="partner_initiatives", verbose_name=_("partners")
    )
    areas = models.ManyToManyField(Area, blank=True, related_name="initiatives", verbose_name=_("areas"))
    goals = models.ManyToManyField(Goal, blank=True, related_name="initiatives", verbose_name=_("goals"))
    challenges = models.ManyToManyField(
        Challenge, blank=True, related_name="initiatives", verbose_name=_("challenges addressed")
    )
    starts_on = models.DateField(_("start date"), null=True, blank=True)
    ends_on = models.DateField(_("end date"), null=True, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    image = models.ImageField(_("image"), upload_to="initiatives/", blank=True)
    image_description = models.CharField(
        _("image description"), max_length=300, blank=True, help_text=_("Alternative text for the image.")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    is_city_wide = models.BooleanField(_("city-wide"), default=False)
    challenges_core_business = models.BooleanField(_("challenges the core business"), default=False)
    involves_residents = models.BooleanField(_("residents involved"), default=False)
    is_featured = models.BooleanField(_("featured"), default=False)
    # Case-folded text of every language, so that part of a compound word ("avlopp" in
    # "avloppssystem") matches the same way on SQLite and PostgreSQL.
    search_text = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")
        ordering = ["-starts_on", "slug"]
        indexes = [
            # With the key, so that filters on stage and outcome (the home page's numbers,
            # the list's counts) join other tables from the index without reading the rows.
            models.Index(fields=["stage", "outcome"], include=["id"], name="initiative_stage_outcome"),
            models.Index(fields=["outcome"]),
            models.Index(fields=["innovation_type"]),
            models.Index(fields=["-starts_on", "slug"]),
            models.Index(fields=["-updated_at"]),
            # The map asks for the located initiatives inside a box.
            models.Index(
                fields=["latitude", "longitude", "id"],
                condition=models.Q(latitude__isnull=False, longitude__isnull=False),
                name="initiative_located",
            ),
            # The lessons page lists stopped and scaled initiatives by end date.
            models.Index(
                fields=["-ends_on", "slug"],
                condition=models.Q(outcome__in=[Outcome.STOPPED, Outcome.SCALED]),
                name="initiative_lessons_order",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.search_text = self.build_search_text()
        if not self.external_id:
            self.external_id = self.slug
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("portfolio:initiative-detail", kwargs={"slug": self.slug})

    def clean(self):
        refuse_reserved(self.slug)
        require_lessons_when_stopped(
            self.outcome, getattr(self, "lessons_learned_" + settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
        )
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end date cannot be before the start date.")})
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("A location needs both latitude and longitude."))

    def build_search_text(self) -> str:
        parts = []
        for field in ("title", "summary", "what", "why", "how", "lessons_learned"):
            for code, _name in settings.LANGUAGES:
                parts.append(getattr(self, f"{field}_{code}", "") or "")
        return "\n".join(part for part in parts if part).casefold()

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class Partnership(models.Model):
    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="partnerships", verbose_name=_("initiative")
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="partnerships", verbose_name=_("organisation")
    )
    role = models.CharField(_("role"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        constraints = [
            models.UniqueConstraint(
                fields=["initiative", "organisation"], name="one_partnership_per_organisation"
            )
        ]

    def __str__(self):
        return f"{self.organisation} – {self.initiative}"


class StageChange(models.Model):
    """One entry of an initiative's history: the stage and outcome it moved to, and why."""

    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="stage_changes", verbose_name=_("initiative")
    )
    decided_on = models.DateField(_("date"))
    stage = models.PositiveSmallIntegerField(_("stage"), choices=Stage.choices)
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    rationale = models.TextField(_("rationale"), blank=True)
    evidence = models.TextField(
        _("evidence"), blank=True, help_text=_("Reports, evaluations or observations the decision rests on.")
    )
    measurements = models.ManyToManyField(
        "KpiMeasurement", blank=True, related_name="+", verbose_name=_("measured values looked at")
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("stage change")
        verbose_name_plural = _("stage history")
        ordering = ["decided_on", "id"]

    def __str__(self):
        return f"{self.decided_on}: {self.get_stage_display()} / {self.get_outcome_display()}"


class Kpi(models.Model):
    """An effect an initiative aims for, measured over time against a baseline and target."""

    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="kpis", verbose_name=_("initiative")
    )
    name = models.CharField(_("indicator"), max_length=200)
    unit = models.CharField(
        _("unit"), max_length=30, blank=True, help_text=_("For example %, kg, tonnes CO₂e or people.")
    )
    baseline = models.DecimalField(_("baseline"), max_digits=14, decimal_places=2, null=True, blank=True)
    target = models.DecimalField(_("target"), max_digits=14, decimal_places=2, null=True, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("key performance indicator")
        verbose_name_plural = _("key performance indicators")
        ordering = ["position", "id"]

    def __str__(self):
        return self.name

    @property
    def html_id(self) -> str:
        return f"kpi-{self.pk}-chart"


class KpiMeasurement(models.Model):
    kpi = models.ForeignKey(
        Kpi, on_delete=models.CASCADE, related_name="measurements", verbose_name=_("indicator")
    )
    measured_on = models.DateField(_("measured on"))
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    source = models.CharField(_("source"), max_length=300, help_text=_("Where the value comes from."))

    class Meta:
        verbose_name = _("measured value")
        verbose_name_plural = _("measured values")
        ordering = ["measured_on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["kpi", "measured_on"], name="one_measurement_per_kpi_and_day")
        ]

    def __str__(self):
        return f"{self.kpi}: {self.value} {self.kpi.unit} ({self.measured_on})"


class Role(models.TextChoices):
    COACH = "coach", _("Innovation coach / moderator")
    EDITOR = "editor", _("Administration editor")
    ASSESSOR = "assessor", _("Assessor")
    FUND_MANAGER = "fund_manager", _("Fund manager")
    ADMINISTRATOR = "administrator", _("Administrator")


class StaffRole(models.Model):
    """A role a person holds in the city's innovation work. Editors hold it for one
    administration and edit only that administration's initiatives and challenges."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_roles",
        verbose_name=_("person"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="staff_roles",
        limit_choices_to={"kind": OrganisationKind.CITY_ADMINISTRATION},
        verbose_name=_("administration"),
        help_text=_("Required for administration editors."),
    )

    class Meta:
        verbose_name = _("staff role")
        verbose_name_plural = _("staff roles")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "organisation"], name="one_role_per_person_and_scope"
            ),
            models.UniqueConstraint(
                fields=["user", "role"],
                condition=models.Q(organisation=None),
                name="one_unscoped_role_per_person",
            ),
        ]

    def __str__(self):
        if self.organisation_id:
            return f"{self.user} – {self.get_role_display()} ({self.organisation})"
        return f"{self.user} – {self.get_role_display()}"

    def clean(self):
        if self.role == Role.EDITOR and not self.organisation_id:
            raise ValidationError({"organisation": _("An administration editor needs an administration.")})
        if self.role != Role.EDITOR and self.organisation_id:
            raise ValidationError(
                {"organisation": _("Only administration editors are tied to an administration.")}
            )
