from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "gnista.core"
    verbose_name = _("Core")

    def ready(self):
        from . import (
            collation,  # noqa: F401  (registers the SQLite collations)
            lookups,  # noqa: F401  (integer `in` lookups that never overflow)
        )
