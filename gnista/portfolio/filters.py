import django_filters
from django import forms
from django.conf import settings
from django.db.models import Exists, OuterRef, Value
from django.db.models.functions import Coalesce, Collate, NullIf
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ModelChoiceField, ModelChoiceIterator, ModelMultipleChoiceField

from gnista.core import freshness
from gnista.core.collation import collation_name

from .models import (
    Area,
    Challenge,
    ChallengeStatus,
    Goal,
    Initiative,
    InnovationType,
    Organisation,
    OrganisationKind,
    Outcome,
    Partnership,
    Sector,
    Stage,
)


def in_language_or_default(field: str):
    """Order by a translated field as shown (the current language, else Swedish), in the
    alphabetical order of the current language."""
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    language = get_language()
    shown = Coalesce(NullIf(f"{field}_{language}", Value("")), f"{field}_{default}")
    return Collate(shown, collation_name(language))


class KeptChoices(ModelChoiceIterator):
    """A filter's choices as plain (value, label) pairs, kept in the cache until the next
    write (gnista.core.freshness): every list page shows the same areas, goals,
    administrations and couple of hundred challenges, and reading and making them into
    model objects on each page cost more than the rest of the filters. Checking a chosen
    value still asks the database."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        if getattr(self.field, "null_label", None) is not None:
            yield (self.field.null_value, self.field.null_label)
        sql, params = self.queryset.query.sql_with_params()
        yield from freshness.cached("portfolio.filter-choices", (sql, tuple(map(str, params))), self.pairs)

    def pairs(self) -> list[tuple[str, str]]:
        return [
            (str(self.field.prepare_value(obj)), str(self.field.label_from_instance(obj)))
            for obj in self.queryset
        ]

    def __len__(self):
        return sum(1 for _choice in self)

    def __bool__(self):
        return len(self) > 0


class KeptModelChoiceField(ModelChoiceField):
    iterator = KeptChoices


class KeptModelMultipleChoiceField(ModelMultipleChoiceField):
    iterator = KeptChoices


class KeptChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = KeptModelChoiceField


class KeptMultipleChoiceFilter(django_filters.ModelMultipleChoiceFilter):
    field_class = KeptModelMultipleChoiceField


def matching_text(queryset, name, value):
    """Every word must occur somewhere in the initiative's text, in any language."""
    for word in value.casefold().split()[:10]:
        queryset = queryset.filter(search_text__contains=word)
    return queryset


class InitiativeFilter(django_filters.FilterSet):
    SORTS = {
        "newest": ("-starts_on", "slug"),
        "oldest": ("starts_on", "slug"),
        "title": None,  # by the title in the current language, see sort()
        "stage": ("stage", "-starts_on", "slug"),
        "updated": ("-updated_at", "slug"),
    }

    # Bounded: SQLite refuses LIKE patterns over 50 000 bytes, and no real search is this long.
    q = django_filters.CharFilter(
        label=_("Search"),
        method=matching_text,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    # Filters on the initiative's own columns join nothing, so they need no DISTINCT (which
    # django-filter adds by default: over 100,000 wide rows the database sorted them on disk).
    stage = django_filters.MultipleChoiceFilter(
        label=_("Stage"), choices=Stage.choices, distinct=False, widget=forms.CheckboxSelectMultiple
    )
    outcome = django_filters.MultipleChoiceFilter(
        label=_("Outcome"), choices=Outcome.choices, distinct=False, widget=forms.CheckboxSelectMultiple
    )
    type = django_filters.MultipleChoiceFilter(
        field_name="innovation_type",
        label=_("Innovation type"),
        choices=InnovationType.choices,
        distinct=False,
        widget=forms.CheckboxSelectMultiple,
    )
    area = KeptMultipleChoiceFilter(
        label=_("Area"),
        queryset=Area.objects.all(),
        to_field_name="slug",
        method="related_to_any",
        widget=forms.CheckboxSelectMultiple,
    )
    goal = KeptMultipleChoiceFilter(
        label=_("Sustainable development goal"),
        queryset=Goal.objects.all(),
        to_field_name="number",
        method="related_to_any",
        widget=forms.CheckboxSelectMultiple,
    )
    administration = KeptMultipleChoiceFilter(
        method="owned_by_any",
        label=_("Owning administration"),
        queryset=Organisation.objects.filter(kind=OrganisationKind.CITY_ADMINISTRATION),
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
    )
    partner_sector = django_filters.MultipleChoiceFilter(
        label=_("Partner sector"),
        choices=Sector.choices,
        method="with_partner_in_sector",
        widget=forms.CheckboxSelectMultiple,
    )
    challenge = KeptMultipleChoiceFilter(
        label=_("Challenge"),
        # Only what the choice shows: not the challenges' long texts in every language.
        queryset=Challenge.objects.public().only("slug", "title"),
        to_field_name="slug",
        method="related_to_any",
        widget=forms.CheckboxSelectMultiple,
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        method="sorted_by",
        empty_label=None,
        choices=[
            ("newest", _("Newest first")),
            ("oldest", _("Oldest first")),
            ("title", _("Title")),
            ("stage", _("Stage")),
            ("updated", _("Recently updated")),
        ],
    )

    class Meta:
        model = Initiative
        fields = []

    RELATIONS = {"area": "areas", "goal": "goals", "challenge": "challenges"}

    def related_to_any(self, queryset, name, values):
        """OR within one filter, AND across filters, without DISTINCT over joins."""
        if not values:
            return queryset
        relation = self.RELATIONS[name]
        through = getattr(Initiative, relation).through
        target = getattr(Initiative, relation).field.m2m_reverse_field_name()
        links = through.objects.filter(initiative=OuterRef("pk"), **{f"{target}__in": values})
        return queryset.filter(Exists(links))

    def owned_by_any(self, queryset, name, values):
        return queryset.filter(owner__in=values) if values else queryset

    def with_partner_in_sector(self, queryset, name, values):
        if not values:
            return queryset
        partners = Partnership.objects.filter(initiative=OuterRef("pk"), organisation__sector__in=values)
        return queryset.filter(Exists(partners))

    def sorted_by(self, queryset, name, value):
        if value == "title":
            return queryset.order_by(in_language_or_default("title"), "slug")
        return queryset.order_by(*self.SORTS.get(value) or self.SORTS["newest"])


class ChallengeFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=[choice for choice in ChallengeStatus.choices if choice[0] != ChallengeStatus.DRAFT],
        distinct=False,
        widget=forms.CheckboxSelectMultiple,
    )
    area = KeptMultipleChoiceFilter(
        field_name="areas__slug",
        label=_("Area"),
        queryset=Area.objects.all(),
        to_field_name="slug",
        distinct=True,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Challenge
        fields = []


class LessonFilter(django_filters.FilterSet):
    outcome = django_filters.ChoiceFilter(
        label=_("Outcome"),
        empty_label=_("Stopped and scaled"),
        choices=[(Outcome.STOPPED, _("Stopped")), (Outcome.SCALED, _("Scaled"))],
    )
    area = KeptChoiceFilter(
        label=_("Area"), queryset=Area.objects.all(), to_field_name="slug", method="in_area"
    )

    class Meta:
        model = Initiative
        fields = []

    def in_area(self, queryset, name, area):
        """A subquery rather than a join, so that no DISTINCT over the initiatives is needed."""
        if area is None:
            return queryset
        links = Initiative.areas.through.objects.filter(initiative=OuterRef("pk"), area=area)
        return queryset.filter(Exists(links))
