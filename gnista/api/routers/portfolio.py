"""Challenges, initiatives (with partners, stage history and effects), lessons, areas and
goals: what the portfolio pages show, filtered as they filter."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from ninja import Query, Router

from gnista.portfolio.filters import ChallengeFilter, InitiativeFilter, LessonFilter
from gnista.portfolio.models import (
    Area,
    Challenge,
    Goal,
    Initiative,
    Kpi,
    Outcome,
    Partnership,
    StageChange,
)

from ..filtering import filtered, query_schema
from ..pagination import LanguageQuery, PageQuery, page
from ..schemas.common import DETAIL_ERRORS, READ_ERRORS, page_of
from ..schemas.portfolio import (
    AreaOut,
    ChallengeDetailOut,
    ChallengeOut,
    GoalOut,
    InitiativeDetailOut,
    InitiativeOut,
    KpiOut,
    LessonOut,
)

router = Router(tags=["portfolio"])

ChallengeQuery = query_schema(ChallengeFilter, "ChallengeQuery")
InitiativeQuery = query_schema(InitiativeFilter, "InitiativeQuery")
LessonQuery = query_schema(LessonFilter, "LessonQuery")


def public_challenges():
    return Challenge.objects.public().select_related("owner").prefetch_related("areas", "goals")


def initiative_rows():
    """Initiatives with what a list item shows, in a fixed number of queries; draft
    challenges stay out of sight, as on the pages."""
    return Initiative.objects.select_related("owner").prefetch_related(
        "areas", "goals", Prefetch("challenges", queryset=Challenge.objects.public())
    )


def initiative_with_details():
    return initiative_rows().prefetch_related(
        Prefetch("partnerships", queryset=Partnership.objects.select_related("organisation")),
        Prefetch(
            "stage_changes",
            queryset=StageChange.objects.prefetch_related("measurements").order_by("decided_on", "id"),
        ),
        Prefetch("kpis", queryset=Kpi.objects.prefetch_related("measurements")),
    )


@router.get("/challenges", response={200: page_of(ChallengeOut), **READ_ERRORS})
def list_challenges(request, query: Query[ChallengeQuery]):
    """Public challenges (not drafts). Filters as on the challenges page."""
    return page(request, filtered(request, ChallengeFilter, public_challenges()).qs, query)


@router.get("/challenges/{slug}", response={200: ChallengeDetailOut, **DETAIL_ERRORS})
def get_challenge(request, slug: str, query: Query[LanguageQuery]):
    """A public challenge with the initiatives that answer it."""
    answering = Prefetch("initiatives", queryset=Initiative.objects.order_by("-starts_on", "slug"))
    return get_object_or_404(public_challenges().prefetch_related(answering), slug=slug)


@router.get("/initiatives", response={200: page_of(InitiativeOut), **READ_ERRORS})
def list_initiatives(request, query: Query[InitiativeQuery]):
    """The whole portfolio, failures included. Filters as on the initiatives page; values
    of one filter match any of them, different filters must all match."""
    return page(request, filtered(request, InitiativeFilter, initiative_rows()).qs, query)


@router.get("/initiatives/{slug}", response={200: InitiativeDetailOut, **DETAIL_ERRORS})
def get_initiative(request, slug: str, query: Query[LanguageQuery]):
    """An initiative with its partners and their roles, its stage history (each gate
    decision with its date, rationale and evidence), its indicators with their measured
    values, and its lessons learned."""
    return get_object_or_404(initiative_with_details(), slug=slug)


@router.get("/initiatives/{slug}/kpis", response={200: list[KpiOut], **DETAIL_ERRORS})
def list_kpis(request, slug: str, query: Query[LanguageQuery]):
    """The effects an initiative measures: each indicator with baseline, target and
    measured values."""
    initiative = get_object_or_404(Initiative, slug=slug)
    return list(initiative.kpis.prefetch_related("measurements"))


@router.get("/lessons", response={200: page_of(LessonOut), **READ_ERRORS})
def list_lessons(request, query: Query[LessonQuery]):
    """Lessons learned from stopped and scaled initiatives."""
    finished = initiative_rows().filter(outcome__in=[Outcome.STOPPED, Outcome.SCALED])
    return page(request, filtered(request, LessonFilter, finished).qs, query)


@router.get("/areas", response={200: page_of(AreaOut), **READ_ERRORS})
def list_areas(request, query: Query[PageQuery]):
    """The specialisation areas of the regional innovation strategy."""
    return page(request, Area.objects.all(), query)


@router.get("/goals", response={200: page_of(GoalOut), **READ_ERRORS})
def list_goals(request, query: Query[PageQuery]):
    """The UN sustainable development goals initiatives and challenges are classified by."""
    return page(request, Goal.objects.all(), query)
