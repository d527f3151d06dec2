"""WSGI entry point, served by gunicorn in production."""

import os

from django.core.wsgi import get_wsgi_application

from aidtracker.startup import refuse_to_serve_without_a_secret_key

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aidtracker.settings")

application = get_wsgi_application()
refuse_to_serve_without_a_secret_key()
