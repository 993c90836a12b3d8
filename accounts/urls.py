from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    # Before allauth's own (tarjotin/urls.py includes this first): TOTP set-up that goes on to
    # `next` with the second factor passed. allauth reverses its own name to the same address.
    path("2fa/totp/activate/", views.activate_totp),
    path("palveluohjaaja/", views.counsellor_request, name="counsellor-request"),
]
