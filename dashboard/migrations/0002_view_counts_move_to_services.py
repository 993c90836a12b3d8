"""ListingMonthlyViews moves to the services app (the public page counts, the dashboard reads).

Only Django's idea of which app owns the model changes; the table and its rows stay as they are.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("dashboard", "0001_initial"),
        ("services", "0011_ordering_and_local_date"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="ListingMonthlyViews")],
            database_operations=[],
        ),
    ]
