"""Cursor pagination: `?limit=` items per page and an opaque, signed `?cursor=` that
continues after the last item of the previous page. Items come in the order of their id,
so a walk sees every item once even while new ones are added (they come last)."""

from django.core import signing
from django.utils.translation import gettext as _
from ninja import Field, Schema

from .errors import ApiError
from .schemas.common import Language, absent

DEFAULT_LIMIT = 50
MAX_LIMIT = 200


class LanguageQuery(Schema):
    lang: Language = absent("Language of translated fields (default: Accept-Language, else sv).")


class PageQuery(LanguageQuery):
    cursor: str = absent("Where to continue: the cursor in the previous page's `next`.", max_length=200)
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Items per page.")


def cursor_salt(request) -> str:
    # A cursor is valid only for the endpoint that issued it.
    return f"gnista.api.cursor:{request.path}"


def read_cursor(request, cursor: str) -> int:
    try:
        after = signing.loads(cursor, salt=cursor_salt(request))
    except signing.BadSignature:
        after = None
    if not isinstance(after, int) or isinstance(after, bool):
        message = _("The cursor is not valid here; start again without a cursor.")
        raise ApiError(400, message, {"cursor": [message]})
    return after


def page(request, queryset, query: PageQuery) -> dict:
    """{"items": [...], "next": address of the next page or null}."""
    queryset = queryset.order_by("pk")
    if query.cursor:
        queryset = queryset.filter(pk__gt=read_cursor(request, query.cursor))
    items = list(queryset[: query.limit + 1])
    following = None
    if len(items) > query.limit:
        items = items[: query.limit]
        parameters = request.GET.copy()
        parameters["cursor"] = signing.dumps(items[-1].pk, salt=cursor_salt(request))
        following = request.build_absolute_uri(f"{request.path}?{parameters.urlencode()}")
    return {"items": items, "next": following}
