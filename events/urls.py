"""Sign-ups: the public form and the signed link of each sign-up; the association's lists under /omat/."""

from django.urls import path

from events import registration_views, views

app_name = "events"

urlpatterns = [
    path("tapahtumat/<int:pk>/ilmoittaudu/", views.event_signup, name="event-signup"),
    path("ilmoittautuminen/<str:token>/", views.registration_detail, name="registration"),
    path("omat/tapahtuma/<int:pk>/ilmoittautuneet/", registration_views.registration_list, name="registration-list"),
    path("omat/tapahtuma/<int:pk>/ilmoittautuneet.csv", registration_views.registration_csv, name="registration-csv"),
    path("omat/tapahtuma/<int:pk>/lomake/", registration_views.signup_settings_edit, name="signup-settings"),
    path("omat/tapahtumapaiva/<int:pk>/lasnaolo/", registration_views.attendance, name="attendance"),
    path("omat/tapahtumapaiva/<int:pk>/viesti/", registration_views.registrants_mail, name="registrants-mail"),
]
