"""The shapes the read API answers with: every field typed, so the OpenAPI document is exact."""

import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field

Kind = Literal["activity", "event", "role"]


class TermOut(Schema):
    slug: str
    name: str = Field(description="The name in the response's language, Finnish when it has none")
    code: str = Field(description="External code (PTV, YSO or Statistics Finland), empty when none")


class AssociationRef(Schema):
    slug: str
    name: str
    url: str


class PlaceOut(Schema):
    name: str
    street_address: str
    postal_code: str
    municipality: str
    is_accessible: bool
    accessibility: str
    latitude: float | None
    longitude: float | None


class ContactOut(Schema):
    name: str
    email: str
    phone: str


class TranslationOut(Schema):
    title: str
    summary: str


class DateOut(Schema):
    starts_at: datetime.datetime
    ends_at: datetime.datetime


class ListingOut(Schema):
    id: int
    kind: Kind
    title: str
    summary: str
    description: str
    text_language: Literal["fi", "sv", "en"] = Field(description="The language title, summary and description are written in")
    text_languages: list[Literal["fi", "sv", "en"]] = Field(description="Its own language first, then those it has a title in")
    translations: dict[str, TranslationOut] = Field(description="Title and summary in other languages, by language code")
    url: str
    association: AssociationRef
    municipalities: list[TermOut]
    target_groups: list[TermOut]
    themes: list[TermOut]
    life_situations: list[TermOut]
    activity_types: list[TermOut]
    languages: list[TermOut]
    tags: list[str]
    place: PlaceOut | None
    is_online: bool
    online_url: str
    accessibility_notes: str
    is_free: bool
    price: str
    registration_required: bool
    registration_info: str
    contact: ContactOut
    last_confirmed_on: datetime.date
    published_at: datetime.datetime | None
    updated_at: datetime.datetime
    # Activities (and volunteer roles may say when they meet too)
    schedule: str | None = Field(None, description="Activities: the schedule in words")
    weekdays: list[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]] | None = None
    times_of_day: list[Literal["morning", "afternoon", "evening"]] | None = None
    # Events
    starts_at: datetime.datetime | None = Field(None, description="Events only")
    ends_at: datetime.datetime | None = Field(None, description="Events only: the end of its last date")
    dates: list[DateOut] | None = Field(None, description="Events only: its dates that are not over yet, soonest first")
    capacity: int | None = Field(None, description="Events only; empty when unlimited")
    registration_opens_at: datetime.datetime | None = None
    registration_closes_at: datetime.datetime | None = None
    # Volunteer roles
    time_commitment: str | None = Field(None, description="Volunteer roles only")
    training_offered: str | None = Field(None, description="Volunteer roles only")
    requirements: str | None = Field(None, description="Volunteer roles only")


class FacetOptionOut(Schema):
    slug: str
    label: str
    count: int = Field(description="Results this option would give with the other facets' selections kept")
    selected: bool


class Page(Schema):
    count: int
    page: int
    pages: int
    next: str | None = Field(description="Address of the next page, empty on the last")
    previous: str | None = Field(description="Address of the previous page, empty on the first")


class ListingPage(Page):
    results: list[ListingOut]
    facets: dict[str, list[FacetOptionOut]]


class AssociationOut(Schema):
    slug: str
    name: str
    business_id: str = Field(description="Y-tunnus, empty when the association has none")
    description: str
    municipalities: list[TermOut]
    email: str
    phone: str
    website: str
    url: str
    updated_at: datetime.datetime


class AssociationPage(Page):
    results: list[AssociationOut]


class RemovedOut(Schema):
    id: int = Field(description="The id the listing had in /listings/")
    removed_at: datetime.datetime


class RemovedPage(Page):
    results: list[RemovedOut]


class ErrorOut(Schema):
    detail: str = Field(description="What went wrong, in the response's language")
    errors: dict[str, list[str]] | None = Field(None, description="Per parameter, when parameters were refused")
