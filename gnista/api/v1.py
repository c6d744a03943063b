"""The public API, version 1, mounted at /api/v1/ (outside the language prefixes)."""

import logging

from django.core import signals
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as RequestValidationError

from gnista.core.permissions import SignInRequired

from .docs import LocalSwagger
from .errors import ApiError, error_response, invalid
from .routers import (
    district,
    events,
    participation,
    portfolio,
    portfolio_writes,  # noqa: F401  (adds the staff's writes to the portfolio router)
)

logger = logging.getLogger("django.request")

DESCRIPTION = """
Everything public on gnista: the city's challenges, its innovation portfolio with stage
histories, effects and lessons, ideas, the district's events and organisations.

**Language.** Translated fields come in the language `?lang=sv|en|da` asks for, else the
first of `Accept-Language` that gnista speaks, else Swedish; a text not yet translated
falls back to Swedish. `Content-Language` says which language was chosen.

**Pages.** Lists answer `{"items": [...], "next": "…"}`, ordered by id. `limit` (1–200,
default 50) sets the page size; follow `next` (null on the last page) for the rest.
The cursor in it is opaque and valid only for the list that gave it.

**Filters** are those of the pages and mean the same. A parameter repeated matches any of
its values; different parameters must all match. Unlike the pages, which ignore values
they do not understand, the API answers 400 and names the parameter.

**Caching.** Reads carry a weak `ETag`; send it back as `If-None-Match` for a 304 when
nothing changed. Reads allow any origin (CORS) and need no credentials.

**Writing** is for staff with a personal token, created and revoked on their profile
page: send `Authorization: Bearer <token>`. Writes go through the same validation,
services and permissions as the back office.

**Errors** are JSON: `{"detail": "what went wrong", "errors": {"parameter or field":
["message", ...]}}` with 400 (not valid), 401 (no or bad token), 403 (not allowed),
404, 405 or 429.

**Rate limits.** 600 requests an hour per address without a token, 3000 an hour per
token; past that 429 with `Retry-After` in seconds.
"""


class GnistaApi(NinjaAPI):
    def get_openapi_operation_id(self, operation):
        return operation.view_func.__name__


api = GnistaApi(
    title="gnista API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
    docs=LocalSwagger(),
)
api.add_router("", portfolio.router)
api.add_router("", participation.router)
api.add_router("", events.router)
api.add_router("", district.router)


# The names the endpoints give their query and body arguments, which pydantic puts in
# the location of an error before the parameter's own name.
ARGUMENT_NAMES = ("query", "payload")


def parameter_name(location) -> str:
    """The parameter or field an error is about, as the client named it."""
    names = [part for part in location[1:] if isinstance(part, str)]
    while names and names[0] in ARGUMENT_NAMES:
        names.pop(0)
    return names[0] if names else "body" if location[0] == "body" else str(location[0])


@api.exception_handler(RequestValidationError)
def on_request_not_valid(request, error):
    errors: dict[str, list[str]] = {}
    for problem in error.errors:
        errors.setdefault(parameter_name(problem["loc"]), []).append(problem["msg"])
    return error_response(400, _("A parameter or field is not valid; see errors."), errors)


@api.exception_handler(ApiError)
def on_api_error(request, error):
    return error_response(error.status, error.detail, error.errors)


@api.exception_handler(ValidationError)
def on_rule_broken(request, error):
    refused = invalid(error)
    return error_response(400, refused.detail, refused.errors)


@api.exception_handler(Http404)
def on_not_found(request, error):
    return error_response(404, _("Not found."))


@api.exception_handler(AuthenticationError)
@api.exception_handler(SignInRequired)
def on_not_authenticated(request, error):
    return error_response(
        401, _("This needs a personal API token: Authorization: Bearer <token>."), WWW_Authenticate="Bearer"
    )


@api.exception_handler(PermissionDenied)
def on_not_allowed(request, error):
    return error_response(403, _("Your roles do not allow this."))


@api.exception_handler(HttpError)
def on_http_error(request, error):
    return error_response(error.status_code, str(error))


@api.exception_handler(Exception)
def on_failure(request, error):
    # Logged and signalled as Django does for a view that fails (and so the test client
    # re-raises it), but answered in JSON like every other API error.
    logger.error("Internal Server Error: %s", request.path, exc_info=error, extra={"status_code": 500})
    signals.got_request_exception.send(sender=None, request=request)
    return error_response(500, _("Something went wrong on our side. Please try again later."))


def index(request):
    return JsonResponse(
        {
            "docs": request.build_absolute_uri(reverse("api-v1:openapi-view")),
            "openapi": request.build_absolute_uri(reverse("api-v1:openapi-json")),
        }
    )


urlpatterns = [path("", index), path("", api.urls)]
