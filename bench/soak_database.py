"""The database side of `make soak` (bench/soak.py), run in its own process with the
server's environment so that Django reads the same DATABASE_URL and SECRET_KEY:

    python bench/soak_database.py people '{"run": "a1b2", "count": 50}'
    python bench/soak_database.py check '{"run": "a1b2", "acknowledged": {...}}'

Each command prints one JSON object. Nothing here is part of gnista itself."""

# ruff: noqa: E402 -- the models can be imported only once django.setup() has run
import csv
import io
import json
import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gnista.settings")

import django

django.setup()

from allauth.account.models import EmailAddress
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.sessions.backends.db import SessionStore
from django.db import transaction
from django.db.models import Count, F

from gnista.accounts.middleware import SESSION_KEY as STAFF_HAS_TOTP
from gnista.notifications.models import Notification
from gnista.participation.models import Comment, Idea, Offer, Support
from gnista.portfolio import exports
from gnista.portfolio.models import Area, Challenge, ChallengeStatus, Initiative

PASSWORD = "soak-test-password-that-nobody-uses"
AUTH_BACKEND = "django.contrib.auth.backends.ModelBackend"


def signed_in_session(user, **extra) -> str:
    """A session as a sign-in with a verified email address leaves it (what the test
    client's force_login does), so that fifty people need not each pay the slow hasher."""
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = AUTH_BACKEND
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.update(extra)
    session.create()
    return session.session_key


@transaction.atomic
def people(run: str, count: int, staff: bool = False) -> dict:
    """`count` people with verified email addresses and one known password, each with a
    session; a staff member (two factors done) for the import; what they can act on."""
    User = get_user_model()
    password = make_password(PASSWORD)
    users = User.objects.bulk_create(
        User(username=f"soak-{run}-{number}", email=f"soak-{run}-{number}@soak.example", password=password)
        for number in range(count)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users
    )
    result = {
        "people": [{"id": user.pk, "session": signed_in_session(user)} for user in users],
        "ideas": list(Idea.objects.public().exclude(status="declined").values_list("pk", flat=True)[:40]),
        "challenges": list(
            Challenge.objects.public().filter(status=ChallengeStatus.OPEN).values_list("slug", flat=True)
        ),
        "areas": list(Area.objects.values_list("pk", flat=True)),
    }
    # Replies to these comments notify their author, who is none of the people replying:
    # a reply without its notification would be half a write.
    commenter = User.objects.create_user(f"soak-{run}-commenter", f"soak-{run}-commenter@soak.example")
    result["parents"] = [
        {
            "idea": idea,
            "comment": Comment.objects.create(idea_id=idea, author=commenter, body=f"soak {run}").pk,
        }
        for idea in result["ideas"][:5]
    ]
    if staff:
        admin = User.objects.create_superuser(
            f"soak-{run}-staff", f"soak-{run}-staff@soak.example", PASSWORD, is_staff=True
        )
        EmailAddress.objects.create(user=admin, email=admin.email, verified=True, primary=True)
        result["staff"] = {"id": admin.pk, "session": signed_in_session(admin, **{STAFF_HAS_TOTP: True})}
    return result


def check(run: str, acknowledged: dict) -> dict:
    """Which acknowledged writes are in the database, and whether any write is half done."""
    ideas = {
        marker: pk
        for pk, title in Idea.objects.filter(title__contains=f"soak-{run}").values_list("pk", "title")
        for marker in [title.rsplit(" ", 1)[-1]]
    }
    comments = set(Comment.objects.filter(body__contains=f"soak-{run}").values_list("body", flat=True))
    offers = set(Offer.objects.filter(message__contains=f"soak-{run}").values_list("message", flat=True))
    supports = {
        tuple(pair)
        for pair in Support.objects.filter(user__username__startswith=f"soak-{run}-").values_list(
            "user_id", "idea_id"
        )
    }
    found = {
        "ideas": [marker for marker in acknowledged["ideas"] if marker in ideas],
        "comments": [body for body in acknowledged["comments"] if body in comments],
        "offers": [message for message in acknowledged["offers"] if message in offers],
        "supports": [pair for pair in acknowledged["supports"] if tuple(pair) in supports],
    }
    stored = {
        "ideas": len(ideas),
        "comments": len(comments),
        "offers": len(offers),
        "supports": len(supports),
    }
    # Every idea was sent with AREAS_PER_IDEA areas, in the same transaction as the idea.
    ideas_missing_areas = (
        Idea.objects.filter(pk__in=ideas.values())
        .annotate(area_count=Count("areas"))
        .exclude(area_count=acknowledged["areas_per_idea"])
        .count()
    )
    replies = Comment.objects.filter(body__contains=f"soak-{run}", parent__isnull=False)
    replies_without_notification = replies.exclude(
        pk__in=Notification.objects.filter(comment__in=replies).values("comment_id")
    ).count()
    miscounted_ideas = (
        Idea.objects.annotate(counted=Count("supports")).exclude(support_count=F("counted")).count()
    )
    return {
        "acknowledged": {kind: len(items) for kind, items in acknowledged.items() if isinstance(items, list)},
        "found": {kind: len(items) for kind, items in found.items()},
        "stored": stored,
        "missing": {
            kind: [item for item in acknowledged[kind] if item not in found[kind]][:10] for kind in found
        },
        "half_written": {
            "ideas_without_their_areas": ideas_missing_areas,
            "replies_without_their_notification": replies_without_notification,
            "ideas_whose_support_count_is_off": miscounted_ideas,
        },
    }


def import_file(run: str, batch: str, rows: int) -> dict:
    """A portfolio CSV of `rows` new initiatives, copied from the first exported one."""
    exported = list(csv.DictReader(io.StringIO(b"".join(exports.csv_bytes()).decode("utf-8-sig"))))
    template = exported[0]
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=list(template))
    writer.writeheader()
    for number in range(rows):
        prefix = f"soak-{run}-{batch}-{number}"
        writer.writerow(template | {"external_id": prefix, "slug": prefix, "title_sv": f"Soak {prefix}"})
    return {"csv": output.getvalue()}


def imported(run: str, batches: list[str]) -> dict:
    """How many initiatives of each import batch are in the database."""
    return {
        batch: Initiative.objects.filter(external_id__startswith=f"soak-{run}-{batch}-").count()
        for batch in batches
    }


COMMANDS = {"people": people, "check": check, "import-file": import_file, "imported": imported}

if __name__ == "__main__":
    command, arguments = sys.argv[1], json.loads(sys.stdin.read() if sys.argv[2:] == ["-"] else sys.argv[2])
    print(json.dumps(COMMANDS[command](**arguments)))
