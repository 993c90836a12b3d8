from django.urls import path

from accounts import views

urlpatterns = [
    # Before allauth's own: TOTP set-up that goes on to `next` with the second factor passed.
    path("2fa/totp/activate/", views.activate_totp, name="mfa_activate_totp"),
]
