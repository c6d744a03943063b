import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def swedish_by_default():
    """Each test starts in the default language, as a request to /sv/ would."""
    with translation.override("sv"):
        yield


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Tests log staff in often; the production hasher is deliberately slow."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
