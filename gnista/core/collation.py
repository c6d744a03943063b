"""Alphabetical order as people expect it in each language: Swedish puts å ä ö after z,
Danish æ ø å; upper and lower case sort together. PostgreSQL has ICU collations for this;
SQLite gets equivalent collations registered on every connection."""

import unicodedata

from django.db import connection as default_connection
from django.db.backends.signals import connection_created

ALPHABETS = {
    "sv": "0123456789abcdefghijklmnopqrstuvwxyzåäö",
    "da": "0123456789abcdefghijklmnopqrstuvwxyzæøå",
    "en": "0123456789abcdefghijklmnopqrstuvwxyz",
}

# Letters each language files under one of its own (as the ICU collations do).
EQUIVALENTS = {
    "sv": {"æ": "ä", "ø": "ö"},
    "da": {"ä": "æ", "ö": "ø"},
    "en": {"æ": "ae", "ø": "o", "ß": "ss"},
}


def sort_key(text: str, language: str) -> tuple:
    alphabet = ALPHABETS.get(language, ALPHABETS["en"])
    equivalents = EQUIVALENTS.get(language, {})
    key = []
    for char in "".join(equivalents.get(char, char) for char in text.casefold()):
        if char not in alphabet:
            # Accented letters that are not letters of their own sort with their base letter.
            char = unicodedata.normalize("NFD", char)[0]
        position = alphabet.find(char)
        key.append((1, position) if position >= 0 else (0 if char.isspace() else 2, ord(char)))
    return tuple(key)


def compare(language: str):
    def compare_texts(first: str, second: str) -> int:
        a, b = sort_key(first, language), sort_key(second, language)
        return (a > b) - (a < b)

    return compare_texts


def collation_name(language: str, connection=default_connection) -> str:
    language = language if language in ALPHABETS else "en"
    return f"{language}-x-icu" if connection.vendor == "postgresql" else f"gnista_{language}"


def register_sqlite_collations(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        for language in ALPHABETS:
            connection.connection.create_collation(f"gnista_{language}", compare(language))


connection_created.connect(register_sqlite_collations, dispatch_uid="gnista_sqlite_collations")
