from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DistrictConfig(AppConfig):
    """The innovation district: its actors, hubs and clusters."""

    name = "gnista.district"
    verbose_name = _("Innovation district")

    def ready(self):
        from gnista.core import freshness, panels, personal_data

        from . import personal, views_editors

        freshness.watch(self)
        personal_data.register("district", export=personal.export, erase=personal.erase)
        panels.register("profile", views_editors.profile_panel)
