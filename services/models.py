"""The catalogue's listings.

One table holds all three kinds (activity, event, volunteer role): the catalogue searches, filters
and counts them together, and one table makes that one query. Kind-specific columns are simply
empty for the other kinds. docs/architecture.md explains the choice.
"""

import datetime
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from services.fields import FlagsField


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("maanantai")
    TUESDAY = 1, _("tiistai")
    WEDNESDAY = 2, _("keskiviikko")
    THURSDAY = 3, _("torstai")
    FRIDAY = 4, _("perjantai")
    SATURDAY = 5, _("lauantai")
    SUNDAY = 6, _("sunnuntai")


class TimeOfDay(models.IntegerChoices):
    MORNING = 0, _("aamupäivä")
    AFTERNOON = 1, _("iltapäivä")
    EVENING = 2, _("ilta")

    @classmethod
    def of(cls, moment: datetime.datetime) -> "TimeOfDay":
        hour = timezone.localtime(moment).hour
        if hour < 12:
            return cls.MORNING
        if hour < 17:
            return cls.AFTERNOON
        return cls.EVENING


class Place(models.Model):
    name = models.CharField(_("nimi"), max_length=200, help_text=_("Esimerkiksi Nurmijärven pääkirjasto, kerhohuone."))
    street_address = models.CharField(_("katuosoite"), max_length=200)
    postal_code = models.CharField(
        _("postinumero"),
        max_length=5,
        validators=[RegexValidator(r"^\d{5}$", _("Postinumerossa on viisi numeroa."))],
    )
    municipality = models.ForeignKey(
        "vocabularies.Municipality", on_delete=models.PROTECT, related_name="places", verbose_name=_("kunta")
    )
    association = models.ForeignKey(
        "associations.Association",
        on_delete=models.CASCADE,
        related_name="places",
        null=True,
        blank=True,
        verbose_name=_("yhdistys"),
        help_text=_("Yhdistys, jonka tavallinen paikka tämä on. Tyhjä, jos paikka on yhteinen."),
    )
    is_accessible = models.BooleanField(
        _("esteetön"), default=False, help_text=_("Sisäänkäynti ja tilat ilman portaita, esteetön wc.")
    )
    accessibility = models.TextField(
        _("esteettömyystiedot"), blank=True, help_text=_("Esimerkiksi hissi, induktiosilmukka, pysäköinti.")
    )
    latitude = models.DecimalField(_("leveysaste"), max_digits=8, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("pituusaste"), max_digits=9, decimal_places=6, null=True, blank=True)

    class Meta:
        verbose_name = _("paikka")
        verbose_name_plural = _("paikat")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.street_address}"

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Anna sekä leveys- että pituusaste tai jätä molemmat tyhjiksi."))
        if self.latitude is not None and not (59 <= self.latitude <= 71 and 19 <= self.longitude <= 32):
            raise ValidationError(_("Koordinaatit eivät osu Suomeen. Tarkista leveys- ja pituusaste."))

    @property
    def map_url(self) -> str:
        """A link that opens the place in OpenStreetMap."""
        if self.latitude is not None:
            return f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}#map=17/{self.latitude}/{self.longitude}"
        query = quote(f"{self.street_address}, {self.postal_code} {self.municipality.name_fi}")
        return f"https://www.openstreetmap.org/search?query={query}"


