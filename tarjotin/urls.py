from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.i18n import set_language

from accounts import views as accounts_views
from tarjotin import robots, views
from tarjotin.sitemaps import SITEMAPS

# A database that does not answer gets a 503 page with Retry-After, other errors the 500 page.
handler500 = "tarjotin.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("livez", views.livez, name="livez"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("api/v1/", include("services.api_urls")),
    # One sitemap and robots.txt for all languages: they list the /sv/ and /en/ pages themselves.
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", robots.robots_txt, name="robots-txt"),
    # Uploaded logos; tarjotin.views.media says when the web server serves them instead.
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", views.media, name="media"),
]

# Finnish lives at the root; Swedish and English under /sv/ and /en/.
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    # Before allauth's own: TOTP set-up that goes on to `next` with the second factor passed.
    path("tili/2fa/totp/activate/", accounts_views.activate_totp, name="mfa_activate_totp"),
    path("tili/", include("allauth.urls")),
    path("", include("tarjotin.pages_urls")),
    path("", include("services.urls")),
    path("omat/", include("dashboard.urls")),
    path("", include("associations.urls")),
    path("", include("associations.manage_urls")),
    prefix_default_language=False,
)
