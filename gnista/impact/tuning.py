"""How the dashboard's aggregate queries run on PostgreSQL.

They read every initiative, idea, support and comment once, which PostgreSQL plans as
costly enough to compile with JIT: at 100,000 initiatives and 2,000,000 supports that
compilation took longer (about a second per query) than it saved. The default working
memory (4 MB) sends their sorts and hashes to disk. Both are set for the one transaction
the figures are computed in, nothing else."""

from contextlib import contextmanager

from django.db import connection, transaction

WORKING_MEMORY = "64MB"


@contextmanager
def aggregating():
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('jit', 'off', true), set_config('work_mem', %s, true)", [WORKING_MEMORY]
            )
        yield
