import django_filters
from django.utils.translation import gettext_lazy as _

from gnista.portfolio.models import Organisation, OrganisationKind

from .models import Application, ApplicationStatus, FundingRound


class ApplicationFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ApplicationStatus.choices, empty_label=_("Any")
    )
    round = django_filters.ModelChoiceFilter(
        label=_("Funding round"), queryset=FundingRound.objects.select_related("fund"), empty_label=_("Any")
    )
    administration = django_filters.ModelChoiceFilter(
        label=_("Administration"),
        field_name="initiative__owner",
        queryset=Organisation.objects.filter(kind=OrganisationKind.CITY_ADMINISTRATION),
        to_field_name="slug",
        empty_label=_("Any"),
    )

    class Meta:
        model = Application
        fields = []
