"""The association's own listing pages: create, edit, preview, submit, duplicate, archive, restore, confirm.

Every view asks associations.access first (outsiders 404, too low a role 403). Writes: form →
model method or dashboard.edit_actions → message → redirect. Each action URL answers GET with a
confirmation page and does the thing on POST, so a login in between never ends on a dead page.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from associations.access import association_for
from services.access import listing_for
from associations.models import Action
from catalogue import detail_views
from dashboard import edit_actions
from dashboard.edit_forms import FORMS_BY_KIND, KIND_SLUGS, initial_for_new, place_form_for
from events.forms import EventDates
from services.diff import changes_since
from services.edit_form import version_token
from services.models import ChangedSinceShown, IllegalTransition, Listing

UNSAVED_INPUT = "unsaved_input"  # session key
NOT_TYPED = ("csrfmiddlewaretoken", "action")


def login_required_keeping_input(view):
    """login_required that keeps what was typed if the session expired while the form was open.

    Someone who sends a form after their session has ended is sent to log in; what they sent is
    kept in their new session with the form's address, and the form reopens with it after login
    (restored_input). Nothing is saved before a member is logged in again.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        if request.method == "POST":
            typed = {key: values for key, values in request.POST.lists() if key not in NOT_TYPED}
            if typed:
                request.session[UNSAVED_INPUT] = {"path": request.path, "data": typed}
        return redirect_to_login(request.get_full_path())

    return wrapper


def restored_input(request) -> QueryDict | None:
    """What was typed on this form before a login, once."""
    saved = request.session.get(UNSAVED_INPUT)
    if not saved or saved.get("path") != request.path:
        return None
    del request.session[UNSAVED_INPUT]
    data = QueryDict(mutable=True)
    for key, values in saved["data"].items():
        data.setlist(key, values)
    messages.info(request, _("Tallentamattomat muutoksesi palautettiin. Tarkista ne ja tallenna."))
    return data


def working_version(listing: Listing) -> Listing:
    """What the association edits: the working copy of a published listing if it has one."""
    if listing.status == Listing.Status.PUBLISHED and not listing.working_copy_of_id:
        return listing.working_copies.order_by("pk").first() or listing
    return listing


def _original_pk(listing: Listing) -> int:
    return listing.working_copy_of_id or listing.pk


def _forms(request, listing, initial=None, data=None):
    """The listing form, the inline new-place form and (for an event) its further dates."""
    if data is None:
        data = request.POST if request.method == "POST" else restored_input(request)
    form = FORMS_BY_KIND[listing.kind](data, instance=listing, association=listing.association, initial=initial)
    place_form = place_form_for(form, data)
    dates = EventDates(data, listing) if listing.kind == Listing.Kind.EVENT else None
    return form, place_form, dates


def _all_valid(form, place_form, dates) -> bool:
    """Check everything, so that every problem shows at once."""
    form.is_valid()
    form.check_new_place(place_form)
    checks = [form.is_valid(), not form.wants_new_place() or place_form.is_valid()]
    if dates is not None:
        checks.append(dates.is_valid())
        if form.is_valid():  # the extra dates are checked against the first one
            form.extra_moments = dates.moments(form.instance)
            checks.append(not dates.has_errors())
    return all(checks)


def _after_save(request, listing):
    action = request.POST.get("action")
    for warning in listing.ptv_warnings():
        messages.warning(request, warning)
    if action == "submit":
        return _submit(request, listing)
    if action == "preview":
        return redirect("dashboard:listing-preview", _original_pk(listing))
    messages.success(request, _("Luonnos tallennettu. Voit jatkaa sitä myöhemmin Omilta sivuilta."))
    return redirect("dashboard:listing-edit", _original_pk(listing))


def _submitted_message(done: Listing) -> str:
    """What happens next, in words: published at once (trusted association) or waiting for the liaison."""
    if done.status == Listing.Status.PUBLISHED:
        return _("Ilmoitus on julkaistu, ja se näkyy nyt kaikille.")
    return _(
        "Kiitos! Ilmoitus lähetettiin tarkastettavaksi. Yhdyshenkilö tarkistaa ilmoituksen yleensä parin "
        "arkipäivän kuluessa. Saat sähköpostia, kun se on julkaistu tai jos siihen pyydetään korjauksia."
    )