class ListingQuerySet(models.QuerySet):
    def published(self):
        """The one rule for what the public may see."""
        return self.filter(status=Listing.Status.PUBLISHED, association__approved_at__isnull=False)

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def editable_by(self, user):
        """Listings of the associations the user is a member of."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(association__memberships__user=user)

    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.filter(kind=Listing.Kind.EVENT, ends_at__gte=now)


class Listing(models.Model):
    class Kind(models.TextChoices):
        ACTIVITY = "activity", _("toiminta")
        EVENT = "event", _("tapahtuma")
        VOLUNTEER_ROLE = "role", _("vapaaehtoistehtävä")

    class Status(models.TextChoices):
        DRAFT = "draft", _("luonnos")
        PENDING = "pending", _("odottaa tarkastusta")
        PUBLISHED = "published", _("julkaistu")
        RETURNED = "returned", _("palautettu korjattavaksi")
        ARCHIVED = "archived", _("arkistoitu")

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

    # Stemmed words of the texts, kept by services.search.reindex(); searched through SQLite
    # FTS5 or a PostgreSQL tsvector column (see migration 0002).
    search_document = models.TextField(editable=False, blank=True, default="")

    status = models.CharField(_("tila"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    last_confirmed_on = models.DateField(
        _("tiedot vahvistettu"), default=datetime.date.today, help_text=_("Päivä, jolloin yhdistys viimeksi vahvisti tiedot ajantasaisiksi.")
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

    objects = ListingQuerySet.as_manager()

    class Meta:
        verbose_name = _("ilmoitus")
        verbose_name_plural = _("ilmoitukset")
        ordering = ["-published_at", "-id"]
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
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        # Each kind has its own Finnish path segment (toiminta/, tapahtumat/, vapaaehtoistehtavat/).
        url_name = {
            self.Kind.ACTIVITY: "services:activity-detail",
            self.Kind.EVENT: "services:event-detail",
            self.Kind.VOLUNTEER_ROLE: "services:role-detail",
        }[self.kind]
        return reverse(url_name, args=[self.pk, self.slug or "ilmoitus"])

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.association.is_approved

    def clean(self):
        errors = {}
        if self.kind == self.Kind.EVENT:
            if not self.starts_at:
                errors["starts_at"] = _("Kerro, milloin tapahtuma alkaa.")
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

    def is_stale(self, today=None) -> bool:
        today = today or timezone.localdate()
        months = settings.FRESHNESS_MONTHS
        return (today - self.last_confirmed_on).days > months * 30.5


class CatalogueRevision(models.Model):
    """A single counter that every change to public content increases.

    Each app process keeps its catalogue index in memory and rebuilds it when this number
    differs from the one it was built at (services.catalogue), so all processes agree.
    """

    number = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("luettelon versio")
        verbose_name_plural = _("luettelon versiot")

    def __str__(self):
        return str(self.number)

    @classmethod
    def bump(cls) -> None:
        updated = cls.objects.filter(pk=1).update(number=models.F("number") + 1, changed_at=timezone.now())
        if not updated:
            cls.objects.get_or_create(pk=1, defaults={"number": 1})

    @classmethod
    def current(cls) -> int:
        return cls.objects.filter(pk=1).values_list("number", flat=True).first() or 0


class KindManager(models.Manager):
    """Manager of a proxy model that shows only one kind of listing."""

    def __init__(self, kind):
        super().__init__()
        self.kind = kind

    def get_queryset(self):
        return ListingQuerySet(self.model, using=self._db).filter(kind=self.kind)


class Activity(Listing):
    objects = KindManager(Listing.Kind.ACTIVITY)

    class Meta:
        proxy = True
        verbose_name = _("toiminta")
        verbose_name_plural = _("toiminnat")

    def __init__(self, *args, **kwargs):
        if not args:  # a new object, not one loaded from the database
            kwargs.setdefault("kind", Listing.Kind.ACTIVITY)
        super().__init__(*args, **kwargs)


class VolunteerRole(Listing):
    objects = KindManager(Listing.Kind.VOLUNTEER_ROLE)

    class Meta:
        proxy = True
        verbose_name = _("vapaaehtoistehtävä")
        verbose_name_plural = _("vapaaehtoistehtävät")

    def __init__(self, *args, **kwargs):
        if not args:  # a new object, not one loaded from the database
            kwargs.setdefault("kind", Listing.Kind.VOLUNTEER_ROLE)
        super().__init__(*args, **kwargs)
