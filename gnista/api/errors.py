"""Every error the API gives is JSON: {"detail": "...", "errors": {"field": ["..."]}}."""

from django.core.exceptions import NON_FIELD_ERRORS
from django.http import JsonResponse
from django.utils.translation import gettext as _

ERRORS_KEY = "__all__"


class ApiError(Exception):
    """An error with its status, raised anywhere below an endpoint."""

    def __init__(self, status: int, detail: str, errors: dict[str, list[str]] | None = None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors or {}


def error_response(status: int, detail: str, errors: dict | None = None, **headers) -> JsonResponse:
    response = JsonResponse({"detail": str(detail), "errors": errors or {}}, status=status)
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def messages_by_field(error) -> dict[str, list[str]]:
    """A Django ValidationError or form ErrorDict as {field: [messages]}."""
    if hasattr(error, "error_dict") or isinstance(error, dict):
        items = error.message_dict.items() if hasattr(error, "message_dict") else error.items()
        return {
            (ERRORS_KEY if field == NON_FIELD_ERRORS else field): [str(message) for message in messages]
            for field, messages in items
        }
    return {ERRORS_KEY: [str(message) for message in error.messages]}


def invalid(error) -> ApiError:
    """A 400 whose detail is the general problem if there is one, else a summary."""
    errors = messages_by_field(error)
    general = errors.get(ERRORS_KEY)
    detail = " ".join(general) if general else _("Some fields are not valid; see errors.")
    return ApiError(400, detail, errors)


def generic_detail(status: int) -> str:
    """For errors Django answered before the API could (unknown address, wrong method)."""
    details = {
        400: _("The request is not valid."),
        401: _("Authentication is needed."),
        403: _("You may not do this."),
        404: _("There is nothing at this address. The endpoints are listed at /api/v1/docs."),
        405: _("This method is not allowed at this address."),
        429: _("Too many requests; wait before trying again."),
    }
    return details.get(status, _("Something went wrong on our side. Please try again later."))
