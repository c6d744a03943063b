"""Every form a visitor, a participant or staff can send takes any input without harm.

The forms are not described here field by field: each case names the page a person opens
and the form on it (by where it posts), the test reads the form from the page as a
browser would (its fields, the choices of its selects and checkboxes, the values it is
filled with), and Hypothesis sends it back with arbitrary text (control characters,
right-to-left text, emoji, very long text, markup meant to run), arbitrary bytes for files
and arbitrary values for choices. Keeping the page's own values for some fields lets many
submissions succeed, so the text also reaches the pages that show it.

Whatever is sent: no 5xx; a form that is not accepted (anything but a redirect) changes
no row; no page shows the markup unescaped. The importers behind the two upload forms
(the portfolio's CSV/Excel import and the events' .ics import) are also fed arbitrary
bytes directly: they answer with a clear error, never an exception.
"""

import io
import re
from dataclasses import dataclass, field
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.test.html import parse_html
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import factories
from tests.conftest import make_staff

ANONYMOUS, PARTICIPANT, ADMINISTRATOR = "anonymous", "participant", "administrator"
SCRIPT = "<script>alert(1)</script>"
BROKEN_ATTRIBUTE = '"><img src=x onerror=alert(1)>'
# Markup that would run if a page let it through unescaped or a sanitizer missed it.
UNSAFE = [
    re.escape(SCRIPT),
    re.escape(BROKEN_ATTRIBUTE),
    r"<img\b[^>]*\bonerror\s*=",
    r"href\s*=\s*[\"']?\s*javascript:",
]

payloads = st.sampled_from([SCRIPT, BROKEN_ATTRIBUTE, f"[x](javascript:alert(1)) {SCRIPT}"])
texts = st.one_of(
    st.text(max_size=200),  # any code point but surrogates: control characters and NUL too
    payloads,
    st.builds(
        lambda before, payload, after: before + payload + after,
        st.text(max_size=30),
        payloads,
        st.text(max_size=30),
    ),
    st.sampled_from(
        [
            "",
            " ",
            "\u202eevil.exe\u202c",
            "مرحبا بالمدينة",
            "שלום עולם",
            "👩‍👩‍👧‍👦🇸🇪🏳️‍🌈",
            "Ünïcödé ÅÄÖ åäö Æ Ø å",
            "\x00",
            "\r\n\t\x0b\x0c",
            "2026-02-30",
            "9999-12-31",
            "0000-00-00",
            "NaN",
            "-1",
            "1e309",
            "9" * 40,
        ]
    ),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    # Long: one word past SQLite's 50 000-byte limit for LIKE patterns, many words, and
    # a line; short enough that a form full of them stays under Django's 2.5 MB limit.
    st.sampled_from(["å" * 30_000, "ord " * 10_000, "x" * 5_000]),
)
file_heads = st.sampled_from(
    [
        b"",
        b"%PDF-1.7\n",
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xd8\xff",
        b"PK\x03\x04",
        b"BEGIN:VCALENDAR\r\n",
        b"\xef\xbb\xbf",
    ]
)
file_names = st.one_of(
    st.sampled_from(
        ["idea.pdf", "bild.png", "foto.jpg", "kalender.ics", "portfolj.csv", "portfolj.xlsx", ""]
    ),
    st.text(max_size=80),
).map(lambda name: name.replace("\x00", "") or "file")
files = st.builds(
    lambda head, body, name: SimpleUploadedFile(name, head + body),
    file_heads,
    st.binary(max_size=3000),
    file_names,
)


@dataclass(frozen=True)
class Case:
    """A form: the page that has it, who opens it, where it posts (a regular expression,
    None for the page itself), values that make it valid where the page has none, the
    pages that show what was sent, and the template of a page that accepts it (for the
    forms that answer with a page rather than a redirect)."""

    page: str
    person: str
    action: str | None = None
    good: dict = field(default_factory=dict)
    shows: tuple = ()
    method: str = "post"
    accepted_with: str = ""


