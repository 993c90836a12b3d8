from django.urls import path

from associations import member_views

app_name = "manage"

urlpatterns = [
    path("rekisteroi-yhdistys/", member_views.association_register, name="register"),
    path("kutsu/<slug:token>/", member_views.invitation, name="invitation"),  # token_urlsafe: [A-Za-z0-9_-]
    path("yhdistykset/<slug:slug>/tiedot/", member_views.association_profile, name="profile"),
    path("yhdistykset/<slug:slug>/jasenet/", member_views.member_list, name="members"),
    path("yhdistykset/<slug:slug>/jasenet/<int:pk>/rooli/", member_views.member_role, name="member-role"),
    path("yhdistykset/<slug:slug>/jasenet/<int:pk>/poista/", member_views.member_remove, name="member-remove"),
    path("yhdistykset/<slug:slug>/kutsu/", member_views.member_invite, name="invite"),
    path("yhdistykset/<slug:slug>/kutsut/<int:pk>/peru/", member_views.invitation_cancel, name="invitation-cancel"),
]
