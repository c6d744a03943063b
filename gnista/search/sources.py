"""What is searchable: for each kind of thing, which objects are public, the text each
language has of them, and how a result links to it.

The search app sits above the apps whose things it indexes, so it imports them; none of
them imports it. Methods are included when their app is installed."""

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
LANGUAGES = [code for code, _name in settings.LANGUAGES]
WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Case-folded words separated by single spaces, with a space at each end."""
    return " " + " ".join(WORD.findall(text.casefold())) + " "


@dataclass(frozen=True)
class Document:
    """The text of one object in one language."""

    language: str
    title: str
    body: str


def join(*parts) -> str:
    return "\n".join(part.strip() for part in parts if part and part.strip())


def translated(obj, title: str, body: list[str], shared: tuple[str, ...] = ()) -> list[Document]:
    """A document for the default language and each other language the object has text in.

    `shared` is untranslated text (a place, an address) that belongs to every language."""
    documents = []
    common = join(*(getattr(obj, name, "") or "" for name in shared))
    for code in LANGUAGES:
        own_title = getattr(obj, f"{title}_{code}", "") or ""
        own_body = join(*(getattr(obj, f"{name}_{code}", "") or "" for name in body))
        if code != DEFAULT_LANGUAGE and not (own_title.strip() or own_body):
            continue
        documents.append(Document(code, own_title.strip(), join(own_body, common)))
    return documents


def lang_of_translated(field_name: str) -> Callable[[models.Model, str], str]:
    """The language a translated field is shown in on a page in `language` (fallback to the default)."""

    def language_of(obj, language: str) -> str:
        return language if getattr(obj, f"{field_name}_{language}", None) else DEFAULT_LANGUAGE

    return language_of


@dataclass(frozen=True)
class Source:
    kind: str
    label: str  # one of them, for the badge
    plural: str  # the facet
    model_label: str
    documents: Callable[[models.Model], list[Document]]
    public: Callable[[models.QuerySet], models.QuerySet] = lambda queryset: queryset
    title_field: str = "title"
    title_language: Callable[[models.Model, str], str] = field(default=lang_of_translated("title"))
    url: Callable[[models.Model], str] = lambda obj: obj.get_absolute_url()
    related: tuple[str, ...] = ()

    @property
    def model(self) -> type[models.Model]:
        return apps.get_model(self.model_label)

    def public_objects(self) -> models.QuerySet:
        return self.public(self.model._default_manager.all())

    def is_public(self, obj) -> bool:
        return self.public(self.model._default_manager.filter(pk=obj.pk)).exists()


def challenge_documents(challenge) -> list[Document]:
    return translated(challenge, "title", ["summary", "body"])


def initiative_documents(initiative) -> list[Document]:
    return translated(initiative, "title", ["summary", "what", "why", "how", "lessons_learned"])


def idea_documents(idea) -> list[Document]:
    """An idea is written in one language, the one its author chose."""
    language = idea.language or DEFAULT_LANGUAGE
    return [Document(language, idea.title.strip(), join(idea.description, idea.need))]


def event_documents(event) -> list[Document]:
    return translated(event, "title", ["description"], shared=("place",))


def organisation_documents(organisation) -> list[Document]:
    return translated(organisation, "name", ["description", "services"], shared=("address",))


def markdown_text(text: str) -> str:
    """The words of a Markdown text, without its markup."""
    from gnista.methods.rendering import render_markdown

    return html.unescape(strip_tags(render_markdown(text)))


def method_documents(method) -> list[Document]:
    documents = []
    for code in LANGUAGES:
        title = (getattr(method, f"title_{code}", "") or "").strip()
        summary = getattr(method, f"summary_{code}", "") or ""
        body = join(summary, markdown_text(getattr(method, f"body_{code}", "") or ""))
        if code != DEFAULT_LANGUAGE and not (title or body):
            continue
        documents.append(Document(code, title, body))
    return documents


def idea_title_language(idea, language: str) -> str:
    return idea.language or DEFAULT_LANGUAGE


def actor_url(organisation) -> str:
    return reverse("district:actor-detail", kwargs={"slug": organisation.slug})


SOURCES = [
    Source(
        "challenge",
        _("Challenge"),
        _("Challenges"),
        "portfolio.Challenge",
        challenge_documents,
        public=lambda queryset: queryset.public(),
    ),
    Source("initiative", _("Initiative"), _("Initiatives"), "portfolio.Initiative", initiative_documents),
    Source(
        "idea",
        _("Idea"),
        _("Ideas"),
        "participation.Idea",
        idea_documents,
        public=lambda queryset: queryset.public(),
        title_language=idea_title_language,
    ),
    Source("event", _("Event"), _("Events"), "events.Event", event_documents),
    Source(
        "actor",
        _("Actor"),
        _("Actors"),
        "portfolio.Organisation",
        organisation_documents,
        title_field="name",
        title_language=lang_of_translated("name"),
        url=actor_url,
    ),
    Source(
        "method",
        _("Method"),
        _("Methods"),
        "methods.Method",
        method_documents,
        public=lambda queryset: queryset.published(),
    ),
]


def installed() -> list[Source]:
    """The sources whose apps are installed, in the order facets show them."""
    return [source for source in SOURCES if apps.is_installed("gnista." + source.model_label.split(".")[0])]


def by_kind() -> dict[str, Source]:
    return {source.kind: source for source in installed()}


def for_model(model) -> Source | None:
    label = model._meta.label
    concrete = model._meta.concrete_model._meta.label
    for source in installed():
        if source.model_label in (label, concrete):
            return source
    return None
