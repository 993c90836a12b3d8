from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from tarjotin import robots, views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("livez", views.livez, name="livez"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("", include("catalogue.root_urls")),
    # One robots.txt for all languages.
    path("robots.txt", robots.robots_txt, name="robots-txt"),
]

# Finnish lives at the root; Swedish and English under /sv/ and /en/.
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("tili/", include("allauth.urls")),
    path("", include("tarjotin.pages_urls")),
    # Before the catalogue: "tapahtumat/<pk>/ilmoittaudu/" would otherwise read as a detail page's slug.
    path("", include("events.urls")),
    path("", include("catalogue.urls")),
    path("", include("services.urls")),
    path("", include("moderation.urls")),
    path("omat/", include("dashboard.urls")),
    path("", include("associations.manage_urls")),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
