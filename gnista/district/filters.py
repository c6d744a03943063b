import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gnista.portfolio.models import Area, Organisation, OrganisationKind, Sector


def matching_text(queryset, name, value):
    for word in value.split()[:10]:
        queryset = queryset.filter(
            Q(name_sv__icontains=word)
            | Q(name_en__icontains=word)
            | Q(name_da__icontains=word)
            | Q(description_sv__icontains=word)
            | Q(description_en__icontains=word)
            | Q(description_da__icontains=word)
        )
    return queryset


class ActorFilter(django_filters.FilterSet):
    # Bounded: SQLite refuses LIKE patterns over 50 000 bytes, and no real search is this long.
    q = django_filters.CharFilter(
        label=_("Search"),
        method=matching_text,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    # Filters on the organisation's own columns join nothing, so they need no DISTINCT (which
    # django-filter adds by default, making the database sort whole rows).
    sector = django_filters.MultipleChoiceFilter(
        label=_("Sector"), choices=Sector.choices, distinct=False, widget=forms.CheckboxSelectMultiple
    )
    kind = django_filters.MultipleChoiceFilter(
        label=_("Kind"), choices=OrganisationKind.choices, distinct=False, widget=forms.CheckboxSelectMultiple
    )
    hub = django_filters.ModelChoiceFilter(
        label=_("Hub"), queryset=Organisation.objects.filter(kind=OrganisationKind.HUB), to_field_name="slug"
    )
    cluster = django_filters.ModelChoiceFilter(
        field_name="clusters",
        label=_("Cluster organisation"),
        queryset=Organisation.objects.filter(kind=OrganisationKind.CLUSTER),
        to_field_name="slug",
    )
    area = django_filters.ModelChoiceFilter(
        field_name="areas", label=_("Area"), queryset=Area.objects.all(), to_field_name="slug"
    )

    class Meta:
        model = Organisation
        fields = []
