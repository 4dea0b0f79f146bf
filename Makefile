# The two commands: `make demo` runs the demo, `make test` runs the whole suite.
# Both install what they need and can be run again and again.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python


DEMO_ENV := DEBUG=true HTTPS=false
# The owner role creates the test databases and migrates; the tests run as the app role,
# under row-level security (bin/check-services creates both; tests/database_roles.py).
TEST_DB ?= postgresql://zorgroute@127.0.0.1:5432/zorgroute
TEST_APP_ROLE ?= zorgroute_app
TEST_REDIS ?= redis://127.0.0.1:6379/15
TEST_ENV := DATABASE_URL=$(TEST_DB) DATABASE_APP_ROLE=$(TEST_APP_ROLE) REDIS_URL=$(TEST_REDIS) SECRET_KEY=test-only-not-secret \
	HTTPS=false DEBUG=false ALLOWED_HOSTS=testserver,localhost,127.0.0.1

.PHONY: demo test bench bench-packages venv system-packages lint messages translations

demo: venv messages
	$(DEMO_ENV) $(PY) manage.py migrate --noinput
	$(DEMO_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	$(DEMO_ENV) $(PY) manage.py load_demo
	@# What beat does every hour: the demo's reminders (their emails would fill the console).
	$(DEMO_ENV) $(PY) manage.py scan_reminders >/dev/null
	@echo "Serving the demo on http://127.0.0.1:8000/ (Ctrl+C stops it)"
	$(DEMO_ENV) $(PY) manage.py runserver 127.0.0.1:8000

test: venv system-packages messages lint
	bin/check-services
	$(TEST_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	$(TEST_ENV) $(VENV)/bin/pytest -n 2 $(PYTEST_ARGS)

# Benchmarks (not tests): print a table and write bench/results.json. BENCH_SCALE=0.01 for a
# quick run; the seeded database is reused (bench/seed.py --reset seeds it again).
bench: venv system-packages bench-packages messages
	bin/check-services
	$(TEST_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) bench/run.py

# wrk drives the load benchmark; only `make bench` needs it.
bench-packages:
	@command -v wrk >/dev/null 2>&1 || (echo "Installing Debian packages: wrk"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)

# The virtual environment, installed exactly from uv.lock.
venv: $(VENV)/.synced
$(VENV)/.synced: pyproject.toml uv.lock
	@$(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet --disable-pip-version-check uv
	$(PYTHON) -m uv sync --frozen --python $(PYTHON)
	@touch $@

# Debian packages: gettext for translations, chromium for the browser tests, pdftotext for the
# dossier tests, HarfBuzz-Subset so WeasyPrint subsets fonts fast (0.3 s a dossier, not 0.8 s).
system-packages:
	@missing=""; \
	command -v msgfmt >/dev/null 2>&1 || missing="$$missing gettext"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	fc-list 2>/dev/null | grep -qi "Noto Naskh Arabic" || missing="$$missing fonts-noto-core"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	/sbin/ldconfig -p 2>/dev/null | grep -q libharfbuzz-subset || missing="$$missing libharfbuzz-subset0"; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

messages: venv
	@command -v msgfmt >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null)
	$(DEMO_ENV) $(PY) manage.py compilemessages --ignore=.venv --verbosity 0

# For developers: collect new strings into locale/*/django.po.
translations: venv
	$(DEMO_ENV) $(PY) manage.py makemessages -l nl -l en -l ar --ignore=.venv --ignore=staticfiles --no-obsolete

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