CASES = {
    # The public and the participants.
    "search": Case("/sv/search/?q=avlopp", ANONYMOUS, action="/sv/search/", method="get"),
    "initiative-filters": Case("/sv/initiatives/", ANONYMOUS, method="get"),
    "idea-filters": Case("/sv/ideas/", ANONYMOUS, method="get"),
    "event-filters": Case("/sv/events/", ANONYMOUS, method="get"),
    "actor-filters": Case("/sv/actors/", ANONYMOUS, method="get"),
    "impact-filters": Case("/sv/impact/", ANONYMOUS, method="get"),
    "sign-up": Case(
        "/sv/accounts/signup/",
        ANONYMOUS,
        good={"password1": "ett-långt-lösenord-42", "password2": "ett-långt-lösenord-42"},
    ),
    "sign-in": Case("/sv/accounts/login/", ANONYMOUS),
    "idea": Case(
        "/sv/ideas/new/",
        PARTICIPANT,
        good={
            "title": "En idé",
            "description": "Så här.",
            "need": "Ett behov.",
            "confirm_public_record": "on",
        },
        shows=("/sv/ideas/",),
    ),
    "challenge-idea": Case(
        "/sv/challenges/{open_challenge}/ideas/new/",
        PARTICIPANT,
        good={
            "title": "En idé",
            "description": "Så här.",
            "need": "Ett behov.",
            "confirm_public_record": "on",
        },
        shows=("/sv/challenges/{open_challenge}/",),
    ),
    "comment": Case("/sv/ideas/{idea}/", PARTICIPANT, action=r"/sv/ideas/{idea}/comments/"),
    "comment-edit": Case("/sv/comments/{own_comment}/edit/", PARTICIPANT, shows=("/sv/ideas/{idea}/",)),
    "support": Case("/sv/ideas/{idea}/", PARTICIPANT, action=r"/sv/ideas/{idea}/support/"),
    "report": Case(
        "/sv/ideas/{idea}/", PARTICIPANT, action=r"/sv/report/idea/{idea}/", shows=("/sv/moderation/",)
    ),
    "offer": Case(
        "/sv/challenges/{open_challenge}/offers/new/",
        PARTICIPANT,
        good={"message": "Vi kan hjälpa till."},
        shows=("/sv/challenges/{open_challenge}/", "/sv/accounts/profile/"),
    ),
    "affiliation": Case(
        "/sv/accounts/profile/",
        PARTICIPANT,
        action="/sv/accounts/affiliation/",
        shows=("/sv/accounts/profile/",),
    ),
    "profile": Case("/sv/accounts/profile/", PARTICIPANT, shows=("/sv/ideas/{idea}/",)),
    "delete-account": Case("/sv/accounts/delete/", PARTICIPANT),
    "edit-request": Case(
        "/sv/actors/{requested_actor}/edit-request/",
        PARTICIPANT,
        good={"motivation": "Jag arbetar där."},
        shows=("/sv/manage/editors/",),
    ),
    # The new token's secret is shown once, on the page that answers the form.
    "api-token": Case("/sv/accounts/api-tokens/", ADMINISTRATOR, accepted_with="api/token_created.html"),
    # The back office.
    "initiative-new": Case("/sv/manage/initiatives/new/", ADMINISTRATOR),
    "initiative-edit": Case(
        "/sv/manage/initiatives/{initiative}/",
        ADMINISTRATOR,
        shows=("/sv/initiatives/{initiative}/", "/sv/initiatives/", "/sv/manage/portfolio/"),
    ),
    "gate": Case(
        "/sv/manage/initiatives/{open_initiative}/gate/",
        ADMINISTRATOR,
        shows=("/sv/initiatives/{open_initiative}/",),
    ),
    "kpi": Case(
        "/sv/manage/initiatives/{initiative}/effects/",
        ADMINISTRATOR,
        good={"kpi-name_sv": "Nöjda brukare", "kpi-unit": "%", "kpi-baseline": "1", "kpi-target": "2"},
        shows=("/sv/initiatives/{initiative}/", "/sv/impact/"),
    ),
    "challenge-new": Case("/sv/manage/challenges/new/", ADMINISTRATOR),
    "challenge-edit": Case(
        "/sv/manage/challenges/{challenge}/",
        ADMINISTRATOR,
        shows=("/sv/challenges/{challenge}/", "/sv/challenges/"),
    ),
    "roles": Case("/sv/manage/roles/", ADMINISTRATOR, action="/sv/manage/roles/"),
    "moderation": Case(
        "/sv/moderation/", ADMINISTRATOR, action=r"/sv/moderation/\w+/\d+/", shows=("/sv/moderation/log/",)
    ),
    "application-start": Case("/sv/manage/applications/new/", ADMINISTRATOR, method="get"),
    "application-edit": Case(
        "/sv/manage/applications/{draft}/edit/", ADMINISTRATOR, shows=("/sv/manage/applications/{draft}/",)
    ),
    "assessment": Case(
        "/sv/manage/applications/{submitted}/assess/",
        ADMINISTRATOR,
        shows=("/sv/manage/applications/{submitted}/",),
    ),
    "grant": Case("/sv/manage/applications/{submitted}/grant/", ADMINISTRATOR),
    "reject": Case("/sv/manage/applications/{submitted}/reject/", ADMINISTRATOR),
    "spending": Case("/sv/manage/grants/{grant}/spending/", ADMINISTRATOR),
    "fund-edit": Case("/sv/manage/funds/{fund}/edit/", ADMINISTRATOR, shows=("/sv/manage/funds/{fund}/",)),
    "round-new": Case(
        "/sv/manage/funds/{fund}/rounds/new/", ADMINISTRATOR, shows=("/sv/manage/funds/{fund}/",)
    ),
    "round-edit": Case(
        "/sv/manage/rounds/{round}/edit/", ADMINISTRATOR, shows=("/sv/manage/rounds/{round}/",)
    ),
    "criterion-new": Case("/sv/manage/criteria/new/", ADMINISTRATOR, shows=("/sv/manage/criteria/",)),
    "editor-decision": Case("/sv/manage/editors/", ADMINISTRATOR, action=r"/sv/manage/editors/\d+/decide/"),
    "actor-profile": Case(
        "/sv/actors/{organiser}/edit/",
        ADMINISTRATOR,
        shows=("/sv/actors/{organiser}/", "/sv/actors/", "/sv/map/"),
    ),
    "actor-event": Case(
        "/sv/actors/{organiser}/events/{event}/",
        ADMINISTRATOR,
        shows=("/sv/events/{event}/", "/sv/events/", "/sv/actors/{organiser}/"),
    ),
    "ics-upload": Case("/sv/manage/events/import/", ADMINISTRATOR, shows=("/sv/events/",)),
    "portfolio-import": Case("/sv/manage/transfer/", ADMINISTRATOR, action="/sv/manage/transfer/import/"),
}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The demo data with a participant and an administrator, once for the module and
    rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("demo", stdout=io.StringIO())
        yield build_world()
        transaction.set_rollback(True)


