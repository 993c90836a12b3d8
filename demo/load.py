"""Write a demo plan to the database, replacing earlier demo content and nothing else.

Demo associations are recognised by their email domain (DEMO_DOMAIN). Everything is written with
bulk_create in one transaction: at scale 100 that is some 600,000 rows, and per-object save()
would take many minutes. bulk_create skips save(), so slugs, kinds and the search document are
set here, and the catalogue is told about the change when the transaction commits.
"""

from contextlib import contextmanager

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from accounts.models import Counsellor
from associations.models import Association, Membership
from catalogue.invalidation import listings_changed
from services import search
from events.models import Occurrence, SignupSettings
from services.models import Listing, Place
from demo.generate import DEMO_DOMAIN
from demo.plans import ListingPlan, Plan
from vocabularies import models as vocabularies

DEMO_PASSWORD = "tarjotin-demo-2026"
LIAISON_EMAIL = "liaison@example.fi"
MEMBER_EMAIL = "jasen@example.fi"
COUNSELLOR_EMAIL = "palveluohjaaja@example.fi"
BATCH = 2000
CHUNK = 5000

M2M_VOCABULARIES = {
    "target_groups": vocabularies.TargetGroup,
    "themes": vocabularies.Theme,
    "life_situations": vocabularies.LifeSituation,
    "activity_types": vocabularies.ActivityType,
    "municipalities": vocabularies.Municipality,
    "languages": vocabularies.Language,
}


def demo_associations():
    return Association.objects.filter(email__iendswith="@" + DEMO_DOMAIN)


def remove_demo_content() -> None:
    """Delete the demo associations with everything that hangs on them, their history included.

    Versions of demo content are demo content too. Recording the deletion of tens of thousands
    of listings one by one would take minutes and keep nothing of value, so history recording is
    off while they go.
    """
    associations = demo_associations()
    listings = Listing.objects.filter(association__in=associations)
    with override_settings(SIMPLE_HISTORY_ENABLED=False):
        Listing.history.filter(association_id__in=associations.values("pk")).delete()
        Association.history.filter(id__in=associations.values("pk")).delete()
        # taggit does not cascade deletes to its generic TaggedItem rows, so they go first.
        TaggedItem.objects.filter(
            content_type=ContentType.objects.get_for_model(Listing), object_id__in=listings.values("pk")
        ).delete()
        listings.delete()  # Listing.association is PROTECT
        associations.delete()


@transaction.atomic
def load(plan: Plan) -> dict:
    """Replace the demo content with the plan; returns counts of what was created."""
    remove_demo_content()
    associations = _create_associations(plan)
    places = _create_places(plan, associations)
    vocabulary_ids = {name: dict(model.objects.values_list("slug", "id")) for name, model in M2M_VOCABULARIES.items()}
    tag_ids = _tag_ids(plan)
    # Term names in every language, searched with the title (services.search).
    names = {
        relation: {slug: names for slug, *names in M2M_VOCABULARIES[relation].objects.values_list("slug", *search.TERM_LANGUAGES)}
        for relation in search.TERM_RELATIONS
    }
    # In chunks, so that memory stays flat however large the scale.
    for start in range(0, len(plan.listings), CHUNK):
        chunk = plan.listings[start:start + CHUNK]
        listings = _create_listings(chunk, associations, places, names)
        _create_dates(listings)
        _create_vocabulary_links(chunk, listings, vocabulary_ids)
        _create_tagged_items(chunk, listings, tag_ids)
    ensure_demo_users(member_of=[a for a, p in zip(associations, plan.associations) if p.demo_member_is_admin])
    # Created in bulk, which sends no model signals; their search documents are already written.
    listings_changed(everything=True)
    counts = {"associations": len(associations), "places": sum(len(p) for p in places)}
    for kind in Listing.Kind:
        counts[kind.value] = sum(1 for p in plan.listings if p.fields["kind"] == kind.value)
    return counts


