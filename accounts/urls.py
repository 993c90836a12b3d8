from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("palveluohjaaja/", views.counsellor_request, name="counsellor-request"),
]
