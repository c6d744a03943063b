"""The district map: a page with the map and, beside it, a list of the places on it (the
list works without JavaScript), and the GeoJSON the map draws. Both come from geo, built
from the same rows."""

import datetime
import hashlib
import json
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import condition, require_safe

from gnista.core import freshness
from gnista.core.filtering import drop_unknown_values

from . import geo


class MapFilterForm(forms.Form):
    kind = forms.MultipleChoiceField(
        label=_("What to show"),
        choices=list(geo.KINDS.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


def _kinds(query) -> list[str]:
    return geo.chosen_kinds(query.getlist("kind"))


def _moment(kinds: list[str]) -> datetime.datetime | None:
    """The moment upcoming events are counted from, when the answer has events (without
    them it does not change with time)."""
    return geo.moment() if geo.EVENT in kinds else None


@require_safe
def map_page(request):
    data, notices = drop_unknown_values(request.GET, MapFilterForm)
    kinds = _kinds(data)
    district = geo.district()
    now = _moment(kinds)
    listings = freshness.cached("district-map-list", (kinds, now), lambda: geo.listed(kinds, now))
    query = "" if len(kinds) == len(geo.KINDS) else urlencode([("kind", kind) for kind in kinds])
    context = {
        "section": "map",
        "district": district,
        "kinds": kinds,
        "kind_choices": list(geo.KINDS.items()),
        "listings": listings,
        "place_count": sum(listing.total for listing in listings),
        "notices": notices,
        "features_url": reverse("district:map-features") + (f"?{query}" if query else ""),
        "view": geo.map_view(district),
        "tile_url": settings.MAP_TILE_URL,
        "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
    }
    return render(request, "district/map.html", context)


def _asked(request) -> tuple[list[str], geo.Box | None]:
    return _kinds(request.GET), geo.Box.parse(request.GET.get("bbox"))


def _version(request) -> tuple[str, datetime.datetime | None]:
    """What the answer depends on besides the query: the public data (its version moves
    after every write) and the time (upcoming events, counted from the current moment)."""
    if not hasattr(request, "_map_version"):
        request._map_version = (freshness.data_version(), _moment(_kinds(request.GET)))
    return request._map_version


def _etag(request) -> str:
    kinds, box = _asked(request)
    version, now = _version(request)
    parts = (version, now, kinds, box, get_language(), geo.MAX_PLACES, geo.GRID)
    return '"' + hashlib.sha256(repr(parts).encode()).hexdigest()[:32] + '"'


def _last_modified(request) -> datetime.datetime | None:
    version, now = _version(request)
    try:
        written = datetime.datetime.fromtimestamp(int(version) / 1e9, tz=datetime.UTC)
    except (TypeError, ValueError, OverflowError):
        return now
    return max(written, now) if now else written


@require_safe
@cache_control(max_age=300, public=True)
@condition(etag_func=_etag, last_modified_func=_last_modified)
def map_features(request):
    """GeoJSON (RFC 7946) of the places on the map and the district's boundary: of the
    part of the map in `bbox` (west,south,east,north), everywhere without it; grouped when
    there are too many (see geo.features). The answer without a box, the one every map
    asks for first, is kept until the data or the moment changes."""
    kinds, box = _asked(request)
    _data, now = _version(request)
    if box is None:
        found = freshness.cached("district-map-features", (kinds, now), lambda: geo.features(kinds, now=now))
    else:
        found = geo.features(kinds, box, now)
    collection = geo.feature_collection(found, geo.district())
    return HttpResponse(
        json.dumps(collection, ensure_ascii=False, separators=(",", ":")),
        content_type="application/geo+json",
    )
