"""The catalogue's listings.

One table holds all three kinds (activity, event, volunteer role): the catalogue searches, filters
and counts them together, and one table makes that one query. Kind-specific columns are simply
empty for the other kinds. docs/architecture.md explains the choice.
"""

import datetime
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from services.fields import FlagsField
from services.history import ListingHistory
from services.search import FIELDS as SEARCH_FIELDS
from services.models.choices import TimeOfDay, Weekday
from services.models.place import Place
from services.models.workflow import ListingStatus, ListingWorkflow


def stale_before(today: datetime.date | None = None) -> datetime.date:
    """Listings last confirmed before this day are stale: their association is reminded."""
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=round(settings.FRESHNESS_MONTHS * 30.5))


def hidden_before(today: datetime.date | None = None) -> datetime.date:
    """Listings last confirmed before this day have left the catalogue until they are confirmed."""
    return stale_before(today) - datetime.timedelta(days=settings.FRESHNESS_GRACE_DAYS)


class ReaderText(NamedTuple):
    """A text with its language; `foreign` when that is not the page's, so the page marks it with lang."""

    text: str
    lang: str
    foreign: bool


TEXT_LANGUAGES = [("fi", _("suomi")), ("sv", _("ruotsi")), ("en", _("englanti"))]


class ListingQuerySet(models.QuerySet):
    def published(self, today: datetime.date | None = None):
        """The one rule for what the public may see.

        A listing nobody has confirmed for FRESHNESS_MONTHS plus FRESHNESS_GRACE_DAYS leaves the
        catalogue (it is not deleted) and comes back when its association confirms it.
        """
        return self.filter(
            status=Listing.Status.PUBLISHED,
            association__approved_at__isnull=False,
            working_copy_of__isnull=True,
            last_confirmed_on__gte=hidden_before(today),
        )

    def stale(self, today: datetime.date | None = None):
        """Published listings whose association should confirm them (shown or already hidden)."""
        return self.filter(
            status=Listing.Status.PUBLISHED, working_copy_of__isnull=True, last_confirmed_on__lt=stale_before(today)
        )

    def hidden_as_stale(self, today: datetime.date | None = None):
        return self.stale(today).filter(last_confirmed_on__lt=hidden_before(today))

    def originals(self):
        """Listings themselves, without the working copies of edits to published listings."""
        return self.filter(working_copy_of__isnull=True)

    def waiting_for_review(self):
        return self.filter(status=Listing.Status.PENDING).order_by("submitted_at", "pk")

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.filter(kind=Listing.Kind.EVENT, ends_at__gte=now)


