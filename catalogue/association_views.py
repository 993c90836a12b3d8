"""The public association directory: search, one association's page and its event feed."""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from associations.models import Association
from catalogue import ical, jsonld
from catalogue.detail_parts import current_listings
from catalogue.detail_views import og_locale, tel_href
from services.models import Listing
from vocabularies.models import Municipality

ASSOCIATIONS_PER_PAGE = 20


class DirectorySearchForm(forms.Form):
    q = forms.CharField(label=_("Hae nimellä tai kuvauksella"), required=False, max_length=200)
    municipality = forms.ModelChoiceField(
        label=_("Kunta"),
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Kaikki kunnat"),
    )

    def filter(self, associations):
        """The associations that match; an invalid form (unknown municipality) matches none."""
        if not self.is_valid():
            return associations.none()
        q = self.cleaned_data["q"].strip()
        if q:
            # SQLite compares only ASCII letters case-insensitively, so "äänekoski" would miss
            # "Äänekoski" there; trying the usual capitalisations covers what people type.
            spellings = {q, q.lower(), q.upper(), q.capitalize()}
            match = Q()
            for spelling in spellings:
                match |= Q(name__icontains=spelling) | Q(description__icontains=spelling)
            associations = associations.filter(match)
        if self.cleaned_data["municipality"]:
            associations = associations.filter(municipalities=self.cleaned_data["municipality"])
        return associations


def _public_listing_counts():
    """A subquery counting each association's current public listings, for the directory."""
    counts = (
        current_listings(OuterRef("pk")).order_by().values("association").annotate(count=Count("pk")).values("count")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))


@require_GET
def association_list(request):
    form = DirectorySearchForm(request.GET)
    associations = (
        form.filter(Association.objects.approved())
        .annotate(listing_count=_public_listing_counts())
        .prefetch_related("municipalities")
        .order_by("name")
    )
    page = Paginator(associations, ASSOCIATIONS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page, "is_search": form.is_valid() and any(form.cleaned_data.values())}
    return render(request, "catalogue/association_list.html", context)


@require_GET
def association_detail(request, slug):
    association = get_object_or_404(Association.objects.approved().prefetch_related("municipalities"), slug=slug)
    public = Listing.objects.published().filter(association=association).select_related("place__municipality")
    others = list(public.exclude(kind=Listing.Kind.EVENT).order_by("kind", "title"))
    url = request.build_absolute_uri(association.get_absolute_url())
    context = {
        "association": association,
        "absolute_url": url,
        "og_locale": og_locale(),
        "phone_href": tel_href(association.phone),
        "activities": [listing for listing in others if listing.kind == Listing.Kind.ACTIVITY],
        "events": public.upcoming().order_by("starts_at"),
        "roles": [listing for listing in others if listing.kind == Listing.Kind.VOLUNTEER_ROLE],
        "jsonld": jsonld.script_json(jsonld.association_jsonld(association, url=url)),
    }
    return render(request, "catalogue/association_detail.html", context)


@require_GET
def association_ics(request, slug):
    association = get_object_or_404(Association.objects.approved(), slug=slug)
    events = (
        Listing.objects.published()
        .upcoming()
        .filter(association=association)
        .select_related("association", "place__municipality")
        .order_by("starts_at")
    )
    content = ical.calendar_for(events, name=association.name, base_url=request.build_absolute_uri("/"))
    return ical.ics_response(content, filename=f"{association.slug}.ics")
