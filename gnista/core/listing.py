"""Shared behaviour of list pages: forgiving filters and pagination with notices."""

from django.core.paginator import Paginator
from django.utils.translation import gettext as _

from .filtering import drop_unknown_values

PAGE_SIZES = (12, 24, 48, 96)
DEFAULT_PAGE_SIZE = 24


def paginate(request, queryset, notices: list[str]):
    raw_size = request.GET.get("per_page", "")
    page_size = DEFAULT_PAGE_SIZE
    if raw_size:
        if raw_size.isascii() and raw_size.isdigit() and int(raw_size) in PAGE_SIZES:
            page_size = int(raw_size)
        else:
            notices.append(
                _("The page size “%(value)s” is not offered; showing %(size)s per page.")
                % {"value": raw_size[:20], "size": DEFAULT_PAGE_SIZE}
            )
    paginator = Paginator(queryset, page_size)
    raw_page = request.GET.get("page", "1")
    page = paginator.get_page(raw_page)
    page.elided_range = list(paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    if raw_page not in ("", str(page.number)):
        notices.append(
            _("There is no page “%(value)s”; showing page %(page)s.")
            % {"value": raw_page[:20], "page": page.number}
        )
    return page


def filtered(request, filter_class, queryset):
    form_class = filter_class(queryset=queryset).get_form_class()
    data, notices = drop_unknown_values(request.GET, form_class)
    filterset = filter_class(data, queryset=queryset, request=request)
    for name, errors in filterset.errors.items():
        label = filterset.form.fields[name].label if name in filterset.form.fields else name
        notices.append(
            _("The filter “%(filter)s” was ignored: %(error)s") % {"filter": label, "error": " ".join(errors)}
        )
    return filterset, notices


def filtered_page(request, filter_class, queryset) -> dict:
    """The context of a filtered, paginated list page."""
    filterset, notices = filtered(request, filter_class, queryset)
    page = paginate(request, filterset.qs, notices)
    return {"filter": filterset, "page": page, "notices": notices, "page_sizes": PAGE_SIZES}
