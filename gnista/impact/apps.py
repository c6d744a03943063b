from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImpactConfig(AppConfig):
    """The impact dashboard: reads every other app, and nothing imports it."""

    name = "gnista.impact"
    verbose_name = _("Impact")

    def ready(self):
        from gnista.core import freshness

        freshness.watch(self)
