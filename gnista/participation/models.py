"""What residents, companies, academia and associations bring: ideas, supports,
comments, reports and offers of help, and the moderation of all of it."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gnista.portfolio.models import Area, Challenge, Initiative, Organisation


class IdeaStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    CONVERTED = "converted", _("Became an initiative")


PUBLIC_STATUSES = [
    IdeaStatus.SUBMITTED,
    IdeaStatus.IN_REVIEW,
    IdeaStatus.ACCEPTED,
    IdeaStatus.DECLINED,
    IdeaStatus.CONVERTED,
]


class IdeaQuerySet(models.QuerySet):
    def public(self):
        return self.filter(status__in=PUBLIC_STATUSES, is_hidden=False)


def attachment_path(instance, filename):
    return f"ideas/{instance.pk or 'new'}/{filename}"


class Idea(models.Model):
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=10_000)
    need = models.TextField(_("the need it meets"), max_length=5_000)
    areas = models.ManyToManyField(Area, blank=True, related_name="ideas", verbose_name=_("areas"))
    challenge = models.ForeignKey(
        Challenge,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ideas",
        verbose_name=_("challenge"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="ideas",
        verbose_name=_("author"),
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=20, choices=IdeaStatus.choices, default=IdeaStatus.DRAFT
    )
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    initiative = models.OneToOneField(
        Initiative,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="source_idea",
        verbose_name=_("initiative"),
    )
    attachment = models.FileField(_("attachment"), upload_to=attachment_path, blank=True)
    public_record_confirmed_at = models.DateTimeField(_("public record confirmed"), null=True, blank=True)
    is_hidden = models.BooleanField(_("hidden by moderation"), default=False)
    is_spam = models.BooleanField(_("spam"), default=False)
    support_count = models.PositiveIntegerField(_("supports"), default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    objects = IdeaQuerySet.as_manager()

    class Meta:
        verbose_name = _("idea")
        verbose_name_plural = _("ideas")
        ordering = ["-submitted_at", "-id"]
        indexes = [
            models.Index(fields=["status", "is_hidden", "-submitted_at"]),
            models.Index(fields=["-support_count"]),
            # Public ideas newest first (the idea list, the home page): without it the
            # database sorts every public idea to show a page of them.
            models.Index(
                fields=["-submitted_at", "-id"],
                condition=models.Q(status__in=PUBLIC_STATUSES, is_hidden=False),
                name="idea_public_newest",
            ),
            # A challenge's public ideas, most supported first, and how many there are
            # (the challenge page): read from the index alone, not from thousands of rows.
            models.Index(
                fields=["challenge", "-support_count", "-submitted_at"],
                condition=models.Q(status__in=PUBLIC_STATUSES, is_hidden=False),
                name="idea_public_by_challenge",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("participation:idea-detail", kwargs={"pk": self.pk})

    @property
    def is_public(self) -> bool:
        return self.status in PUBLIC_STATUSES and not self.is_hidden

    @property
    def author_name(self) -> str:
        return self.author.public_name if self.author else str(_("Former participant"))

    @property
    def attachment_is_image(self) -> bool:
        return self.attachment.name.lower().endswith((".png", ".jpg", ".jpeg", ".webp"))


class Support(models.Model):
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="supports")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supports")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [models.UniqueConstraint(fields=["idea", "user"], name="one_support_per_person")]

    def __str__(self):
        return f"{self.user_id} → {self.idea_id}"


class Comment(models.Model):
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="comments", verbose_name=_("idea"))
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name=_("reply to"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="comments"
    )
    body = models.TextField(_("comment"), max_length=3_000)
    is_deleted = models.BooleanField(_("deleted by its author"), default=False)
    is_hidden = models.BooleanField(_("hidden by moderation"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.body[:60]

    def clean(self):
        if self.parent_id and self.parent.parent_id:
            raise ValidationError(_("Replies can only be made to a comment, not to a reply."))

    @property
    def author_name(self) -> str:
        return self.author.public_name if self.author else str(_("Former participant"))


class Report(models.Model):
    """Someone thinks an idea or a comment is inappropriate."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, null=True, blank=True, related_name="reports")
    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, null=True, blank=True, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reason = models.TextField(_("what is wrong"), max_length=1_000)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(idea__isnull=False, comment__isnull=True)
                | models.Q(idea__isnull=True, comment__isnull=False),
                name="report_targets_one_thing",
            )
        ]

    def __str__(self):
        return self.reason[:60]


