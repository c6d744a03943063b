from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "gnista.notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from gnista.core import panels, personal_data

        from . import personal, receivers, views

        receivers.connect()
        personal_data.register("notifications", export=personal.export, erase=personal.erase)
        for page in ("challenge_detail", "initiative_detail", "idea_detail"):
            panels.register(page, views.follow_panel)