def build_world() -> SimpleNamespace:
    from allauth.account.models import EmailAddress

    from gnista.district import services as district_services
    from gnista.events.models import Event
    from gnista.funding.models import Application, Fund, Grant
    from gnista.participation import services
    from gnista.participation.models import Idea
    from gnista.portfolio.models import (
        Challenge,
        ChallengeStatus,
        Initiative,
        Organisation,
        OrganisationKind,
        Outcome,
        Stage,
    )

    participant = factories.user()
    EmailAddress.objects.create(user=participant, email=participant.email, verified=True, primary=True)
    administrator = make_staff("form-tester")
    idea = Idea.objects.public().filter(comments__isnull=False).order_by("pk").first()
    event = Event.objects.filter(organiser__isnull=False, feed__isnull=True).order_by("pk").first()
    actors = Organisation.objects.exclude(kind=OrganisationKind.CITY_ADMINISTRATION).order_by("pk")
    district_services.request_editing(participant, actors[0], "Jag arbetar där.")
    submitted = (
        Application.objects.filter(submitted_at__isnull=False, grant__isnull=True).order_by("pk").first()
    )
    draft = Application.objects.filter(submitted_at__isnull=True).order_by("pk").first()
    paths = {
        "idea": idea.pk,
        "own_comment": services.add_comment(idea, author=participant, body="Min kommentar.").pk,
        "open_challenge": Challenge.objects.public()
        .filter(status=ChallengeStatus.OPEN)
        .order_by("pk")[0]
        .slug,
        "challenge": Challenge.objects.order_by("pk")[0].slug,
        "initiative": "kallsorterande-avloppssystem",
        "open_initiative": Initiative.objects.filter(stage=Stage.UNDERSTAND, outcome=Outcome.ACTIVE)
        .order_by("pk")[0]
        .slug,
        "requested_actor": actors[1].slug,
        "organiser": event.organiser.slug,
        "event": event.pk,
        "submitted": submitted.pk,
        "draft": (draft or submitted).pk,
        "grant": Grant.objects.order_by("pk")[0].pk,
        "fund": Fund.objects.order_by("pk")[0].slug,
        "round": submitted.round_id,
    }
    return SimpleNamespace(people={PARTICIPANT: participant, ADMINISTRATOR: administrator}, paths=paths)


