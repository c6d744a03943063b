from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from gnista.core import freshness, panels
from gnista.core.listing import filtered_page
from gnista.portfolio.models import Area, Challenge, Initiative, Organisation, OrganisationKind, Partnership

from .filters import ActorFilter

# A page about one actor or area shows the newest of its initiatives and actors, with the
# number of them all and a link to the full list where one can be filtered to them (a hub
# has hundreds of members, an area thousands of actors and tens of thousands of
# initiatives at a city's scale: make bench).
INITIATIVES_SHOWN = 12
AREA_INITIATIVES_SHOWN = 9
ACTORS_SHOWN = 12
CHALLENGES_SHOWN = 6


@dataclass
class Excerpt:
    """The newest few of a list, how many there are in all, and where the whole list is."""

    items: list
    total: int
    url: str = ""

    @property
    def more(self) -> bool:
        return self.total > len(self.items)


def actor_list(request):
    # The page is chosen by keys and names only, then its organisations are read: sorting
    # whole rows by name read and sorted every organisation's texts (45 ms at 20,000).
    keys = Organisation.objects.order_by("name_sv", "pk").values_list("pk", flat=True)
    context = {"section": "actors", **filtered_page(request, ActorFilter, keys)}
    page = context["page"]
    found = Organisation.objects.filter(pk__in=list(page.object_list))
    by_key = {actor.pk: actor for actor in found.select_related("hub").prefetch_related("areas")}
    page.object_list = [by_key[key] for key in page.object_list if key in by_key]
    return render(request, "district/actor_list.html", context)


def actors_url(**filters) -> str:
    return reverse("district:actor-list") + "?" + urlencode(filters)


def initiatives_url(**filters) -> str:
    return reverse("portfolio:initiative-list") + "?" + urlencode(filters)


def newest_actors(rows, key: str, url: str) -> Excerpt:
    """The organisations newest in the directory (highest keys) among rows naming them by
    `key`, shown by name, and how many there are. Ordered by name, all of them had to be
    sorted (3,000 wide rows in an area at a city's scale); their keys come from an index."""
    newest = list(rows.order_by(f"-{key}").values_list(key, flat=True)[:ACTORS_SHOWN])
    items = list(Organisation.objects.filter(pk__in=newest).select_related("hub").order_by("name_sv", "pk"))
    return Excerpt(items, rows.count() if len(newest) == ACTORS_SHOWN else len(newest), url)


def members_of(actor) -> Excerpt | None:
    """A hub's or a cluster's newest members, and where to see them all."""
    if actor.kind == OrganisationKind.HUB:
        found = newest_actors(Organisation.objects.filter(hub=actor), "pk", actors_url(hub=actor.slug))
    elif actor.kind == OrganisationKind.CLUSTER:
        links = Organisation.clusters.through.objects.filter(to_organisation=actor)
        found = newest_actors(links, "from_organisation", actors_url(cluster=actor.slug))
    else:
        return None
    return found if found.items else None


def initiative_count(organisation) -> int:
    """How many initiatives the organisation owns or is a partner in (each once), from the
    indexes of the two relations (a count over their union reads thousands of rows)."""
    owned = Initiative.objects.filter(owner=organisation).count()
    partnered = Partnership.objects.filter(organisation=organisation).count()
    both = 0
    if owned and partnered:
        both = Partnership.objects.filter(organisation=organisation, initiative__owner=organisation).count()
    return owned + partnered - both


def initiatives_of(organisation) -> Excerpt:
    """The newest initiatives the organisation owns or is a partner in: the newest of each
    relation, by their own indexes, then the newest of those."""
    order, shown = ("-starts_on", "slug"), INITIATIVES_SHOWN
    owned = Initiative.objects.filter(owner=organisation).order_by(*order).values_list("pk", flat=True)
    partnered = (
        Partnership.objects.filter(organisation=organisation)
        .order_by("-initiative__starts_on", "initiative__slug")
        .values_list("initiative", flat=True)
    )
    newest = set(owned[:shown]) | set(partnered[:shown])
    items = list(
        Initiative.objects.filter(pk__in=newest)
        .select_related("owner")
        .prefetch_related("areas")
        .order_by(*order)[:shown]
    )
    if len(newest) < shown:
        return Excerpt(items, len(items))
    count = freshness.cached(
        "district-initiatives", organisation.pk, lambda: initiative_count(organisation), per_language=False
    )
    return Excerpt(items, count)


def actor_detail(request, slug):
    actor = get_object_or_404(
        Organisation.objects.select_related("hub").prefetch_related("clusters", "areas"), slug=slug
    )
    initiatives = initiatives_of(actor)
    # The initiative list can be narrowed to an owning administration, not to a partner.
    if actor.kind == OrganisationKind.CITY_ADMINISTRATION:
        initiatives.url = initiatives_url(administration=actor.slug)
    context = {
        "section": "actors",
        "actor": actor,
        "initiatives": initiatives,
        "members": members_of(actor),
        "panels": panels.render("actor_detail", request, actor),
    }
    return render(request, "district/actor_detail.html", context)


def cluster_list(request):
    clusters = (
        Organisation.objects.filter(kind=OrganisationKind.CLUSTER)
        .annotate(member_count=cluster_members())
        .prefetch_related("areas")
        .order_by("name_sv")
    )
    return render(request, "district/cluster_list.html", {"section": "actors", "clusters": clusters})


def counted(rows, key: str):
    """How many of the rows name the record by `key`, counted in a subquery on that
    column's index for the records shown only (a join and GROUP BY over every organisation
    or every initiative took 20 ms at a city's scale)."""
    found = rows.filter(**{key: OuterRef("pk")}).order_by().values(key).annotate(count=Count("*"))
    return Coalesce(Subquery(found.values("count"), output_field=IntegerField()), 0)


def hub_members():
    return counted(Organisation.objects.all(), "hub")


def cluster_members():
    return counted(Organisation.clusters.through.objects.all(), "to_organisation")


def area_detail(request, slug):
    """Everything in one specialisation area: challenges, initiatives, actors and events."""
    area = get_object_or_404(Area, slug=slug)
    initiatives = list(
        Initiative.objects.filter(areas=area)
        .select_related("owner")
        .prefetch_related("areas")
        .order_by("-starts_on", "slug")[:AREA_INITIATIVES_SHOWN]
    )
    initiative_links = Initiative.areas.through.objects.filter(area=area)
    context = {
        "section": "actors",
        "area": area,
        "challenges": Challenge.objects.public()
        .filter(areas=area)
        .select_related("owner")
        .annotate(initiative_count=counted(Initiative.challenges.through.objects.all(), "challenge"))
        .order_by("-opens_on")[:CHALLENGES_SHOWN],
        "initiatives": Excerpt(
            initiatives,
            initiative_links.count() if len(initiatives) == AREA_INITIATIVES_SHOWN else len(initiatives),
            initiatives_url(area=area.slug),
        ),
        "actors": newest_actors(
            Organisation.areas.through.objects.filter(area=area), "organisation", actors_url(area=area.slug)
        ),
        "panels": panels.render("area_detail", request, area),
    }
    return render(request, "district/area_detail.html", context)


def hub_list(request):
    hubs = (
        Organisation.objects.filter(kind=OrganisationKind.HUB)
        .annotate(member_count=hub_members())
        .order_by("name_sv")
    )
    return render(request, "district/hub_list.html", {"section": "hubs", "hubs": hubs})
