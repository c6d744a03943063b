from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gnista.participation.models import Comment, Idea, Offer
from gnista.portfolio.models import Challenge, Initiative


class Follow(models.Model):
    """Someone follows a challenge, an idea or an initiative."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows")
    challenge = models.ForeignKey(
        Challenge, on_delete=models.CASCADE, null=True, blank=True, related_name="follows"
    )
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, null=True, blank=True, related_name="follows")
    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, null=True, blank=True, related_name="follows"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(fields=["user", "challenge"], name="follow_challenge_once"),
            models.UniqueConstraint(fields=["user", "idea"], name="follow_idea_once"),
            models.UniqueConstraint(fields=["user", "initiative"], name="follow_initiative_once"),
            models.CheckConstraint(
                condition=models.Q(challenge__isnull=False, idea__isnull=True, initiative__isnull=True)
                | models.Q(challenge__isnull=True, idea__isnull=False, initiative__isnull=True)
                | models.Q(challenge__isnull=True, idea__isnull=True, initiative__isnull=False),
                name="follow_one_thing",
            ),
        ]

    def __str__(self):
        return f"{self.user_id} → {self.challenge or self.idea or self.initiative}"


class Event(models.TextChoices):
    IDEA_STATUS = "idea_status", _("An idea changed status")
    COMMENT_REPLY = "comment_reply", _("A reply to a comment")
    NEW_IDEA = "new_idea", _("A new idea on a challenge")
    NEW_OFFER = "new_offer", _("A new offer of help on a challenge")
    STAGE_CHANGE = "stage_change", _("An initiative moved in the innovation model")


class Notification(models.Model):
    """One thing to tell one person, sent at once or in the daily digest."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications_set"
    )
    event = models.CharField(max_length=20, choices=Event.choices)
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["sent_at", "user"])]

    def __str__(self):
        return f"{self.get_event_display()} → {self.user_id}"
