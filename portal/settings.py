"""Zorgroute settings: one module, read from the environment (see portal/env.py).

The defaults run the one-command demo: an embedded SQLite file, tasks run
eagerly, mail to the console. Production and the tests set DATABASE_URL
(PostgreSQL) and REDIS_URL (Celery broker and cache).
"""

from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

from portal.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = (
    env_str("SECRET_KEY", required=not DEBUG) or "demo-only-insecure-key-never-in-production"
)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "modeltranslation",  # must come before the admin to patch its forms
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_countries",
    "csp",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",  # a user sees and ends their sessions (portal/sessions.py)
    "django_celery_beat",
    "portal",
    "programmes",
    "participants",
    "barriers",
    "audit",
    "dossiers",
    "notifications",
    "privacy",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTML compressed too (Django 5.2 pads it against BREACH): phones pay per byte.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Keeps each login's "last seen", IP and browser, at most once in five minutes (see below).
    "portal.sessions.ActivityMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.UserLanguageMiddleware",
    "portal.middleware.NoStoreForPersonalPages",
    "csp.middleware.CSPMiddleware",
    # After the language and the user are known, so its 400 page is in their language.
    "portal.middleware.RefuseNulCharacters",
    "portal.tenancy.ProgrammeMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context.portal",
                "notifications.context.notifications",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'demo.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
# The password may come apart from the URL, e.g. from a Docker secret (DATABASE_PASSWORD_FILE).
if env_str("DATABASE_PASSWORD"):
    DATABASES["default"]["PASSWORD"] = env_str("DATABASE_PASSWORD")
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The pages run short queries: PostgreSQL's JIT compiler costs them 20-50 ms
    # each at national scale and never pays back (bench/pages.py).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
    # Django's backend plus the programme setting for row-level security (portal/rls.py).
    DATABASES["default"]["ENGINE"] = "portal.db.postgresql"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis is the Celery broker and the cache. Without it (the demo), tasks run
# eagerly in the web process and the cache is local memory.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "Europe/Amsterdam"
# Beat keeps its schedule and last runs in PostgreSQL (django-celery-beat; README,
# "Architecture"): the entries below are copied into its tables when beat starts.
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    # PostgreSQL is the truth for dossiers: re-enqueue what a lost message or a
    # killed worker left behind, and delete expired bulk exports.
    "sweep-dossier-exports": {
        "task": "dossiers.tasks.sweep_dossier_exports",
        "schedule": 60.0,
    },
    # The email outbox: send what is due (also the mails that waited for 07:00).
    "flush-outbox": {
        "task": "notifications.tasks_outbox.flush_outbox",
        "schedule": 60.0,
    },
    # CELERY_TIMEZONE is Europe/Amsterdam, so this is 07:00 Dutch time, summer and winter.
    "daily-digest": {
        "task": "notifications.tasks_outbox.send_digests",
        "schedule": crontab(hour=7, minute=0),
    },
    # Reminders (issue 7): every hour, so a missed run or a date entered during the
    # day is caught within the hour; a reminder already sent is never sent again.
    "scan-reminders": {
        "task": "notifications.tasks.scan_reminders",
        "schedule": crontab(minute=5),
    },
    # Retention (issue 9): erase what is past each programme's period, at night.
    "apply-retention": {
        "task": "privacy.tasks.apply_retention",
        "schedule": crontab(hour=3, minute=30),
    },
}

# Retention (privacy/retention.py): applications that never led to a route are
# deleted after this many days; at most RETENTION_BATCH people per programme a run.
RETENTION_CLOSED_APPLICATION_DAYS = env_int("RETENTION_CLOSED_APPLICATION_DAYS", 365)
RETENTION_BATCH = env_int("RETENTION_BATCH", 200)

# Skills dossiers (issue 6).
DOSSIER_LEASE_SECONDS = env_int("DOSSIER_LEASE_SECONDS", 300)  # a running dossier older is stuck
DOSSIER_PENDING_GRACE_SECONDS = env_int("DOSSIER_PENDING_GRACE_SECONDS", 120)
DOSSIER_MAX_ATTEMPTS = env_int("DOSSIER_MAX_ATTEMPTS", 3)
# A bulk export can be downloaded this long, then its ZIP is deleted.
DOSSIER_EXPORT_HOURS = env_int("DOSSIER_EXPORT_HOURS", 24)

# The email outbox (issue 7): bounded retries of transient SMTP errors, doubling from
# OUTBOX_RETRY_SECONDS; a row claimed longer than the timeout is marked "unknown", not resent.
OUTBOX_MAX_ATTEMPTS = env_int("OUTBOX_MAX_ATTEMPTS", 5)
OUTBOX_RETRY_SECONDS = env_int("OUTBOX_RETRY_SECONDS", 30)
OUTBOX_SENDING_TIMEOUT_SECONDS = env_int("OUTBOX_SENDING_TIMEOUT_SECONDS", 600)
OUTBOX_ENQUEUE_GRACE_SECONDS = env_int("OUTBOX_ENQUEUE_GRACE_SECONDS", 120)

