# Production image: the web app (gunicorn), the Celery worker and beat share it.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 UV_PROJECT_ENVIRONMENT=/opt/venv PATH=/opt/venv/bin:$PATH

# WeasyPrint needs Pango, and HarfBuzz-Subset to subset fonts fast; gettext compiles the
# translations; Noto has Arabic.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b \
    libharfbuzz-subset0 \
    gettext fonts-noto-core fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

RUN pip install --no-cache-dir uv
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project

COPY . .
RUN python manage.py compilemessages --ignore=.venv \
 && SECRET_KEY=build-only python manage.py collectstatic --noinput

RUN useradd --system --home /app zorgroute && mkdir -p /data/media && chown zorgroute /data/media
USER zorgroute
EXPOSE 8000
CMD ["gunicorn", "portal.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
