from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "gnista.events"
    verbose_name = _("Event calendar")

    def ready(self):
        from gnista.core import freshness, panels

        from . import views

        freshness.watch(self)
        panels.register("home", views.home_panel)
        panels.register("actor_detail", views.actor_panel)
        panels.register("area_detail", views.area_panel)
