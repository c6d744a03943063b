from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MethodsConfig(AppConfig):
    name = "gnista.methods"
    verbose_name = _("Methods and tools")

    def ready(self):
        from gnista.core import freshness

        freshness.watch(self)
