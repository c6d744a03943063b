"""Loads participation demo data (data.py): people, ideas with supports and comments, and
offers of help on the demo challenges. Idempotent: records are matched and updated.

Supports, comments and offers have no dates in data.py; they are dated from what they
belong to (the idea's submission, the challenge's opening), never after today, so that
the impact page shows the platform's use spread over time as it happened."""

import collections
import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from gnista.portfolio.models import Area, Challenge, Organisation

from ..models import Comment, Idea, Offer, Support
from . import data

# The demo platform opened with its first idea; offers are not older than that.
PLATFORM_OPENED = datetime.date(2025, 6, 1)


def moment(value: str) -> datetime.datetime:
    day = datetime.date.fromisoformat(value)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))


def later(start: datetime.datetime, days: int, hours: int = 0) -> datetime.datetime:
    return min(start + datetime.timedelta(days=days, hours=hours), timezone.now())


def date_records(model, records_and_moments) -> None:
    """created_at is set by the database on insert; the demo's dates are written after."""
    for record, when in records_and_moments:
        model.objects.filter(pk=record.pk).update(created_at=when)


def load_people() -> dict:
    people = {}
    for item in data.PEOPLE:
        person, _created = get_user_model().objects.update_or_create(
            email=item["email"],
            defaults={
                "username": f"demo-{item['key']}",
                "display_name": item["display_name"],
                "language": item["language"],
            },
        )
        if person.has_usable_password():
            person.set_unusable_password()  # demo people cannot sign in
            person.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(
            user=person, email=person.email, defaults={"verified": True, "primary": True}
        )
        people[item["key"]] = person
    return people


def load_idea(item, people) -> Idea:
    author = people[item["author"]]
    idea = Idea.objects.filter(author=author, title=item["title"]).first() or Idea(author=author)
    idea.title = item["title"]
    idea.description = item["description"]
    idea.need = item["need"]
    idea.language = item["language"]
    idea.challenge = Challenge.objects.get(slug=item["challenge"]) if item.get("challenge") else None
    idea.status = item["status"]
    idea.decline_reason = item.get("decline_reason", "")
    idea.submitted_at = idea.public_record_confirmed_at = moment(item["submitted"])
    idea.support_count = len(item["supporters"])
    idea.full_clean()
    idea.save()
    idea.areas.set(Area.objects.filter(slug__in=item["areas"]))
    idea.supports.all().delete()
    supports = Support.objects.bulk_create(Support(idea=idea, user=people[key]) for key in item["supporters"])
    date_records(Support, ((support, later(idea.submitted_at, n + 1)) for n, support in enumerate(supports)))
    idea.comments.all().delete()
    for n, thread in enumerate(item["comments"]):
        comment = Comment.objects.create(idea=idea, author=people[thread["author"]], body=thread["body"])
        dated = [(comment, later(idea.submitted_at, 2 * (n + 1)))]
        for hours, reply in enumerate(thread.get("replies", []), start=1):
            answer = Comment.objects.create(
                idea=idea, parent=comment, author=people[reply["author"]], body=reply["body"]
            )
            dated.append((answer, later(idea.submitted_at, 2 * (n + 1), hours=3 * hours)))
        date_records(Comment, dated)
    return idea


def load_offers(people) -> int:
    earlier_offers = collections.Counter()
    for item in data.OFFERS:
        organisation = (
            Organisation.objects.get(slug=item["organisation"]) if item.get("organisation") else None
        )
        challenge = Challenge.objects.get(slug=item["challenge"])
        earlier_offers[challenge.pk] += 1
        opened = moment(max(challenge.opens_on or PLATFORM_OPENED, PLATFORM_OPENED).isoformat())
        offer, _created = Offer.objects.update_or_create(
            challenge=challenge,
            user=people[item["person"]],
            defaults={
                "organisation": organisation,
                "contributions": item["contributions"],
                "message": item["message"],
                "contact_consent": item["contact_consent"],
                "show_organisation": item["show_organisation"],
            },
        )
        date_records(Offer, [(offer, later(opened, 7 * earlier_offers[challenge.pk]))])
    return len(data.OFFERS)


@transaction.atomic
def load() -> dict[str, int]:
    people = load_people()
    for item in data.IDEAS:
        load_idea(item, people)
    return {"people": len(people), "ideas": len(data.IDEAS), "offers": load_offers(people)}
