"""What every answer under /api/ shares, whichever view answered or none did: the
language of translated fields, CORS for reads, ETags, rate limits, token checks and JSON
bodies for the errors Django itself would render as HTML (unknown address, wrong method)."""

import hashlib

from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.translation import gettext as _

from . import ratelimits, tokens
from .errors import error_response, generic_detail
from .languages import requested_language

PREFIX = "/api/"
READ_METHODS = ("GET", "HEAD", "OPTIONS")
# Reads are public and carry no credentials, so any origin may read them; writes are for
# servers holding a token, so browsers on other origins are not invited to send one.
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Retry-After, Content-Language",
}
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": ", ".join(READ_METHODS),
    "Access-Control-Allow-Headers": "Accept-Language, If-None-Match",
    "Access-Control-Max-Age": "86400",
}


class ApiEdgeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS":
            return allow_cross_origin(HttpResponse(status=204), preflight=True)
        language = requested_language(request)
        with translation.override(language):
            response = self.refused(request) or self.answer(request)
        response["Content-Language"] = language
        patch_vary_headers(response, ["Accept-Language"])
        if request.method in READ_METHODS:
            allow_cross_origin(response)
        return response

    def refused(self, request):
        wait = ratelimits.seconds_to_wait(request)
        if wait is not None:
            return error_response(429, generic_detail(429), Retry_After=str(wait))
        if tokens.bearer_secret(request) and tokens.from_request(request) is None:
            return error_response(
                401,
                _("The token is unknown or has been revoked."),
                WWW_Authenticate='Bearer error="invalid_token"',
            )
        if has_nul(request):
            # Databases refuse NUL characters in text; better a clear 400 than their error.
            return error_response(400, _("The address may not contain NUL characters (%00)."))
        return None

    def answer(self, request):
        # HEAD is answered as GET; the server drops the body.
        is_head = request.method == "HEAD"
        if is_head:
            request.method = "GET"
        response = self.get_response(request)
        if is_head:
            request.method = "HEAD"
        if response.status_code >= 400 and not is_json(response):
            response = as_json_error(response)
        elif response.status_code == 200 and request.method in ("GET", "HEAD") and not response.streaming:
            response["ETag"] = f'W/"{hashlib.sha256(response.content).hexdigest()[:32]}"'
            response = get_conditional_response(request, etag=response["ETag"], response=response)
        return response


def has_nul(request) -> bool:
    values = [request.path_info, *(value for _name, values in request.GET.lists() for value in values)]
    return any("\x00" in value for value in values)


def is_json(response) -> bool:
    return response.get("Content-Type", "").startswith("application/json")


def as_json_error(response):
    replacement = error_response(response.status_code, generic_detail(response.status_code))
    for header in ("Allow", "Retry-After", "WWW-Authenticate"):
        if header in response:
            replacement[header] = response[header]
    return replacement


def allow_cross_origin(response, preflight: bool = False):
    for name, value in (CORS_HEADERS | (PREFLIGHT_HEADERS if preflight else {})).items():
        response[name] = value
    return response
