"""Every URL the site has, walked from the URL map itself: in Swedish, English and Danish,
anonymous and as a signed-in administrator, with the arguments taken from the demo data.

No URL may answer 5xx; every HTML page sends the strict headers (a CSP with this
response's nonce and no unsafe sources, no framing, no sniffing, a referrer policy) and
every <script> on it carries the nonce. A URL pattern that is neither requested here nor
in SKIPPED with a reason makes the coverage test fail, so a new URL cannot slip by.

A second part starts gnista in production mode in a subprocess (settings are read once at
start, so overriding them in this process would not test what production does) and checks
HSTS and the flags of the session and CSRF cookies over HTTPS.
"""

import io
import os
import re
import subprocess
import sys
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation

from tests import factories
from tests.conftest import make_staff

LANGUAGES = ["sv", "en", "da"]
LANGUAGE = "{lang}/"
ANONYMOUS, ADMINISTRATOR = "anonymous", "administrator"
ADMIN = f"{LANGUAGE}admin/"

# Patterns that are not requested, as {route: "why"}. None at present: a pattern goes
# here only when no request to it can mean anything (there is no such page yet).
SKIPPED: dict[str, str] = {}


def walk(resolver=None, prefix="", namespace=""):
    """(route with the language as {lang}/, URL name or None) for every pattern."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            part = LANGUAGE if isinstance(entry.pattern, LocalePrefixPattern) else str(entry.pattern)
            yield from walk(entry, prefix + part, ":".join(filter(None, [namespace, entry.namespace])))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.name and ":".join(filter(None, [namespace, entry.name]))


def routes() -> dict[str, str | None]:
    """Each route once (django-ninja has a second name for the same path and method
    dispatch), with its name."""
    found = {}
    for route, name in walk():
        found.setdefault(route, name)
    return found


def has_arguments(route: str) -> bool:
    return "<" in route or "(?P" in route


def first_pk(model) -> str:
    return str(model._default_manager.order_by("pk").values_list("pk", flat=True)[0])


def demo_objects(administrator, participant) -> SimpleNamespace:
    """The records whose keys fill the URLs: from the demo, plus the few kinds the demo
    has none of (reports, moderation, affiliations, editor requests, feeds, tokens)."""
    from allauth.account.forms import default_token_generator
    from allauth.account.models import EmailAddress, EmailConfirmationHMAC
    from allauth.account.utils import user_pk_to_url_str
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from django_tasks_db.models import DBTaskResult, get_date_max

    from gnista.api import tokens
    from gnista.district import services as district_services
    from gnista.district.models import PeerDistrict
    from gnista.events.models import CalendarFeed, Event
    from gnista.funding.models import Application, Criterion, Fund, FundingRound, Grant
    from gnista.methods.models import Method
    from gnista.notifications.mail import unsubscribe_token
    from gnista.participation import services as participation_services
    from gnista.participation.models import Affiliation, Comment, Idea, Offer
    from gnista.portfolio.models import (
        Area,
        Challenge,
        Initiative,
        Kpi,
        Organisation,
        OrganisationKind,
        StaffRole,
    )

    idea = Idea.objects.public().order_by("pk").first()
    comment = Comment.objects.filter(idea=idea, is_deleted=False).order_by("pk").first()
    actor = Organisation.objects.exclude(kind=OrganisationKind.CITY_ADMINISTRATION).order_by("pk").first()
    participation_services.report(reporter=participant, reason="Spam?", comment=comment)
    participation_services.moderate(
        Offer.objects.order_by("pk").first(), "hide", by=administrator, reason="Checked"
    )
    participation_services.request_affiliation(Affiliation(user=participant, organisation=actor))
    editor = district_services.request_editing(participant, actor, "I work there.")
    organised = Event.objects.filter(organiser__isnull=False).order_by("pk").first()
    CalendarFeed.objects.create(name="Feed", url="https://calendar.example/feed.ics", organiser=actor)
    Group.objects.create(name="Reviewers")
    DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="gnista.notifications.mail.send_digests",
        backend_name="default",
        run_after=get_date_max(),  # enqueued without a delay
        exception_class_path="",
        traceback="",
    )
    token, _secret = tokens.create_token(administrator, "Walker")
    unverified = EmailAddress.objects.create(user=participant, email="second@example.org", verified=False)
    initiative = Initiative.objects.get(slug="kallsorterande-avloppssystem")
    application = Application.objects.filter(submitted_at__isnull=False).order_by("pk").first()
    return SimpleNamespace(
        idea=idea,
        comment=comment,
        actor=actor,
        editor=editor,
        organised=organised,
        event=Event.objects.exclude(rrule="").order_by("pk").first(),
        token=token,
        initiative=initiative,
        initiative_type=ContentType.objects.get_for_model(Initiative),
        kpi=Kpi.objects.filter(initiative=initiative).order_by("pk").first(),
        challenge=Challenge.objects.get(slug="resurser-ur-avloppet"),
        area=Area.objects.order_by("pk").first(),
        hub=Organisation.objects.filter(kind=OrganisationKind.HUB).order_by("pk").first(),
        cluster=Organisation.objects.filter(kind=OrganisationKind.CLUSTER).order_by("pk").first(),
        peer=PeerDistrict.objects.order_by("pk").first(),
        method=Method.objects.order_by("pk").first(),
        application=application,
        draft=Application.objects.filter(submitted_at__isnull=True).order_by("pk").first() or application,
        grant=Grant.objects.order_by("pk").first(),
        fund=Fund.objects.order_by("pk").first(),
        round=FundingRound.objects.order_by("pk").first(),
        criterion=Criterion.objects.order_by("pk").first(),
        staff_role=StaffRole.objects.order_by("pk").first(),
        unsubscribe=unsubscribe_token(participant),
        confirmation=EmailConfirmationHMAC(unverified).key,
        reset={
            "uidb36": user_pk_to_url_str(participant),
            "key": default_token_generator.make_token(participant),
        },
    )


def impact_keys():
    from gnista.impact.figures import BY_KEY, NETWORK_TABLES

    return [{"key": key} for key in [*BY_KEY, *NETWORK_TABLES]]


def open_data_files():
    from gnista.opendata import catalog
    from gnista.opendata.registry import DATASETS

    return [
        {"slug": dataset.slug, "extension": extension}
        for dataset in DATASETS
        for extension in catalog.FORMATS
    ]


def admin_app_labels():
    from django.contrib import admin

    return [
        {"app_label": label} for label in sorted({model._meta.app_label for model in admin.site._registry})
    ]


# The arguments of every named pattern that has some, from the world; a list asks for
# the pattern once per entry.
ARGUMENTS = {
    "portfolio:initiative-detail": lambda w: {"slug": w.initiative.slug},
    "portfolio:challenge-detail": lambda w: {"slug": w.challenge.slug},
    "participation:idea-detail": lambda w: {"pk": w.idea.pk},
    "participation:idea-support": lambda w: {"pk": w.idea.pk},
    "participation:comment-add": lambda w: {"pk": w.idea.pk},
    "participation:comment-edit": lambda w: {"pk": w.comment.pk},
    "participation:comment-delete": lambda w: {"pk": w.comment.pk},
    "participation:report": lambda w: [
        {"kind": "idea", "pk": w.idea.pk},
        {"kind": "comment", "pk": w.comment.pk},
    ],
    "participation:challenge-idea-new": lambda w: {"slug": w.challenge.slug},
    "participation:offer-new": lambda w: {"slug": w.challenge.slug},
    "moderation:act": lambda w: [
        {"kind": "idea", "pk": w.idea.pk},
        {"kind": "comment", "pk": w.comment.pk},
        {"kind": "offer", "pk": w.challenge.offers.order_by("pk").first().pk},
    ],
    "notifications:follow": lambda w: [
        {"kind": "challenge", "pk": w.challenge.pk},
        {"kind": "idea", "pk": w.idea.pk},
        {"kind": "initiative", "pk": w.initiative.pk},
    ],
    "notifications:unsubscribe": lambda w: {"token": w.unsubscribe},
    "events:month": lambda w: [{"year": 2026, "month": 12}, {"year": 2025, "month": 1}],
    "events:detail": lambda w: [{"pk": w.event.pk}, {"pk": w.organised.pk}],
    "events:ics": lambda w: {"pk": w.event.pk},
    "district:actor-detail": lambda w: {"slug": w.actor.slug},
    "district:hub-detail": lambda w: {"slug": w.hub.slug},
    "district:cluster-detail": lambda w: {"slug": w.cluster.slug},
    "district:area-detail": lambda w: {"slug": w.area.slug},
    "district:peer-detail": lambda w: {"slug": w.peer.slug},
    "district:actor-edit-request": lambda w: {"slug": w.actor.slug},
    "district:actor-edit": lambda w: {"slug": w.actor.slug},
    "district:actor-events": lambda w: {"slug": w.organised.organiser.slug},
    "district:actor-event-new": lambda w: {"slug": w.organised.organiser.slug},
    "district:actor-event-edit": lambda w: {"slug": w.organised.organiser.slug, "pk": w.organised.pk},
    "district:actor-event-cancel": lambda w: {"slug": w.organised.organiser.slug, "pk": w.organised.pk},
    "district:manage-editor-decide": lambda w: {"pk": w.editor.pk},
    "methods:detail": lambda w: {"slug": w.method.slug},
    "api:token-revoke": lambda w: {"pk": w.token.pk},
    "impact:download": lambda w: impact_keys(),
    "opendata:download": lambda w: open_data_files(),
    "account_confirm_email": lambda w: [{"key": w.confirmation}, {"key": "not-a-key"}],
    "account_reset_password_from_key": lambda w: [w.reset, {"uidb36": "zz", "key": "not-a-key"}],
    "manage:initiative-edit": lambda w: {"slug": w.initiative.slug},
    "manage:gate": lambda w: {"slug": w.initiative.slug},
    "manage:effects": lambda w: {"slug": w.initiative.slug},
    "manage:challenge-edit": lambda w: {"slug": w.challenge.slug},
    "manage:revoke-role": lambda w: {"pk": w.staff_role.pk},
    "funding:application-new": lambda w: {"slug": w.initiative.slug},
    "funding:application": lambda w: [{"pk": w.application.pk}, {"pk": w.draft.pk}],
    "funding:application-edit": lambda w: {"pk": w.draft.pk},
    "funding:application-submit": lambda w: {"pk": w.draft.pk},
    "funding:application-withdraw": lambda w: {"pk": w.application.pk},
    "funding:assess": lambda w: {"pk": w.application.pk},
    "funding:grant": lambda w: {"pk": w.application.pk},
    "funding:reject": lambda w: {"pk": w.application.pk},
    "funding:spending-new": lambda w: {"pk": w.grant.pk},
    "funding:round": lambda w: {"pk": w.round.pk},
    "funding:round-edit": lambda w: {"pk": w.round.pk},
    "funding:fund": lambda w: {"slug": w.fund.slug},
    "funding:fund-edit": lambda w: {"slug": w.fund.slug},
    "funding:round-new": lambda w: {"slug": w.fund.slug},
    "funding:criterion-revise": lambda w: {"pk": w.criterion.pk},
    "funding:criterion-retire": lambda w: {"pk": w.criterion.pk},
    "api-v1:get_challenge": lambda w: {"slug": w.challenge.slug},
    "api-v1:get_initiative": lambda w: {"slug": w.initiative.slug},
    "api-v1:list_kpis": lambda w: {"slug": w.initiative.slug},
    "api-v1:decide_gate": lambda w: {"slug": w.initiative.slug},
    "api-v1:record_measurement": lambda w: {"slug": w.initiative.slug, "kpi_id": w.kpi.pk},
    "api-v1:get_idea": lambda w: {"idea_id": w.idea.pk},
    "api-v1:get_event": lambda w: {"event_id": w.event.pk},
    "api-v1:get_organisation": lambda w: {"slug": w.actor.slug},
    "admin:app_list": lambda w: admin_app_labels(),
    "admin:auth_user_password_change": lambda w: {"id": w.people[ADMINISTRATOR].pk},
    "admin:view_on_site": lambda w: {"content_type_id": w.initiative_type.pk, "object_id": w.initiative.pk},
}


def admin_model(route: str):
    """The model of an admin route such as {lang}/admin/portfolio/initiative/<path:object_id>/."""
    from django.apps import apps

    match = re.fullmatch(re.escape(ADMIN) + r"(\w+)/(\w+)/<path:object_id>/(?:\w+/)?", route)
    return match and apps.get_model(match[1], match[2])


def admin_change_path(route: str, object_id: str) -> str:
    return route.replace("<path:object_id>", object_id)


def paths(route: str, name: str | None, world, language: str) -> list[str]:
    """The concrete paths of one route in one language."""
    with translation.override(language):
        if route == f"{ADMIN}(?P<url>.*)$":
            return [f"/{language}/admin/nowhere/"]
        if model := admin_model(route):
            path = admin_change_path(route, first_pk(model))
            return ["/" + path.replace(LANGUAGE, f"{language}/")]
        if not has_arguments(route):
            return ["/" + route.replace(LANGUAGE, f"{language}/")]
        arguments = ARGUMENTS[name](world)
        arguments = arguments if isinstance(arguments, list) else [arguments]
        return [reverse(name, kwargs=kwargs) for kwargs in arguments]


def covered(route: str, name: str | None) -> bool:
    return (
        not has_arguments(route)
        or name in ARGUMENTS
        or admin_model(route) is not None
        or route == f"{ADMIN}(?P<url>.*)$"
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The demo data, once for the module, rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("demo", stdout=io.StringIO())
        administrator = make_staff("url-walker")
        participant = factories.user()
        objects = demo_objects(administrator, participant)
        objects.people = {ADMINISTRATOR: administrator}
        yield objects
        transaction.set_rollback(True)


def client_for(person: str, world) -> Client:
    client = Client(raise_request_exception=False)
    if person != ANONYMOUS:
        client.force_login(world.people[person])
    return client


def header_problems(response) -> list[str]:
    """What is missing from the security headers of one response."""
    problems = []
    if response.get("X-Content-Type-Options") != "nosniff":
        problems.append("no X-Content-Type-Options: nosniff")
    if response.get("X-Frame-Options") != "DENY":
        problems.append(f"X-Frame-Options is {response.get('X-Frame-Options')!r}")
    if response.get("Referrer-Policy") != "same-origin":
        problems.append(f"Referrer-Policy is {response.get('Referrer-Policy')!r}")
    if not response.get("Content-Type", "").startswith("text/html") or not response.content:
        # Redirects and other answers without a page: Django adds the nonce to the policy
        # only when a page asked for it, and with nothing to run there is nothing to allow.
        return problems
    policy = response.get("Content-Security-Policy", "")
    nonce = re.search(r"'nonce-([^']+)'", policy)
    if not nonce:
        problems.append(f"CSP without a nonce: {policy!r}")
    if "unsafe-inline" in policy or "unsafe-eval" in policy:
        problems.append(f"CSP allows unsafe sources: {policy!r}")
    if "frame-ancestors 'none'" not in policy:
        problems.append("CSP does not forbid framing")
    body = response.content.decode(response.charset or "utf-8", errors="replace")
    for tag in re.findall(r"<script\b[^>]*>", body, flags=re.IGNORECASE):
        if not nonce or f'nonce="{nonce[1]}"' not in tag:
            problems.append(f"a script without this response's nonce: {tag}")
    return problems


ALL_ROUTES = routes()


@pytest.mark.parametrize("route", sorted(ALL_ROUTES))
def test_every_url_answers_with_the_security_headers(world, db, route):
    name = ALL_ROUTES[route]
    if route in SKIPPED:
        pytest.skip(SKIPPED[route])
    # Django's admin is the same code in every language; the site's own pages are not.
    languages = ["sv"] if route.startswith(ADMIN) else LANGUAGES
    problems = []
    for person in (ANONYMOUS, ADMINISTRATOR):
        client = client_for(person, world)
        for language in languages:
            for path in paths(route, name, world, language):
                response = client.get(path)
                if response.status_code >= 500:
                    problems.append(f"{person} {path}: {response.status_code}")
                problems += [f"{person} {path}: {problem}" for problem in header_problems(response)]
    assert not problems, "\n".join(problems)


def test_every_url_pattern_is_walked_or_skipped_with_a_reason():
    missing = [
        route for route, name in ALL_ROUTES.items() if not covered(route, name) and route not in SKIPPED
    ]
    assert missing == [], "add these to ARGUMENTS (or, with a reason, to SKIPPED)"
    assert set(SKIPPED) <= set(ALL_ROUTES), "SKIPPED names patterns that no longer exist"
    stale = set(ARGUMENTS) - {name for name in ALL_ROUTES.values() if name}
    assert stale == set(), "ARGUMENTS names patterns that no longer exist"


def test_the_walk_reaches_the_whole_site():
    """The walk finds the language prefixes, the API and the admin, so a change in how
    it recurses cannot shrink it silently."""
    assert f"{LANGUAGE}initiatives/<slug:slug>/" in ALL_ROUTES
    assert "api/v1/initiatives/<slug>" in ALL_ROUTES
    assert f"{ADMIN}portfolio/initiative/<path:object_id>/change/" in ALL_ROUTES
    assert len(ALL_ROUTES) > 250


# --- Production mode: HSTS and cookie flags, in a process started as production starts.

PRODUCTION_CHECK = r"""
import json
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
call_command("createcachetable", verbosity=0)
from django.test import Client
client = Client(HTTP_HOST="innovation.example.se")
home = client.get("/sv/", secure=True)
assert home.status_code == 200, home.status_code
login = client.get("/sv/accounts/login/", secure=True)
form = login.content.decode()
import re
token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]
from gnista.accounts.models import User
from allauth.account.models import EmailAddress
user = User.objects.create_user("prod", email="prod@example.org", password="a-long-password-1")
EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
signed_in = client.post(
    "/sv/accounts/login/",
    {"login": "prod@example.org", "password": "a-long-password-1", "csrfmiddlewaretoken": token},
    secure=True,
)
plain = Client(HTTP_HOST="innovation.example.se").get("/sv/")
def cookie(response, name):
    morsel = response.cookies.get(name)
    return morsel and {"secure": bool(morsel["secure"]), "httponly": bool(morsel["httponly"]),
                       "samesite": morsel["samesite"]}
