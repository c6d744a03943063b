"""While the database cannot be reached (restarted, failing over, out of connections),
people get a page that says so, with 503 and Retry-After, instead of the generic 500; under
/api/ the API's JSON error. Nothing else changes: Django has already logged the error with
its traceback by the time the page replaces its 500. With DEBUG on, developers keep
Django's debug page, which names the cause (a missing table is an OperationalError too).

Django turns an exception into a 500 response in the layer where it was raised, so no
middleware further out ever sees it. The `got_request_exception` signal fires inside that
handling, where the exception is still at hand: it marks the request, and the middleware
(placed outside everything that queries) swaps the 500 of a marked request for the 503.

The page is rendered without a request, so that no context processor runs (the user menu
alone would query the database that is down)."""

import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.csp import CSP, build_policy
from django.utils.http import escape_leading_slashes
from django.utils.translation import gettext as _

from gnista.api.edge import PREFIX as API_PREFIX
from gnista.api.errors import error_response
from gnista.api.languages import requested_language

# psycopg and sqlite3 raise these when the server is gone, restarting or refusing
# connections, when the pool has no connection to give, or when SQLite stays locked.
UNAVAILABLE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30
MARK = "_gnista_database_unavailable"


@receiver(got_request_exception, dispatch_uid="gnista.core.outage.mark_request")
def mark_request(sender, request=None, **kwargs):
    if request is not None and isinstance(sys.exc_info()[1], UNAVAILABLE_ERRORS):
        setattr(request, MARK, True)


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, MARK, False) and not settings.DEBUG:
            return unavailable_response(request)
        return response


def unavailable_response(request) -> HttpResponse:
    if request.path_info.startswith(API_PREFIX):
        language = requested_language(request)
        with translation.override(language):
            response = error_response(
                503, _("The service is temporarily unavailable. Please try again in a minute.")
            )
        response["Content-Language"] = language
    else:
        with translation.override(translation.get_language_from_request(request, check_path=True)):
            response = unavailable_page(request)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def unavailable_page(request) -> HttpResponse:
    # Reloading a form that was sent would send it again; only a plain page offers to.
    # A path starting with // would make the link lead to another site.
    retry_path = (
        escape_leading_slashes(request.get_full_path()) if request.method in ("GET", "HEAD") else None
    )
    html = render_to_string("core/unavailable.html", {"retry_path": retry_path})
    response = HttpResponse(html, status=503)
    # The middleware that sets these for other pages sits inside this one.
    response[CSP.HEADER_ENFORCE] = build_policy(settings.SECURE_CSP)
    response["X-Frame-Options"] = settings.X_FRAME_OPTIONS
    return response
