from django.urls import path

from catalogue import linkedevents_views

app_name = "linkedevents"

urlpatterns = [
    path("event/", linkedevents_views.event_list, name="event-list"),
    path("event/<str:id>/", linkedevents_views.event_detail, name="event-detail"),
    path("place/<str:id>/", linkedevents_views.place_detail, name="place-detail"),
    path("keyword/<str:id>/", linkedevents_views.keyword_detail, name="keyword-detail"),
    path("language/<str:id>/", linkedevents_views.language_detail, name="language-detail"),
]
