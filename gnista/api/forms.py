from django import forms
from django.utils.translation import gettext_lazy as _

from gnista.backoffice.forms import InitiativeForm


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name of the new token"),
        max_length=100,
        help_text=_("What or who will use it, for example “Open data export”."),
    )


class ApiInitiativeForm(InitiativeForm):
    """The back office's form, with related records named the way the API names them."""

    RELATED_BY = {"owner": "slug", "areas": "slug", "goals": "number", "challenges": "slug"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, key in self.RELATED_BY.items():
            self.fields[name].to_field_name = key
