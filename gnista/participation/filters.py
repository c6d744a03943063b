import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from gnista.portfolio.models import Area, Challenge

from .models import PUBLIC_STATUSES, Idea, IdeaStatus


class IdeaFilter(django_filters.FilterSet):
    challenge = django_filters.ModelChoiceFilter(
        label=_("Challenge"), queryset=Challenge.objects.public(), to_field_name="slug"
    )
    area = django_filters.ModelChoiceFilter(
        field_name="areas", label=_("Area"), queryset=Area.objects.all(), to_field_name="slug"
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
