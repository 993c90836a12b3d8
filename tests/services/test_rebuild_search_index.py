from django.core.management import call_command

from services.models import Listing
from tests.factories import make_listing


def test_rebuild_fills_stale_search_documents(association, capsys):
    listing = make_listing(association, title="Syystanssit")
    Listing.objects.filter(pk=listing.pk).update(search_title="", search_document="")
    call_command("rebuild_search_index")
    listing.refresh_from_db()
    assert {"syystanssi", "tanssi"} <= set(listing.search_title.split())
    assert "Rebuilt the search documents of 1 of 1 listings." in capsys.readouterr().out