def _submit(request, listing):
    problems = edit_actions.submission_problems(listing)
    if problems:
        missing = _("Ilmoituksesta puuttuu vielä tietoja: %(problems)s") % {"problems": " ".join(problems)}
        messages.error(request, missing)
        return redirect("dashboard:listing-edit", _original_pk(listing))
    try:
        done = listing.submit(by=request.user)
    except IllegalTransition as error:
        messages.error(request, error.messages[0])
        return redirect("dashboard:association", listing.association.slug)
    messages.success(request, _submitted_message(done))
    return redirect("dashboard:association", listing.association.slug)


def _render_form(request, form, place_form, dates, listing, original=None, conflict=None, status=200):
    context = {
        "conflict": conflict,
        "form": form,
        "place_form": place_form,
        "dates": dates,
        "listing": listing,
        "original": original,
        "association": listing.association,
        # Saving a listing that waits for review takes it out of review, so it can be sent again.
        "can_submit": listing.can("submit") or listing.status == Listing.Status.PENDING if listing.pk else True,
    }
    return render(request, "dashboard/edit/listing_form.html", context, status=status)


@login_required_keeping_input
def listing_create(request, slug, kind_slug):
    if kind_slug not in KIND_SLUGS:
        raise Http404
    association, _membership = association_for(request.user, slug, Action.EDIT_LISTINGS)
    kind = KIND_SLUGS[kind_slug]
    listing = Listing(kind=kind, association=association, created_by=request.user)
    form, place_form, dates = _forms(request, listing, initial_for_new(association, request.user, kind))
    if request.method == "POST" and _all_valid(form, place_form, dates):
        extra = getattr(form, "extra_moments", [])
        listing = edit_actions.save_listing(form=form, place_form=place_form, by=request.user, extra_moments=extra)
        return _after_save(request, listing)
    return _render_form(request, form, place_form, dates, listing)


@login_required_keeping_input
def listing_edit(request, pk):
    listing, _membership = listing_for(request.user, pk, Action.EDIT_LISTINGS)
    original = listing.working_copy_of if listing.working_copy_of_id else listing
    # Changes to a published listing go to its working copy (made when a valid form is saved);
    # the published version stays as it is.
    shown = working_version(original)
    form, place_form, dates = _forms(request, shown)
    if request.method == "POST" and _all_valid(form, place_form, dates):
        extra = getattr(form, "extra_moments", [])
        try:
            saved = edit_actions.save_edit(form=form, place_form=place_form, by=request.user, extra_moments=extra)
        except ChangedSinceShown:
            return _changed_meanwhile(request, original.pk, form)
        except ValidationError as error:  # a date with sign-ups cannot be dropped
            form.add_error(None, error)
        else:
            return _after_save(request, saved)
    return _render_form(request, form, place_form, dates, shown, original)


def _changed_meanwhile(request, original_pk, refused_form):
    """Someone else saved (or the liaison published) after this form was opened: show what changed,
    keep everything typed, and let the next save go over the current version."""
    original = Listing.objects.get(pk=original_pk)
    shown = working_version(original)
    seen = refused_form.cleaned_data["seen_version"]
    conflict = {"changes": changes_since(*seen, shown) if seen else []}  # before the form fills `shown` in
    data = request.POST.copy()
    data["seen_version"] = version_token(shown)
    form, place_form, dates = _forms(request, shown, data=data)
    _all_valid(form, place_form, dates)
    return _render_form(request, form, place_form, dates, shown, original, conflict=conflict, status=409)


@login_required_keeping_input
def listing_preview(request, pk):
    listing, _membership = listing_for(request.user, pk, Action.VIEW_DASHBOARD)
    shown = working_version(listing)
    context = detail_views.listing_context(request, shown)
    already_public = not shown.working_copy_of_id and Listing.objects.published().filter(pk=shown.pk).exists()
    context.update(
        already_public=already_public, original_pk=_original_pk(shown), can_submit=shown.can("submit"),
    )
    return render(request, "dashboard/edit/listing_preview.html", context)


def _confirm_page(request, listing, *, step, title, text, button):
    context = {"listing": listing, "step": step, "title": title, "text": text, "button": button}
    return render(request, "dashboard/edit/listing_confirm.html", context)


