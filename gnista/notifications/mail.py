"""Notification emails: one at a time or as a daily digest, in the recipient's language,
each with a working unsubscribe link. Sent by the Tasks worker (`gnista worker`)."""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .models import Notification

UNSUBSCRIBE_SALT = "gnista.notifications.unsubscribe"


def unsubscribe_token(user) -> str:
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def user_pk_from_token(token: str) -> int | None:
    try:
        return int(signing.loads(token, salt=UNSUBSCRIBE_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def deliver(user, notifications: list[Notification]) -> None:
    with translation.override(user.language):
        unsubscribe = absolute(
            reverse("notifications:unsubscribe", kwargs={"token": unsubscribe_token(user)})
        )
        context = {
            "user": user,
            "notifications": notifications,
            "site_url": settings.SITE_URL.rstrip("/"),
            "unsubscribe_url": unsubscribe,
            "settings_url": absolute(reverse("accounts:profile")),
        }
        subject = render_to_string("notifications/subject.txt", context).strip()
        body = render_to_string("notifications/email.txt", context)
    EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject,
        body=body,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    ).send()
    Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(sent_at=timezone.now())


def unsent():
    return Notification.objects.filter(sent_at__isnull=True).select_related(
        "user",
        "idea",
        "idea__challenge",
        "comment",
        "comment__author",
        "offer",
        "offer__challenge",
        "initiative",
    )


@task()
def send_notification(notification_id: int) -> None:
    notification = unsent().filter(pk=notification_id).first()
    if notification is not None and notification.user.notifications == "immediate":
        deliver(notification.user, [notification])


@task()
def send_digests() -> int:
    """Send each person who chose the daily digest everything not yet sent; returns how many emails."""
    by_user: dict[int, list[Notification]] = {}
    for notification in unsent().filter(user__notifications="daily"):
        by_user.setdefault(notification.user_id, []).append(notification)
    for notifications in by_user.values():
        deliver(notifications[0].user, notifications)
    return len(by_user)
