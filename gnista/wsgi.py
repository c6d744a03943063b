import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gnista.settings")
if settings.PRODUCTION_REFUSAL:
    raise ImproperlyConfigured(settings.PRODUCTION_REFUSAL)
application = get_wsgi_application()
