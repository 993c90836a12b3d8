from django.urls import path

from tarjotin import pages

app_name = "pages"

urlpatterns = [
    path("saavutettavuusseloste/", pages.accessibility, name="accessibility"),
    path("tietosuojaseloste/", pages.privacy, name="privacy"),
]