@contextmanager
def _given_timestamps(*models):
    """Keep the planned created_at/updated_at, which bulk_create would stamp with now().

    Demo content that was all created a second ago would hide what the moderation and freshness
    views are for.
    """
    fields = [f for model in models for f in model._meta.concrete_fields if getattr(f, "auto_now", False)
              or getattr(f, "auto_now_add", False)]
    saved = [(f, f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, auto_now, auto_now_add in saved:
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


def _create_associations(plan: Plan) -> list[Association]:
    taken_names = set(Association.objects.values_list("name", flat=True))
    taken_slugs = set(Association.objects.values_list("slug", flat=True))
    objects = []
    for p in plan.associations:
        fields = dict(p.fields)
        # A real association may already carry the planned name; never shadow it.
        if fields["name"] in taken_names:
            fields["name"] += " (esittely)"
        while fields["slug"] in taken_slugs:
            fields["slug"] += "-esittely"
        objects.append(Association(**fields))
    with _given_timestamps(Association):
        associations = Association.objects.bulk_create(objects, batch_size=BATCH)
    municipality_ids = dict(vocabularies.Municipality.objects.values_list("slug", "id"))
    through = Association.municipalities.through
    through.objects.bulk_create(
        [
            through(association_id=a.pk, municipality_id=municipality_ids[slug])
            for a, p in zip(associations, plan.associations)
            for slug in p.municipalities
            if slug in municipality_ids
        ],
        batch_size=BATCH,
    )
    return associations


def _create_places(plan: Plan, associations: list[Association]) -> list[list[Place]]:
    """The places of each association, in plan order."""
    municipality_ids = dict(vocabularies.Municipality.objects.values_list("slug", "id"))
    objects = [
        Place(
            name=p.name, street_address=p.street_address, postal_code=p.postal_code,
            municipality_id=municipality_ids[p.municipality], association=association,
            is_accessible=p.is_accessible, accessibility=p.accessibility, latitude=p.latitude, longitude=p.longitude,
        )
        for association, plan_association in zip(associations, plan.associations)
        for p in plan_association.places
    ]
    created = iter(Place.objects.bulk_create(objects, batch_size=BATCH))
    return [[next(created) for _ in a.places] for a in plan.associations]


def _create_listings(chunk: list[ListingPlan], associations: list[Association], places: list[list[Place]], names: dict):
    objects = []
    for p in chunk:
        listing = Listing(
            association=associations[p.association],
            place=places[p.association][p.place] if p.place is not None else None,
            **p.fields,
        )
        term_names = [name for relation in search.TERM_RELATIONS for slug in p.m2m.get(relation, []) for name in names[relation].get(slug, ())]
        for name, value in search.listing_fields(listing, tags=p.tags, term_names=term_names).items():
            setattr(listing, name, value)
        objects.append(listing)
    with _given_timestamps(Listing):
        return Listing.objects.bulk_create(objects, batch_size=BATCH)


def _create_dates(listings: list[Listing]) -> None:
    """Each demo event has one date, the span it was planned with; those asking for registration take it here."""
    events = [listing for listing in listings if listing.kind == Listing.Kind.EVENT and listing.starts_at and listing.ends_at]
    Occurrence.objects.bulk_create(
        [Occurrence(event=event, starts_at=event.starts_at, ends_at=event.ends_at) for event in events], batch_size=BATCH
    )
    SignupSettings.objects.bulk_create(
        [SignupSettings(event=event, is_open=True) for event in events if event.registration_required], batch_size=BATCH
    )


def _create_vocabulary_links(chunk: list[ListingPlan], listings: list[Listing], vocabulary_ids: dict) -> None:
    """Rows of the six many-to-many tables; slugs the liaison has since removed are skipped."""
    for field_name, ids in vocabulary_ids.items():
        field = Listing._meta.get_field(field_name)
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            [
                through(**{source: listing.pk, target: ids[slug]})
                for listing, p in zip(listings, chunk)
                for slug in p.m2m[field_name]
                if slug in ids
            ],
            batch_size=BATCH,
        )


def _tag_ids(plan: Plan) -> dict[str, int]:
    """Ids of every tag the plan uses, creating the missing ones (tags are shared, never deleted)."""
    names = list(dict.fromkeys(name for p in plan.listings for name in p.tags))
    tag_ids = dict(Tag.objects.filter(name__in=names).values_list("name", "id"))
    taken_slugs = set(Tag.objects.values_list("slug", flat=True))
    new_tags = []
    for name in names:
        if name in tag_ids:
            continue
        slug = base = Tag().slugify(name)
        number = 1
        while slug in taken_slugs:
            slug, number = f"{base}_{number}", number + 1
        taken_slugs.add(slug)
        new_tags.append(Tag(name=name, slug=slug))
    for tag in Tag.objects.bulk_create(new_tags, batch_size=BATCH):
        tag_ids[tag.name] = tag.pk
    return tag_ids


def _create_tagged_items(chunk: list[ListingPlan], listings: list[Listing], tag_ids: dict[str, int]) -> None:
    content_type_id = ContentType.objects.get_for_model(Listing).pk
    TaggedItem.objects.bulk_create(
        [
            TaggedItem(content_type_id=content_type_id, object_id=listing.pk, tag_id=tag_ids[name])
            for listing, p in zip(listings, chunk)
            for name in p.tags
        ],
        batch_size=BATCH,
    )


def ensure_demo_users(*, member_of: list[Association]) -> None:
    """The liaison, an association member and an approved counsellor, created or reset to the demo password."""
    liaison = _demo_user(LIAISON_EMAIL, first_name="Liisa", last_name="Linkki", superuser=True)
    counsellor = _demo_user(COUNSELLOR_EMAIL, first_name="Paula", last_name="Palveluohjaaja", superuser=False)
    Counsellor.objects.update_or_create(
        user=counsellor,
        defaults={"organisation": "Keusote, palveluohjaus", "approved_at": timezone.now(), "approved_by": liaison},
    )
    member = _demo_user(MEMBER_EMAIL, first_name="Jaakko", last_name="Jäsen", superuser=False)
    Membership.objects.bulk_create(
        [Membership(user=member, association=a, role=Membership.Role.ADMIN) for a in member_of],
        ignore_conflicts=True,
    )


def _demo_user(email: str, *, first_name: str, last_name: str, superuser: bool):
    User = get_user_model()
    user = User.objects.filter(email=email).first() or User(email=email)
    user.first_name, user.last_name = first_name, last_name
    user.is_active = True
    user.is_staff = user.is_superuser = superuser
    user.set_password(DEMO_PASSWORD)
    user.save()
    # A confirmed address, so that the demo logins work without a verification mail.
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user
