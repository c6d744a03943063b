"""No record takes a slug that names a page of its own (…/new/)."""

import pytest
from django.core.exceptions import ValidationError

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("build", [factories.fund, factories.initiative, factories.challenge])
def test_the_slug_new_is_refused_with_a_message_on_the_slug(build):
    record = build()
    record.slug = "new"
    with pytest.raises(ValidationError) as refused:
        record.full_clean()
    assert "slug" in refused.value.message_dict