class Contribution(models.TextChoices):
    COMPETENCE = "competence", _("Competence")
    TEST_SITE = "test_site", _("A test site")
    DATA = "data", _("Data")
    MONEY = "money", _("Money")
    TIME = "time", _("Time")


class Offer(models.Model):
    """An offer of help on an open challenge."""

    challenge = models.ForeignKey(
        Challenge, on_delete=models.CASCADE, related_name="offers", verbose_name=_("challenge")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="offers"
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="offers",
        verbose_name=_("on behalf of"),
    )
    contributions = models.JSONField(_("what you bring"), default=list)
    message = models.TextField(_("message"), max_length=5_000)
    contact_consent = models.BooleanField(_("the city may contact me about this offer"), default=False)
    show_organisation = models.BooleanField(_("show my organisation publicly"), default=False)
    is_hidden = models.BooleanField(_("hidden by moderation"), default=False)
    created_at = models.DateTimeField(_("offered"), auto_now_add=True)

    class Meta:
        verbose_name = _("offer of help")
        verbose_name_plural = _("offers of help")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.challenge}: {self.message[:40]}"

    def get_contributions_display(self) -> list[str]:
        labels = dict(Contribution.choices)
        return [str(labels[value]) for value in self.contributions if value in labels]


class ModerationAction(models.TextChoices):
    HIDE = "hide", _("Hidden")
    RESTORE = "restore", _("Restored")
    SPAM = "spam", _("Marked as spam")
    STATUS = "status", _("Status changed")
    CONVERT = "convert", _("Converted to an initiative")
    RESOLVE_REPORT = "resolve_report", _("Report resolved")


class ModerationLog(models.Model):
    """Every moderation act: who, when, what, why."""

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("moderator"),
    )
    action = models.CharField(_("action"), max_length=20, choices=ModerationAction.choices)
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, null=True, blank=True, related_name="moderation")
    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, null=True, blank=True, related_name="moderation"
    )
    offer = models.ForeignKey(
        Offer, on_delete=models.CASCADE, null=True, blank=True, related_name="moderation"
    )
    detail = models.CharField(_("what changed"), max_length=200, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("moderation log entry")
        verbose_name_plural = _("moderation log")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.get_action_display()}"


class AffiliationStatus(models.TextChoices):
    REQUESTED = "requested", _("Waiting for approval")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")


class Affiliation(models.Model):
    """The organisation a person belongs to: chosen from the directory, or asked for
    when it is not there yet. Staff approve it; an approved affiliation with a city
    administration lets the person see all offers on that administration's challenges."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="affiliation"
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="affiliations",
        verbose_name=_("organisation"),
    )
    requested_name = models.CharField(
        _("organisation not in the directory"),
        max_length=200,
        blank=True,
        help_text=_("If your organisation is not in the list, write its name and the city adds it."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=AffiliationStatus.choices, default=AffiliationStatus.REQUESTED
    )
    created_at = models.DateTimeField(_("requested"), auto_now=True)

    class Meta:
        verbose_name = _("affiliation")
        verbose_name_plural = _("affiliations")

    def __str__(self):
        return f"{self.user} – {self.organisation or self.requested_name}"

    def clean(self):
        if not self.organisation_id and not self.requested_name.strip():
            raise ValidationError(_("Choose your organisation or write its name."))
