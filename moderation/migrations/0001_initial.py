"""The review queue and the digest, moved here from the services app: tables and rows stay as they are."""

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("services", "0012_moves_between_apps"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ModerationDigest",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("sent_at", models.DateTimeField(default=django.utils.timezone.now, verbose_name="lähetetty")),
                        ("newest_submitted_at", models.DateTimeField(verbose_name="uusin mukana ollut lähetys")),
                        ("listing_count", models.PositiveIntegerField(default=0, verbose_name="ilmoituksia")),
                        ("recipient_count", models.PositiveIntegerField(default=0, verbose_name="vastaanottajia")),
                    ],
                    options={
                        "verbose_name": "tarkastuskooste",
                        "verbose_name_plural": "tarkastuskoosteet",
                        "ordering": ["-sent_at"],
                        "db_table": "services_moderationdigest",
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.CreateModel(
            name="ListingForReview",
            fields=[],
            options={
                "verbose_name": "tarkastettava ilmoitus",
                "verbose_name_plural": "tarkastusjono",
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("services.listing",),
        ),
        migrations.CreateModel(
            name="ListingPublishedWithoutReview",
            fields=[],
            options={
                "verbose_name": "ilman tarkastusta julkaistu ilmoitus",
                "verbose_name_plural": "julkaistu ilman tarkastusta",
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("services.listing",),
        ),
    ]
