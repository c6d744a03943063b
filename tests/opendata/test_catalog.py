"""The DCAT-AP-SE catalogue that dataportal.se harvests: every mandatory property, and
download addresses that work."""

import xml.etree.ElementTree as ET

import pytest

from gnista.opendata.registry import DATASETS

pytestmark = pytest.mark.django_db

RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
DCAT = "{http://www.w3.org/ns/dcat#}"
DCT = "{http://purl.org/dc/terms/}"
FOAF = "{http://xmlns.com/foaf/0.1/}"
VCARD = "{http://www.w3.org/2006/vcard/ns#}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LANGUAGES = {"sv", "en", "da"}
EU = "http://publications.europa.eu/resource/authority"


def catalogue(client) -> ET.Element:
    response = client.get("/data/catalog.rdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rdf+xml; charset=utf-8"
    return ET.fromstring(response.content)


def by_about(root: ET.Element, kind: str) -> dict[str, ET.Element]:
    return {element.get(f"{RDF}about"): element for element in root.iter(kind)}


def resources(element: ET.Element, tag: str) -> list[str]:
    return [child.get(f"{RDF}resource") for child in element.findall(tag)]


def languages(element: ET.Element, tag: str) -> set[str]:
    return {child.get(XML_LANG) for child in element.findall(tag) if (child.text or "").strip()}


def test_the_catalogue_has_its_mandatory_properties(client, published, settings):
    settings.OPEN_DATA_PUBLISHER_NAME = "Helsingborgs stad"
    root = catalogue(client)
    [catalog] = root.findall(f"{DCAT}Catalog")
    assert languages(catalog, f"{DCT}title") == languages(catalog, f"{DCT}description") == LANGUAGES
    assert resources(catalog, f"{DCT}license") == ["http://creativecommons.org/publicdomain/zero/1.0/"]
    [publisher] = resources(catalog, f"{DCT}publisher")
    agent = by_about(root, f"{FOAF}Agent")[publisher]
    assert agent.findtext(f"{FOAF}name") == "Helsingborgs stad"
    datasets = by_about(root, f"{DCAT}Dataset")
    assert sorted(resources(catalog, f"{DCAT}dataset")) == sorted(datasets)
    assert len(datasets) == len(DATASETS)


def test_every_dataset_and_distribution_has_its_mandatory_and_recommended_properties(client, published):
    root = catalogue(client)
    distributions = by_about(root, f"{DCAT}Distribution")
    contacts = by_about(root, f"{VCARD}Organization")
    agents = by_about(root, f"{FOAF}Agent")
    for uri, dataset in by_about(root, f"{DCAT}Dataset").items():
        assert languages(dataset, f"{DCT}title") == LANGUAGES, uri
        assert languages(dataset, f"{DCT}description") == LANGUAGES, uri
        assert all(publisher in agents for publisher in resources(dataset, f"{DCT}publisher")), uri
        [contact] = resources(dataset, f"{DCAT}contactPoint")
        assert contacts[contact].findtext(f"{VCARD}fn")
        [frequency] = resources(dataset, f"{DCT}accrualPeriodicity")
        assert frequency.startswith(f"{EU}/frequency/")
        themes = resources(dataset, f"{DCAT}theme")
        assert themes and all(theme.startswith(f"{EU}/data-theme/") for theme in themes)
        parts = resources(dataset, f"{DCAT}distribution")
        assert len(parts) >= 3, uri
        for part in parts:
            distribution = distributions[part]
            [access] = resources(distribution, f"{DCAT}accessURL")
            assert resources(distribution, f"{DCAT}downloadURL") == [access]
            assert access.startswith("http://testserver/")
            assert distribution.findtext(f"{DCT}format") in {
                "text/csv",
                "application/json",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "text/calendar",
            }
            assert resources(distribution, f"{DCT}license") == [
                "http://creativecommons.org/publicdomain/zero/1.0/"
            ]


def test_datasets_with_dated_rows_say_when_they_were_issued_and_changed(client, published):
    datasets = by_about(catalogue(client), f"{DCAT}Dataset")
    initiatives = datasets["http://testserver/data/catalog.rdf#initiatives"]
    assert initiatives.findtext(f"{DCT}issued") <= initiatives.findtext(f"{DCT}modified")


def test_every_download_address_in_the_catalogue_answers(client, published):
    root = catalogue(client)
    addresses = {element.get(f"{RDF}resource") for element in root.iter(f"{DCAT}downloadURL")}
    assert len(addresses) == 3 * len(DATASETS) + 1  # and the event calendar
    for address in addresses:
        assert client.get(address).status_code == 200, address


def test_the_contact_point_is_an_email_address_when_one_is_set(client, published, settings):
    settings.OPEN_DATA_CONTACT_EMAIL = "oppnadata@helsingborg.example"
    [card] = catalogue(client).iter(f"{VCARD}Organization")
    assert resources(card, f"{VCARD}hasEmail") == ["mailto:oppnadata@helsingborg.example"]


def test_the_licence_of_the_data_is_a_setting_but_the_catalogue_stays_cc0(client, published, settings):
    settings.OPEN_DATA_LICENCE = "http://creativecommons.org/licenses/by/4.0/"
    root = catalogue(client)
    distribution = next(root.iter(f"{DCAT}Distribution"))
    assert resources(distribution, f"{DCT}license") == ["http://creativecommons.org/licenses/by/4.0/"]
    [catalog] = root.findall(f"{DCAT}Catalog")
    assert resources(catalog, f"{DCT}license") == ["http://creativecommons.org/publicdomain/zero/1.0/"]
    assert "CC BY 4.0" in client.get("/sv/data/").content.decode()
