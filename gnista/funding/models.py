"""The innovation fund: criteria, funding applications, assessments, grants and spending.

Amounts are whole kronor (the fund's currency). Writes with rules go through services.py."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Sum
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gnista.core.slugs import refuse_reserved
from gnista.portfolio.models import Initiative


class CriterionQuerySet(models.QuerySet):
    def current(self):
        return self.filter(retired_at__isnull=True)


class Criterion(models.Model):
    """One assessment criterion. A criterion that has been used is never edited in
    place: revising it retires it and adds its successor, so an old assessment still
    shows the criteria it was made against."""

    title = models.CharField(_("criterion"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    replaces = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="successor",
        verbose_name=_("replaces"),
    )
    retired_at = models.DateTimeField(_("retired"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = CriterionQuerySet.as_manager()

    class Meta:
        verbose_name = _("assessment criterion")
        verbose_name_plural = _("assessment criteria")
        ordering = ["position", "id"]

    def __str__(self):
        return self.title


class Fund(models.Model):
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    budget = models.PositiveBigIntegerField(_("budget (kr)"))
    currency = models.CharField(_("currency"), max_length=3, default="SEK")
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"))

    class Meta:
        verbose_name = _("fund")
        verbose_name_plural = _("funds")
        ordering = ["-starts_on", "slug"]

    def __str__(self):
        return self.name

    def clean(self):
        refuse_reserved(self.slug)
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end date cannot be before the start date.")})

    def granted(self) -> int:
        return self.grants.aggregate(total=Sum("amount"))["total"] or 0


class FundingRound(models.Model):
    """A call for applications to a fund, with its own deadline; applications in a
    round are ranked against each other."""

    fund = models.ForeignKey(Fund, on_delete=models.PROTECT, related_name="rounds", verbose_name=_("fund"))
    name = models.CharField(_("name"), max_length=200)
    opens_on = models.DateField(_("open from"))
    closes_on = models.DateField(_("open until"))

    class Meta:
        verbose_name = _("funding round")
        verbose_name_plural = _("funding rounds")
        ordering = ["-opens_on", "id"]

    def __str__(self):
        return f"{self.fund} – {self.name}"

    def clean(self):
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError({"closes_on": _("The closing date cannot be before the opening date.")})


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for assessment")
    GRANTED = "granted", _("Granted")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Application(models.Model):
    initiative = models.ForeignKey(
        Initiative,
        on_delete=models.PROTECT,
        related_name="funding_applications",
        verbose_name=_("initiative"),
    )
    round = models.ForeignKey(
        FundingRound, on_delete=models.PROTECT, related_name="applications", verbose_name=_("funding round")
    )
    amount_requested = models.PositiveBigIntegerField(
        _("amount requested (kr)"), validators=[MinValueValidator(1)]
    )
    co_funding = models.PositiveBigIntegerField(
        _("co-funding (kr)"),
        default=0,
        help_text=_("Money the administration and partners put in themselves."),
    )
    plan = models.TextField(
        _("plan"), help_text=_("What the money is for, step by step, and what it should lead to.")
    )
    period_starts_on = models.DateField(_("period from"))
    period_ends_on = models.DateField(_("period until"))
    status = models.CharField(
        _("status"), max_length=20, choices=ApplicationStatus.choices, default=ApplicationStatus.DRAFT
    )
    criteria = models.ManyToManyField(
        Criterion, blank=True, related_name="applications", verbose_name=_("assessed against")
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="funding_applications",
        verbose_name=_("applicant"),
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    decision = models.TextField(_("decision"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("funding application")
        verbose_name_plural = _("funding applications")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status"])]

    def __str__(self):
        return f"{self.initiative} ({self.amount_requested:,} kr)".replace(",", "\u00a0")

    def get_absolute_url(self):
        return reverse("funding:application", kwargs={"pk": self.pk})

    def clean(self):
        if self.period_starts_on and self.period_ends_on and self.period_ends_on < self.period_starts_on:
            raise ValidationError({"period_ends_on": _("The end of the period cannot be before its start.")})


class Verdict(models.TextChoices):
    MET = "met", _("Met")
    NOT_MET = "not_met", _("Not met")
    NOT_APPLICABLE = "not_applicable", _("Not applicable")


class Assessment(models.Model):
    """One assessor's view of an application."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="assessments", verbose_name=_("application")
    )
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="assessments",
        verbose_name=_("assessor"),
    )
    comment = models.TextField(_("overall comment"), blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["application", "assessor"], name="one_assessment_per_assessor")
        ]

    def __str__(self):
        return f"{self.application} – {self.assessor}"


class Answer(models.Model):
    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="answers", verbose_name=_("assessment")
    )
    criterion = models.ForeignKey(
        Criterion, on_delete=models.PROTECT, related_name="+", verbose_name=_("criterion")
    )
    verdict = models.CharField(_("verdict"), max_length=20, choices=Verdict.choices)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["assessment", "criterion"], name="one_answer_per_criterion")
        ]

    def __str__(self):
        return f"{self.criterion}: {self.get_verdict_display()}"


class Grant(models.Model):
    application = models.OneToOneField(
        Application, on_delete=models.PROTECT, related_name="grant", verbose_name=_("application")
    )
    fund = models.ForeignKey(Fund, on_delete=models.PROTECT, related_name="grants", verbose_name=_("fund"))
    amount = models.PositiveBigIntegerField(_("amount (kr)"), validators=[MinValueValidator(1)])
    decided_on = models.DateField(_("decided on"))
    decision = models.TextField(_("decision"))
    conditions = models.TextField(_("conditions"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )

    class Meta:
        verbose_name = _("grant")
        verbose_name_plural = _("grants")
        ordering = ["-decided_on", "-id"]

    def __str__(self):
        return f"{self.application.initiative}: {self.amount:,} kr".replace(",", "\u00a0")

    def spent(self) -> int:
        return self.spendings.aggregate(total=Sum("amount"))["total"] or 0


class Spending(models.Model):
    grant = models.ForeignKey(
        Grant, on_delete=models.PROTECT, related_name="spendings", verbose_name=_("grant")
    )
    amount = models.PositiveBigIntegerField(_("amount (kr)"), validators=[MinValueValidator(1)])
    spent_on = models.DateField(_("date"))
    note = models.CharField(_("note"), max_length=300)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reported by"),
    )
    reported_at = models.DateTimeField(_("reported"), auto_now_add=True)

    class Meta:
        verbose_name = _("spending")
        verbose_name_plural = _("spending")
        ordering = ["-spent_on", "-id"]

    def __str__(self):
        return f"{self.spent_on}: {self.amount:,} kr".replace(",", "\u00a0")
