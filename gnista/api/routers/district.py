"""The district's directory: organisations (filtered as on the actors page) and hubs."""

from django.db.models import Count
from django.shortcuts import get_object_or_404
from ninja import Query, Router

from gnista.district.filters import ActorFilter
from gnista.portfolio.models import Organisation, OrganisationKind

from ..filtering import filtered, query_schema
from ..pagination import LanguageQuery, PageQuery, page
from ..schemas.common import DETAIL_ERRORS, READ_ERRORS, page_of
from ..schemas.district import HubOut, OrganisationOut

router = Router(tags=["district"])

OrganisationQuery = query_schema(ActorFilter, "OrganisationQuery")


def organisations():
    return Organisation.objects.select_related("hub").prefetch_related("clusters", "areas")


@router.get("/organisations", response={200: page_of(OrganisationOut), **READ_ERRORS})
def list_organisations(request, query: Query[OrganisationQuery]):
    """Companies, universities, hubs, clusters, associations and city administrations in
    the district and the portfolio. Filters as on the actors page."""
    return page(request, filtered(request, ActorFilter, organisations()).qs, query)


@router.get("/organisations/{slug}", response={200: OrganisationOut, **DETAIL_ERRORS})
def get_organisation(request, slug: str, query: Query[LanguageQuery]):
    return get_object_or_404(organisations(), slug=slug)


@router.get("/hubs", response={200: page_of(HubOut), **READ_ERRORS})
def list_hubs(request, query: Query[PageQuery]):
    """The district's hubs, with how many organisations belong to each."""
    hubs = Organisation.objects.filter(kind=OrganisationKind.HUB).annotate(member_count=Count("hub_members"))
    return page(request, hubs, query)
