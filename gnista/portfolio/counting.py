"""List pages over large tables: a count that stops early, kept until the next write.

Counting every one of a million public ideas (or every initiative a filter lets through)
reads them all; a list page only needs to know whether there are more than it can
sensibly page through. So a list counts up to COUNT_LIMIT + 1 rows and says "more than
COUNT_LIMIT" beyond; its pages reach that far. The figure is kept in the cache
(gnista.core.freshness) under the query it counts, until the next write."""

from gnista.core import freshness
from gnista.core.listing import PAGE_SIZES, filtered, paginate

COUNT_LIMIT = 1_000


def bounded_count(queryset, limit: int = COUNT_LIMIT) -> int:
    """The number of rows, or limit + 1 when there are more than `limit`."""
    return queryset.order_by()[: limit + 1].count()


class Counted:
    """A queryset with its count already known, to page through with a Paginator."""

    def __init__(self, queryset, count: int):
        self.queryset = queryset
        self._count = count
        self.ordered = queryset.ordered

    def count(self) -> int:
        return self._count

    def __getitem__(self, key):
        return self.queryset[key]

    def __len__(self) -> int:
        return self._count


def counted(queryset, name: str, limit: int = COUNT_LIMIT) -> Counted:
    sql, params = queryset.order_by().query.sql_with_params()
    count = freshness.cached(
        name,
        (sql, tuple(map(str, params)), limit),
        lambda: bounded_count(queryset, limit),
        per_language=False,
    )
    return Counted(queryset, count)


def bounded_page(request, filter_class, queryset, name: str) -> dict:
    """The context of a filtered, paginated list page whose count stops at COUNT_LIMIT + 1;
    `count_limit` tells the template when to say "more than"."""
    filterset, notices = filtered(request, filter_class, queryset)
    page = paginate(request, counted(filterset.qs, name), notices)
    return {
        "filter": filterset,
        "page": page,
        "notices": notices,
        "page_sizes": PAGE_SIZES,
        "count_limit": COUNT_LIMIT,
    }