# People and login (django-allauth).
AUTH_USER_MODEL = "portal.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "landing"
ACCOUNT_ADAPTER = "portal.auth.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
# Applicants sign up with their email only and confirm it with a code: no
# password to remember. Staff accounts are made by an admin.
ACCOUNT_SIGNUP_FIELDS = ["email*"]
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_FORMS = {"login": "portal.forms.LoginForm"}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Zorgroute: "
# A password change ends every other session of the user (portal/sessions.py); the
# browser that changed it stays logged in, so the person is not thrown out mid-task.
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# Adding, removing or choosing another email address asks for the password or
# authenticator code again: whoever holds the email holds the account (login by code).
ACCOUNT_REAUTHENTICATION_REQUIRED = True
# "Recently" means five minutes: long enough to finish the task the user confirmed
# it for, short enough that a phone left unlocked a little later cannot export or
# change the account without the code.
ACCOUNT_REAUTHENTICATION_TIMEOUT = env_int("ACCOUNT_REAUTHENTICATION_TIMEOUT", 300)
# A mail to the account's address when its password, email addresses or authenticators
# change: if it was not them, they know at once (and their other sessions have ended).
ACCOUNT_EMAIL_NOTIFICATIONS = True
# Never "remember me": the login ends when the browser closes (and at the latest after
# SESSION_COOKIE_AGE). Participants share phones; no checkbox to get wrong.
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_RATE_LIMITS = {
    # allauth's defaults, stated here so a reviewer sees them; they need a
    # shared cache (Redis) in production to hold across web processes.
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Zorgroute"
# Accept the code of the previous and next 30 seconds too: phones drift, and a code
# typed at the turn of a period must not fail.
MFA_TOTP_TOLERANCE = 1
# allauth's default, stated: setting up or removing an authenticator, or new recovery
# codes, ask for the password or a code again first.
MFA_REAUTHENTICATION_REQUIRED = True
# The sessions page (allauth.usersessions). allauth's own tracking writes the session's
# row on every request: SELECT, SAVEPOINT, UPDATE, RELEASE, four queries on every
# page. portal.sessions.ActivityMiddleware does the same at most once in
# ACTIVITY_SECONDS per session and web process, so a page costs no query; "last
# seen" is then exact to five minutes.
USERSESSIONS_TRACK_ACTIVITY = False
USERSESSIONS_ACTIVITY_SECONDS = env_int("USERSESSIONS_ACTIVITY_SECONDS", 300)

# Languages: Dutch first; English and Arabic for participants.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English")), ("ar", _("Arabic"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Amsterdam"
MODELTRANSLATION_DEFAULT_LANGUAGE = "nl"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("nl",), "ar": ("en", "nl"), "en": ("nl",)}

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "private-media")))

# A file over the upload limit is skipped while it is read, not written to disk first.
FILE_UPLOAD_HANDLERS = [
    "participants.upload_limits.SkipLargeFilesHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
# Optional virus scan of uploads by clamd (portal/virus_scan.py): off unless a socket
# or a host is set. Unreachable clamd refuses uploads unless CLAMD_FAIL_OPEN=true.
CLAMD_SOCKET = env_str("CLAMD_SOCKET")
CLAMD_HOST = env_str("CLAMD_HOST")
CLAMD_PORT = env_int("CLAMD_PORT", 3310)
CLAMD_TIMEOUT = env_int("CLAMD_TIMEOUT", 30)  # seconds per connection, send and answer
CLAMD_FAIL_OPEN = env_bool("CLAMD_FAIL_OPEN", default=False)

# Mail: console in the demo, SMTP when EMAIL_HOST is set.
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Zorgroute <noreply@zorgroute.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# HTTPS hardening is on unless the environment says the site runs on plain
# HTTP (the demo and the test server).
HTTPS = env_bool("HTTPS", default=not DEBUG)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 60 * 60)
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
CSRF_COOKIE_HTTPONLY = True  # no page reads it from JavaScript: forms carry the token
# Content-Security-Policy (django-csp): only the site's own files, no inline
# script or style, no frames, forms post only to the site itself.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
    }
}

PARTICIPANTS_PER_PAGE = 25
OVERVIEW_CACHE_SECONDS = env_int("OVERVIEW_CACHE_SECONDS", 300)  # the programme overview's figures
AUDIT_ENTRIES_PER_PAGE = 50
# The audit log takes the client's address from X-Forwarded-For (its last entry) only
# when the site runs behind one proxy that appends the address it saw; else REMOTE_ADDR.
AUDIT_TRUST_X_FORWARDED_FOR = env_bool("TRUST_X_FORWARDED_FOR", default=False)
# The public address, for links in emails sent by tasks (no request there).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # WeasyPrint reports every step of every PDF at INFO; keep its warnings only.
    "loggers": {"weasyprint": {"level": "WARNING"}, "fontTools": {"level": "WARNING"}},
}
