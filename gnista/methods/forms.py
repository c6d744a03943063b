from django import forms
from django.utils.translation import gettext_lazy as _

from gnista.portfolio.models import Stage


class StageFilterForm(forms.Form):
    stage = forms.TypedChoiceField(
        label=_("Stage"),
        choices=[("", _("All stages")), *Stage.choices],
        coerce=int,
        required=False,
        empty_value=None,
    )
