import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def swedish_by_default():
    """Each test starts in the default language, as a request to /sv/ would."""
    with translation.override("sv"):
        yield
