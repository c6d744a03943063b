"""Every write with rules in participation: pages, moderation and the admin call these."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from gnista.portfolio import services as portfolio_services
from gnista.portfolio.models import Initiative, InnovationType, Outcome, Stage

from . import signals
from .models import (
    Affiliation,
    AffiliationStatus,
    Comment,
    Idea,
    IdeaStatus,
    ModerationAction,
    ModerationLog,
    Offer,
    Report,
    Support,
)

# The idea life cycle: which status can follow which. Conversion has its own function.
TRANSITIONS = {
    IdeaStatus.DRAFT: {IdeaStatus.SUBMITTED},
    IdeaStatus.SUBMITTED: {IdeaStatus.IN_REVIEW, IdeaStatus.ACCEPTED, IdeaStatus.DECLINED},
    IdeaStatus.IN_REVIEW: {IdeaStatus.ACCEPTED, IdeaStatus.DECLINED},
    IdeaStatus.ACCEPTED: {IdeaStatus.IN_REVIEW, IdeaStatus.CONVERTED},
    IdeaStatus.DECLINED: {IdeaStatus.IN_REVIEW},
    IdeaStatus.CONVERTED: set(),
}
COMMENT_EDIT_WINDOW = datetime.timedelta(minutes=15)


def log(moderator, action, *, reason="", detail="", **target) -> ModerationLog:
    return ModerationLog.objects.create(
        moderator=moderator, action=action, reason=reason, detail=detail, **target
    )


@transaction.atomic
def submit_idea(idea: Idea, *, author, areas=(), confirmed_public_record: bool) -> Idea:
    """Publish an idea. The author must have confirmed that it becomes a public record."""
    if not confirmed_public_record:
        raise ValidationError(_("Confirm that you understand that the idea becomes a public record."))
    if idea.challenge_id and not idea.challenge.status == "open":
        raise ValidationError(_("This challenge no longer takes ideas."))
    now = timezone.now()
    idea.author = author
    idea.status = IdeaStatus.SUBMITTED
    idea.public_record_confirmed_at = now
    idea.submitted_at = now
    idea.full_clean()
    idea.save()
    idea.areas.set(areas)
    signals.idea_submitted.send(Idea, idea=idea)
    return idea


@transaction.atomic
def change_status(idea: Idea, status: str, *, by, reason: str = "") -> Idea:
    """Move an idea along its life cycle; only the transitions in TRANSITIONS are possible."""
    idea = Idea.objects.select_for_update().get(pk=idea.pk)
    if status not in IdeaStatus.values:
        raise ValidationError(_("That is not a status an idea can have."))
    if status == IdeaStatus.CONVERTED:
        raise ValidationError(_("Use the conversion to turn an idea into an initiative."))
    if status not in TRANSITIONS[idea.status]:
        raise ValidationError(
            _("An idea that is “%(current)s” cannot become “%(new)s”.")
            % {"current": idea.get_status_display(), "new": IdeaStatus(status).label}
        )
    if status == IdeaStatus.DECLINED and not reason.strip():
        raise ValidationError(_("Tell the author why the idea is declined."))
    previous = idea.get_status_display()
    idea.status = status
    idea.decline_reason = reason if status == IdeaStatus.DECLINED else ""
    idea.save(update_fields=["status", "decline_reason", "updated_at"])
    log(
        by,
        ModerationAction.STATUS,
        idea=idea,
        reason=reason,
        detail=f"{previous} → {idea.get_status_display()}",
    )
    signals.idea_status_changed.send(Idea, idea=idea)
    return idea


@transaction.atomic
def convert_to_initiative(idea: Idea, *, by, owner, slug: str) -> Initiative:
    """Turn an accepted idea into an initiative at stage 1 that links back to it."""
    idea = Idea.objects.select_for_update().get(pk=idea.pk)
    if IdeaStatus.CONVERTED not in TRANSITIONS[idea.status]:
        raise ValidationError(_("Only an accepted idea can become an initiative."))
    initiative = Initiative(
        slug=slug,
        title_sv=idea.title,
        summary_sv=idea.description[:1000],
        why_sv=idea.need,
        innovation_type=InnovationType.NEED if idea.challenge_id else InnovationType.IDEA,
        stage=Stage.UNDERSTAND,
        outcome=Outcome.ACTIVE,
        owner=owner,
        involves_residents=True,
    )
    portfolio_services.save_initiative(
        initiative, by=by, rationale=_("Started from an idea on the platform.")
    )
    initiative.areas.set(idea.areas.all())
    if idea.challenge_id:
        initiative.challenges.add(idea.challenge)
    idea.status = IdeaStatus.CONVERTED
    idea.initiative = initiative
    idea.save(update_fields=["status", "initiative", "updated_at"])
    log(by, ModerationAction.CONVERT, idea=idea, detail=initiative.slug)
    signals.idea_status_changed.send(Idea, idea=idea)
    return initiative


def support(idea: Idea, user) -> bool:
    """Support an idea once; returns whether a new support was counted."""
    if not idea.is_public or idea.status == IdeaStatus.DECLINED:
        raise ValidationError(_("This idea cannot be supported."))
    try:
        with transaction.atomic():
            Support.objects.create(idea=idea, user=user)
            Idea.objects.filter(pk=idea.pk).update(support_count=F("support_count") + 1)
    except IntegrityError:
        return False
    return True


@transaction.atomic
def withdraw_support(idea: Idea, user) -> bool:
    deleted, _ = Support.objects.filter(idea=idea, user=user).delete()
    if deleted:
        Idea.objects.filter(pk=idea.pk).update(support_count=F("support_count") - 1)
    return bool(deleted)


@transaction.atomic
def add_comment(idea: Idea, *, author, body: str, parent: Comment | None = None) -> Comment:
    if not idea.is_public:
        raise ValidationError(_("This idea cannot be commented on."))
    if parent is not None and parent.idea_id != idea.pk:
        raise ValidationError(_("The comment you reply to belongs to another idea."))
    comment = Comment(idea=idea, author=author, body=body, parent=parent)
    comment.full_clean()
    comment.save()
    signals.comment_added.send(Comment, comment=comment)
    return comment


def can_edit(comment: Comment, user) -> bool:
    return (
        comment.author_id == user.pk
        and not comment.is_deleted
        and timezone.now() - comment.created_at <= COMMENT_EDIT_WINDOW
    )


def edit_comment(comment: Comment, *, user, body: str) -> Comment:
    if not can_edit(comment, user):
        raise PermissionDenied(_("A comment can only be edited by its author, within 15 minutes."))
    comment.body = body
    comment.edited_at = timezone.now()
    comment.full_clean()
    comment.save(update_fields=["body", "edited_at"])
    return comment


def delete_comment(comment: Comment, *, user) -> None:
    """Authors delete their own comments; replies to it stay readable."""
    if comment.author_id != user.pk:
        raise PermissionDenied(_("You can only delete your own comments."))
    comment.is_deleted = True
    comment.body = ""
    comment.save(update_fields=["is_deleted", "body"])


def report(*, reporter, reason: str, idea: Idea | None = None, comment: Comment | None = None) -> Report:
    item = Report(reporter=reporter, reason=reason, idea=idea, comment=comment)
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def offer_help(offer: Offer) -> Offer:
    if offer.challenge.status != "open":
        raise ValidationError(_("This challenge no longer takes offers of help."))
    offer.full_clean()
    offer.save()
    signals.offer_made.send(Offer, offer=offer)
    return offer


MODERATED = {"idea": Idea, "comment": Comment, "offer": Offer}


@transaction.atomic
def moderate(target, action: str, *, by, reason: str) -> None:
    """Hide, restore or mark as spam an idea, a comment or an offer, with the reason logged."""
    if not reason.strip():
        raise ValidationError(_("Give a reason; it is kept in the moderation log."))
    if action == ModerationAction.HIDE:
        target.is_hidden = True
    elif action == ModerationAction.RESTORE:
        target.is_hidden = False
        if isinstance(target, Idea):
            target.is_spam = False
    elif action == ModerationAction.SPAM and isinstance(target, Idea):
        target.is_hidden = target.is_spam = True
    else:
        raise ValidationError(_("That is not a moderation action."))
    target.save()
    kind = type(target).__name__.lower()
    log(by, action, reason=reason, **{kind: target})
    reports = Report.objects.filter(**{kind: target}, resolved_at__isnull=True) if kind != "offer" else None
    if reports is not None:
        reports.update(resolved_at=timezone.now())


def request_affiliation(affiliation: Affiliation) -> Affiliation:
    """A new or changed affiliation waits for staff to approve it."""
    affiliation.status = AffiliationStatus.REQUESTED
    if affiliation.organisation_id:
        affiliation.requested_name = ""
    affiliation.full_clean()
    affiliation.save()
    return affiliation
