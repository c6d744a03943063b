from django.db.models import Count
from django.shortcuts import get_object_or_404, render

from gnista.core import panels
from gnista.core.listing import filtered_page
from gnista.portfolio.models import Area, Challenge, Initiative, Organisation, OrganisationKind, Partnership

from .filters import ActorFilter


def actor_list(request):
    queryset = Organisation.objects.select_related("hub").prefetch_related("areas").order_by("name_sv")
    context = {"section": "actors", **filtered_page(request, ActorFilter, queryset)}
    return render(request, "district/actor_list.html", context)


def initiatives_of(organisation):
    # A union of the two indexed lookups: an OR across the partnership join needed DISTINCT
    # over whole rows and read every initiative (200 ms at 100,000 initiatives, make bench).
    owned = Initiative.objects.filter(owner=organisation).values("pk")
    partnered = Partnership.objects.filter(organisation=organisation).values("initiative")
    return (
        Initiative.objects.filter(pk__in=owned.union(partnered))
        .select_related("owner")
        .prefetch_related("areas")
        .order_by("-starts_on", "slug")
    )


def actor_detail(request, slug):
    actor = get_object_or_404(
        Organisation.objects.select_related("hub").prefetch_related("clusters", "areas"), slug=slug
    )
    context = {
        "section": "actors",
        "actor": actor,
        "initiatives": initiatives_of(actor)[:12],
        "members": actor.hub_members.order_by("name_sv")
        if actor.kind == OrganisationKind.HUB
        else actor.cluster_members.order_by("name_sv")
        if actor.kind == OrganisationKind.CLUSTER
        else None,
        "panels": panels.render("actor_detail", request, actor),
    }
    return render(request, "district/actor_detail.html", context)


def cluster_list(request):
    clusters = (
        Organisation.objects.filter(kind=OrganisationKind.CLUSTER)
        .annotate(member_count=Count("cluster_members"))
        .prefetch_related("areas")
        .order_by("name_sv")
    )
    return render(request, "district/cluster_list.html", {"section": "actors", "clusters": clusters})


def area_detail(request, slug):
    """Everything in one specialisation area: challenges, initiatives, actors and events."""
    area = get_object_or_404(Area, slug=slug)
    context = {
        "section": "actors",
        "area": area,
        "challenges": Challenge.objects.public()
        .filter(areas=area)
        .select_related("owner")
        .annotate(initiative_count=Count("initiatives", distinct=True))
        .order_by("-opens_on")[:6],
        "initiatives": Initiative.objects.filter(areas=area)
        .select_related("owner")
        .prefetch_related("areas")
        .order_by("-starts_on", "slug")[:9],
        "actors": Organisation.objects.filter(areas=area).select_related("hub").order_by("name_sv"),
        "panels": panels.render("area_detail", request, area),
    }
    return render(request, "district/area_detail.html", context)


def hub_list(request):
    hubs = (
        Organisation.objects.filter(kind=OrganisationKind.HUB)
        .annotate(member_count=Count("hub_members"))
        .order_by("name_sv")
    )
    return render(request, "district/hub_list.html", {"section": "hubs", "hubs": hubs})
