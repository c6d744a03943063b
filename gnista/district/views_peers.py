"""Peer districts: the GIID network's members and the partners, with the themes they
exchange on and the peer sessions they took part in."""

from urllib.parse import urlsplit

import django_filters
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gnista.core.listing import filtered

from .models import PeerDistrict, PeerRelation, PeerSession, Theme

# Country names as the data holds them (in English), shown in the visitor's language.
COUNTRIES = {
    "Australia": _("Australia"),
    "Canada": _("Canada"),
    "Denmark": _("Denmark"),
    "Ireland": _("Ireland"),
    "Italy": _("Italy"),
    "Mexico": _("Mexico"),
    "Sweden": _("Sweden"),
    "USA": _("USA"),
}


class PeerFilter(django_filters.FilterSet):
    theme = django_filters.ModelChoiceFilter(
        field_name="themes", label=_("Theme"), queryset=Theme.objects.all(), to_field_name="slug"
    )

    class Meta:
        model = PeerDistrict
        fields = []


def sessions_prefetch(with_districts: bool = False) -> Prefetch:
    queryset = PeerSession.objects.select_related("event", "theme").order_by("-event__starts_at")
    if with_districts:
        queryset = queryset.prefetch_related(
            Prefetch("districts", queryset=PeerDistrict.objects.order_by("city"))
        )
    return Prefetch("sessions", queryset=queryset)


GROUP_HEADINGS = {
    PeerRelation.MEMBER: _("Members of the GIID network"),
    PeerRelation.PARTNER: _("Partners"),
}


def presented(peer: PeerDistrict) -> PeerDistrict:
    """The peer with its country in the visitor's language and its website's host name."""
    peer.country_name = COUNTRIES.get(peer.country, peer.country)
    host = urlsplit(peer.website).netloc if peer.website else ""
    peer.website_label = host.removeprefix("www.") or peer.website
    return peer


def peer_list(request):
    queryset = PeerDistrict.objects.prefetch_related("themes", sessions_prefetch())
    queryset = queryset.order_by("relation", "city")
    filterset, notices = filtered(request, PeerFilter, queryset)
    peers = [presented(peer) for peer in filterset.qs]
    chosen = filterset.form.cleaned_data.get("theme") if filterset.form.is_valid() else None
    groups = [
        {
            "relation": relation,
            "label": GROUP_HEADINGS[relation],
            "peers": [peer for peer in peers if peer.relation == relation],
        }
        for relation in PeerRelation
    ]
    context = {
        "section": "actors",
        "subsection": "peers",
        "groups": [group for group in groups if group["peers"]],
        "count": len(peers),
        "themes": Theme.objects.all(),
        "chosen": chosen,
        "notices": notices,
    }
    return render(request, "district/peer_list.html", context)


def peer_detail(request, slug):
    peer = get_object_or_404(
        PeerDistrict.objects.prefetch_related("themes", sessions_prefetch(with_districts=True)), slug=slug
    )
    now = timezone.now()
    sessions = list(peer.sessions.all())
    for session in sessions:
        session.upcoming = (session.event.ends_at or session.event.starts_at) >= now
    context = {"section": "actors", "peer": presented(peer), "sessions": sessions}
    return render(request, "district/peer_detail.html", context)
