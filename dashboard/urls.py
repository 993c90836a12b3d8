from django.urls import path

from dashboard import views

app_name = "dashboard"

urlpatterns = [
    path("", views.home, name="home"),
    path("<slug:slug>/", views.association_home, name="association"),
    path("<slug:slug>/tilastot/<int:year>/", views.statistics_csv, name="statistics-csv"),
]
