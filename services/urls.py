from django.urls import path

from services import freshness_views

app_name = "services"

urlpatterns = [
    # The one-click "still valid" link of freshness reminders: signed, expiring, no login.
    path("vahvista/<str:token>/", freshness_views.listing_confirm_by_link, name="freshness-confirm"),
]
