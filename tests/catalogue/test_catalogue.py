"""A resident or a service counsellor narrows the catalogue down with facets and words."""


import pytest
from django.utils import timezone

from catalogue.filters import CatalogueFilter
from services.models import Listing
from catalogue import index
from tests.factories import make_listing


def search(**params):
    filterset = CatalogueFilter(params, queryset=Listing.objects.none())
    assert filterset.form.is_valid(), filterset.form.errors
    return index.search_catalogue(filterset.form.cleaned_data)


def titles(result):
    return sorted(Listing.objects.get(pk=pk).title for pk in result.ids)


def counts(result, key):
    facet = next(f for f in result.facets if f.key == key)
    return {option.slug: option.count for option in facet.options if option.count}


def test_without_filters_everything_public_is_listed(world):
    assert titles(search()) == ["Tanssi-ilta", "Vauvakahvila", "Vertaistukiryhmä ikäihmisille", "Ystävä ikäihmiselle"]


def test_options_within_a_facet_are_or(world):
    result = search(municipality=["nurmijarvi", "hyvinkaa"])
    assert titles(result) == ["Tanssi-ilta", "Vauvakahvila", "Vertaistukiryhmä ikäihmisille"]


def test_facets_are_and(world):
    result = search(municipality=["nurmijarvi"], target_group=["ikaihmiset"])
    assert titles(result) == ["Vertaistukiryhmä ikäihmisille"]


def test_each_option_counts_with_the_other_facets_kept(world):
    result = search(municipality=["nurmijarvi"])
    # The municipality facet ignores its own selection; the others are narrowed by it.
    assert counts(result, "municipality") == {"nurmijarvi": 2, "hyvinkaa": 1, "forssa": 1}
    assert counts(result, "target_group") == {"ikaihmiset": 1, "lapsiperheet": 1}
    assert counts(result, "kind") == {"activity": 2}
    assert counts(result, "cost") == {"free": 1}
    assert counts(result, "mode") == {"onsite": 1, "online": 1}


def test_boolean_facets(world):
    assert titles(search(cost=["free"])) == ["Tanssi-ilta", "Vertaistukiryhmä ikäihmisille", "Ystävä ikäihmiselle"]
    assert titles(search(accessible=["yes"])) == ["Vertaistukiryhmä ikäihmisille"]
    assert titles(search(registration=["required"])) == ["Tanssi-ilta"]
    assert titles(search(mode=["online"])) == ["Vauvakahvila"]


def test_weekday_and_time_of_day_cover_activities_and_events(world):
    listings, _hidden = world
    dance_day = index.WEEKDAY_SLUGS[timezone.localtime(listings["dance"].starts_at).weekday()]
    expected = {"tue": {"Vertaistukiryhmä ikäihmisille"}, "thu": {"Vauvakahvila"}}
    expected.setdefault(dance_day, set()).add("Tanssi-ilta")
    for day, names in expected.items():
        assert set(titles(search(weekday=[day]))) == names
    assert titles(search(time_of_day=["evening"])) == ["Tanssi-ilta", "Vauvakahvila"]


def test_date_range_keeps_events_on_those_days_and_activities_meeting_then(world):
    listings, _hidden = world
    day = timezone.localtime(listings["dance"].starts_at).date()
    result = search(date_from=day.isoformat(), date_to=day.isoformat())
    expected = {"Tanssi-ilta"}
    if day.weekday() == 1:
        expected.add("Vertaistukiryhmä ikäihmisille")
    if day.weekday() == 3:
        expected.add("Vauvakahvila")
    assert set(titles(result)) == expected


@pytest.mark.parametrize(
    "query, found",
    [
        ("ikäihmisille", "Vertaistukiryhmä ikäihmisille"),  # the same inflected form
        ("ikäihmiset", "Vertaistukiryhmä ikäihmisille"),  # plural nominative
        ("ikäihminen", "Vertaistukiryhmä ikäihmisille"),  # base form, another stem
        ("ikäihmisten", "Vertaistukiryhmä ikäihmisille"),  # genitive plural
        ("vertaistukiryhmiä", "Vertaistukiryhmä ikäihmisille"),  # partitive plural
        ("vertaistuki", "Vertaistukiryhmä ikäihmisille"),  # first part of the compound
        ("ryhmä", "Vertaistukiryhmä ikäihmisille"),  # last part of the compound
        ("vertai", "Vertaistukiryhmä ikäihmisille"),  # typed halfway
        ("kahvila", "Vauvakahvila"),  # the end of a compound
        ("tanssi", "Tanssi-ilta"),
        ("lavatanssi", "Tanssi-ilta"),  # base form of lavatansseja
        ("shakkikerho", None),  # in no text
    ],
)
def test_finnish_search_understands_inflection_and_compounds(world, query, found):
    result = search(q=query)
    if found is None:
        assert result.total == 0
    else:
        assert found in titles(result)