@pytest.fixture
def quiet(settings, tmp_path):
    """No rate limits (Hypothesis sends far more than a person may), uploads to a
    temporary folder."""
    settings.RATELIMIT_ENABLE = False
    settings.ACCOUNT_RATE_LIMITS = False
    settings.MEDIA_ROOT = tmp_path


# --- Reading a form from its page, as a browser does.


@dataclass
class Field:
    name: str
    kind: str  # text, hidden, file, choice, multiple, submit
    value: list = field(default_factory=list)  # what the page fills in (checked, selected)
    choices: list = field(default_factory=list)


@dataclass
class Form:
    action: str
    method: str
    fields: dict


def elements(node, names):
    for child in getattr(node, "children", []):
        if isinstance(child, str):
            continue
        if child.name in names:
            yield child
        yield from elements(child, names)


def text_of(node) -> str:
    return "".join(child if isinstance(child, str) else text_of(child) for child in node.children)


def read_forms(html: str, page: str) -> list[Form]:
    forms = []
    for form in elements(parse_html(html), {"form"}):
        attributes = dict(form.attributes)
        action = urlsplit(attributes.get("action") or page)
        fields: dict[str, Field] = {}
        for element in elements(form, {"input", "textarea", "select", "button"}):
            read_field(element, fields)
        forms.append(
            Form(action.path or urlsplit(page).path, (attributes.get("method") or "get").lower(), fields)
        )
    return forms


def read_field(element, fields: dict) -> None:
    attributes = dict(element.attributes)
    name = attributes.get("name")
    if not name or "disabled" in attributes:
        return
    kind = attributes.get("type", "submit" if element.name == "button" else "text").lower()
    if element.name == "textarea":
        fields[name] = Field(name, "text", [text_of(element)])
    elif element.name == "select":
        options = list(elements(element, {"option"}))
        values = [dict(option.attributes).get("value", text_of(option)) for option in options]
        chosen = [
            value
            for value, option in zip(values, options, strict=True)
            if "selected" in dict(option.attributes)
        ]
        many = "multiple" in attributes
        fields[name] = Field(
            name, "multiple" if many else "choice", chosen or values[:1] * (not many), values
        )
    elif kind in ("checkbox", "radio"):
        entry = fields.setdefault(name, Field(name, "multiple" if kind == "checkbox" else "choice"))
        value = attributes.get("value") or "on"
        entry.choices.append(value)
        if "checked" in attributes:
            entry.value.append(value)
    elif kind in ("submit", "image"):
        fields.setdefault(name, Field(name, "submit")).choices.append(attributes.get("value", ""))
    elif kind == "file":
        fields[name] = Field(name, "file")
    elif kind not in ("reset", "button"):
        fields[name] = Field(name, "hidden" if kind == "hidden" else "text", [attributes.get("value", "")])


def find_form(html: str, case: Case, paths: dict) -> Form:
    page = case.page.format(**paths)
    wanted = (case.action or urlsplit(page).path).format(**paths)
    for form in read_forms(html, page):
        if form.method == case.method and re.fullmatch(wanted, form.action):
            return form
    raise AssertionError(f"no {case.method} form posting to {wanted} on {page}")


# --- Filling it in.


