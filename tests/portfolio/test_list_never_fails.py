"""Whatever query string a visitor sends, the list pages answer 200."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import factories

KEYS = [
    "q",
    "stage",
    "outcome",
    "type",
    "area",
    "goal",
    "administration",
    "partner_sector",
    "challenge",
    "sort",
    "page",
    "per_page",
    "status",
]
queries = st.lists(st.tuples(st.sampled_from(KEYS) | st.text(max_size=10), st.text(max_size=60)), max_size=8)


@pytest.fixture
def some_data(db):
    area = factories.area(slug="tech")
    factories.initiative(areas=[area])
    factories.challenge(areas=[area])


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries, path=st.sampled_from(["/sv/initiatives/", "/en/lessons/", "/da/challenges/"]))
def test_any_query_string_gets_a_page(client, some_data, query, path):
    response = client.get(path, query)
    assert response.status_code == 200
