from django.urls import path

from services import freshness_views, interest_views

app_name = "services"

urlpatterns = [
    # The one-click "still valid" link of freshness reminders: signed, expiring, no login.
    path("vahvista/<str:token>/", freshness_views.listing_confirm_by_link, name="freshness-confirm"),
    path("vapaaehtoistehtava/<int:pk>/kiinnostunut/", interest_views.role_interest, name="role-interest"),
    path("omat/yhdistys/<slug:slug>/kiinnostuneet/", interest_views.interest_list, name="interest-list"),
    path("omat/kiinnostus/<int:pk>/tila/", interest_views.interest_state, name="interest-state"),
]
