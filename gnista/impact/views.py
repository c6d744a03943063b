"""The impact dashboard and its CSV downloads.

The figures are computed once per set of filters and language and kept in the cache
(gnista.core.freshness) until the next write to public content: for the page, as the HTML
they are shown in (rendering the charts and tables costs more than reading them), for a
download, as the indicator's rows."""

import functools
import hashlib
from pathlib import Path

from django.conf import settings
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.http import content_disposition_header
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from gnista.core import freshness
from gnista.portfolio.spreadsheets import csv_chunks, harmless

from . import figures
from .figures import BY_KEY, NETWORK_TABLES, SECTIONS
from .forms import read_filters
from .network import NetworkDrawing, network
from .scope import Filters
from .tuning import aggregating

IMPACT = Path(__file__).resolve().parent
CORE = IMPACT.parent / "core"


@functools.cache
def made_by() -> str:
    """A fingerprint of what the cached HTML and rows are made by: this app's code and
    templates, the charts and the translations. It is part of every cache key, so that a
    release that changes any of them never serves what the release before made."""
    paths = [
        *sorted(IMPACT.rglob("*.py")),
        *sorted(IMPACT.rglob("*.html")),
        CORE / "charts.py",
        CORE / "templates" / "core" / "_bar_chart.html",
        *(path for directory in settings.LOCALE_PATHS for path in sorted(Path(directory).rglob("*.mo"))),
    ]
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def computed(filters: Filters) -> dict:
    """Every indicator and the network, as plain data (Indicator and Network)."""
    with aggregating():
        return {
            "indicators": {key: figure.compute(filters) for key, figure in BY_KEY.items()},
            "network": network(filters),
        }


def one_figure(key: str, filters: Filters, compute):
    def computing():
        with aggregating():
            return compute(filters)

    return freshness.cached("impact-figure", (made_by(), key, filters), computing)


def in_language(rows, language: str):
    """The rows, made in the page's language however late they are read (a streamed
    response is written after the view has returned)."""
    with translation.override(language):
        yield from rows


def results_html(filters: Filters) -> str:
    """The figures and the network as HTML: the part of the page that is the same for
    everyone choosing these filters in this language."""
    found = computed(filters)
    sections = [
        {
            "slug": slug,
            "title": title,
            "figures": [BY_KEY[key].present(found["indicators"][key], filters) for key in keys],
        }
        for slug, title, keys in SECTIONS
    ]
    collaboration = found["network"]
    drawing = NetworkDrawing(collaboration)
    return render_to_string(
        "impact/_results.html",
        {
            "sections": sections,
            "network": collaboration,
            "drawing": drawing,
            "network_counts": {
                "drawn": figures.number(len(drawing.nodes)),
                "organisations": figures.number(collaboration.organisations),
            },
            "network_takeaway": figures.network_takeaway(collaboration),
            "network_downloads": {
                key.replace("-", "_"): figures.download_url(key, filters) for key in NETWORK_TABLES
            },
        },
    )


def dashboard(request):
    filters, form, notices = read_filters(request.GET)
    results = freshness.cached("impact-results", (made_by(), filters), lambda: results_html(filters))
    context = {
        "section": "impact",
        "filters": filters,
        "form": form,
        "notices": notices,
        "results": mark_safe(results),  # rendered (and escaped) by results_html
    }
    template = "impact/dashboard.html"
    if request.htmx and not request.htmx.boosted:
        template += "#htmx_response"
    return render(request, template, context)


def download(request, key):
    """One indicator's table as CSV (UTF-8 with a byte order mark), with the page's filters;
    filter values that are not understood are ignored, as on the page. The network's
    lists of every organisation and every link are written as they are read."""
    filters, _form, _notices = read_filters(request.GET)
    if key in BY_KEY:
        figure = BY_KEY[key]
        rows = figure.csv_rows(one_figure(key, filters, figure.compute))
    elif key in NETWORK_TABLES:
        rows = figures.network_csv(key, filters, lambda: one_figure("network", filters, network))
    else:
        raise Http404
    suffix = "-".join(str(part) for part in (filters.year, filters.area, filters.administration) if part)
    name = f"gnista-impact-{key}{'-' + suffix if suffix else ''}.csv"
    return StreamingHttpResponse(
        csv_chunks(in_language(([harmless(cell) for cell in row] for row in rows), get_language())),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": content_disposition_header(True, name)},
    )
