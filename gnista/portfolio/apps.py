from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortfolioConfig(AppConfig):
    name = "gnista.portfolio"
    verbose_name = _("Innovation portfolio")

    def ready(self):
        from gnista.core import freshness

        freshness.watch(self)
