from django.urls import path

from catalogue.api import api, api_root

app_name = "api"
patterns, _ninja, _namespace = api.urls

urlpatterns = [path("", api_root, name="root"), *patterns]
