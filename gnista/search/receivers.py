"""Every save or delete of a searchable thing updates the index, in the same transaction."""

from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save

from . import index, sources


def saved(sender, instance, **kwargs):
    index.update(instance)


def deleted(sender, instance, **kwargs):
    index.remove(instance)


def imported(sender, initiatives, **kwargs):
    index.update_many(initiatives)


def build_when_empty(sender, using="default", **kwargs):
    """The first `gnista migrate` after search was added indexes what is already there."""
    from django.db import connections

    from .models import Entry

    if Entry._meta.db_table not in connections[using].introspection.table_names():
        return
    if index.is_empty() and any(source.public_objects().exists() for source in sources.installed()):
        index.rebuild()


def connect():
    for source in sources.installed():
        uid = f"gnista.search.{source.kind}"
        post_save.connect(saved, sender=source.model, dispatch_uid=uid + ".save")
        post_delete.connect(deleted, sender=source.model, dispatch_uid=uid + ".delete")
    from gnista.portfolio.signals import initiatives_imported

    initiatives_imported.connect(imported, dispatch_uid="gnista.search.imported")
    post_migrate.connect(
        build_when_empty, sender=apps.get_app_config("search"), dispatch_uid="gnista.search.build"
    )
