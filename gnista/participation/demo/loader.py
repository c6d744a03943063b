"""Loads participation demo data (data.py): people, ideas with supports and comments, and
offers of help on the demo challenges. Idempotent: records are matched and updated."""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from gnista.portfolio.models import Area, Challenge, Organisation

from ..models import Comment, Idea, Offer, Support
from . import data


def moment(value: str) -> datetime.datetime:
    day = datetime.date.fromisoformat(value)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))


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
    Support.objects.bulk_create(Support(idea=idea, user=people[key]) for key in item["supporters"])
    idea.comments.all().delete()
    for thread in item["comments"]:
        comment = Comment.objects.create(idea=idea, author=people[thread["author"]], body=thread["body"])
        for reply in thread.get("replies", []):
            Comment.objects.create(
                idea=idea, parent=comment, author=people[reply["author"]], body=reply["body"]
            )
    return idea


def load_offers(people) -> int:
    for item in data.OFFERS:
        organisation = (
            Organisation.objects.get(slug=item["organisation"]) if item.get("organisation") else None
        )
        Offer.objects.update_or_create(
            challenge=Challenge.objects.get(slug=item["challenge"]),
            user=people[item["person"]],
            defaults={
                "organisation": organisation,
                "contributions": item["contributions"],
                "message": item["message"],
                "contact_consent": item["contact_consent"],
                "show_organisation": item["show_organisation"],
            },
        )
    return len(data.OFFERS)


@transaction.atomic
def load() -> dict[str, int]:
    people = load_people()
    for item in data.IDEAS:
        load_idea(item, people)
    return {"people": len(people), "ideas": len(data.IDEAS), "offers": load_offers(people)}
