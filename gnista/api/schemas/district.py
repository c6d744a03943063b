from ninja import Schema

from gnista.portfolio.models import OrganisationKind, Sector

from .common import choices, page_url


class OrganisationOut(Schema):
    slug: str
    name: str
    sector: choices(Sector)
    kind: choices(OrganisationKind)
    description: str
    services: str
    website: str
    address: str
    hub: str | None
    clusters: list[str]
    areas: list[str]
    latitude: float | None
    longitude: float | None
    students: int | None
    employees: int | None
    url: str

    @staticmethod
    def resolve_hub(organisation):
        return organisation.hub.slug if organisation.hub else None

    @staticmethod
    def resolve_clusters(organisation):
        return [cluster.slug for cluster in organisation.clusters.all()]

    @staticmethod
    def resolve_areas(organisation):
        return [area.slug for area in organisation.areas.all()]

    @staticmethod
    def resolve_url(organisation, context):
        return page_url(context, "district:actor-detail", slug=organisation.slug)


class HubOut(Schema):
    slug: str
    name: str
    description: str
    services: str
    website: str
    address: str
    latitude: float | None
    longitude: float | None
    member_count: int
    url: str

    @staticmethod
    def resolve_url(hub, context):
        return page_url(context, "district:hub-detail", slug=hub.slug)
