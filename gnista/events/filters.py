import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gnista.portfolio.models import Area, Organisation, OrganisationKind

from .models import Event


def matching_text(queryset, name, value):
    for word in value.split()[:10]:
        queryset = queryset.filter(
            Q(title_sv__icontains=word)
            | Q(title_en__icontains=word)
            | Q(title_da__icontains=word)
            | Q(description_sv__icontains=word)
            | Q(description_en__icontains=word)
            | Q(description_da__icontains=word)
        )
    return queryset


class EventFilter(django_filters.FilterSet):
    # Bounded: SQLite refuses LIKE patterns over 50 000 bytes, and no real search is this long.
    q = django_filters.CharFilter(
        label=_("Search"),
        method=matching_text,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    hub = django_filters.ModelChoiceFilter(
        label=_("Hub"), queryset=Organisation.objects.filter(kind=OrganisationKind.HUB), to_field_name="slug"
    )
    organiser = django_filters.ModelChoiceFilter(
        label=_("Organiser"),
        queryset=Organisation.objects.filter(organised_events__isnull=False).distinct(),
        to_field_name="slug",
    )
    area = django_filters.ModelChoiceFilter(
        field_name="areas", label=_("Area"), queryset=Area.objects.all(), to_field_name="slug"
    )
    start = django_filters.DateFilter(
        label=_("From"), method="ignore", widget=forms.DateInput(attrs={"type": "date"})
    )
    end = django_filters.DateFilter(
        label=_("Until"), method="ignore", widget=forms.DateInput(attrs={"type": "date"})
    )

    class Meta:
        model = Event
        fields = []

    def ignore(self, queryset, name, value):
        """The date range picks occurrences, not events; the view applies it."""
        return queryset
