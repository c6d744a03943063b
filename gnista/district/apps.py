from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DistrictConfig(AppConfig):
    """The innovation district: its actors, hubs and clusters."""

    name = "gnista.district"
    verbose_name = _("Innovation district")
