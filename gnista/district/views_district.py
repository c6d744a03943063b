"""The district's own page: its profile and figures, hubs, clusters, areas and the peer
sessions to come."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, Sum
from django.shortcuts import render
from django.utils import timezone

from gnista.core import freshness
from gnista.events.models import EventStatus
from gnista.portfolio.models import Area, Organisation, OrganisationKind

from .models import District, PeerDistrict, PeerSession
from .views import cluster_members, counted, hub_members

UPCOMING_SESSIONS = 4


@dataclass(frozen=True)
class Figure:
    """One of the district's figures and where it comes from: entered by the district's
    staff, or counted from the directory (``sources`` organisations contributed)."""

    value: int
    entered: bool
    sources: int = 0


def district_figures(district: District | None) -> dict[str, Figure]:
    """Actors, students and employees: what the district entered, else counted from the
    directory in one aggregate query. Actors counted are the organisations in the
    directory less the city's own administrations, which are parts of one actor, the city."""
    totals = Organisation.objects.aggregate(
        actor_total=Count("pk", filter=~Q(kind=OrganisationKind.CITY_ADMINISTRATION)),
        student_total=Sum("students"),
        student_sources=Count("students"),
        employee_total=Sum("employees"),
        employee_sources=Count("employees"),
    )
    entered = {name: getattr(district, name, None) for name in ("actors", "students", "employees")}
    return {
        "actors": Figure(entered["actors"], True)
        if entered["actors"] is not None
        else Figure(totals["actor_total"], False, totals["actor_total"]),
        "students": Figure(entered["students"], True)
        if entered["students"] is not None
        else Figure(totals["student_total"] or 0, False, totals["student_sources"]),
        "employees": Figure(entered["employees"], True)
        if entered["employees"] is not None
        else Figure(totals["employee_total"] or 0, False, totals["employee_sources"]),
    }


def upcoming_sessions(limit: int = UPCOMING_SESSIONS):
    now = timezone.now()
    return (
        PeerSession.objects.filter(event__status=EventStatus.CONFIRMED)
        .filter(Q(event__starts_at__gte=now) | Q(event__ends_at__gte=now))
        .select_related("event", "theme")
        .prefetch_related(Prefetch("districts", queryset=PeerDistrict.objects.order_by("city")))
        .order_by("event__starts_at")[:limit]
    )


def district_page(request):
    district = District.objects.order_by("pk").first()
    hubs = Organisation.objects.filter(kind=OrganisationKind.HUB).annotate(member_count=hub_members())
    clusters = (
        Organisation.objects.filter(kind=OrganisationKind.CLUSTER)
        .annotate(member_count=cluster_members())
        .prefetch_related("areas")
    )
    areas = Area.objects.annotate(actor_count=counted(Organisation.areas.through.objects.all(), "area"))
    # The figures add up every organisation: kept until the data changes.
    key = district.pk if district else None
    figures = freshness.cached("district-figures", key, lambda: district_figures(district))
    peers = PeerDistrict.objects.aggregate(
        members=Count("pk", filter=Q(relation="member")), partners=Count("pk", filter=Q(relation="partner"))
    )
    context = {
        "section": "actors",
        "subsection": "district",
        "district": district,
        "figures": figures,
        "hubs": hubs.order_by("name_sv"),
        "clusters": clusters.order_by("name_sv"),
        "areas": areas.order_by("position", "slug"),
        "peers": peers,
        "sessions": upcoming_sessions(),
    }
    return render(request, "district/district.html", context)
