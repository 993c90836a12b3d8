"""Omat sivut: a member's associations, each one's listings and what needs attention, statistics."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from associations.access import association_for
from associations.models import Action, Membership
from dashboard import statistics
from dashboard.overview import association_overview

CHOSEN_ASSOCIATION = "dashboard_association"  # session key: the association last chosen here
FIRST_STATISTICS_YEAR = 2026  # views are counted since then


def _memberships(user):
    return list(Membership.objects.filter(user=user).select_related("association").order_by("association__name"))


def _render(request, membership, memberships):
    association = membership.association
    this_year = timezone.localdate().year
    context = {
        "association": association,
        "membership": membership,
        "memberships": memberships,
        "overview": association_overview(association),
        "can_export": membership.can(Action.EXPORT_STATISTICS),
        "freshness_months": settings.FRESHNESS_MONTHS,
        "statistics_years": range(this_year, max(FIRST_STATISTICS_YEAR, association.created_at.year) - 1, -1),
    }
    return render(request, "dashboard/home.html", context)


@require_GET
@login_required
def home(request):
    memberships = _memberships(request.user)
    if not memberships:
        return render(request, "dashboard/no_association.html")
    chosen = request.session.get(CHOSEN_ASSOCIATION)
    membership = next((m for m in memberships if m.association_id == chosen), memberships[0])
    return _render(request, membership, memberships)


@require_GET
@login_required
def association_home(request, slug):
    association, membership = association_for(request.user, slug, Action.VIEW_DASHBOARD)
    if request.session.get(CHOSEN_ASSOCIATION) != association.pk:
        request.session[CHOSEN_ASSOCIATION] = association.pk
    memberships = _memberships(request.user)
    membership = next(m for m in memberships if m.pk == membership.pk)
    return _render(request, membership, memberships)


@require_GET
@login_required
def statistics_csv(request, slug, year):
    association, _membership = association_for(request.user, slug, Action.EXPORT_STATISTICS)
    if not FIRST_STATISTICS_YEAR <= year <= timezone.localdate().year:
        raise Http404
    response = HttpResponse(statistics.yearly_csv(association, year), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{association.slug}-katselut-{year}.csv"'
    return response
