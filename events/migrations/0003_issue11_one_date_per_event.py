"""Every event had one start and one end on the listing: that becomes its one date."""

from django.db import migrations


def one_date_per_event(apps, schema_editor):
    Listing = apps.get_model("services", "Listing")
    Occurrence = apps.get_model("events", "Occurrence")
    # Working copies carry no dates of their own: dates belong to the published listing.
    events = Listing.objects.filter(kind="event", working_copy_of__isnull=True, starts_at__isnull=False, ends_at__isnull=False)
    rows = (Occurrence(event_id=pk, starts_at=start, ends_at=end) for pk, start, end in events.values_list("pk", "starts_at", "ends_at").iterator())
    Occurrence.objects.bulk_create(rows, batch_size=1000)


def forget_dates(apps, schema_editor):
    apps.get_model("events", "Occurrence").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("events", "0002_issue11_dates_and_signups")]

    operations = [migrations.RunPython(one_date_per_event, forget_dates)]
