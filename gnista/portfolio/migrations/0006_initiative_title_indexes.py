# PostgreSQL indexes for sorting the initiative list by title (SQLite is left as it is):
# the title as shown in each language (that language's title, else the default
# language's), in that language's alphabetical order, then the slug. Each expression is
# exactly the one filters.in_language_or_default("title") orders by, so that the database
# reads the first page from the index instead of sorting every initiative (about 60 ms at
# 100,000 initiatives; tests/portfolio/test_initiative_filters.py checks the plan).
# Built concurrently, so that the site keeps saving while they are made.

from django.db import migrations

DEFAULT_LANGUAGE = "sv"
LANGUAGES = ["sv", "en", "da"]


def title_index(language):
    shown = f"COALESCE(NULLIF(title_{language}, ''), title_{DEFAULT_LANGUAGE})"
    return (
        f"CREATE INDEX CONCURRENTLY IF NOT EXISTS initiative_title_{language} ON portfolio_initiative "
        f'(({shown} COLLATE "{language}-x-icu"), slug)'
    )


POSTGRESQL = [title_index(language) for language in LANGUAGES]
POSTGRESQL_REVERSE = [
    f"DROP INDEX CONCURRENTLY IF EXISTS initiative_title_{language}" for language in LANGUAGES
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement, params=None)

    return operation


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY cannot run in a transaction

    dependencies = [
        ("portfolio", "0005_initiative_text_and_lessons_indexes"),
    ]

    operations = [
        migrations.RunPython(run(POSTGRESQL), run(POSTGRESQL_REVERSE)),
    ]
