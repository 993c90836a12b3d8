from django.urls import path

from associations import views

app_name = "associations"

urlpatterns = [
    path("yhdistykset/", views.association_list, name="association-list"),
    path("yhdistykset/<slug:slug>/", views.association_detail, name="association-detail"),
    path("yhdistykset/<slug:slug>/kalenteri.ics", views.association_ics, name="association-ics"),
]
