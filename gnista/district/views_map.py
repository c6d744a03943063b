"""The district map: a page with the map and, beside it, the list of every place on it
(the list works without JavaScript), and the GeoJSON the map draws. Both come from
geo.places, so they always agree."""

import json
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

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


@require_safe
def map_page(request):
    data, notices = drop_unknown_values(request.GET, MapFilterForm)
    kinds = _kinds(data)
    district = geo.district()
    grouped = geo.places(kinds)
    query = "" if len(kinds) == len(geo.KINDS) else urlencode([("kind", kind) for kind in kinds])
    context = {
        "section": "map",
        "district": district,
        "kinds": kinds,
        "kind_choices": list(geo.KINDS.items()),
        "groups": [(kind, geo.KINDS[kind], grouped[kind]) for kind in kinds],
        "place_count": sum(len(places) for places in grouped.values()),
        "notices": notices,
        "features_url": reverse("district:map-features") + (f"?{query}" if query else ""),
        "view": geo.map_view(district),
        "tile_url": settings.MAP_TILE_URL,
        "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
    }
    return render(request, "district/map.html", context)


@require_safe
@cache_control(max_age=300, public=True)
def map_features(request):
    """GeoJSON (RFC 7946) of the places on the map and the district's boundary."""
    collection = geo.feature_collection(geo.places(_kinds(request.GET)), geo.district())
    return HttpResponse(
        json.dumps(collection, ensure_ascii=False, separators=(",", ":")),
        content_type="application/geo+json",
    )
