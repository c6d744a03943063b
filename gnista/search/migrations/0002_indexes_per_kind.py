# The full-text indexes of PostgreSQL split by kind (see engine.best_rows): a search asks
# each kind for a bounded number of its matches, and an index of its own gives them
# without collecting the matches of every other kind first. Built concurrently, so that
# the site keeps saving while they are made; SQLite's FTS5 table is left as it is.

from django.db import migrations

KINDS = ["challenge", "initiative", "idea", "event", "actor", "method"]


def create(kind):
    return [
        f"CREATE INDEX CONCURRENTLY IF NOT EXISTS search_entry_{kind}_vector "
        f"ON search_entry USING gin (vector) WHERE kind = '{kind}'",
        f"CREATE INDEX CONCURRENTLY IF NOT EXISTS search_entry_{kind}_trgm "
        f"ON search_entry USING gin (folded gin_trgm_ops) WHERE kind = '{kind}'",
    ]


POSTGRESQL = [
    *(statement for kind in KINDS for statement in create(kind)),
    "DROP INDEX CONCURRENTLY IF EXISTS search_entry_vector",
    "DROP INDEX CONCURRENTLY IF EXISTS search_entry_folded_trgm",
]
POSTGRESQL_REVERSE = [
    "CREATE INDEX CONCURRENTLY IF NOT EXISTS search_entry_vector ON search_entry USING gin (vector)",
    "CREATE INDEX CONCURRENTLY IF NOT EXISTS search_entry_folded_trgm "
    "ON search_entry USING gin (folded gin_trgm_ops)",
    *(
        f"DROP INDEX CONCURRENTLY IF EXISTS search_entry_{kind}_{suffix}"
        for kind in KINDS
        for suffix in ("vector", "trgm")
    ),
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
        ("search", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(run(POSTGRESQL), run(POSTGRESQL_REVERSE)),
    ]
