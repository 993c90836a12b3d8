from django.urls import path

from catalogue.api import api, api_root
from catalogue.api_docs import api_docs

app_name = "api"
patterns, _ninja, _namespace = api.urls

urlpatterns = [path("", api_root, name="root"), path("docs/", api_docs, name="docs"), *patterns]
