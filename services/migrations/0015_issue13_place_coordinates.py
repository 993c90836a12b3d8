"""Places without coordinates get their postal-code area's centroid (services/geocoding.py)."""

from decimal import Decimal

from django.db import migrations


def locate_places(apps, schema_editor):
    from services import geocoding

    Place = apps.get_model("services", "Place")
    for place in Place.objects.filter(latitude__isnull=True).only("pk", "postal_code").iterator():
        point = geocoding.postal_code_centroid(place.postal_code)
        if point:
            latitude, longitude = (Decimal(f"{value:.6f}") for value in point)
            Place.objects.filter(pk=place.pk).update(latitude=latitude, longitude=longitude)


class Migration(migrations.Migration):
    dependencies = [("services", "0014_issue13_place_directions")]
    operations = [migrations.RunPython(locate_places, migrations.RunPython.noop)]
