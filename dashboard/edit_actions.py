"""What the association's own editing pages do beyond one model method: save a form with a new
place and an event's dates, check a listing before it goes to review.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from events.models import set_dates
from services.edit_form import NEW_PLACE, ListingEditForm, PlaceForm
from services.models import ChangedSinceShown, Listing, Place


Moment = tuple[datetime.datetime, datetime.datetime]


def save_listing(*, form: ListingEditForm, place_form: PlaceForm, by, extra_moments: list[Moment] = ()) -> Listing:
    """Save a valid listing form; a new place typed inline becomes one of the association's places.

    An event's dates (the form's own and the further ones) become its occurrences.
    """
    with transaction.atomic():
        listing = form.save(commit=False)
        choice = form.cleaned_data["place_choice"]
        if choice == NEW_PLACE:
            place = place_form.save(commit=False)
            place.association = listing.association
            place.locate()
            place.save()
            listing.place = place
        else:
            listing.place = choice if isinstance(choice, Place) else None
        listing.save()
        form.save_m2m()
        if listing.kind == Listing.Kind.EVENT and listing.starts_at and listing.ends_at:
            set_dates(listing, [(listing.starts_at, listing.ends_at), *extra_moments])
    return listing


def save_edit(*, form: ListingEditForm, place_form: PlaceForm, by, extra_moments: list[Moment] = ()) -> Listing:
    """Save a valid form of an existing listing, unless the listing changed since the form was shown.

    The row shown is locked and its version compared with the one the form carries
    (`seen_version`), so of two members saving at once the second is refused (ChangedSinceShown)
    instead of quietly undoing the first; a working copy published or deleted meanwhile is never
    written back. A published listing's changes go to its working copy, made here and only for a
    valid form. A listing waiting for review is taken out of review: the liaison publishes only
    what they saw.
    """
    shown = form.instance
    with transaction.atomic():
        current = Listing._base_manager.filter(pk=shown.pk).first()
        if current is None or form.cleaned_data["seen_version"] != (shown.pk, shown.version):
            raise ChangedSinceShown()
        current.lock(expected_version=shown.version)
        target = current.start_editing(by=by)
        if target.pk != shown.pk:
            form = type(form)(form.data, instance=target, association=target.association)
            form.is_valid()  # the same input, now applied to the new working copy
        listing = save_listing(form=form, place_form=place_form, by=by, extra_moments=extra_moments)
        if current.status == Listing.Status.PENDING:
            current.withdraw(by=by)
    return listing


def duplicate_listing(listing: Listing, *, by) -> Listing:
    """A new draft from a listing (its published version if this is a working copy).

    An event's dates are cleared: last year's dates copied by mistake would be worse than none,
    and the form asks for them before the copy can be sent.
    """
    source = listing.working_copy_of or listing
    with transaction.atomic():
        copy = source.duplicate(by=by)
        if copy.kind == Listing.Kind.EVENT:
            copy.starts_at = copy.ends_at = copy.registration_opens_at = copy.registration_closes_at = None
            copy.save()
    return copy


def submission_problems(listing: Listing) -> list[str]:
    """What is missing before the listing can go to review (a copied event has no dates yet)."""
    try:
        listing.full_clean(validate_unique=False)
        Listing.check_reach(municipalities=listing.municipalities.all(), is_online=listing.is_online)
    except ValidationError as error:
        return error.messages
    return []
