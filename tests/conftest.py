import pytest
from django.utils import translation
from playwright.sync_api import sync_playwright


@pytest.fixture(autouse=True)
def swedish_by_default():
    """Each test starts in the default language, as a request to /sv/ would."""
    with translation.override("sv"):
        yield


@pytest.fixture(autouse=True)
def empty_cache(settings, request):
    """Each test starts with an empty cache (its own in-memory one, shared with a live
    server's thread): figures cached by gnista.core.freshness must not outlive the data of
    the test that computed them, and a flushed database sends no signal."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": request.node.nodeid,
        }
    }


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


def current_totp_code(secret: str) -> str:
    """The code an authenticator app shows now, taken early enough in its 30-second
    window that the server still accepts it when the form arrives (allauth allows no
    drift by default, so a code read at second 29 fails about one run in thirty)."""
    import time

    from allauth.mfa.totp.internal.auth import hotp_value

    while time.time() % 30 > 22:
        time.sleep(0.5)
    return f"{hotp_value(secret, int(time.time()) // 30):06d}"


@pytest.fixture
def staff_client(client, db):
    client.force_login(make_staff())
    return client


# One Chromium for the whole run, shared by every browser test wherever it lives: a
# second sync Playwright in the same process would fail.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.console_errors = errors
    yield page
    context.close()
