"""Settings for Hyvinvointitarjotin.

Everything that differs between deployments comes from the environment (see .env.example and
the README). The defaults are safe for production; `make run` turns on DEBUG for local use.
"""

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from tarjotin.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-local-development-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The absolute address in mail. On a developer's machine it follows where `make run HOST=… PORT=…`
# serves (the Makefile passes both), so links in the console's mail open the running site.
_LOCAL_HOST = env_str("HOST", "127.0.0.1") if DEBUG else "127.0.0.1"
_LOCAL_PORT = env_str("PORT", "8000") if DEBUG else "8000"
if _LOCAL_HOST in {"0.0.0.0", "::"}:  # listening everywhere; a browser on the machine uses loopback
    _LOCAL_HOST = "127.0.0.1"
SITE_URL = env_str("SITE_URL", f"http://{_LOCAL_HOST}:{_LOCAL_PORT}").rstrip("/")
# Map tiles of the catalogue's map view and the place pin in admin; the list works without them.
MAP_TILES_URL = env_str("MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")

INSTALLED_APPS = [
    # Django's admin with a site that asks staff for their second factor (TOTP).
    "accounts.apps.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_filters",
    "corsheaders",
    "taggit",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "simple_history",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "accounts",
    "vocabularies",
    "associations",
    "services",
    "events",
    "catalogue",
    "moderation",
    "dashboard",
    "demo",
    "tarjotin",
]

MIDDLEWARE = [
    # /healthz and /livez for the load balancer, before the HTTPS redirect and the host check.
    "tarjotin.middleware.HealthProbeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before anything that may answer: preflight requests to the API get their CORS headers.
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Versions of listings and associations record the request's user (django-simple-history).
    "simple_history.middleware.HistoryRequestMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "csp.middleware.CSPMiddleware",
]

ROOT_URLCONF = "tarjotin.urls"
WSGI_APPLICATION = "tarjotin.wsgi.application"

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
                "csp.context_processors.nonce",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the catalogue read while an association saves; the busy timeout avoids
    # "database is locked" under the benchmark's concurrent readers. Connections are kept like
    # PostgreSQL's: a new SQLite connection reads the whole schema again before its first query,
    # about 3 ms of every request that touches the database.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Queries sent with their parameters apart are prepared once a connection has asked them five
    # times (events/page_state.py sends one); Django's own cursors are never prepared. PgBouncer
    # in transaction mode keeps prepared statements only with max_prepared_statements set.
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = (
        5 if env_bool("DATABASE_PREPARED_STATEMENTS", True) else None
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True  # the Django 6 behaviour, early

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
# One login for the whole site, admin included (accounts.admin_site sends /admin/login/ here).
LOGIN_URL = "account_login"

# Accounts (django-allauth): the email address is the login; our adapter is accounts/adapter.py.
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_EMAIL_NOTIFICATIONS = True  # tell people when their password or address changes
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Hyvinvointitarjotin: "
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
# Counted in the shared default cache (below), so every app process sees the same counts. Failed logins:
# 10 a minute from one address, 5 in 5 minutes for one account. The public forms (event sign-up,
# volunteer interest) share the mechanism: a household signs up a few times, a bot hundreds.
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key", "event_signup": "10/m/ip,60/h/ip", "volunteer_interest": "5/m/ip,30/h/ip"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Hyvinvointitarjotin"

# The default cache holds what every app process must agree on: allauth's rate limits and
# login-code attempts and the TOTP codes already used (replay protection). So it is never
# process-local: Redis when REDIS_URL is set, otherwise a table in the database
# (`manage.py createcachetable`, which `make run` runs). tarjotin/checks.py warns in
# `check --deploy` if a deployment configures a per-process cache anyway.
CACHE_URL = env_str("REDIS_URL")
if CACHE_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "tarjotin_cache"}}
# Rendered catalogue cards, kept in each process: they are derived from the database and keyed
# by the catalogue revision, so no process can serve a stale one and none needs to share them.
CACHES["fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "fragments",
    "TIMEOUT": 3600,
    "OPTIONS": {"MAX_ENTRIES": 20_000},
}
# Whole catalogue pages for visitors without a session (catalogue/page_cache.py), the same way:
# per process, each kept by what it shows, with a small pointer to it per catalogue version it
# was asked for in. About 40 KB a page: at most some 500 pages, 20 MB.
CACHES["pages"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "pages",
    "TIMEOUT": 3600,
    "OPTIONS": {"MAX_ENTRIES": env_int("PAGE_CACHE_ENTRIES", 1000)},
}

TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

LANGUAGE_CODE = "fi"
LANGUAGES = [("fi", _("suomi")), ("sv", _("svenska")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# The app serves uploaded logos itself (tarjotin.views.media); false when the web server does.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Hyvinvointitarjotin <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# HTTPS=true is the one switch for a deployment behind TLS: it turns on every transport
# protection that `check --deploy` asks for.
HTTPS = env_bool("HTTPS", False)
SECURE_SSL_REDIRECT = HTTPS
# The load balancer probes over plain HTTP (HealthProbeMiddleware answers these first anyway).
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^livez$"]
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 31536000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", False)
if env_bool("BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True
    # Rate limits count per client address: the one proxy in front adds it to X-Forwarded-For.
    ALLAUTH_TRUSTED_PROXY_COUNT = 1
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        # NONCE is django-csp's placeholder for each response's nonce; the string "'nonce'"
        # would reach browsers as an invalid source and inline scripts would have no nonce.
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "{0.scheme}://{0.netloc}".format(urlsplit(MAP_TILES_URL))],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}

# How old a listing's last confirmation may be before the association is reminded.
FRESHNESS_MONTHS = env_int("FRESHNESS_MONTHS", 12)
# How many days after the reminder an unconfirmed listing stays in the catalogue; then it is hidden
# (not deleted) until its association confirms it (services.models.hidden_before).
FRESHNESS_GRACE_DAYS = env_int("FRESHNESS_GRACE_DAYS", 30)
# Days after an event's date (or a volunteer interest's last change) before the personal data of
# the people concerned is removed by `purge_registrations`; the counts stay.
PERSONAL_DATA_RETENTION_DAYS = env_int("PERSONAL_DATA_RETENTION_DAYS", 30)
# Seconds between writes of the views counted in each process (catalogue/view_counting.py):
# 0 writes each view as the response ends.
VIEW_COUNTS_WRITTEN_EVERY = env_int("VIEW_COUNTS_WRITTEN_EVERY", 5)

# The read API and the open-data feeds are for any site to read: GET from every origin, nothing else.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Link", "Content-Language", "Retry-After"]
# Requests per client address and minute to the read API; more get 429 with Retry-After.
API_RATE_PER_MINUTE = env_int("API_RATE_PER_MINUTE", 600)
