"""Hand-edited URLs get a 404, never a 500, on both databases."""

import pytest

pytestmark = pytest.mark.django_db
HUGE = "9" * 30


@pytest.mark.parametrize(
    "path",
    [
        f"/sv/ideas/{HUGE}/",
        f"/sv/events/{HUGE}/",
        f"/sv/events/{HUGE}/event.ics",
        f"/sv/events/{HUGE}/1/",
        f"/sv/comments/{HUGE}/edit/",
        "/sv/initiatives/%00/",
        "/sv/challenges/" + "x" * 500 + "/",
        f"/sv/notifications/unsubscribe/{HUGE}/",
    ],
)
def test_nonsense_in_urls_is_a_404(client, path):
    from tests import factories

    client.force_login(factories.user())
    assert client.get(path).status_code == 404
