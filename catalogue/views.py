from html import escape

from django.db.models import Prefetch
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from catalogue import ical, index
from services import search
from catalogue.cards import render_cards
from catalogue.filters import catalogue_form_class
from services.models import Listing


def catalogue_state(request):
    """Validate the query string; invalid parts are reported and left out, the rest still applies."""
    form = catalogue_form_class()(request.GET)
    form.is_valid()
    cleaned = {name: value for name, value in form.cleaned_data.items() if name not in form.errors}
    try:
        page = int(request.GET.get("page", "1"))
    except ValueError:
        page = 1
    return form, cleaned, page


def listings_in_order(ids):
    """The page's listings, in the order the catalogue chose (two queries whatever the page size)."""
    rows = (
        Listing.objects.filter(pk__in=ids)
        .defer("search_document")
        .select_related("association", "place__municipality")
        .prefetch_related(Prefetch("municipalities", to_attr="municipality_list"))
    )
    by_id = {listing.pk: listing for listing in rows}
    return [by_id[pk] for pk in ids if pk in by_id]


def removal_links(request, result):
    """One chip per selected filter, each linking to the same search without it."""
    chips = []
    params = request.GET
    for facet in result.facets:
        for option in facet.selected:
            chips.append((f"{facet.label}: {option.label}", _without(params, facet.key, option.slug)))
    if params.get("q"):
        chips.append((_("Hakusanat: %(q)s") % {"q": params["q"]}, _without(params, "q", params["q"])))
    for key in ("when", "date_from", "date_to"):
        if params.get(key):
            chips.append((_date_chip(key, params[key]), _without(params, key, params[key])))
    return chips


def _date_chip(key, value):
    labels = {"today": _("Tänään"), "week": _("Tällä viikolla"), "month": _("Tässä kuussa")}
    if key == "when":
        return labels.get(value, value)
    return (_("Alkaen %(date)s") if key == "date_from" else _("Päättyen %(date)s")) % {"date": value}


def _without(params, key, value):
    pairs = [(k, v) for k in params for v in params.getlist(k) if not (k == key and v == value) and k != "page" and v]
    return "?" + urlencode(pairs) if pairs else "?"


# A full page has about ninety facet options; building each one's HTML here costs a tenth of
# rendering it through template tags, and keeps the page within its latency budget.
def options_html(facet):
    parts = []
    for option in facet.options:
        state = " checked" if option.selected else ("" if option.count else " disabled")
        css = "" if option.count or option.selected else " unavailable"
        parts.append(
            f'<label class="option{css}"><input type="checkbox" name="{facet.key}" value="{escape(option.slug)}"{state}>'
            f' {escape(option.label)} <span class="count">({option.count})</span></label>'
        )
    return mark_safe("\n".join(parts))  # noqa: S308 - every value above is escaped or a number


def catalogue_page(request):
    form, cleaned, page = catalogue_state(request)
    result = index.search_catalogue(cleaned, page=page)
    prefixes = search.highlight_terms(result.query)
    cards = render_cards(result.ids, versions=result.versions, query=result.query, prefixes=prefixes)
    for facet in result.facets:
        facet.options_html = options_html(facet)
    params = [(k, v) for k in request.GET for v in request.GET.getlist(k) if k != "page" and v]
    context = {
        "form": form,
        "result": result,
        "cards": cards,
        "chips": removal_links(request, result),
        "page_query": urlencode(params),
        "relaxable": [f for f in result.facets if f.key in result.relaxable],
    }
    if request.headers.get("X-Catalogue-Partial"):
        return render(request, "catalogue/catalogue.html#results", context)
    return render(request, "catalogue/catalogue.html", context)




FEED_SIZE = 500


def catalogue_ics(request):
    """The events of any catalogue search as an iCalendar feed to subscribe to."""
    _form, cleaned, _page = catalogue_state(request)
    cleaned["kind"] = [Listing.Kind.EVENT]
    result = index.search_catalogue(cleaned, page=1, page_size=FEED_SIZE)
    events = listings_in_order(result.ids)
    content = ical.calendar_for(events, name=_("Hyvinvointitarjotin: tapahtumat"), base_url=request.build_absolute_uri("/"))
    return ical.ics_response(content, filename="hyvinvointitarjotin.ics")
