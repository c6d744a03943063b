"""The data page lists every dataset with what a reuser needs, and the site links to it."""

import re

import pytest

from gnista.opendata.registry import DATASETS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["sv", "en", "da"])
def test_the_page_lists_every_dataset_with_counts_formats_and_licence(client, published, language):
    response = client.get(f"/{language}/data/")
    assert response.status_code == 200
    html = response.content.decode()
    for dataset in DATASETS:
        for extension in ("csv", "json", "xlsx"):
            assert f'href="/{language}/data/{dataset.slug}.{extension}"' in html
        assert f'id="columns-{dataset.slug}"' in html
    counts = {entry["dataset"].slug: entry["count"] for entry in response.context["datasets"]}
    assert counts["challenges"] == 1 and counts["ideas"] == 1 and counts["methods"] == 1
    assert 'rel="license"' in html
    assert '<link rel="alternate" type="application/rdf+xml" href="/data/catalog.rdf"' in html
    assert len(re.findall(r'<link rel="alternate" type="application/atom\+xml"', html)) == 4


@pytest.mark.parametrize(
    ("path", "feed"),
    [
        ("/en/challenges/", "/en/feeds/challenges.atom"),
        ("/en/initiatives/", "/en/feeds/initiatives.atom"),
        ("/en/ideas/", "/en/feeds/ideas.atom"),
        ("/en/events/", "/en/feeds/events.atom"),
    ],
)
def test_list_pages_announce_their_feed_and_every_page_links_to_the_data(client, published, path, feed):
    html = client.get(path).content.decode()
    assert f'<link rel="alternate" type="application/atom+xml" href="{feed}"' in html
    assert 'href="/en/data/"' in html