def test_search_never_reaches_unpublished_past_or_unapproved(world):
    # The dance is for older people by its target group, whose name is searched too.
    assert sorted(titles(search(q="ikäihmisille"))) == ["Tanssi-ilta", "Vertaistukiryhmä ikäihmisille", "Ystävä ikäihmiselle"]


def test_no_hits_names_the_filters_to_relax(world):
    result = search(municipality=["forssa"], target_group=["lapsiperheet"])
    assert result.total == 0
    assert set(result.relaxable) == {"municipality", "target_group"}


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"municipality": ["nurmijarvi"]},
        {"municipality": ["nurmijarvi", "forssa"], "cost": ["free"]},
        {"target_group": ["ikaihmiset"], "kind": ["event", "activity"]},
        {"weekday": ["tue", "thu"], "time_of_day": ["afternoon"]},
        {"q": "ikäihmisille", "mode": ["onsite"]},
        {"when": "month"},
        {"registration": ["not-required"], "accessible": ["yes"]},
    ],
)
def test_the_index_agrees_with_the_database(world, params):
    filterset = CatalogueFilter(params, queryset=Listing.objects.all())
    assert filterset.form.is_valid()
    assert sorted(search(**params).ids) == sorted(filterset.qs.values_list("pk", flat=True))


def test_catalogue_page_shows_results_counts_and_chips(client, world):
    response = client.get("/", {"municipality": "nurmijarvi", "q": "ikäihmisille"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 tulos" in html
    assert "<mark>" in html
    assert "Tyhjennä kaikki" in html
    assert 'value="ikäihmisille"' in html


def test_options_without_results_are_disabled_not_links(client, world):
    html = client.get("/", {"municipality": "forssa"}).content.decode()
    assert 'name="target_group" value="lapsiperheet" disabled' in html


def test_bad_input_is_explained_and_the_rest_still_applies(client, world):
    response = client.get("/", {"municipality": ["nurmijarvi", "atlantis"], "date_from": "ensi viikolla", "q": "kahvila"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Valitse oikea vaihtoehto" in html or "kelvollinen" in html
    assert 'value="kahvila"' in html
    assert "Vauvakahvila" in html


def test_page_number_out_of_range_shows_last_page(client, world):
    response = client.get("/", {"page": "999"})
    assert response.status_code == 200
    assert "Vauvakahvila" in response.content.decode()
    assert client.get("/", {"page": "kaksi"}).status_code == 200


def test_filter_change_with_javascript_returns_only_the_results(client, world):
    response = client.get("/", {"kind": "event"}, headers={"X-Catalogue-Partial": "1"})
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="catalogue-results"')
    assert "Tanssi-ilta" in html and "<html" not in html


def test_query_count_is_constant_whatever_the_page_size_and_filters(client, association, django_assert_max_num_queries):
    for n in range(45):
        make_listing(association, title=f"Kerho {n}")
    client.get("/")  # builds the in-memory index once
    with django_assert_max_num_queries(8):
        client.get("/", {"q": "kerho", "municipality": "nurmijarvi", "cost": "free", "kind": "activity", "page": "2"})
    with django_assert_max_num_queries(8):
        client.get("/")


def test_any_search_can_be_subscribed_to_as_a_calendar(client, world):
    import icalendar

    response = client.get("/kalenteri.ics", {"municipality": "hyvinkaa"})
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")] == ["Tanssi-ilta"]
    empty = icalendar.Calendar.from_ical(client.get("/kalenteri.ics", {"municipality": "forssa"}).content)
    assert list(empty.walk("VEVENT")) == []


def test_a_changed_listing_shows_its_new_text_at_once(client, world, liaison, django_capture_on_commit_callbacks):
    listings, _hidden = world
    assert "Vauvakahvila" in client.get("/").content.decode()  # the card is now rendered and kept
    copy = listings["baby_cafe"].start_editing(by=liaison)
    copy.title = "Vauvakahvila Kuplat"
    copy.save()
    copy.submit(by=liaison)
    with django_capture_on_commit_callbacks(execute=True):
        copy.publish(by=liaison)
    html = client.get("/").content.decode()
    assert "Vauvakahvila Kuplat" in html


def test_the_page_is_served_without_the_templates_indentation(client, activity):
    page = client.get("/").content.decode()

    assert activity.title in page
    assert "\n " not in page and "\n\t" not in page
