"""The association's own listing pages: create, edit, preview, submit, duplicate, archive, restore, confirm.

Every view asks associations.access first (outsiders 404, too low a role 403). Writes: form →
model method or dashboard.edit_actions → message → redirect. Each action URL answers GET with a
confirmation page and does the thing on POST, so a login in between never ends on a dead page.
"""

import re
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from associations.access import association_for
from services.access import listing_for
from associations.models import Action
from catalogue import detail_views
from dashboard import edit_actions
from dashboard.edit_forms import FORMS_BY_KIND, KIND_SLUGS, initial_for_new, place_form_for
from events.forms import ExtraDateFormSet
from services.models import IllegalTransition, Listing

UNSAVED_INPUT = "unsaved_input"  # session key
NOT_TYPED = ("csrfmiddlewaretoken", "action")
OTHER_DATES = "myos"  # query and form parameter: the other dates' drafts (see _other_dates)


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
        return listing.working_copies.first() or listing
    return listing


def _original_pk(listing: Listing) -> int:
    return listing.working_copy_of_id or listing.pk


def _forms(request, listing, initial=None):
    """The listing form, the inline new-place form and (for a new event) the extra dates."""
    data = request.POST if request.method == "POST" else restored_input(request)
    form = FORMS_BY_KIND[listing.kind](data, instance=listing, association=listing.association, initial=initial)
    place_form = place_form_for(form, data)
    dates = ExtraDateFormSet(data, prefix="dates") if listing.kind == Listing.Kind.EVENT and not listing.pk else None
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


def _after_save(request, listings):
    action = request.POST.get("action")
    first = listings[0]
    for warning in first.ptv_warnings():
        messages.warning(request, warning)
    if action == "submit":
        return _submit(request, listings)
    if action == "preview":
        url = reverse("dashboard:listing-preview", args=[_original_pk(first)])
        others = urlencode([(OTHER_DATES, listing.pk) for listing in listings[1:]])
        return redirect(f"{url}?{others}" if others else url)
    if len(listings) > 1:
        count = len(listings)
        text = ngettext(
            "%(count)s tapahtuma tallennettiin luonnoksena.", "%(count)s tapahtumaa tallennettiin luonnoksina.", count
        )
        messages.success(request, text % {"count": count})
    else:
        messages.success(request, _("Luonnos tallennettu. Voit jatkaa sitä myöhemmin Omilta sivuilta."))
    return redirect("dashboard:listing-edit", _original_pk(first))


def _submitted_message(done: list[Listing]) -> str:
    """What happens next, in words: published at once (trusted association) or waiting for the liaison."""
    if done[0].status == Listing.Status.PUBLISHED:
        return ngettext(
            "Ilmoitus on julkaistu, ja se näkyy nyt kaikille.",
            "Ilmoitukset on julkaistu, ja ne näkyvät nyt kaikille.",
            len(done),
        )
    if len(done) > 1:
        return _(
            "Kiitos! %(count)s tapahtumaa lähetettiin tarkastettavaksi. Yhdyshenkilö tarkistaa ilmoitukset "
            "yleensä parin arkipäivän kuluessa. Saat sähköpostia, kun ne on julkaistu tai jos niihin pyydetään "
            "korjauksia."
        ) % {"count": len(done)}
    return _(
        "Kiitos! Ilmoitus lähetettiin tarkastettavaksi. Yhdyshenkilö tarkistaa ilmoituksen yleensä parin "
        "arkipäivän kuluessa. Saat sähköpostia, kun se on julkaistu tai jos siihen pyydetään korjauksia."
    )


def _submit(request, listings):
    for listing in listings:
        problems = edit_actions.submission_problems(listing)
        if problems:
            missing = _("Ilmoituksesta puuttuu vielä tietoja: %(problems)s") % {"problems": " ".join(problems)}
            messages.error(request, missing)
            return redirect("dashboard:listing-edit", _original_pk(listing))
    try:
        done = edit_actions.submit_listings(listings, by=request.user)
    except IllegalTransition as error:
        messages.error(request, error.messages[0])
        return redirect("dashboard:association", listings[0].association.slug)
    messages.success(request, _submitted_message(done))
    return redirect("dashboard:association", listings[0].association.slug)


def _other_dates(data, listing) -> list[Listing]:
    """Drafts saved together with this one for other dates of the same event.

    Their ids travel from the form to the preview and its submit button, so that one press sends
    every date. Only drafts of the same association count, so access is the listing's own.
    """
    ids = [int(value) for value in data.getlist(OTHER_DATES) if re.fullmatch(r"[0-9]{1,18}", value)][:20]
    drafts = Listing.objects.originals().filter(
        pk__in=ids, association=listing.association, status=Listing.Status.DRAFT
    )
    return list(drafts.exclude(pk=listing.pk).order_by("starts_at"))


def _render_form(request, form, place_form, dates, listing, original=None):
    context = {
        "form": form,
        "place_form": place_form,
        "dates": dates,
        "listing": listing,
        "original": original,
        "association": listing.association,
        "can_submit": listing.can("submit") if listing.pk else True,
    }
    return render(request, "dashboard/edit/listing_form.html", context)


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
        listings = edit_actions.save_listing(form=form, place_form=place_form, by=request.user, extra_moments=extra)
        return _after_save(request, listings)
    return _render_form(request, form, place_form, dates, listing)


@login_required_keeping_input
def listing_edit(request, pk):
    listing, _membership = listing_for(request.user, pk, Action.EDIT_LISTINGS)
    original = listing.working_copy_of if listing.working_copy_of_id else listing
    # Changes to a published listing go to its working copy; the published version stays as it is.
    target = listing.start_editing(by=request.user) if request.method == "POST" else working_version(listing)
    form, place_form, dates = _forms(request, target)
    if request.method == "POST" and _all_valid(form, place_form, dates):
        listings = edit_actions.save_listing(form=form, place_form=place_form, by=request.user)
        return _after_save(request, listings)
    return _render_form(request, form, place_form, dates, target, original)


@login_required_keeping_input
def listing_preview(request, pk):
    listing, _membership = listing_for(request.user, pk, Action.VIEW_DASHBOARD)
    shown = working_version(listing)
    context = detail_views.listing_context(request, shown)
    already_public = not shown.working_copy_of_id and Listing.objects.published().filter(pk=shown.pk).exists()
    context.update(
        already_public=already_public, original_pk=_original_pk(shown), can_submit=shown.can("submit"),
        other_dates=_other_dates(request.GET, shown), other_dates_param=OTHER_DATES,
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
        return _submit(request, [shown, *_other_dates(request.POST, shown)])
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
