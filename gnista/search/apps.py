from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "gnista.search"
    verbose_name = _("Search")

    def ready(self):
        from . import receivers

        receivers.connect()
