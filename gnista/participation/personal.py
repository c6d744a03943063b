"""Personal data held by participation, for the accounts app's data rights."""

from gnista.core import freshness

from . import services
from .models import Affiliation, Comment, Idea, Offer, Report, Support


def export(user) -> dict:
    return {
        "ideas": list(
            Idea.objects.filter(author=user).values(
                "id", "title", "description", "need", "status", "language", "submitted_at", "decline_reason"
            )
        ),
        "supports": list(Support.objects.filter(user=user).values("idea_id", "created_at")),
        "comments": list(Comment.objects.filter(author=user).values("id", "idea_id", "body", "created_at")),
        "offers": list(
            Offer.objects.filter(user=user).values(
                "id", "challenge__slug", "contributions", "message", "contact_consent", "created_at"
            )
        ),
        "affiliation": list(
            Affiliation.objects.filter(user=user).values("organisation__slug", "requested_name", "status")
        ),
        "reports": list(
            Report.objects.filter(reporter=user).values("idea_id", "comment_id", "reason", "created_at")
        ),
    }


def erase(user) -> None:
    """Ideas, comments and offers are public record: they stay without the name.
    Supports and reports say something about the person only, so they go."""
    freshness.changed()
    Idea.objects.filter(author=user).update(author=None)
    Comment.objects.filter(author=user).update(author=None)
    Offer.objects.filter(user=user).update(user=None, contact_consent=False)
    for support in Support.objects.filter(user=user).select_related("idea"):
        services.withdraw_support(support.idea, user)
    Report.objects.filter(reporter=user).update(reporter=None)
