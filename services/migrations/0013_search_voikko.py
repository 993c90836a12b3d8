"""Search columns for Voikko's base forms, vocabulary term names and weighted ranking.

The listing gets three more token columns beside search_document (services.search explains
them); the SQLite FTS5 table and the PostgreSQL tsvector are rebuilt over all four, with the
title columns weighing more. Existing listings are indexed here, so search works right after
`migrate`; `manage.py rebuild_search_index` does the same at any time.
"""

from django.db import migrations, models

from services import search

COLUMNS = ", ".join(search.FIELDS)
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS services_listing_fts_insert",
    "DROP TRIGGER IF EXISTS services_listing_fts_delete",
    "DROP TRIGGER IF EXISTS services_listing_fts_update",
    "DROP TABLE IF EXISTS services_listing_fts",
]
SQLITE_CREATE = [
    f"""CREATE VIRTUAL TABLE services_listing_fts USING fts5(
        {COLUMNS}, content='services_listing', content_rowid='id', tokenize='unicode61 remove_diacritics 0')""",
    *search.SQLITE_TRIGGERS.values(),
    "INSERT INTO services_listing_fts(services_listing_fts) VALUES ('rebuild')",
]
SQLITE_OLD = [
    """CREATE VIRTUAL TABLE services_listing_fts USING fts5(
        search_document, content='services_listing', content_rowid='id', tokenize='unicode61 remove_diacritics 0')""",
    "INSERT INTO services_listing_fts(services_listing_fts) VALUES ('rebuild')",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS services_listing_search_vector",
    "ALTER TABLE services_listing DROP COLUMN IF EXISTS search_vector",
]
WEIGHTED = " || ".join(
    f"setweight(to_tsvector('simple'::regconfig, {column}), '{weight}')" for column, weight in search._WEIGHTS.items()
)
POSTGRES_CREATE = [
    f"ALTER TABLE services_listing ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({WEIGHTED}) STORED",
    "CREATE INDEX services_listing_search_vector ON services_listing USING gin (search_vector)",
]
POSTGRES_OLD = [
    """ALTER TABLE services_listing ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_document)) STORED""",
    "CREATE INDEX services_listing_search_vector ON services_listing USING gin (search_vector)",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


def index_listings(apps, schema_editor):
    """Fill the columns of every listing with this migration's models (the same rules as reindex)."""
    Listing = apps.get_model("services", "Listing")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    content_type = ContentType.objects.filter(app_label="services", model="listing").first()
    ids = list(Listing.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), 2000):
        chunk = list(
            Listing.objects.filter(pk__in=ids[start : start + 2000])
            .select_related("association")
            .prefetch_related(*search.TERM_RELATIONS)
        )
        tags = {}
        if content_type:
            items = TaggedItem.objects.filter(content_type=content_type, object_id__in=[listing.pk for listing in chunk])
            for object_id, name in items.values_list("object_id", "tag__name"):
                tags.setdefault(object_id, []).append(name)
        for listing in chunk:
            for name, value in search.listing_fields(listing, tags=tags.get(listing.pk, [])).items():
                setattr(listing, name, value)
        Listing.objects.bulk_update(chunk, list(search.FIELDS), batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0012_moves_between_apps"),
        ("vocabularies", "0002_seed_vocabularies"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
            _run({"sqlite": SQLITE_OLD, "postgresql": POSTGRES_OLD}),  # old triggers: post_migrate of the old code
        ),
        migrations.AddField(
            model_name="listing",
            name="search_document_stems",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="listing",
            name="search_title",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.AddField(
            model_name="listing",
            name="search_title_stems",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(index_listings, migrations.RunPython.noop),
        migrations.RunPython(
            _run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        ),
    ]
