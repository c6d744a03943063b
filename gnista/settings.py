"""All configuration comes from environment variables; the defaults suit local use.

With DEBUG off (the default) gnista runs in production mode and refuses to serve
unless SECRET_KEY and ALLOWED_HOSTS are set properly (see gnista/wsgi.py).
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

DEVELOPMENT_SECRET_KEY = "gnista-development-only-key-never-use-this-in-production-0123456789"
SECRET_KEY = os.environ.get("SECRET_KEY") or (DEVELOPMENT_SECRET_KEY if DEBUG else "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")


def production_problems() -> list[str]:
    problems = []
    if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 8 or SECRET_KEY == DEVELOPMENT_SECRET_KEY:
        problems.append("SECRET_KEY must be set to a random string of at least 50 characters")
    if not ALLOWED_HOSTS:
        problems.append("ALLOWED_HOSTS must list the host names the site is served under")
    if "*" in ALLOWED_HOSTS:
        problems.append("ALLOWED_HOSTS must not be '*'")
    return problems


# Serving processes (gunicorn, runserver, `gnista serve`) refuse to start while this is set;
# commands that serve nothing (makemigrations, makemessages, ...) still run.
PRODUCTION_PROBLEMS = [] if DEBUG else production_problems()
PRODUCTION_REFUSAL = (
    "gnista refuses to start in production mode (DEBUG is off): "
    + "; ".join(PRODUCTION_PROBLEMS)
    + ". For local use, set DEBUG=true."
    if PRODUCTION_PROBLEMS
    else ""
)

INSTALLED_APPS = [
    "modeltranslation",  # must come before the admin
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_filters",
    "ninja",
    "django_htmx",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "rules.apps.AutodiscoverRulesConfig",
    "django_tasks_db",
    "gnista.core",
    "gnista.audit",
    "gnista.accounts",
    "gnista.portfolio",
    "gnista.funding",
    "gnista.participation",
    "gnista.notifications",
    "gnista.events",
    "gnista.district",
    "gnista.methods",
    "gnista.search",
    "gnista.backoffice",
    "gnista.demo",
    "gnista.api",
    "gnista.impact",
    "gnista.opendata",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside everything that queries (sessions, users, views): a 503 while the database is down.
    "gnista.core.outage.DatabaseOutageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "gnista.accounts.middleware.StaffTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Under /api/ only: language, CORS for reads, ETags, rate limits, errors as JSON.
    "gnista.api.edge.ApiEdgeMiddleware",
]
# The benchmarks (`make bench`) read each response's query count from a header.
if env_bool("GNISTA_COUNT_QUERIES", False):
    MIDDLEWARE.insert(0, "gnista.core.query_count.QueryCountMiddleware")

ROOT_URLCONF = "gnista.urls"
WSGI_APPLICATION = "gnista.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "gnista" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL names another (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'gnista.sqlite3'}"
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    if DATABASES["default"]["NAME"] not in ("", ":memory:"):
        Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # Tests use a file too (one per process, so parallel runs never share it): several
    # connections must see one database for tests of concurrent writers, which an
    # in-memory database shared between threads does not model faithfully.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": ("PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;"),
    }
elif env_bool("DATABASE_POOL", True):
    DATABASES["default"]["OPTIONS"] = {
        "pool": {
            "min_size": 1,
            "max_size": int(os.environ.get("DATABASE_POOL_SIZE", "10")),
            # While the database is unreachable a request waits this long for a connection,
            # then gets the 503 page (gnista/core/outage.py) rather than hanging.
            "timeout": float(os.environ.get("DATABASE_POOL_TIMEOUT", "10")),
        }
    }
# The pool hands out only connections that answer, so after a database restart the app
# reconnects by itself instead of failing once on every stale connection.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = env_bool("DATABASE_HEALTH_CHECKS", True)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Accounts: people sign in with their email address, which they must verify.
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_REDIRECT_URL = "home"
ACCOUNT_ADAPTER = "gnista.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "gnista.accounts.forms.SignupForm"}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[gnista] "
# Limits per address and per account, counted in the shared cache.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "10/h/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
}
# Multiplies the per-account and per-address limits on posting ideas, comments, supports,
# offers and reports (a whole number, at least 1: it can only raise them), e.g. for a load
# test (`make soak`) whose simulated people post far faster than people do.
RATE_LIMIT_MULTIPLIER = max(1, int(os.environ.get("RATE_LIMIT_MULTIPLIER") or "1"))
# Rate limits count per client address; behind reverse proxies set how many to trust.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
RATELIMIT_IP_META_KEY = "gnista.core.client_ip.client_ip"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = os.environ.get("SITE_NAME", "gnista")

# Background work (notification emails) runs in `gnista worker`; tests run tasks at once.
TASKS = {
    "default": {
        "BACKEND": (
            "django.tasks.backends.immediate.ImmediateBackend"
            if os.environ.get("TASKS_BACKEND") == "immediate"
            else "django_tasks_db.DatabaseBackend"
        )
    }
}
# The address of the site in links that leave it (emails).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
# Open data (/sv/data/, /data/catalog.rdf): who publishes it, whom to ask, and its licence.
OPEN_DATA_PUBLISHER_NAME = os.environ.get("OPEN_DATA_PUBLISHER_NAME", os.environ.get("SITE_NAME", "gnista"))
OPEN_DATA_PUBLISHER_URL = os.environ.get("OPEN_DATA_PUBLISHER_URL", SITE_URL)
OPEN_DATA_CONTACT_EMAIL = os.environ.get("OPEN_DATA_CONTACT_EMAIL", "")
OPEN_DATA_LICENCE = os.environ.get("OPEN_DATA_LICENCE", "http://creativecommons.org/publicdomain/zero/1.0/")

# Email: SMTP in production (EMAIL_URL-style settings), files under var/ for local use.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "gnista <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if os.environ.get("EMAIL_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ["EMAIL_HOST"],
                "port": int(os.environ.get("EMAIL_PORT", "587")),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS", True),
            },
        }
    }
else:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": str(VAR_DIR / "mail")},
        }
    }

# Cache and sessions live in the database (or Redis) so that app servers keep no state.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "gnista_cache",
            # Cached figures (gnista.core.freshness) take one entry per page, filter and
            # language; the default 300 would cull them on a busy site.
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }
SESSION_ENGINE = "django.contrib.sessions.backends.db"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Swedish is the default; content falls back to it.
LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", _("Swedish")), ("en", _("English")), ("da", _("Danish"))]
LOCALE_PATHS = [Path(os.environ.get("LOCALE_DIR", BASE_DIR / "locale"))]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Stockholm"
MODELTRANSLATION_DEFAULT_LANGUAGE = "sv"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("sv",)

# Static files and media.
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("STATIC_MANIFEST", not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# Security headers. Cookies are secure and HSTS is on whenever DEBUG is off.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
# No script reads the CSRF cookie: forms, htmx and the API docs send the token from the page.
CSRF_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
if env_bool("BEHIND_HTTPS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The district map's tile server (an empty MAP_TILE_URL draws the places on a blank map).
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png").strip()
MAP_TILE_ATTRIBUTION = os.environ.get(
    "MAP_TILE_ATTRIBUTION",
    '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)


def csp_origin(url: str) -> str | None:
    """The CSP source for the server of a URL template: scheme and host, subdomains with a
    {s}-style placeholder becoming a wildcard; None for a same-origin (relative) URL."""
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    labels = parts.netloc.rsplit("@", 1)[-1].split(".")
    templated = [index for index, label in enumerate(labels) if "{" in label]
    if templated:
        labels = ["*", *labels[templated[-1] + 1 :]]
    return f"{parts.scheme}://{'.'.join(labels)}"


SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", *filter(None, [csp_origin(MAP_TILE_URL)])],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# Covering indexes (INCLUDE) help PostgreSQL; SQLite builds them without the extra columns.
SILENCED_SYSTEM_CHECKS = ["models.W040"]
