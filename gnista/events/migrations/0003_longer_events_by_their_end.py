from django.db import migrations, models

from gnista.events.repetition import LONGEST_SINGLE, series_end


def fill_longer_events(apps, schema_editor):
    """Single events longer than a day are found by their end (repeats_until), like series."""
    Event = apps.get_model("events", "Event")
    longer = Event.objects.filter(
        rrule="", repeats_until__isnull=True, ends_at__gt=models.F("starts_at") + LONGEST_SINGLE
    )
    filled = []
    for event in longer.only("starts_at", "ends_at", "all_day", "time_zone").iterator(chunk_size=2000):
        event.repeats_until = series_end("", event.starts_at, event.ends_at, event.all_day, event.time_zone)
        filled.append(event)
    Event.objects.bulk_update(filled, ["repeats_until"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_event_repeats_until"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="event",
            name="events_plain_end_idx",
        ),
        migrations.RunPython(fill_longer_events, migrations.RunPython.noop, elidable=True),
    ]
