from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FundingConfig(AppConfig):
    name = "gnista.funding"
    verbose_name = _("Innovation fund")

    def ready(self):
        from gnista.core import freshness

        freshness.watch(self)
