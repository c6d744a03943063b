from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The public API under /api/v1/ and the personal tokens staff use to write through it."""

    name = "gnista.api"
    verbose_name = _("API")

    def ready(self):
        from gnista.core import panels, personal_data

        from . import tokens, views

        panels.register("profile", views.tokens_panel)
        personal_data.register("api", export=tokens.export_personal_data)
