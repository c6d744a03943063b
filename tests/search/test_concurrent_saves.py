"""Two people save the same thing at the same moment: both saves succeed and the index
holds one row per language, on both databases (rows are written with an upsert)."""

import threading

import pytest
from django.db import connection, transaction

from gnista.search import index
from gnista.search.models import Entry
from tests import factories


@pytest.mark.django_db(transaction=True)
def test_simultaneous_saves_of_one_object_never_collide():
    initiative = factories.initiative(title_sv="Vågkraft", title_en="Wave power", summary_en="Waves.")
    start = threading.Barrier(2)
    errors = []

    def save(number):
        try:
            start.wait()
            for _round in range(10):
                with transaction.atomic():
                    copy = type(initiative).objects.get(pk=initiative.pk)
                    copy.summary_sv = f"Sparad av {number}"
                    copy.save()
                    index.update(copy)  # a second index write in the same transaction
        except Exception as error:  # any error fails the test below
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(number,)) for number in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    rows = Entry.objects.filter(kind="initiative", object_id=initiative.pk)
    assert sorted(rows.values_list("language", flat=True)) == ["en", "sv"]
    assert rows.get(language="sv").body.startswith("Sparad av ")
