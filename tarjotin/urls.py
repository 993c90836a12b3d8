from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from tarjotin import robots, views

# A database that does not answer gets a 503 page with Retry-After, other errors the 500 page.
handler500 = "tarjotin.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("livez", views.livez, name="livez"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("", include("catalogue.root_urls")),
    # One robots.txt for all languages.
    path("robots.txt", robots.robots_txt, name="robots-txt"),
    # Uploaded logos; tarjotin.views.media says when the web server serves them instead.
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", views.media, name="media"),
]

# Finnish lives at the root; Swedish and English under /sv/ and /en/.
urlpatterns += i18n_patterns(
    path("", include("moderation.urls")),  # before admin: it redirects the queue's old admin URLs
    path("admin/", admin.site.urls),
    path("tili/", include("accounts.urls")),  # before allauth's: it replaces one of its views
    path("tili/", include("allauth.urls")),
    path("", include("tarjotin.pages_urls")),
    # Before the catalogue: "tapahtumat/<pk>/ilmoittaudu/" would otherwise read as a detail page's slug.
    path("", include("events.urls")),
    path("", include("catalogue.urls")),
    path("", include("services.urls")),
    path("omat/", include("dashboard.urls")),
    path("", include("associations.manage_urls")),
    prefix_default_language=False,
)
