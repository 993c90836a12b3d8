"""Keeping the catalogue in step with what it shows.

Saving or deleting a listing, its classifications or tags, an association, a place, a vocabulary
term or a tag marks the listings concerned; when the transaction commits, their search documents
are rebuilt and, when the public catalogue may have changed, the revision is bumped so that every
process rebuilds its index (catalogue/index.py). A transaction that rolls back changes nothing.

The receivers are connected in CatalogueConfig.ready(). Bulk writes (`update()`, `bulk_create()`)
send no model signals: code that uses them on these tables calls `listings_changed()` itself.
"""

import threading

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.db.transaction import on_commit
from taggit.models import Tag, TaggedItem

from associations.models import Association
from catalogue import index
from catalogue.models import RemovedListing
from services import search
from services.models import CatalogueRevision, Listing, Place
from vocabularies.models import Term
from vocabularies.signals import vocabulary_merged

# Listings in these states are, or have just stopped being, public: a listing leaves the
# catalogue only by being archived (or deleted, or by its association or its age).
SHOWN_OR_JUST_LEFT = {Listing.Status.PUBLISHED, Listing.Status.ARCHIVED}

_pending = threading.local()


def listings_changed(ids=(), *, public: bool = True, everything: bool = False) -> None:
    """Mark listings changed (and the catalogue with them when `public`); acted on at commit.

    `everything` is for changes not about single listings (a vocabulary, a bulk write without
    ids): every process then rebuilds its index whole instead of applying the listed ids.
    """
    if not hasattr(_pending, "ids"):
        _pending.ids, _pending.public, _pending.everything, _pending.shown = set(), False, False, set()
    _pending.ids.update(ids)
    _pending.public = _pending.public or public or everything
    _pending.everything = _pending.everything or everything
    if public:
        _pending.shown.update(ids)
    # One callback per change is cheap; the first one to run after the commit does the work.
    on_commit(_apply)


def _apply() -> None:
    ids = getattr(_pending, "ids", None)
    if ids is None:
        return
    public, everything, shown = _pending.public, _pending.everything, _pending.shown
    del _pending.ids, _pending.public, _pending.everything, _pending.shown
    texts = 0
    if ids:
        texts = search.reindex(Listing.objects.filter(pk__in=ids).select_related("association"))
    if shown:
        RemovedListing.record(shown)
    if public:
        CatalogueRevision.bump(listing_ids=None if everything else ids, texts_changed=texts > 0)
        index.holder.recheck()  # this process follows at its next request, not a second later


def _affects_catalogue(listing: Listing) -> bool:
    return listing.working_copy_of_id is None and listing.status in SHOWN_OR_JUST_LEFT


def _saved_or_deleted(sender, instance, **kwargs):
    if isinstance(instance, Listing):
        listings_changed([instance.pk], public=_affects_catalogue(instance))
    elif isinstance(instance, Association):
        # Its name is in its listings' search documents; its approval decides whether they show.
        listings_changed(instance.listings.values_list("pk", flat=True))
    elif isinstance(instance, Term):
        # Listings are found by their terms' names in every language; the facets name the term too.
        listings_changed(_listings_classified_with(instance), everything=True)
    elif isinstance(instance, Place):
        if "created" in kwargs:  # saved: whether it is accessible is a facet of its listings
            listings_changed(instance.listings.values_list("pk", flat=True))
        else:  # deleted: its listings have already let go of it, so they cannot be named
            listings_changed(everything=True)
    elif isinstance(instance, Tag):
        listings_changed(everything=True)
    elif isinstance(instance, TaggedItem) and instance.content_type.model_class() is not None:
        if issubclass(instance.content_type.model_class(), Listing):
            listings_changed([instance.object_id])


def _listings_classified_with(term) -> set[int]:
    ids = set()
    for field in Listing._meta.many_to_many:
        if field.related_model is type(term) and term.pk is not None:
            ids.update(field.remote_field.through.objects.filter(**{field.m2m_reverse_field_name(): term.pk}).values_list(field.m2m_field_name(), flat=True))
    return ids


def _classification_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if isinstance(instance, Listing):
        listings_changed([instance.pk], public=_affects_catalogue(instance))
    else:  # a term's side of the relation: pk_set holds listing ids (None after a clear: unknown)
        listings_changed(pk_set or (), everything=pk_set is None)


def _merged(sender, owners, **kwargs):
    listings_changed(owners.get(Listing, ()))


def connect() -> None:
    # Per model: a post_delete receiver for every model would stop Django's fast deletes everywhere.
    for model in apps.get_models():
        if issubclass(model, (Listing, Association, Place, Term, Tag, TaggedItem)):
            post_save.connect(_saved_or_deleted, sender=model, dispatch_uid=f"catalogue-saved-{model._meta.label}")
            post_delete.connect(_saved_or_deleted, sender=model, dispatch_uid=f"catalogue-deleted-{model._meta.label}")
    for name in Listing.CONTENT_M2M:
        m2m_changed.connect(_classification_changed, sender=getattr(Listing, name).through, dispatch_uid=f"catalogue-{name}")
    vocabulary_merged.connect(_merged, dispatch_uid="catalogue-merged")
