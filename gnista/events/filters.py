import copy
import functools
from collections.abc import Callable

import django_filters
from django import forms
from django.db.models import Count, Q
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from gnista.core import freshness
from gnista.portfolio.models import Area, Organisation, OrganisationKind

from .models import Event

# The organiser filter offers the organisers with most events: a calendar of thousands of
# organisers would otherwise send (and render) all of them with every page.
ORGANISER_CHOICES = 200


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


def busiest_organisers() -> list[tuple[str, str]]:
    """(slug, name) of the organisers with most events, by name."""
    busiest = (
        Event.objects.filter(organiser__isnull=False)
        .values("organiser")
        .annotate(count=Count("pk"))
        .order_by("-count", "organiser")[:ORGANISER_CHOICES]
    )
    chosen = Organisation.objects.filter(pk__in=[row["organiser"] for row in busiest])
    return [(organisation.slug, str(organisation)) for organisation in chosen]


def hubs() -> list[tuple[str, str]]:
    return [(hub.slug, str(hub)) for hub in Organisation.objects.filter(kind=OrganisationKind.HUB)]


def areas() -> list[tuple[str, str]]:
    return [(area.slug, str(area)) for area in Area.objects.all()]


class KeptSelect(forms.Select):
    """A select of (slug, name) options read and rendered once per data version rather than
    on every page (EventFilter keeps those of all its selects in one entry of
    gnista.core.freshness), plus a chosen value that is not among them; rendered as the
    select template renders it, without a template per option. Subclasses name the
    options."""

    options = staticmethod(lambda: [])
    # (options, their HTML with nothing chosen), when the filter has them kept.
    kept: Callable[[], tuple[list, str]] | None = None

    def missing_options(self, slugs: list[str]) -> list[tuple[str, str]]:
        """Options for chosen values that are not among the kept ones."""
        return []

    def get_context(self, name, value, attrs):
        choices = self.kept()[0] if self.kept else self.options()
        known = {slug for slug, _label in choices}
        missing = [slug for slug in self.format_value(value) if slug and slug not in known]
        if missing:
            choices = choices + self.missing_options(missing)
        self.choices = [next(iter(self.choices)), *choices]
        return super().get_context(name, value, attrs)

    def render(self, name, value, attrs=None, renderer=None):
        if self.kept and not any(self.format_value(value)):
            options = self.kept()[1]
        else:
            options = self.options_html(self.get_context(name, value, attrs)["widget"])
        attributes = flatatt(self.build_attrs(self.attrs, attrs))
        return format_html('<select name="{}"{}>{}</select>', name, attributes, mark_safe(options))

    @staticmethod
    def options_html(widget) -> str:
        return format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option["value"], flatatt(option["attrs"]), option["label"])
                for _group, group_options, _index in widget["optgroups"]
                for option in group_options
            ),
        )


class BusiestOrganisers(KeptSelect):
    """The organisers with most events, and the one chosen if it is not among them (any
    organiser of an event can be chosen by its slug in the address)."""

    options = staticmethod(busiest_organisers)

    def missing_options(self, slugs):
        return [(item.slug, str(item)) for item in Organisation.objects.filter(slug__in=slugs)]


class Hubs(KeptSelect):
    options = staticmethod(hubs)


class Areas(KeptSelect):
    options = staticmethod(areas)


class EventFilter(django_filters.FilterSet):
    # Bounded: SQLite refuses LIKE patterns over 50 000 bytes, and no real search is this long.
    q = django_filters.CharFilter(
        label=_("Search"),
        method=matching_text,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    hub = django_filters.ModelChoiceFilter(
        label=_("Hub"),
        queryset=Organisation.objects.filter(kind=OrganisationKind.HUB),
        to_field_name="slug",
        widget=Hubs,
    )
    organiser = django_filters.ModelChoiceFilter(
        label=_("Organiser"),
        queryset=Organisation.objects.filter(organised_events__isnull=False).distinct(),
        to_field_name="slug",
        widget=BusiestOrganisers,
    )
    area = django_filters.ModelChoiceFilter(
        field_name="areas", label=_("Area"), queryset=Area.objects.all(), to_field_name="slug", widget=Areas
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

    # The selects whose options are kept: read together, in one cache entry, when the
    # first of them is rendered (an API request renders none).
    KEPT = ("hub", "organiser", "area")

    @property
    def form(self):
        form = super().form
        if not hasattr(form, "kept_options"):
            form.kept_options = {}
            for name in self.KEPT:
                form.fields[name].widget.kept = functools.partial(self.options_of, form, name)
        return form

    @classmethod
    def options_of(cls, form, name: str) -> tuple[list, str]:
        """The kept options of the form's select `name` and their HTML."""
        if not form.kept_options:

            def read():
                kept = {}
                for field in cls.KEPT:
                    widget = copy.deepcopy(form.fields[field].widget)
                    choices = widget.options()
                    widget.kept = lambda choices=choices: (choices, "")
                    html = widget.options_html(widget.get_context(field, None, {})["widget"])
                    kept[field] = (choices, html)
                return kept

            form.kept_options.update(freshness.cached("events:filter-options", (), read))
        return form.kept_options[name]

    def ignore(self, queryset, name, value):
        """The date range picks occurrences, not events; the view applies it."""
        return queryset
