"""The datasets as a DCAT-AP-SE catalogue in RDF/XML, the profile Sveriges dataportal
(dataportal.se) harvests: one document with every text in Swedish, English and Danish.

DCAT-AP-SE asks for these; all are given:
- catalogue: title, description, publisher, licence (CC0: the licence of the metadata,
  which the profile requires to be CC0 whatever the data's licence), datasets; and, as
  recommended, language, homepage, theme taxonomy and modification date;
- agent (publisher): name, and as recommended its type;
- dataset: title, description, publisher; and, as recommended, contact point, theme,
  update frequency, access rights, issue and modification dates where the rows have them,
  landing page and distributions;
- distribution: access URL; and, as recommended, download URL, format (an IANA media type,
  as the profile wants it), media type, licence and description;
- contact point: kind (an organisation), formatted name, and an email address (a web
  address when OPEN_DATA_CONTACT_EMAIL is not set).

Resources are named with fragments of the catalogue's own address (…/catalog.rdf#initiatives),
so that they stay the same whichever language a visitor reads the site in.
"""

import datetime
import xml.etree.ElementTree as ET
from collections.abc import Callable

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .registry import DATASETS, Dataset

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
VCARD = "http://www.w3.org/2006/vcard/ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NAMESPACES = {"rdf": RDF, "dcat": DCAT, "dcterms": DCT, "foaf": FOAF, "vcard": VCARD}

CC0 = "http://creativecommons.org/publicdomain/zero/1.0/"
EU = "http://publications.europa.eu/resource/authority"
LANGUAGE_URIS = {"sv": f"{EU}/language/SWE", "en": f"{EU}/language/ENG", "da": f"{EU}/language/DAN"}
PUBLIC_ACCESS = f"{EU}/access-right/PUBLIC"
THEME_TAXONOMY = f"{EU}/data-theme"
LOCAL_AUTHORITY = "http://purl.org/adms/publishertype/LocalAuthority"

