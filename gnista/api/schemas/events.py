import datetime

from ninja import Schema

from gnista.events.models import EventStatus

from .common import Language, absolute_url, choices


class OccurrenceOut(Schema):
    starts_at: datetime.datetime
    ends_at: datetime.datetime | None
    cancelled: bool


class EventOut(Schema):
    id: int
    uid: str
    title: str
    description: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime | None
    all_day: bool
    time_zone: str
    rrule: str
    place: str
    hub: str | None
    organiser: str | None
    areas: list[str]
    online_url: str
    registration_url: str
    language: Language
    status: choices(EventStatus)
    occurrences: list[OccurrenceOut]
    url: str

    @staticmethod
    def resolve_hub(event):
        return event.hub.slug if event.hub else None

    @staticmethod
    def resolve_organiser(event):
        return event.organiser.slug if event.organiser else None

    @staticmethod
    def resolve_areas(event):
        return [area.slug for area in event.areas.all()]

    @staticmethod
    def resolve_occurrences(event):
        return getattr(event, "occurrences_shown", [])

    @staticmethod
    def resolve_url(event, context):
        return absolute_url(context, event)