def arbitrary(data, form_field: Field):
    """Something a browser would never send for this field."""
    if form_field.kind == "file":
        return data.draw(files)
    if form_field.kind in ("choice", "submit"):
        return data.draw(st.one_of(st.sampled_from(form_field.choices or [""]), texts))
    if form_field.kind == "multiple":
        return data.draw(
            st.one_of(
                st.lists(st.sampled_from(form_field.choices), unique=True)
                if form_field.choices
                else st.just([]),
                st.lists(texts, max_size=3),
            )
        )
    return data.draw(texts)


def as_filled(data, form_field: Field, good):
    """What a person filling the form in would send: the case's good value, else the
    page's own (one of the buttons for a submit)."""
    if good is not None:
        return good
    if form_field.kind == "submit":
        return data.draw(st.sampled_from(form_field.choices))
    if form_field.kind == "file":
        return None
    if form_field.kind == "multiple":
        return form_field.value
    return (form_field.value or [""])[0]


def fill(data, form: Form, good: dict) -> dict:
    """In half the examples every field is arbitrary; in the others only some text and
    file fields are, the rest as filled in, so that many submissions are valid."""
    everything = data.draw(st.booleans(), label="every field arbitrary")
    submitted = {}
    for name, form_field in form.fields.items():
        if name == "csrfmiddlewaretoken":
            continue
        free = form_field.kind in ("text", "file")
        if everything or (free and data.draw(st.booleans(), label=f"arbitrary {name}")):
            value = arbitrary(data, form_field)
        else:
            value = as_filled(data, form_field, good.get(name))
        if value is not None:
            submitted[name] = value
    return submitted


# --- Checking.


def row_counts() -> dict[str, int]:
    """Rows of every model of gnista's own apps and of the accounts' email addresses."""
    from allauth.account.models import EmailAddress

    models = [model for model in apps.get_models() if model.__module__.startswith("gnista.")]
    return {model._meta.label: model._default_manager.count() for model in [*models, EmailAddress]}


def unsafe_markup(html: str) -> list[str]:
    return [pattern for pattern in UNSAFE if re.search(pattern, html, flags=re.IGNORECASE)]


def client_for(person: str, world) -> Client:
    client = Client(raise_request_exception=True)
    if person != ANONYMOUS:
        client.force_login(world.people[person])
    return client


def answered_with_a_page(response, case: Case) -> bool:
    """The form was accepted and the answer is a page, not a redirect."""
    return bool(case.accepted_with) and case.accepted_with in {
        template.name for template in response.templates
    }


