import datetime

from ninja import Schema

from gnista.portfolio.models import ChallengeStatus, InnovationType, Outcome, Stage

from .common import OrganisationRef, absolute_url, choices

StageNumber = choices(Stage)
OutcomeName = choices(Outcome)


def slugs(related) -> list[str]:
    return [item.slug for item in related.all()]


class AreaOut(Schema):
    slug: str
    name: str
    description: str


class GoalOut(Schema):
    number: int
    name: str


class InitiativeRef(Schema):
    slug: str
    title: str


class ChallengeOut(Schema):
    slug: str
    title: str
    summary: str
    status: choices(ChallengeStatus)
    owner: OrganisationRef
    areas: list[str]
    goals: list[int]
    opens_on: datetime.date | None
    closes_on: datetime.date | None
    updated_at: datetime.datetime
    url: str

    @staticmethod
    def resolve_areas(challenge):
        return slugs(challenge.areas)

    @staticmethod
    def resolve_goals(challenge):
        return [goal.number for goal in challenge.goals.all()]

    @staticmethod
    def resolve_url(challenge, context):
        return absolute_url(context, challenge)


class ChallengeDetailOut(ChallengeOut):
    body: str
    contact_name: str
    contact_email: str
    initiatives: list[InitiativeRef]

    @staticmethod
    def resolve_initiatives(challenge):
        return list(challenge.initiatives.all())


class InitiativeOut(Schema):
    slug: str
    title: str
    summary: str
    innovation_type: choices(InnovationType)
    stage: StageNumber
    outcome: OutcomeName
    owner: OrganisationRef
    areas: list[str]
    goals: list[int]
    challenges: list[str]
    starts_on: datetime.date | None
    ends_on: datetime.date | None
    latitude: float | None
    longitude: float | None
    is_city_wide: bool
    challenges_core_business: bool
    involves_residents: bool
    updated_at: datetime.datetime
    url: str

    @staticmethod
    def resolve_areas(initiative):
        return slugs(initiative.areas)

    @staticmethod
    def resolve_goals(initiative):
        return [goal.number for goal in initiative.goals.all()]

    @staticmethod
    def resolve_challenges(initiative):
        return slugs(initiative.challenges)

    @staticmethod
    def resolve_url(initiative, context):
        return absolute_url(context, initiative)


class PartnerOut(Schema):
    organisation: OrganisationRef
    role: str


class DecisionOut(Schema):
    """One entry of the stage history: a gate decision, or where the initiative began."""

    decided_on: datetime.date
    stage: StageNumber
    outcome: OutcomeName
    rationale: str
    evidence: str
    measurements: list[int]

    @staticmethod
    def resolve_measurements(change):
        return [measurement.pk for measurement in change.measurements.all()]


class MeasurementOut(Schema):
    id: int
    measured_on: datetime.date
    value: float
    source: str


class KpiOut(Schema):
    id: int
    name: str
    unit: str
    baseline: float | None
    target: float | None
    measurements: list[MeasurementOut]

    @staticmethod
    def resolve_measurements(kpi):
        return list(kpi.measurements.all())


class InitiativeDetailOut(InitiativeOut):
    what: str
    why: str
    how: str
    lessons_learned: str
    contact_name: str
    contact_email: str
    partners: list[PartnerOut]
    history: list[DecisionOut]
    kpis: list[KpiOut]

    @staticmethod
    def resolve_partners(initiative):
        return list(initiative.partnerships.all())

    @staticmethod
    def resolve_history(initiative):
        return list(initiative.stage_changes.all())

    @staticmethod
    def resolve_kpis(initiative):
        return list(initiative.kpis.all())


class LessonOut(Schema):
    slug: str
    title: str
    outcome: OutcomeName
    lessons_learned: str
    ends_on: datetime.date | None
    owner: OrganisationRef
    areas: list[str]
    url: str

    @staticmethod
    def resolve_areas(initiative):
        return slugs(initiative.areas)

    @staticmethod
    def resolve_url(initiative, context):
        return absolute_url(context, initiative)
