import django_filters
from django import forms
from django.db.models import Exists, OuterRef
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from gnista.portfolio.filters import KeptChoiceFilter
from gnista.portfolio.models import Area, Challenge

from .models import PUBLIC_STATUSES, Idea, IdeaStatus


class QuickSelect(forms.Select):
    """The markup of Django's select, put together in Python: a template per option costs
    more than the rest of the page once there are a couple of hundred challenges."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = "".join(
            format_html(
                '\n  <option value="{}"{}>{}</option>\n',
                option["value"],
                flatatt(option["attrs"]),
                option["label"],
            )
            for _group, choices, _index in widget["optgroups"]
            for option in choices
        )
        return format_html(
            '<select name="{}"{}>{}\n</select>', name, flatatt(widget["attrs"]), mark_safe(options)
        )


class IdeaFilter(django_filters.FilterSet):
    challenge = KeptChoiceFilter(
        label=_("Challenge"),
        # Only what the choice shows: not the challenges' long texts in every language.
        queryset=Challenge.objects.public().only("slug", "title"),
        to_field_name="slug",
        widget=QuickSelect,
    )
    area = KeptChoiceFilter(
        label=_("Area"), queryset=Area.objects.all(), to_field_name="slug", method="in_area"
    )
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=[(status.value, status.label) for status in IdeaStatus if status in PUBLIC_STATUSES],
        # The idea's own column joins nothing, so no DISTINCT (django-filter's default).
        distinct=False,
        widget=forms.CheckboxSelectMultiple,
    )
    sort = django_filters.OrderingFilter(
        label=_("Sort by"),
        choices=[("-submitted_at", _("Newest first")), ("-support_count", _("Most supported"))],
        empty_label=None,
    )

    class Meta:
        model = Idea
        fields = []

    def in_area(self, queryset, name, area):
        """A subquery rather than a join, so that no DISTINCT over a million ideas is needed."""
        if area is None:
            return queryset
        links = Idea.areas.through.objects.filter(idea=OuterRef("pk"), area=area)
        return queryset.filter(Exists(links))
