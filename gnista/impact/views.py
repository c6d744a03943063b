"""The impact dashboard and its CSV downloads."""

from django.http import Http404, StreamingHttpResponse
from django.shortcuts import render
from django.utils.http import content_disposition_header

from gnista.portfolio.spreadsheets import csv_chunks, harmless

from . import figures
from .figures import BY_KEY, NETWORK_TABLES, SECTIONS
from .forms import read_filters
from .network import NetworkDrawing, network


def dashboard(request):
    filters, form, notices = read_filters(request.GET)
    sections = [
        {
            "slug": slug,
            "title": title,
            "figures": [BY_KEY[key].present(BY_KEY[key].compute(filters), filters) for key in keys],
        }
        for slug, title, keys in SECTIONS
    ]
    collaboration = network(filters)
    context = {
        "section": "impact",
        "filters": filters,
        "form": form,
        "notices": notices,
        "sections": sections,
        "network": collaboration,
        "drawing": NetworkDrawing(collaboration),
        "network_takeaway": figures.network_takeaway(collaboration),
        "network_downloads": {
            key.replace("-", "_"): figures.download_url(key, filters) for key in NETWORK_TABLES
        },
    }
    template = "impact/dashboard.html"
    if request.htmx and not request.htmx.boosted:
        template += "#htmx_response"
    return render(request, template, context)


def download(request, key):
    """One indicator's table as CSV (UTF-8 with a byte order mark), with the page's filters;
    filter values that are not understood are ignored, as on the page."""
    filters, _form, _notices = read_filters(request.GET)
    if key in BY_KEY:
        figure = BY_KEY[key]
        rows = list(figure.csv_rows(figure.compute(filters)))
    elif key in NETWORK_TABLES:
        rows = list(figures.network_csv(key, network(filters)))
    else:
        raise Http404
    suffix = "-".join(str(part) for part in (filters.year, filters.area, filters.administration) if part)
    name = f"gnista-impact-{key}{'-' + suffix if suffix else ''}.csv"
    return StreamingHttpResponse(
        csv_chunks([[harmless(cell) for cell in row] for row in rows]),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": content_disposition_header(True, name)},
    )
