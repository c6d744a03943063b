from django.db import transaction

from .models import Event

# A change to any of these is news for calendars that subscribe: SEQUENCE goes up.
SIGNIFICANT = (
    "starts_at",
    "ends_at",
    "all_day",
    "time_zone",
    "rrule",
    "exdates",
    "status",
    "place",
    "hub_id",
)


@transaction.atomic
def save_event(event: Event) -> Event:
    event.full_clean()
    if event.pk:
        stored = Event.objects.select_for_update().filter(pk=event.pk).values(*SIGNIFICANT).first()
        if stored and any(stored[field] != getattr(event, field) for field in SIGNIFICANT):
            event.sequence += 1
    event.save()
    return event
