import datetime
from typing import Literal

from ninja import Schema

from gnista.participation.models import PUBLIC_STATUSES

from .common import Language, absolute_url

PublicStatus = Literal[tuple(status.value for status in PUBLIC_STATUSES)]


class IdeaOut(Schema):
    id: int
    title: str
    description: str
    need: str
    language: Language
    status: PublicStatus
    decline_reason: str
    author: str
    areas: list[str]
    challenge: str | None
    initiative: str | None
    support_count: int
    submitted_at: datetime.datetime | None
    url: str

    @staticmethod
    def resolve_author(idea):
        return idea.author_name

    @staticmethod
    def resolve_areas(idea):
        return [area.slug for area in idea.areas.all()]

    @staticmethod
    def resolve_challenge(idea):
        return idea.challenge.slug if idea.challenge else None

    @staticmethod
    def resolve_initiative(idea):
        return idea.initiative.slug if idea.initiative else None

    @staticmethod
    def resolve_url(idea, context):
        return absolute_url(context, idea)