print(json.dumps({
    "hsts": home.get("Strict-Transport-Security"),
    "hsts_on_http": plain.get("Strict-Transport-Security"),
    "csrf": cookie(login, "csrftoken"),
    "session": cookie(signed_in, "sessionid"),
    "signed_in": signed_in.status_code,
}))
"""


@pytest.fixture
def production(tmp_path):
    """The environment a production server has: DEBUG off, a real secret key and host
    names, the manifest of collected static files not required (the check renders
    pages without running collectstatic)."""
    keep = {key: value for key, value in os.environ.items() if key not in {"DEBUG", "SECURE_COOKIES"}}
    return keep | {
        "DJANGO_SETTINGS_MODULE": "gnista.settings",
        "DEBUG": "false",
        "SECRET_KEY": "p" * 20 + "0123456789abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "innovation.example.se",
        "STATIC_MANIFEST": "false",
        "VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
    }


def test_production_sends_hsts_and_secure_cookies(production):
    import json

    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_CHECK],
        env=production,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["hsts"] == "max-age=31536000", "a year of HSTS over HTTPS"
    assert answer["hsts_on_http"] is None, "HSTS means nothing over plain HTTP, so it is not sent there"
    assert answer["signed_in"] == 302, "the production sign-in works"
    assert answer["session"] == {"secure": True, "httponly": True, "samesite": "Lax"}
    # No script reads the CSRF cookie (forms and htmx send the token from the page), so
    # none may.
    assert answer["csrf"] == {"secure": True, "httponly": True, "samesite": "Lax"}
