"""Who hears about what: each event becomes notifications for the people concerned."""

from django.db import transaction

from gnista.participation import signals as participation_signals
from gnista.participation.models import Affiliation, AffiliationStatus
from gnista.portfolio import signals as portfolio_signals

from . import mail
from .models import Event, Follow, Notification


def notify(users, event: str, **about) -> None:
    """Record a notification for each person who wants them, except the one who acted,
    and send the immediate ones once the transaction has committed."""
    actor = about.pop("actor", None)
    recipients = {user.pk: user for user in users if user is not None and user.notifications != "none"}
    recipients.pop(getattr(actor, "pk", None), None)
    created = Notification.objects.bulk_create(
        Notification(user=user, event=event, **about) for user in recipients.values()
    )
    immediate = [n.pk for n in created if n.user.notifications == "immediate"]
    if immediate:
        transaction.on_commit(lambda: [mail.send_notification.enqueue(pk) for pk in immediate])


def followers(**target):
    return [follow.user for follow in Follow.objects.filter(**target).select_related("user")]


def owner_staff(challenge):
    """People whose approved affiliation is the administration that owns the challenge."""
    return [
        affiliation.user
        for affiliation in Affiliation.objects.filter(
            organisation_id=challenge.owner_id, status=AffiliationStatus.APPROVED
        ).select_related("user")
    ]


def on_idea_submitted(sender, idea, **kwargs):
    if idea.challenge_id:
        people = followers(challenge=idea.challenge) + owner_staff(idea.challenge)
        notify(people, Event.NEW_IDEA, idea=idea, actor=idea.author)


def on_idea_status_changed(sender, idea, **kwargs):
    notify([idea.author, *followers(idea=idea)], Event.IDEA_STATUS, idea=idea)


def on_comment_added(sender, comment, **kwargs):
    if comment.parent_id and comment.parent.author_id:
        notify(
            [comment.parent.author],
            Event.COMMENT_REPLY,
            comment=comment,
            idea=comment.idea,
            actor=comment.author,
        )


def on_offer_made(sender, offer, **kwargs):
    people = followers(challenge=offer.challenge) + owner_staff(offer.challenge)
    notify(people, Event.NEW_OFFER, offer=offer, actor=offer.user)


def on_stage_changed(sender, initiative, change, **kwargs):
    notify(
        followers(initiative=initiative), Event.STAGE_CHANGE, initiative=initiative, actor=change.recorded_by
    )


def connect() -> None:
    participation_signals.idea_submitted.connect(on_idea_submitted, dispatch_uid="notify_new_idea")
    participation_signals.idea_status_changed.connect(
        on_idea_status_changed, dispatch_uid="notify_idea_status"
    )
    participation_signals.comment_added.connect(on_comment_added, dispatch_uid="notify_comment_reply")
    participation_signals.offer_made.connect(on_offer_made, dispatch_uid="notify_new_offer")
    portfolio_signals.stage_changed.connect(on_stage_changed, dispatch_uid="notify_stage_change")
