# The app's image: gunicorn serving Django, whitenoise serving the collected static files; the
# same image builds the prebuilt downloads (into /app/downloads, a volume nginx serves).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, so that a code change does not reinstall them.
COPY pyproject.toml README.md ./
COPY aidtracker/__init__.py aidtracker/__init__.py
COPY pledges/__init__.py pledges/__init__.py
RUN pip install .

COPY . .
# Compiling the translations and collecting static files need settings, not secrets: a throwaway
# key serves for these steps only.
RUN DJANGO_SECRET_KEY=build-only python manage.py translations --compile \
    && DJANGO_SECRET_KEY=build-only python manage.py collectstatic --noinput \
    && useradd --system --no-create-home aidtracker \
    && mkdir -p /app/downloads && chown aidtracker /app/downloads
USER aidtracker

ENV HOST=0.0.0.0 PORT=8000
EXPOSE 8000
CMD ["gunicorn", "--config", "aidtracker/gunicorn.conf.py"]
