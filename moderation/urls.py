from django.urls import path

from moderation import views

app_name = "moderation"

urlpatterns = [
    # The liaison's look at a listing that is not public yet (staff only).
    path("tarkastus/<int:pk>/esikatselu/", views.listing_preview, name="staff-preview"),
]
