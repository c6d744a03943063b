import tempfile

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import content_disposition_header

from . import catalog, exports
from .feeds import FEEDS
from .registry import BY_SLUG, DATASETS

KNOWN_LICENCES = {
    "http://creativecommons.org/publicdomain/zero/1.0/": "CC0 1.0",
    "https://creativecommons.org/publicdomain/zero/1.0/": "CC0 1.0",
    "http://creativecommons.org/licenses/by/4.0/": "CC BY 4.0",
    "https://creativecommons.org/licenses/by/4.0/": "CC BY 4.0",
}
# Anyone may read the files from a web page of their own: they are public, and sent without cookies.
OPEN_TO_EVERY_ORIGIN = {"Access-Control-Allow-Origin": "*"}


def feed_links() -> list[dict]:
    return [
        {"url": reverse(f"opendata:feed-{slug}"), "title": feed.title, "slug": slug}
        for slug, feed in FEEDS.items()
    ]


def data_page(request):
    licence = settings.OPEN_DATA_LICENCE
    datasets = [
        {
            "dataset": dataset,
            "count": dataset.count(),
            "downloads": [
                {"name": name, "url": reverse("opendata:download", args=[dataset.slug, extension])}
                for extension, (_media_type, name) in catalog.FORMATS.items()
            ],
        }
        for dataset in DATASETS
    ]
    context = {
        "section": "data",
        "datasets": datasets,
        "feeds": feed_links(),
        "licence_url": licence,
        "licence_name": KNOWN_LICENCES.get(licence, licence),
        "publisher": settings.OPEN_DATA_PUBLISHER_NAME,
    }
    return render(request, "opendata/data_page.html", context)


def download(request, slug, extension):
    dataset = BY_SLUG.get(slug)
    if dataset is None or extension not in catalog.FORMATS:
        raise Http404
    media_type = catalog.FORMATS[extension][0]
    filename = f"gnista-{slug}.{extension}"
    absolute = request.build_absolute_uri
    if extension == "xlsx":
        # openpyxl writes a workbook as a zip file, which needs the whole file at the end.
        # FileResponse closes the file, which removes it, once it has been sent.
        file = tempfile.TemporaryFile()  # noqa: SIM115
        exports.write_workbook(dataset, absolute, file)
        file.seek(0)
        return FileResponse(
            file, as_attachment=True, filename=filename, content_type=media_type, headers=OPEN_TO_EVERY_ORIGIN
        )
    stream = exports.csv_stream if extension == "csv" else exports.json_stream
    return StreamingHttpResponse(
        stream(dataset, absolute),
        content_type=f"{media_type}; charset=utf-8",
        headers={
            "Content-Disposition": content_disposition_header(extension == "csv", filename),
            **OPEN_TO_EVERY_ORIGIN,
        },
    )


def catalog_rdf(request):
    return HttpResponse(
        catalog.catalog_xml(request.build_absolute_uri),
        content_type="application/rdf+xml; charset=utf-8",
        headers=OPEN_TO_EVERY_ORIGIN,
    )
