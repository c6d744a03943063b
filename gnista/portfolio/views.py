from django.db.models import Case, Count, IntegerField, OuterRef, Prefetch, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from gnista.core import freshness, panels
from gnista.core.charts import Line, LineChart
from gnista.core.listing import filtered_page

from .counting import bounded_page
from .filters import ChallengeFilter, InitiativeFilter, LessonFilter
from .models import (
    Challenge,
    ChallengeStatus,
    Initiative,
    Kpi,
    KpiMeasurement,
    Organisation,
    OrganisationKind,
    Outcome,
    Partnership,
    Stage,
    StageChange,
)


def initiative_cards():
    """Initiatives with what a list card shows, in a fixed number of queries."""
    return Initiative.objects.select_related("owner").prefetch_related("areas")


def answering_count():
    """How many initiatives answer the challenge, counted in its own subquery: only for the
    challenges shown (a page of them), from the link table's index, with no join or DISTINCT
    over every initiative of every challenge."""
    links = (
        Initiative.challenges.through.objects.filter(challenge=OuterRef("pk"))
        .order_by()
        .values("challenge")
        .annotate(count=Count("*"))
        .values("count")
    )
    return Coalesce(Subquery(links, output_field=IntegerField()), 0)


def challenge_cards():
    """Public challenges with what a card shows: owner, areas and how many initiatives answer."""
    return (
        Challenge.objects.public()
        .select_related("owner")
        .prefetch_related("areas")
        .annotate(initiative_count=answering_count())
    )


def key_numbers() -> dict[str, int]:
    """The portfolio in numbers, from the (stage, outcome) index rather than the wide rows."""
    counts = dict.fromkeys(["total", "stage_1", "stage_2", "stage_3", "scaled", "stopped"], 0)
    running = {Outcome.ACTIVE, Outcome.PAUSED}
    by_stage = {Stage.UNDERSTAND: "stage_1", Stage.DEVELOP: "stage_2", Stage.SCALE: "stage_3"}
    groups = Initiative.objects.order_by().values_list("stage", "outcome").annotate(count=Count("*"))
    for stage, outcome, count in groups:
        counts["total"] += count
        if outcome in running and stage in by_stage:
            counts[by_stage[stage]] += count
        elif outcome == Outcome.SCALED:
            counts["scaled"] += count
        elif outcome == Outcome.STOPPED:
            counts["stopped"] += count
    counts["open_challenges"] = Challenge.objects.filter(status=ChallengeStatus.OPEN).count()
    # The distinct organisations in the partnerships' own index, without joining every
    # partnership to its organisation: the few city administrations are left out by key.
    administrations = Organisation.objects.filter(kind=OrganisationKind.CITY_ADMINISTRATION).values("pk")
    counts["partners"] = (
        Partnership.objects.exclude(organisation__in=administrations)
        .order_by()
        .values("organisation")
        .distinct()
        .count()
    )
    return counts


def home(request):
    context = {
        "section": "home",
        # The same for everyone until the next write: kept in the cache (gnista.core.freshness).
        "counts": freshness.cached("portfolio.key-numbers", None, key_numbers, per_language=False),
        "open_challenges": challenge_cards()
        .filter(status=ChallengeStatus.OPEN)
        .order_by("-opens_on", "slug")[:4],
        "featured": initiative_cards().filter(is_featured=True).order_by("-updated_at", "slug")[:3],
        "latest": initiative_cards().exclude(is_featured=True).order_by("-starts_on", "slug")[:6],
        "panels": panels.render("home", request, None),
    }
    return render(request, "portfolio/home.html", context)


def initiative_list(request):
    context = {
        "section": "initiatives",
        **bounded_page(request, InitiativeFilter, initiative_cards(), "portfolio.initiative-count"),
    }
    template = "portfolio/initiative_list.html"
    if request.htmx and not request.htmx.boosted:
        template += "#htmx_response"
    return render(request, template, context)


def kpi_chart(kpi: Kpi) -> LineChart:
    lines = []
    if kpi.baseline is not None:
        lines.append(Line(_("Baseline"), float(kpi.baseline)))
    if kpi.target is not None:
        lines.append(Line(_("Target"), float(kpi.target)))
    return LineChart([(m.measured_on, m.value) for m in kpi.measurements.all()], lines)


def initiative_detail(request, slug):
    measurements_with_kpi = KpiMeasurement.objects.select_related("kpi")
    initiative = get_object_or_404(
        Initiative.objects.select_related("owner").prefetch_related(
            "areas",
            "goals",
            Prefetch("challenges", queryset=Challenge.objects.public()),
            Prefetch("partnerships", queryset=Partnership.objects.select_related("organisation")),
            Prefetch(
                "stage_changes",
                queryset=StageChange.objects.select_related("recorded_by")
                .prefetch_related(Prefetch("measurements", queryset=measurements_with_kpi))
                .order_by("decided_on", "id"),
            ),
            Prefetch("kpis", queryset=Kpi.objects.prefetch_related("measurements")),
        ),
        slug=slug,
    )
    effects = [(kpi, kpi_chart(kpi)) for kpi in initiative.kpis.all()]
    return render(
        request,
        "portfolio/initiative_detail.html",
        {
            "section": "initiatives",
            "initiative": initiative,
            "effects": effects,
            "panels": panels.render("initiative_detail", request, initiative),
        },
    )


def lesson_list(request):
    queryset = (
        initiative_cards().filter(outcome__in=[Outcome.STOPPED, Outcome.SCALED]).order_by("-ends_on", "slug")
    )
    context = {
        "section": "lessons",
        **bounded_page(request, LessonFilter, queryset, "portfolio.lesson-count"),
    }
    return render(request, "portfolio/lesson_list.html", context)


def challenge_list(request):
    open_first = Case(
        When(status=ChallengeStatus.OPEN, then=Value(0)),
        When(status=ChallengeStatus.IN_PROGRESS, then=Value(1)),
        default=Value(2),
    )
    queryset = challenge_cards().order_by(open_first, "-opens_on", "slug")
    context = {"section": "challenges", **filtered_page(request, ChallengeFilter, queryset)}
    return render(request, "portfolio/challenge_list.html", context)


# A challenge page shows this many of the initiatives that answer it, newest first, and
# links to the initiative list filtered by the challenge for all of them.
CHALLENGE_INITIATIVES_SHOWN = 12


def challenge_detail(request, slug):
    challenge = get_object_or_404(
        Challenge.objects.public().select_related("owner").prefetch_related("areas", "goals"), slug=slug
    )
    answering = initiative_cards().filter(challenges=challenge).order_by("-starts_on", "slug")
    initiatives = list(answering[:CHALLENGE_INITIATIVES_SHOWN])
    if len(initiatives) < CHALLENGE_INITIATIVES_SHOWN:
        initiative_count = len(initiatives)
    else:
        initiative_count = Initiative.challenges.through.objects.filter(challenge=challenge).count()
    return render(
        request,
        "portfolio/challenge_detail.html",
        {
            "section": "challenges",
            "challenge": challenge,
            "initiatives": initiatives,
            "initiative_count": initiative_count,
            "panels": panels.render("challenge_detail", request, challenge),
        },
    )
