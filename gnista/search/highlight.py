"""Highlighted titles and snippets: the text escaped, and each word that matches the
search wrapped in <mark>. The marks are the only markup the result holds."""

from collections.abc import Callable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .query import MIN_STEM, Term, stem
from .sources import WORD

SNIPPET_WORDS = 32
CONTEXT_BEFORE = 8

Matcher = Callable[[str], bool]


def matcher(terms: list[Term], language: str) -> Matcher:
    """Whether a case-folded word of a text in `language` matches one of the terms: it
    contains the term or one of its stems, starts with a short term, or has the same stem
    (as PostgreSQL's text search finds it)."""
    parts = [part for term in terms for part in term.parts]
    starts = [term.text for term in terms if term.short]
    stems = [stem(language, term.text) for term in terms if not term.short]
    stems = [value for value in stems if len(value) >= MIN_STEM]

    def matches(word: str) -> bool:
        if any(part in word for part in parts) or any(word.startswith(start) for start in starts):
            return True
        return bool(stems) and len(word) >= MIN_STEM and stem(language, word).startswith(tuple(stems))

    return matches


def mark(text: str, matches: Matcher) -> SafeString:
    pieces, position = [], 0
    for found in WORD.finditer(text):
        if matches(found.group().casefold()):
            pieces.append(escape(text[position : found.start()]))
            pieces.append(f"<mark>{escape(found.group())}</mark>")
            position = found.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # every piece of text is escaped above


def snippet(text: str, matches: Matcher) -> SafeString:
    """About SNIPPET_WORDS words around the first match (or from the start), highlighted."""
    text = " ".join(text.split())
    words = list(WORD.finditer(text))
    if not words:
        return mark_safe("")
    first = next((i for i, word in enumerate(words) if matches(word.group().casefold())), 0)
    start = max(0, first - CONTEXT_BEFORE)
    end = min(len(words), start + SNIPPET_WORDS)
    begin = 0 if start == 0 else words[start].start()
    finish = len(text) if end == len(words) else words[end - 1].end()
    marked = mark(text[begin:finish], matches)
    return mark_safe(("… " if begin else "") + marked + (" …" if finish < len(text) else ""))
