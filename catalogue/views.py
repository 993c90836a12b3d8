import dataclasses
import hashlib
import re
from html import escape

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from catalogue import ical, index, page_cache
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
        .defer(*search.FIELDS)
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
    if params.get("near"):
        chips.append((_("Lähellä: %(place)s") % {"place": params["near"]}, _without(params, "near", params["near"])))
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


def _replacing_query(params, suggestion):
    """The same search with the words replaced by a suggestion: other words, or a term's filter."""
    pairs = [(k, v) for k in params for v in params.getlist(k) if k not in ("q", "page") and v]
    return "?" + urlencode([*pairs, (suggestion.key, suggestion.value)])


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


def with_distances(cards, distances):
    """Each card with its distance from "near" written in; cards are cached without it."""
    shown = []
    for card, km in zip(cards, distances):
        if km is not None:
            text = escape(_("%(km)s km päässä") % {"km": number_format(km, 1)})
            card = mark_safe(card.replace("</li>", f'<p class="card-distance">{text}</p>\n</li>'))  # noqa: S308 - escaped above
        shown.append(card)
    return shown


INDENTATION = re.compile(rb"\n[ \t]+")


@page_cache.shared_page(lambda request: page_cache.catalogue_version())
def catalogue_page(request):
    form, cleaned, page = catalogue_state(request)
    result = index.search_catalogue(cleaned, page=page)
    return page_cache.same_content(request, shown(result), lambda: results_page(request, form, cleaned, result))


def shown(result: index.Result) -> str:
    """A digest of what a catalogue page shows: the search's answer, but not the index version it
    came from (each card's version is in it), and the day, which the page's dates count from."""
    answer = dataclasses.replace(result, revision="")
    return hashlib.blake2s(f"{timezone.localdate()}:{answer!r}".encode(), digest_size=16).hexdigest()


def results_page(request, form, cleaned, result):
    prefixes = search.highlight_terms(result.query)
    cards = render_cards(result.ids, versions=result.versions, query=result.query, prefixes=prefixes)
    if result.distances:
        cards = with_distances(cards, [result.distances.get(pk) for pk in result.ids])
    for facet in result.facets:
        facet.options_html = options_html(facet)
    params = [(k, v) for k in request.GET for v in request.GET.getlist(k) if k != "page" and v]
    context = {
        "form": form,
        "result": result,
        "cards": cards,
        "chips": removal_links(request, result),
        "filter_count": sum(len(facet.selected) for facet in result.facets)
        + sum(1 for key in ("when", "date_from", "date_to") if cleaned.get(key)),
        "page_query": urlencode(params),
        "relaxable": [f for f in result.facets if f.key in result.relaxable],
        "spellings": [(s.label, _replacing_query(request.GET, s)) for s in result.suggestions if s.key == "q"],
        "suggested_terms": [(s.label, _replacing_query(request.GET, s)) for s in result.suggestions if s.key != "q"],
        "map_tiles_url": settings.MAP_TILES_URL,
    }
    # Bad parameters are explained on the page and the rest still applies, but the answer says 400.
    status = 400 if form.errors else 200
    template = "catalogue/catalogue.html#results" if request.headers.get("X-Catalogue-Partial") else "catalogue/catalogue.html"
    response = render(request, template, context, status=status)
    # The templates' indentation is a twentieth of the page; the page has no <pre> or <textarea>.
    response.content = INDENTATION.sub(b"\n", response.content)
    return response




FEED_SIZE = 500


def catalogue_ics(request):
    """The events of any catalogue search as an iCalendar feed to subscribe to."""
    form, cleaned, _page = catalogue_state(request)
    if form.errors:
        problems = "\n".join(f"{name}: {' '.join(errors)}" for name, errors in form.errors.items())
        return HttpResponseBadRequest(problems, content_type="text/plain; charset=utf-8")
    cleaned["kind"] = [Listing.Kind.EVENT]
    result = index.search_catalogue(cleaned, page=1, page_size=FEED_SIZE)
    events = listings_in_order(result.ids)
    content = ical.calendar_for(events, name=_("Hyvinvointitarjotin: tapahtumat"), base_url=request.build_absolute_uri("/"))
    return ical.ics_response(content, filename="hyvinvointitarjotin.ics")