class Listing(ListingWorkflow, models.Model):
    class Kind(models.TextChoices):
        ACTIVITY = "activity", _("toiminta")
        EVENT = "event", _("tapahtuma")
        VOLUNTEER_ROLE = "role", _("vapaaehtoistehtävä")

    Status = ListingStatus

    kind = models.CharField(_("tyyppi"), max_length=10, choices=Kind.choices)
    association = models.ForeignKey(
        "associations.Association", on_delete=models.PROTECT, related_name="listings", verbose_name=_("yhdistys")
    )
    title = models.CharField(_("otsikko"), max_length=150)
    slug = models.SlugField(_("tunniste"), max_length=160, blank=True)
    summary = models.CharField(
        _("lyhyt kuvaus"), max_length=300, help_text=_("Yksi tai kaksi virkettä, jotka näkyvät hakutuloksissa.")
    )
    description = models.TextField(_("kuvaus"), blank=True)
    # The language the texts above are written in, and optional versions of the title and summary
    # in the other languages of the site (text_languages, text_in).
    text_language = models.CharField(_("tekstien kieli"), max_length=2, choices=TEXT_LANGUAGES, default="fi")
    title_sv = models.CharField(_("otsikko ruotsiksi"), max_length=150, blank=True)
    summary_sv = models.CharField(_("lyhyt kuvaus ruotsiksi"), max_length=300, blank=True)
    title_en = models.CharField(_("otsikko englanniksi"), max_length=150, blank=True)
    summary_en = models.CharField(_("lyhyt kuvaus englanniksi"), max_length=300, blank=True)

    target_groups = models.ManyToManyField("vocabularies.TargetGroup", blank=True, verbose_name=_("kohderyhmät"))
    themes = models.ManyToManyField("vocabularies.Theme", blank=True, verbose_name=_("teemat"))
    life_situations = models.ManyToManyField("vocabularies.LifeSituation", blank=True, verbose_name=_("elämäntilanteet"))
    activity_types = models.ManyToManyField("vocabularies.ActivityType", blank=True, verbose_name=_("toimintamuodot"))
    municipalities = models.ManyToManyField(
        "vocabularies.Municipality", blank=True, verbose_name=_("kunnat"), related_name="listings"
    )
    languages = models.ManyToManyField("vocabularies.Language", blank=True, verbose_name=_("kielet"))
    tags = TaggableManager(_("avainsanat"), blank=True, help_text=_("Vapaita hakusanoja pilkuilla eroteltuna."))

    place = models.ForeignKey(
        Place, on_delete=models.SET_NULL, null=True, blank=True, related_name="listings", verbose_name=_("paikka")
    )
    is_online = models.BooleanField(_("verkossa"), default=False)
    online_url = models.URLField(_("verkko-osoite"), blank=True, help_text=_("Linkki etätapaamiseen tai verkkosivuun."))
    accessibility_notes = models.TextField(_("esteettömyys"), blank=True)

    is_free = models.BooleanField(_("maksuton"), default=True)
    price = models.CharField(_("hinta"), max_length=120, blank=True, help_text=_("Esimerkiksi 5 € / kerta."))
    registration_required = models.BooleanField(_("ilmoittautuminen tarvitaan"), default=False)
    registration_info = models.CharField(
        _("ilmoittautumisohje"), max_length=300, blank=True, help_text=_("Miten ja mihin mennessä ilmoittaudutaan.")
    )
    contact_name = models.CharField(_("yhteyshenkilö"), max_length=120, blank=True)
    contact_email = models.EmailField(_("yhteyssähköposti"), blank=True)
    contact_phone = models.CharField(_("yhteyspuhelin"), max_length=40, blank=True)
    # For service counsellors only: shown to approved counsellor accounts, never to the public,
    # the API, search, cards or the handout a client takes home.
    professional_contact = models.TextField(_("yhteyshenkilö ammattilaisille"), blank=True)
    referral_practice = models.TextField(_("ohjauskäytäntö"), blank=True)
    client_briefing = models.TextField(_("kerro asiakkaalle ensin"), blank=True)

    # Activity
    weekdays = FlagsField(_("viikonpäivät"), flag_choices=Weekday.choices, blank=True)
    times_of_day = FlagsField(_("vuorokaudenajat"), flag_choices=TimeOfDay.choices, blank=True)
    schedule = models.CharField(
        _("aikataulu"), max_length=200, blank=True, help_text=_("Esimerkiksi tiistaisin klo 13–15, ei kesällä.")
    )
    # Event
    starts_at = models.DateTimeField(_("alkaa"), null=True, blank=True)
    ends_at = models.DateTimeField(_("päättyy"), null=True, blank=True)
    capacity = models.PositiveIntegerField(_("paikkoja"), null=True, blank=True, help_text=_("Tyhjä, jos rajaton."))
    registration_opens_at = models.DateTimeField(_("ilmoittautuminen alkaa"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(_("ilmoittautuminen päättyy"), null=True, blank=True)
    # Volunteer role
    time_commitment = models.CharField(
        _("ajankäyttö"), max_length=200, blank=True, help_text=_("Esimerkiksi 2 tuntia viikossa vähintään puolen vuoden ajan.")
    )
    training_offered = models.TextField(_("perehdytys ja koulutus"), blank=True)
    requirements = models.TextField(_("mitä tehtävä edellyttää"), blank=True)

    # Prepared words of the texts, kept by services.search.reindex(); searched through SQLite
    # FTS5 or a weighted PostgreSQL tsvector column (migration 0012). Title and vocabulary term
    # names apart from the rest, base forms apart from stems, so that ranking can tell them apart.
    search_title = models.TextField(editable=False, blank=True, default="")
    search_title_stems = models.TextField(editable=False, blank=True, default="")
    search_document = models.TextField(editable=False, blank=True, default="")
    search_document_stems = models.TextField(editable=False, blank=True, default="")

    status = models.CharField(_("tila"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    last_confirmed_on = models.DateField(
        _("tiedot vahvistettu"), default=timezone.localdate, help_text=_("Päivä, jolloin yhdistys viimeksi vahvisti tiedot ajantasaisiksi.")
    )
    created_at = models.DateTimeField(_("luotu"), auto_now_add=True)
    updated_at = models.DateTimeField(_("muokattu"), auto_now=True)
    submitted_at = models.DateTimeField(_("lähetetty tarkastettavaksi"), null=True, blank=True)
    published_at = models.DateTimeField(_("julkaistu"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("luonut"),
    )
    working_copy_of = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="working_copies",
        verbose_name=_("muokattava versio ilmoituksesta"),
        help_text=_("Julkaistun ilmoituksen muutokset odottavat tässä, kunnes ne hyväksytään."),
    )
    return_reason = models.TextField(_("palautuksen syy"), blank=True)
    published_without_review = models.BooleanField(
        _("julkaistu ilman tarkastusta"), default=False, help_text=_("Luotetun yhdistyksen julkaisu, joka tarkastetaan jälkikäteen.")
    )
    # Optimistic locking: every save that may change content or state counts up, so a form or a
    # review page can tell that the listing changed after it was shown (services/models/workflow.py).
    version = models.PositiveIntegerField(_("versio"), default=1, editable=False)
    freshness_reminded_at = models.DateTimeField(
        _("muistutettu vahvistamaan"),
        null=True,
        blank=True,
        help_text=_("Milloin yhdistystä viimeksi muistutettiin vahvistamaan tiedot. Tyhjenee, kun tiedot vahvistetaan."),
    )

    objects = ListingQuerySet.as_manager()
    # A proxy of one kind (Activity, Event, VolunteerRole) names it here; its new objects get it.
    proxy_kind = None

    def __init__(self, *args, **kwargs):
        if self.proxy_kind and not args:  # a new object, not one loaded from the database
            kwargs.setdefault("kind", self.proxy_kind)
        super().__init__(*args, **kwargs)

    class Meta:
        verbose_name = _("ilmoitus")
        verbose_name_plural = _("ilmoitukset")
        # Unpublished listings last on both databases (PostgreSQL would put NULLs first).
        ordering = [models.F("published_at").desc(nulls_last=True), "-id"]
        indexes = [
            models.Index(fields=["status", "kind"], name="listing_status_kind"),
            models.Index(fields=["starts_at"], name="listing_starts_at"),
            models.Index(fields=["last_confirmed_on"], name="listing_confirmed"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__isnull=True) | models.Q(starts_at__isnull=True) | models.Q(ends_at__gt=models.F("starts_at")),
                name="event_ends_after_start",
                violation_error_message=_("Tapahtuman on päätyttävä alkamisen jälkeen."),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:160] or "ilmoitus"
        update_fields = kwargs.get("update_fields")
        if self.pk is not None and (update_fields is None or not set(update_fields) <= self.BOOKKEEPING):
            self.version += 1
            if update_fields is not None:
                kwargs["update_fields"] = [*update_fields, "version"]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        # Each kind has its own Finnish path segment (toiminta/, tapahtumat/, vapaaehtoistehtavat/).
        url_name = {
            self.Kind.ACTIVITY: "catalogue:activity-detail",
            self.Kind.EVENT: "catalogue:event-detail",
            self.Kind.VOLUNTEER_ROLE: "catalogue:role-detail",
        }[self.kind]
        return reverse(url_name, args=[self.pk, self.slug or "ilmoitus"])

    def is_public(self, today: datetime.date | None = None) -> bool:
        """Exactly what `Listing.objects.published()` selects, asked of one listing."""
        return (
            self.status == self.Status.PUBLISHED
            and self.association.is_approved
            and self.working_copy_of_id is None
            and self.last_confirmed_on >= hidden_before(today)
        )

    @property
    def text_languages(self) -> list[str]:
        """The languages the listing can be read in: its texts' own, then its translated titles."""
        others = [code for code, _name in TEXT_LANGUAGES if code != self.text_language and getattr(self, f"title_{code}", "")]
        return [self.text_language, *others]

    def text_in(self, field: str, language: str) -> str:
        """The title or summary in `language`, empty when the listing has none in it."""
        if language == self.text_language:
            return getattr(self, field)
        return getattr(self, f"{field}_{language}", "") if language in ("sv", "en") else ""

    def for_reader(self, field: str) -> "ReaderText":
        """The title or summary in the active language when the listing has it, else in its own."""
        active = (get_language() or "fi")[:2]
        text = self.text_in(field, active)
        language = active if text else self.text_language
        return ReaderText(text or getattr(self, field), language, language != active)

    @property
    def title_for_reader(self) -> "ReaderText":
        return self.for_reader("title")

    @property
    def summary_for_reader(self) -> "ReaderText":
        return self.for_reader("summary")

    # Suomi.fi Palvelutietovaranto (PTV) takes a service name of at most 100 characters and a
    # summary of at most 150; longer texts are kept here but cannot be exported as they are.
    PTV_NAME_MAX, PTV_SUMMARY_MAX = 100, 150

    def ptv_warnings(self) -> list[str]:
        """Why the texts could not go to PTV as they are; empty when they could."""
        warnings = []
        if len(self.title) > self.PTV_NAME_MAX:
            warnings.append(_("Otsikko on liian pitkä Suomi.fi-palvelutietovarantoon (PTV): enintään %(max)s merkkiä, nyt %(length)s.") % {"max": self.PTV_NAME_MAX, "length": len(self.title)})
        if len(self.summary) > self.PTV_SUMMARY_MAX:
            warnings.append(_("Lyhyt kuvaus on liian pitkä Suomi.fi-palvelutietovarantoon (PTV): enintään %(max)s merkkiä, nyt %(length)s.") % {"max": self.PTV_SUMMARY_MAX, "length": len(self.summary)})
        return warnings

    def is_hidden_as_stale(self, today: datetime.date | None = None) -> bool:
        """Published, but out of the catalogue until its association confirms it."""
        return self.status == self.Status.PUBLISHED and self.last_confirmed_on < hidden_before(today)

    def clean(self):
        errors = {}
        if self.kind == self.Kind.EVENT:
            if not self.starts_at:
                errors["starts_at"] = _("Kerro, milloin tapahtuma alkaa.")
            if not self.ends_at:
                errors["ends_at"] = _("Kerro, milloin tapahtuma päättyy.")
            if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
                errors["ends_at"] = _("Tapahtuman on päätyttävä alkamisen jälkeen.")
            opens, closes = self.registration_opens_at, self.registration_closes_at
            if opens and closes and closes <= opens:
                errors["registration_closes_at"] = _("Ilmoittautumisen on päätyttävä sen alkamisen jälkeen.")
            elif closes and self.ends_at and closes > self.ends_at:
                errors["registration_closes_at"] = _("Ilmoittautumisen on päätyttävä viimeistään, kun tapahtuma päättyy.")
            if self.capacity is not None and not self.registration_required:
                errors["capacity"] = _("Paikkamäärä on mahdollinen vain, kun ilmoittautuminen tarvitaan.")
        if self.kind == self.Kind.ACTIVITY and not (self.weekdays or self.schedule):
            errors["schedule"] = _("Kerro, milloin toimintaa on: valitse viikonpäivät tai kirjoita aikataulu.")
        if self.kind == self.Kind.VOLUNTEER_ROLE and not self.time_commitment:
            errors["time_commitment"] = _("Kerro, paljonko tehtävä vie aikaa.")
        if not self.is_free and not self.price:
            errors["price"] = _("Kerro hinta tai merkitse toiminta maksuttomaksi.")
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def check_reach(*, municipalities, is_online: bool) -> None:
        """A listing must be somewhere: in at least one municipality, or online.

        Many-to-many values are not yet saved when `clean()` runs, so forms, admin and imports
        call this with the chosen municipalities.
        """
        if not is_online and not list(municipalities or ()):
            raise ValidationError(
                {"municipalities": _("Valitse vähintään yksi kunta tai merkitse, että toiminta on verkossa.")}
            )

    # Fields a working copy carries; everything else belongs to the listing's own life.
    NOT_CONTENT = {
        "id", "kind", "association", "status", "slug", "created_at", "updated_at", *SEARCH_FIELDS,
        "submitted_at", "published_at", "created_by", "working_copy_of", "return_reason",
        "published_without_review", "last_confirmed_on", "freshness_reminded_at", "version",
    }
    # Saves of only these fields leave the version alone: confirming or reviewing a listing must
    # not make a member's open form look out of date.
    BOOKKEEPING = {
        "last_confirmed_on", "freshness_reminded_at", "published_without_review", "updated_at",
        "search_document", "slug",
    }
    CONTENT_M2M = ["target_groups", "themes", "life_situations", "activity_types", "municipalities", "languages"]

    # Every version, with its classifications and tags (services/history.py); the search
    # document is derived from the rest, and reminders are bookkeeping, not content.
    history = ListingHistory(
        m2m_fields=CONTENT_M2M,
        excluded_fields=[*SEARCH_FIELDS, "freshness_reminded_at"],
        verbose_name=_("ilmoituksen versio"),
        verbose_name_plural=_("ilmoitusten versiot"),
    )

    def is_stale(self, today=None) -> bool:
        return self.last_confirmed_on < stale_before(today)


class KindManager(models.Manager):
    """Manager of a proxy model that shows only one kind of listing."""

    def __init__(self, kind):
        super().__init__()
        self.kind = kind

    def get_queryset(self):
        return ListingQuerySet(self.model, using=self._db).filter(kind=self.kind)


class Activity(Listing):
    proxy_kind = Listing.Kind.ACTIVITY
    objects = KindManager(proxy_kind)

    class Meta:
        proxy = True
        verbose_name = _("toiminta")
        verbose_name_plural = _("toiminnat")


class VolunteerRole(Listing):
    proxy_kind = Listing.Kind.VOLUNTEER_ROLE
    objects = KindManager(proxy_kind)

    class Meta:
        proxy = True
        verbose_name = _("vapaaehtoistehtävä")
        verbose_name_plural = _("vapaaehtoistehtävät")
