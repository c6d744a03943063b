from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Loads the demo data of every area; sits above all other apps."""

    name = "gnista.demo"
    verbose_name = _("Demo data")