@login_required_keeping_input
def listing_submit(request, pk):
    listing, _membership = listing_for(request.user, pk, Action.SUBMIT_LISTINGS)
    shown = working_version(listing)
    if request.method == "POST":
        return _submit(request, shown)
    return _confirm_page(
        request, shown, step="dashboard:listing-submit",
        title=_("Lähetetäänkö ilmoitus tarkastettavaksi?"),
        text=_("Yhdyshenkilö tarkistaa ilmoituksen yleensä parin arkipäivän kuluessa. Sen jälkeen se näkyy kaikille."),
        button=_("Lähetä tarkastettavaksi"),
    )


@login_required_keeping_input
def listing_duplicate(request, pk):
    listing, _membership = listing_for(request.user, pk, Action.EDIT_LISTINGS)
    if request.method == "POST":
        copy = edit_actions.duplicate_listing(listing, by=request.user)
        if copy.kind == Listing.Kind.EVENT:
            messages.success(request, _("Kopio on tehty luonnokseksi. Anna tapahtuman uusi päivämäärä ja kellonajat."))
        else:
            messages.success(request, _("Kopio on tehty luonnokseksi. Tarkista tiedot ja tallenna."))
        return redirect("dashboard:listing-edit", copy.pk)
    return _confirm_page(
        request, listing, step="dashboard:listing-duplicate",
        title=_("Tehdäänkö ilmoituksesta kopio?"),
        text=_("Kopiosta tulee uusi luonnos, jota voit muokata. Alkuperäinen ilmoitus pysyy ennallaan."),
        button=_("Tee kopio"),
    )


def _workflow_step(request, pk, *, step, done_message, **page):
    listing, _membership = listing_for(request.user, pk, Action.ARCHIVE_LISTINGS)
    listing = listing.working_copy_of if listing.working_copy_of_id else listing
    if request.method != "POST":
        return _confirm_page(request, listing, step=f"dashboard:listing-{step}", **page)
    try:
        getattr(listing, step)(by=request.user)
    except IllegalTransition as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, done_message)
    return redirect("dashboard:association", listing.association.slug)


@login_required_keeping_input
def listing_archive(request, pk):
    return _workflow_step(
        request, pk, step="archive",
        done_message=_(
            "Ilmoitus arkistoitiin. Se ei enää näy julkisesti. Löydät sen Omilta sivuilta kohdasta Arkistoidut."
        ),
        title=_("Arkistoidaanko ilmoitus?"),
        text=_("Arkistoitu ilmoitus ei näy julkisesti. Se säilyy Omilla sivuilla, ja voit palauttaa sen myöhemmin."),
        button=_("Arkistoi"),
    )


@login_required_keeping_input
def listing_restore(request, pk):
    return _workflow_step(
        request, pk, step="restore",
        done_message=_("Ilmoitus palautettiin luonnokseksi. Tarkista tiedot ja lähetä se tarkastettavaksi."),
        title=_("Palautetaanko ilmoitus arkistosta?"),
        text=_(
            "Ilmoituksesta tulee luonnos. Se näkyy julkisesti, kun olet lähettänyt sen "
            "ja yhdyshenkilö on hyväksynyt sen."
        ),
        button=_("Palauta luonnokseksi"),
    )


@login_required_keeping_input
def listing_confirm(request, pk):
    listing, _membership = listing_for(request.user, pk, Action.EDIT_LISTINGS)
    listing = listing.working_copy_of if listing.working_copy_of_id else listing
    if request.method != "POST":
        return _confirm_page(
            request, listing, step="dashboard:listing-confirm",
            title=_("Ovatko tiedot ajan tasalla?"),
            text=_(
                "Vahvista, että ilmoituksen tiedot pitävät yhä paikkansa. Jos jokin on muuttunut, muokkaa ilmoitusta."
            ),
            button=_("Vahvista ajantasaiseksi"),
        )
    listing.confirm(by=request.user)
    messages.success(request, _("Kiitos! Ilmoitus ”%(title)s” on merkitty ajantasaiseksi.") % {"title": listing.title})
    return redirect(reverse("dashboard:association", args=[listing.association.slug]))
