"""Vocabulary care: how much each term is used, and merging terms without losing a classification.

A term is "in use" through every relation that points at it (listings, associations, places,
municipalities of a region), except the version history, which keeps old ids as they were.
Counting is one subquery per relation, so a changelist costs the same whatever the page size.
"""

import functools
import operator

from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from simple_history.models import HistoricalChanges
from taggit.models import Tag, TaggedItem

from services import catalogue, search


def usage_relations(model) -> list:
    """The reverse relations through which a term of this model is in use (history left out)."""
    return [rel for rel in model._meta.related_objects if not issubclass(rel.related_model, HistoricalChanges)]


def _through_and_fields(rel):
    """(table model, field pointing at the term, field pointing at the owner) of one relation."""
    if rel.many_to_many:
        return rel.through, rel.field.m2m_reverse_field_name(), rel.field.m2m_field_name()
    return rel.related_model, rel.field.name, None


def _count(rel):
    table, term_field, _owner = _through_and_fields(rel)
    counted = (
        table._base_manager.filter(**{term_field: OuterRef("pk")})
        .order_by()
        .values(term_field)
        .annotate(n=Count("*"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def with_usage(queryset):
    """Annotate each term with `usage`: how many things it classifies, all relations together."""
    relations = usage_relations(queryset.model)
    if not relations:
        return queryset.annotate(usage=Value(0, output_field=IntegerField()))
    return queryset.annotate(usage=functools.reduce(operator.add, [_count(rel) for rel in relations]))


def usage_of(term) -> int:
    return with_usage(type(term)._base_manager.filter(pk=term.pk)).values_list("usage", flat=True).first() or 0


def merge_terms(*, keep, others) -> int:
    """Give everything classified with any of `others` the term `keep` instead, then delete `others`.

    Returns how many classifications moved. Nothing loses a classification: a listing that had
    two of the merged terms simply has the kept one once.
    """
    model = type(keep)
    others = [term for term in others if term.pk != keep.pk]
    if not others:
        return 0
    moved = 0
    renamed = []
    with transaction.atomic():
        for rel in usage_relations(model):
            table, term_field, owner_field = _through_and_fields(rel)
            rows = table._base_manager.filter(**{f"{term_field}__in": others})
            if owner_field is None:  # a plain foreign key, e.g. a place's municipality
                moved += rows.update(**{term_field: keep})
                continue
            owners = set(rows.values_list(f"{owner_field}_id", flat=True))
            have_kept = set(
                table._base_manager.filter(**{term_field: keep, f"{owner_field}_id__in": owners}).values_list(
                    f"{owner_field}_id", flat=True
                )
            )
            table._base_manager.bulk_create(
                [table(**{f"{owner_field}_id": owner, term_field: keep}) for owner in owners - have_kept]
            )
            rows.delete()
            moved += len(owners)
            if rel.related_model._meta.label == "services.Listing":
                renamed.extend(owners)
        for term in others:
            term.delete()
        # The listings now carry the kept term's names, which their search columns hold.
        search.reindex(_listings(pk__in=renamed))
        transaction.on_commit(catalogue.changed)
    return moved


def tags_with_usage(queryset):
    counted = (
        TaggedItem.objects.filter(tag=OuterRef("pk")).order_by().values("tag").annotate(n=Count("*")).values("n")
    )
    return queryset.annotate(usage=Coalesce(Subquery(counted, output_field=IntegerField()), Value(0)))


def merge_tags(*, keep: Tag, others) -> int:
    """Tag everything tagged with any of `others` with `keep` instead, then delete `others`.

    The search documents of the listings concerned are rebuilt: they include the tags.
    """
    others = [tag for tag in others if tag.pk != keep.pk]
    if not others:
        return 0
    with transaction.atomic():
        items = TaggedItem.objects.filter(tag__in=others)
        tagged = set(items.values_list("content_type_id", "object_id"))
        have_kept = set(TaggedItem.objects.filter(tag=keep).values_list("content_type_id", "object_id"))
        TaggedItem.objects.bulk_create(
            [TaggedItem(content_type_id=ct, object_id=obj, tag=keep) for ct, obj in tagged - have_kept]
        )
        items.delete()
        for tag in others:
            tag.delete()
        listing_ids = [obj for ct, obj in tagged if ct == _listing_content_type_id()]
        search.reindex(_listings(pk__in=listing_ids))
        transaction.on_commit(catalogue.changed)
    return len(tagged)


def reindex_listings_of(term) -> int:
    """Rebuild the search columns of the listings classified with the term, e.g. after a rename:
    they hold its names in every language (services.search). Returns how many changed."""
    from services.models import Listing

    relations = [rel.field.name for rel in usage_relations(type(term)) if rel.related_model is Listing]
    if not relations:
        return 0
    found = functools.reduce(operator.or_, [Q(**{name: term}) for name in relations])
    return search.reindex(_listings(found))


def _listings(*args, **kwargs):
    from services.models import Listing

    return Listing.objects.filter(*args, **kwargs).distinct().select_related("association")


def _listing_content_type_id() -> int:
    from django.contrib.contenttypes.models import ContentType

    from services.models import Listing

    return ContentType.objects.get_for_model(Listing).pk
