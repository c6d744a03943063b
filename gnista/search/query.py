"""What a person typed, made into terms that every database can search for safely.

Only runs of letters and digits become terms, so the full-text syntax of FTS5 and
PostgreSQL (quotes, *, -, parentheses, OR, NEAR) never reaches a database as syntax:
punctuation separates words and the words are always passed quoted or as parameters."""

import threading
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer
from django.utils.translation import gettext as _

from .sources import WORD

MAX_LENGTH = 200
MAX_TERMS = 8
MIN_TERM = 2  # shorter words are left out
SUBSTRING = 3  # words this long match anywhere inside a word; shorter ones only at its start
MIN_STEM = 4
# Typed in capitals these are full-text syntax, not words: left out when other words remain.
OPERATORS = {"OR", "AND", "NOT", "NEAR"}
STEMMERS = {"sv": "swedish", "en": "english", "da": "danish"}

_local = threading.local()


def stemmer(language: str):
    """Snowball stemmers keep state while they work, so each thread has its own."""
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(STEMMERS.get(language, "swedish"))
    return stemmers[language]


@lru_cache(maxsize=4096)
def stem(language: str, word: str) -> str:
    return stemmer(language).stemWord(word)


@dataclass(frozen=True)
class Term:
    text: str  # a case-folded word
    # What a matching text contains: the word, or its stem in Swedish, English or Danish
    # ("initiativet" and "initiativen" both match "initiativ", "förskola" matches
    # "förskolelärare"). Empty for short words, which match the start of a word.
    parts: tuple[str, ...] = ()

    @property
    def short(self) -> bool:
        return len(self.text) < SUBSTRING


def parts_of(word: str) -> tuple[str, ...]:
    if len(word) < SUBSTRING:
        return ()
    candidates = {word}
    for language in STEMMERS:
        stemmed = stem(language, word)
        if len(stemmed) >= MIN_STEM and stemmed != word:
            candidates.add(stemmed)
    # A part that contains another adds nothing: whatever contains it contains the other.
    kept = [part for part in candidates if not any(other != part and other in part for other in candidates)]
    return tuple(sorted(kept))


@dataclass
class Query:
    text: str  # what was typed, shortened to MAX_LENGTH
    terms: list[Term] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    problem: str = ""  # why there is nothing to search for, when there is not

    @property
    def searchable(self) -> bool:
        return bool(self.terms)


def parse(raw: str | None) -> Query:
    text = " ".join((raw or "").split())
    query = Query(text=text)
    if not text:
        return query
    if len(text) > MAX_LENGTH:
        query.text = text = text[:MAX_LENGTH]
        query.notices.append(
            _("Your search was longer than %(count)s characters; only its beginning was used.")
            % {"count": MAX_LENGTH}
        )
    words = WORD.findall(text)
    if any(word not in OPERATORS for word in words):
        words = [word for word in words if word not in OPERATORS]
    words = [word.casefold() for word in words]
    terms = list(dict.fromkeys(word for word in words if len(word) >= MIN_TERM))
    if len(terms) > MAX_TERMS:
        query.notices.append(
            _("Only the first %(count)s words of your search were used.") % {"count": MAX_TERMS}
        )
        terms = terms[:MAX_TERMS]
    query.terms = [Term(word, parts_of(word)) for word in terms]
    if not query.terms:
        query.problem = (
            _("Type at least %(count)s letters or digits.") % {"count": MIN_TERM}
            if words
            else _("Search for words: punctuation and symbols alone match nothing.")
        )
    return query
