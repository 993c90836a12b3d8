"""Ongoing activities of associations with a Y-tunnus can go to Suomi.fi Palvelutietovaranto (PTV)."""

import json
from io import StringIO

from django.core.management import call_command
from django.urls import reverse

from services.models import Listing
from tests.dashboard.edit_helpers import activity_data
from tests.factories import make_listing
from vocabularies.models import ActivityType, LifeSituation, TargetGroup, Theme


def test_themes_activity_types_and_life_situations_carry_ptv_and_yso_codes(db):
    assert Theme.objects.get(slug="vertaistuki").ptv_codes == ["P4.12", "P5.16"]
    assert Theme.objects.get(slug="kotoutuminen").yso_ids == ["yso:p6165"]
    assert LifeSituation.objects.get(slug="elakkeelle-siirtyminen").ptv_codes == ["P4.2"]
    assert not ActivityType.objects.filter(ptv_service_classes="").exists()
    assert not Theme.objects.filter(ptv_service_classes="").exists()


def _export(client, **params):
    return client.get("/api/ptv/services/", params).json()


def test_an_activity_of_an_association_with_a_business_id_is_exported_with_its_codes(client, association):
    association.business_id = "1234567-8"
    association.save()
    listing = make_listing(association)
    listing.themes.set(Theme.objects.filter(slug="vertaistuki"))
    listing.target_groups.set(TargetGroup.objects.filter(slug="ikaihmiset"))
    service = _export(client)["services"][0]
    assert service["sourceId"] == f"hyvinvointitarjotin-{listing.pk}"
    assert service["serviceNames"] == [{"type": "Name", "language": "fi", "value": listing.title}]
    assert service["organizations"][0]["businessCode"] == "1234567-8"
    assert service["areas"] == [{"type": "Municipality", "areaCodes": ["543"]}]
    assert service["targetGroups"] == ["http://urn.fi/URN:NBN:fi:au:ptvl:KR1.1"]
    assert "http://urn.fi/URN:NBN:fi:au:ptvl:P4.12" in service["serviceClasses"]


def test_associations_without_a_business_id_events_and_roles_are_not_exported(client, association):
    make_listing(association)
    association.business_id = "1234567-8"
    association.save()
    make_listing(association, kind=Listing.Kind.EVENT)
    make_listing(association, kind=Listing.Kind.VOLUNTEER_ROLE)
    assert _export(client)["count"] == 1
    association.business_id = ""
    association.save()
    assert _export(client)["count"] == 0


def test_a_listing_too_long_for_ptv_is_skipped_with_the_reason(client, association):
    association.business_id = "1234567-8"
    association.save()
    make_listing(association, title="Pitkä " * 20)
    data = _export(client)
    assert data["services"] == []
    assert "PTV" in data["skipped"][0]["reasons"][0] and "100" in data["skipped"][0]["reasons"][0]


def test_the_export_command_writes_the_same_json(association):
    association.business_id = "1234567-8"
    association.save()
    make_listing(association)
    out, err = StringIO(), StringIO()
    call_command("export_ptv", stdout=out, stderr=err)
    assert len(json.loads(out.getvalue())["services"]) == 1
    assert "exported 1, skipped 0" in err.getvalue()


def test_saving_a_title_too_long_for_ptv_warns_but_saves(client, editor, association):
    client.force_login(editor)
    url = reverse("dashboard:listing-create", args=[association.slug, "toiminta"])
    response = client.post(url, activity_data(title="Muistikahvila " * 10), follow=True)
    assert Listing.objects.filter(title__startswith="Muistikahvila").exists()
    assert any("PTV" in str(m) for m in response.context["messages"])