# The formats of every dataset: file extension, IANA media type, name.
FORMATS = {
    "csv": ("text/csv", "CSV"),
    "json": ("application/json", "JSON"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
}
CALENDAR_MEDIA_TYPE = "text/calendar"

for _prefix, _uri in NAMESPACES.items():
    ET.register_namespace(_prefix, _uri)


def tag(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def add(parent: ET.Element, namespace: str, name: str, text: str | None = None, **attributes) -> ET.Element:
    element = ET.SubElement(parent, tag(namespace, name), attributes)
    if text is not None:
        element.text = text
    return element


def link(parent: ET.Element, namespace: str, name: str, uri: str) -> ET.Element:
    return add(parent, namespace, name, **{tag(RDF, "resource"): uri})


def in_every_language(parent: ET.Element, namespace: str, name: str, text: Callable[[], str]) -> None:
    """One literal per language, the text made with that language active."""
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            add(parent, namespace, name, str(text()), **{XML_LANG: code})


def dated(parent: ET.Element, name: str, value) -> None:
    if value is not None:
        datatype = {tag(RDF, "datatype"): XSD + "dateTime"}
        add(parent, DCT, name, timezone.localtime(value).isoformat(timespec="seconds"), **datatype)


def default_language_path(name: str, **kwargs) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return reverse(name, kwargs=kwargs)


def download_path(dataset: Dataset, extension: str) -> str:
    return default_language_path("opendata:download", slug=dataset.slug, extension=extension)


def catalog_xml(absolute: Callable[[str], str]) -> bytes:
    """The catalogue; `absolute` turns a path on this site into an address."""
    own = absolute(reverse("opendata-catalog"))
    publisher, contact = f"{own}#publisher", f"{own}#contact"
    root = ET.Element(tag(RDF, "RDF"))

    catalog = add(root, DCAT, "Catalog", **{tag(RDF, "about"): own})
    in_every_language(catalog, DCT, "title", lambda: _("Open data from gnista"))
    in_every_language(
        catalog,
        DCT,
        "description",
        lambda: _(
            "The city's open innovation platform: challenges, the innovation portfolio with "
            "indicators and lessons learned, ideas, the innovation district's events and actors, "
            "methods and the innovation fund."
        ),
    )
    link(catalog, DCT, "publisher", publisher)
    link(catalog, DCT, "license", CC0)
    link(catalog, FOAF, "homepage", absolute(default_language_path("opendata:catalogue")))
    link(catalog, DCAT, "themeTaxonomy", THEME_TAXONOMY)
    for code, _name in settings.LANGUAGES:
        link(catalog, DCT, "language", LANGUAGE_URIS[code])

    agent = add(root, FOAF, "Agent", **{tag(RDF, "about"): publisher})
    add(agent, FOAF, "name", settings.OPEN_DATA_PUBLISHER_NAME)
    link(agent, DCT, "type", LOCAL_AUTHORITY)
    if settings.OPEN_DATA_PUBLISHER_URL:
        link(agent, FOAF, "homepage", settings.OPEN_DATA_PUBLISHER_URL)

    card = add(root, VCARD, "Organization", **{tag(RDF, "about"): contact})
    add(card, VCARD, "fn", settings.OPEN_DATA_PUBLISHER_NAME)
    if settings.OPEN_DATA_CONTACT_EMAIL:
        link(card, VCARD, "hasEmail", f"mailto:{settings.OPEN_DATA_CONTACT_EMAIL}")
    else:
        link(card, VCARD, "hasURL", absolute(default_language_path("opendata:catalogue")))

    latest = None
    for dataset in DATASETS:
        uri = f"{own}#{dataset.slug}"
        link(catalog, DCAT, "dataset", uri)
        modified = describe(root, dataset, uri, publisher, contact, absolute)
        if modified is not None and (latest is None or modified > latest):
            latest = modified
    dated(catalog, "modified", latest)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def describe(
    root, dataset: Dataset, uri: str, publisher: str, contact: str, absolute
) -> datetime.datetime | None:
    """Adds the dataset and its distributions; answers when it last changed, if known."""
    element = add(root, DCAT, "Dataset", **{tag(RDF, "about"): uri})
    in_every_language(element, DCT, "title", lambda: dataset.title)
    in_every_language(element, DCT, "description", lambda: dataset.description)
    link(element, DCT, "publisher", publisher)
    link(element, DCAT, "contactPoint", contact)
    link(element, DCT, "accrualPeriodicity", dataset.frequency.uri)
    link(element, DCT, "accessRights", PUBLIC_ACCESS)
    for theme in dataset.themes:
        link(element, DCAT, "theme", f"{THEME_TAXONOMY}/{theme}")
    for code, _name in settings.LANGUAGES:
        link(element, DCT, "language", LANGUAGE_URIS[code])
    link(
        element,
        DCAT,
        "landingPage",
        absolute(default_language_path("opendata:catalogue")) + f"#{dataset.slug}",
    )
    issued, modified = dataset.dates()
    dated(element, "issued", issued)
    dated(element, "modified", modified)

    downloads = [
        (extension, media_type, name, download_path(dataset, extension))
        for extension, (media_type, name) in FORMATS.items()
    ]
    if dataset.slug == "events":
        downloads.append(("ics", CALENDAR_MEDIA_TYPE, "iCalendar", reverse("calendar-ics")))
    for extension, media_type, name, path in downloads:
        distribution_uri = f"{uri}-{extension}"
        link(element, DCAT, "distribution", distribution_uri)
        distribution = add(root, DCAT, "Distribution", **{tag(RDF, "about"): distribution_uri})
        add(distribution, DCT, "title", f"{dataset.slug}.{extension}")
        in_every_language(
            distribution,
            DCT,
            "description",
            lambda name=name: _("%(dataset)s as %(format)s") % {"dataset": dataset.title, "format": name},
        )
        address = absolute(path)
        link(distribution, DCAT, "accessURL", address)
        link(distribution, DCAT, "downloadURL", address)
        add(distribution, DCT, "format", media_type)
        link(distribution, DCAT, "mediaType", f"http://www.iana.org/assignments/media-types/{media_type}")
        link(distribution, DCT, "license", settings.OPEN_DATA_LICENCE)
    return modified
