"""The full-text index over Listing.search_document, one per database.

SQLite: an FTS5 table kept in step by triggers (re-created by services.search.ensure_sqlite_triggers
after every migrate, because SQLite drops them when a migration rebuilds the table). PostgreSQL: a stored generated tsvector column
with a GIN index. Both use the 'simple' tokenisation over words already stemmed in Python, so
both databases find exactly the same listings.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE services_listing_fts USING fts5(
        search_document, content='services_listing', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0')""",
    """CREATE TRIGGER services_listing_fts_insert AFTER INSERT ON services_listing BEGIN
        INSERT INTO services_listing_fts(rowid, search_document) VALUES (new.id, new.search_document);
    END""",
    """CREATE TRIGGER services_listing_fts_delete AFTER DELETE ON services_listing BEGIN
        INSERT INTO services_listing_fts(services_listing_fts, rowid, search_document)
        VALUES ('delete', old.id, old.search_document);
    END""",
    """CREATE TRIGGER services_listing_fts_update AFTER UPDATE OF search_document ON services_listing BEGIN
        INSERT INTO services_listing_fts(services_listing_fts, rowid, search_document)
        VALUES ('delete', old.id, old.search_document);
        INSERT INTO services_listing_fts(rowid, search_document) VALUES (new.id, new.search_document);
    END""",
    "INSERT INTO services_listing_fts(services_listing_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS services_listing_fts_insert",
    "DROP TRIGGER IF EXISTS services_listing_fts_delete",
    "DROP TRIGGER IF EXISTS services_listing_fts_update",
    "DROP TABLE IF EXISTS services_listing_fts",
]
POSTGRES_FORWARD = [
    """ALTER TABLE services_listing ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_document)) STORED""",
    "CREATE INDEX services_listing_search_vector ON services_listing USING gin (search_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS services_listing_search_vector",
    "ALTER TABLE services_listing DROP COLUMN IF EXISTS search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("services", "0002_search_document")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
