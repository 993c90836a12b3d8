"""The moderation queue and digest move to the moderation app; view counts come here from dashboard.

Only Django's idea of which app owns each model changes; tables and rows stay as they are.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0011_ordering_and_local_date"),
        ("dashboard", "0002_view_counts_move_to_services"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="ModerationDigest"),
                migrations.DeleteModel(name="ListingForReview"),
                migrations.DeleteModel(name="ListingPublishedWithoutReview"),
                migrations.CreateModel(
                    name="ListingMonthlyViews",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("month", models.DateField(help_text="Kuukauden ensimmäinen päivä.", verbose_name="kuukausi")),
                        ("count", models.PositiveIntegerField(default=0, verbose_name="katselukerrat")),
                        (
                            "listing",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="monthly_views",
                                to="services.listing",
                                verbose_name="ilmoitus",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "kuukauden katselukerrat",
                        "verbose_name_plural": "kuukausien katselukerrat",
                        "db_table": "dashboard_listingmonthlyviews",
                        "constraints": [
                            models.UniqueConstraint(fields=("listing", "month"), name="one_view_count_per_listing_month")
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