def same_site_path(location: str) -> str | None:
    parts = urlsplit(location)
    if parts.netloc and parts.netloc != "testserver":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_form_takes_any_input(world, db, quiet, name):
    case = CASES[name]
    client = client_for(case.person, world)
    page = case.page.format(**world.paths)
    shown = [path.format(**world.paths) for path in case.shows]
    opened = client.get(page)
    assert opened.status_code == 200, f"{page} answers {opened.status_code}"
    form = find_form(opened.content.decode(), case, world.paths)

    @settings(
        max_examples=10,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def send(data):
        values = fill(data, form, case.good)
        before = row_counts() if case.method == "post" else None
        if case.method == "get":
            response = client.get(form.action, values)
        else:
            response = client.post(form.action, values)
        assert response.status_code < 500
        body = response.content.decode(errors="replace")
        assert not unsafe_markup(body), f"{form.action} shows markup unescaped"
        if response.status_code in (301, 302, 303):
            target = same_site_path(response["Location"])
            for path in [target, *shown] if target else shown:
                after = client.get(path)
                assert after.status_code < 500, f"{path} after a successful {name}"
                assert not unsafe_markup(after.content.decode(errors="replace")), (
                    f"{path} shows markup unescaped"
                )
        elif before is not None and not answered_with_a_page(response, case):
            assert row_counts() == before, "a form that was not accepted changed nothing"

    send()


def test_every_case_is_sent_with_its_form(world, db):
    """Each case finds its form, so a renamed action or a page that stops showing its form
    is noticed rather than tested as nothing."""
    problems = []
    for name, case in CASES.items():
        client = client_for(case.person, world)
        response = client.get(case.page.format(**world.paths))
        if response.status_code != 200:
            problems.append(f"{name}: {case.page} answers {response.status_code}")
            continue
        try:
            form = find_form(response.content.decode(), case, world.paths)
        except AssertionError as error:
            problems.append(f"{name}: {error}")
        else:
            if not form.fields:
                problems.append(f"{name}: the form has no fields")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("value", [str(2**63), str(-(2**63) - 1), "9" * 40])
def test_a_choice_past_the_databases_integers_is_refused(client, db, quiet, value):
    """Found by the test above: on SQLite such a value in a checkbox list was a server error."""
    from gnista.participation.models import Idea
    from gnista.portfolio.models import Area

    area = factories.area()
    client.force_login(factories.user())
    ideas = Idea.objects.count()
    idea = {"title": "En idé", "description": "Så här.", "need": "Ett behov.", "confirm_public_record": "on"}
    response = client.post("/sv/ideas/new/", idea | {"areas": [value, str(area.pk)]})
    assert response.status_code == 200, "the form is shown again with the error"
    assert Idea.objects.count() == ideas
    assert list(Area.objects.filter(pk__in=[int(value), area.pk])) == [area]


# --- The importers behind the upload forms, directly.

portfolio_files = st.one_of(
    st.binary(max_size=4000),
    st.builds(lambda head, body: head + body, file_heads, st.binary(max_size=2000)),
    st.lists(st.lists(texts.filter(lambda text: len(text) < 300), max_size=12), max_size=6).map(
        lambda rows: "\n".join(";".join(row) for row in rows).encode("utf-8", errors="surrogatepass")
    ),
)


@pytest.mark.django_db
def test_the_portfolio_import_reads_any_bytes():
    from gnista.portfolio import imports
    from gnista.portfolio.transfer import HEADER

    header = ",".join(HEADER).encode()

    @settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        data=st.one_of(portfolio_files, portfolio_files.map(lambda body: header + b"\n" + body)),
        name=st.one_of(file_names, st.sampled_from(["portfolj.csv", "portfolj.xlsx"])),
        dry_run=st.booleans(),
    )
    def read(data, name, dry_run):
        before = row_counts()
        result = imports.import_portfolio(data, name=name, dry_run=dry_run)
        assert all(str(problem) for problem in result.errors), "every problem says what is wrong"
        if not result.ok or dry_run:
            assert row_counts() == before

    read()


def ics(summary: str, start: str, rule: str, extra: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:fuzz@example.org\r\nSUMMARY:{summary}\r\nDTSTART:{start}\r\n"
        f"{'RRULE:' + rule + chr(13) + chr(10) if rule else ''}{extra}END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode("utf-8", errors="surrogatepass")


calendar_files = st.one_of(
    st.binary(max_size=4000),
    st.builds(lambda head, body: head + body, file_heads, st.binary(max_size=2000)),
    st.builds(
        ics,
        texts.filter(lambda text: len(text) < 500),
        st.one_of(st.sampled_from(["20261201T100000Z", "20261201", "20261301T250000"]), texts),
        st.one_of(
            st.just(""),
            st.sampled_from(["FREQ=WEEKLY;COUNT=3", "FREQ=SECONDLY", "FREQ=DAILY;UNTIL=x"]),
            texts,
        ),
        st.one_of(st.just(""), texts.map(lambda text: f"DESCRIPTION:{text}\r\n")),
    ),
)


@pytest.mark.django_db
def test_the_ics_import_reads_any_bytes():
    from gnista.events.feeds import FeedError, import_file
    from gnista.events.models import Event

    organiser = factories.organisation()

    @settings(max_examples=80, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=calendar_files)
    def read(data):
        before = Event.objects.count()
        try:
            import_file(data, organiser=organiser)
        except FeedError as error:
            assert str(error), "the error says what is wrong"
            assert Event.objects.count() == before, "nothing is imported from a file with a problem"

    read()


@pytest.mark.django_db
def test_an_ics_file_with_a_nul_character_is_refused():
    """Found by the test above on PostgreSQL, whose text fields cannot hold NUL."""
    from gnista.events.feeds import FeedError, import_file
    from gnista.events.models import Event

    events = Event.objects.count()
    with pytest.raises(FeedError, match="NUL"):
        import_file(ics("Möte\x00", "20261201T100000Z", "", ""), organiser=factories.organisation())
    assert Event.objects.count() == events
