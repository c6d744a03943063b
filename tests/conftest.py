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


def make_staff(username=None, **fields):
    """A staff member who has set up two-factor authentication, as staff must."""
    from tests.factories import sequence

    username = username or f"coach{next(sequence)}"
    from allauth.account.models import EmailAddress
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth import get_user_model

    defaults = {"email": f"{username}@helsingborg.example", "is_staff": True, "is_superuser": True}
    user = get_user_model().objects.create_user(username, password="a-long-password-1", **(defaults | fields))
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    TOTP.activate(user, generate_totp_secret())
    return user


@pytest.fixture
def staff_client(client, db):
    client.force_login(make_staff())
    return client
