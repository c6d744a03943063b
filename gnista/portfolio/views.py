from django.db.models import Case, Count, Prefetch, Q, Value, When
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from gnista.core import panels
from gnista.core.charts import Line, LineChart
from gnista.core.listing import filtered_page

from .filters import ChallengeFilter, InitiativeFilter, LessonFilter
from .models import (
    Challenge,
    ChallengeStatus,
    Initiative,
    Kpi,
    KpiMeasurement,
    OrganisationKind,
    Outcome,
    Partnership,
    Stage,
    StageChange,
)


def initiative_cards():
    """Initiatives with what a list card shows, in a fixed number of queries."""
    return Initiative.objects.select_related("owner").prefetch_related("areas")


def challenge_cards():
    """Public challenges with what a card shows: owner, areas and how many initiatives answer."""
    return (
        Challenge.objects.public()
        .select_related("owner")
        .prefetch_related("areas")
        .annotate(initiative_count=Count("initiatives", distinct=True))
    )


def home(request):
    counts = Initiative.objects.aggregate(
        total=Count("id"),
        stage_1=Count("id", filter=Q(stage=Stage.UNDERSTAND, outcome__in=[Outcome.ACTIVE, Outcome.PAUSED])),
        stage_2=Count("id", filter=Q(stage=Stage.DEVELOP, outcome__in=[Outcome.ACTIVE, Outcome.PAUSED])),
        stage_3=Count("id", filter=Q(stage=Stage.SCALE, outcome__in=[Outcome.ACTIVE, Outcome.PAUSED])),
        scaled=Count("id", filter=Q(outcome=Outcome.SCALED)),
        stopped=Count("id", filter=Q(outcome=Outcome.STOPPED)),
    )
    counts["open_challenges"] = Challenge.objects.filter(status=ChallengeStatus.OPEN).count()
    counts["partners"] = (
        Partnership.objects.exclude(organisation__kind=OrganisationKind.CITY_ADMINISTRATION)
        .values("organisation")
        .distinct()
        .count()
    )
    context = {
        "section": "home",
        "counts": counts,
        "open_challenges": challenge_cards()
        .filter(status=ChallengeStatus.OPEN)
        .order_by("-opens_on", "slug")[:4],
        "featured": initiative_cards().filter(is_featured=True).order_by("-updated_at", "slug")[:3],
        "latest": initiative_cards().exclude(is_featured=True).order_by("-starts_on", "slug")[:6],
        "panels": panels.render("home", request, None),
    }
    return render(request, "portfolio/home.html", context)


def initiative_list(request):
    context = {"section": "initiatives", **filtered_page(request, InitiativeFilter, initiative_cards())}
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
    context = {"section": "lessons", **filtered_page(request, LessonFilter, queryset)}
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


def challenge_detail(request, slug):
    challenge = get_object_or_404(
        Challenge.objects.public().select_related("owner").prefetch_related("areas", "goals"), slug=slug
    )
    initiatives = initiative_cards().filter(challenges=challenge).order_by("-starts_on", "slug")
    return render(
        request,
        "portfolio/challenge_detail.html",
        {
            "section": "challenges",
            "challenge": challenge,
            "initiatives": initiatives,
            "panels": panels.render("challenge_detail", request, challenge),
        },
    )
