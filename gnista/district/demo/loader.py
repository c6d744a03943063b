"""Places the demo organisations in the district: addresses, hubs, clusters and areas."""

from django.db import transaction

from gnista.portfolio.models import Area, Organisation

ADDRESSES = {
    "hetch": "Norra Kyrkogatan 1, Helsingborg",
    "mindpark": "Bredgatan 11, Helsingborg",
    "campus-helsingborg": "Universitetsplatsen 2, Helsingborg",
    "recolab": "Oceanhamnen, Helsingborg",
    "parken": "Stadsparken, Helsingborg",
}
HUBS = {
    "mindpark": ["nordvast-ai-ab", "oresund-sensor-ab", "sydsvenska-handelskammaren"],
    "hetch": ["hbg-works", "ungdomsforeningen-spiran"],
    "campus-helsingborg": ["lunds-universitet"],
    "recolab": ["nsva", "kretsloppsteknik-ab"],
    "parken": ["foreningen-tryggare-drottninghog", "pro-helsingborg"],
}
CLUSTERS = {
    "mobile-heights": ["nordvast-ai-ab", "oresund-sensor-ab", "mindpark"],
    "sustainable-business-hub": ["kretsloppsteknik-ab", "nsva", "helsingborgshem"],
    "medicon-valley-alliance": ["lunds-universitet", "region-skane"],
    "livsmedelsakademin": ["lunds-universitet"],
}
AREAS = {
    "nordvast-ai-ab": ["tech"],
    "oresund-sensor-ab": ["tech", "smarta-hallbara-stader"],
    "kretsloppsteknik-ab": ["smarta-hallbara-stader", "avancerade-material"],
    "lunds-universitet": ["life-science-halsa", "tech", "ess-max-iv-science-village"],
    "nsva": ["smarta-hallbara-stader"],
    "mobile-heights": ["tech"],
    "sustainable-business-hub": ["smarta-hallbara-stader"],
    "medicon-valley-alliance": ["life-science-halsa"],
    "livsmedelsakademin": ["livsmedel"],
    "recolab": ["smarta-hallbara-stader"],
    "campus-helsingborg": ["tech", "life-science-halsa"],
}


@transaction.atomic
def load() -> dict[str, int]:
    organisations = {organisation.slug: organisation for organisation in Organisation.objects.all()}
    for slug, address in ADDRESSES.items():
        Organisation.objects.filter(slug=slug).update(address=address)
    for hub, members in HUBS.items():
        Organisation.objects.filter(slug__in=members).update(hub=organisations[hub])
    for cluster, members in CLUSTERS.items():
        for member in members:
            organisations[member].clusters.add(organisations[cluster])
    for slug, areas in AREAS.items():
        organisations[slug].areas.set(Area.objects.filter(slug__in=areas))
    return {"hub memberships": sum(len(members) for members in HUBS.values())}
