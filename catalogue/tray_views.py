"""The counsellor's tray: the list, the printable handout and mailing it to a client.

The tray is read from the address only (catalogue/tray.py); no view writes anything about it.
"""

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from catalogue import actions, qr
from catalogue import tray as trays
from catalogue.tray_forms import TrayEmailForm, TrayNoteForm

# Anyone may mail a tray, so one address may send only a few an hour: enough for a counsellor's
# day of meetings, too few to make the site a spam relay.
MAILS_PER_HOUR = 10


def _tray_url(tray, ids=None) -> str:
    return f"{reverse('catalogue:tray')}?{tray.query(ids)}"


def _tray_page(request, tray, *, email_form=None, status=200):
    share_url = request.build_absolute_uri(_tray_url(tray))
    context = {
        "tray": tray,
        "moves": tray.moves(),
        "share_url": share_url,
        "note_form": TrayNoteForm(initial={"note": tray.note}),
        "email_form": email_form or TrayEmailForm(initial={"language": translation.get_language()}),
        "languages": settings.LANGUAGES,
        "current_language": translation.get_language(),
    }
    return render(request, "catalogue/tray.html", context, status=status)


@require_GET
def tray_page(request):
    tray = trays.Tray.from_params(request.GET)
    # Without JavaScript, "add to tray" on a listing page arrives here as ?add=<id>.
    added = trays.parse_ids(request.GET.get("add", ""))
    if added:
        return redirect(_tray_url(tray, tray.with_added(added[0])))
    return _tray_page(request, tray)


@require_GET
def tray_handout(request):
    tray = trays.Tray.from_params(request.GET)
    language = request.GET.get("lang", "")
    if language not in dict(settings.LANGUAGES):
        language = translation.get_language()
    with translation.override(language):
        items = []
        for listing in tray.listings:
            url = request.build_absolute_uri(listing.get_absolute_url())
            items.append({"listing": listing, "when": trays.when(listing), "ended": trays.has_ended(listing), "url": url, "qr": qr.qr_svg(url)})
        context = {"tray": tray, "items": items, "site_url": request.build_absolute_uri("/"), "handout_language": language}
        return render(request, "catalogue/tray_handout.html", context)


@require_POST
def tray_email(request):
    tray = trays.Tray.from_params(request.POST)
    form = TrayEmailForm(request.POST)
    if not tray.listings:
        messages.error(request, _("Tarjotin on tyhjä: lisää ensin jotakin lähetettävää."))
        return redirect(_tray_url(tray))
    if not form.is_valid():
        return _tray_page(request, tray, email_form=form, status=400)
    key = f"tray-mail:{request.META.get('REMOTE_ADDR', '')}"
    cache.add(key, 0, timeout=3600)
    if cache.incr(key) > MAILS_PER_HOUR:
        form.add_error("email", _("Viestejä on lähetetty tästä osoitteesta liian monta. Yritä tunnin päästä uudelleen."))
        return _tray_page(request, tray, email_form=form, status=429)
    actions.send_tray(to=form.cleaned_data["email"], tray=tray, language=form.cleaned_data["language"])
    messages.success(request, _("Tarjotin lähetettiin sähköpostilla. Osoitetta ei tallennettu."))
    return redirect(_tray_url(tray))
