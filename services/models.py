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
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from services.fields import FlagsField
from services.history import ListingHistory, version_classification, version_tags


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


class IllegalTransition(ValidationError):
    """A workflow step that the listing's current state does not allow."""


def stale_before(today: datetime.date | None = None) -> datetime.date:
    """Listings last confirmed before this day are stale: their association is reminded."""
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=round(settings.FRESHNESS_MONTHS * 30.5))


def hidden_before(today: datetime.date | None = None) -> datetime.date:
    """Listings last confirmed before this day have left the catalogue until they are confirmed."""
    return stale_before(today) - datetime.timedelta(days=settings.FRESHNESS_GRACE_DAYS)


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
    freshness_reminded_at = models.DateTimeField(
        _("muistutettu vahvistamaan"),
        null=True,
        blank=True,
        help_text=_("Milloin yhdistystä viimeksi muistutettiin vahvistamaan tiedot. Tyhjenee, kun tiedot vahvistetaan."),
    )

    objects = ListingQuerySet.as_manager()

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

    # The workflow. Every step goes through _move(), which checks it and records it.
    ALLOWED = {
        "submit": ({Status.DRAFT, Status.RETURNED}, Status.PENDING),
        "publish": ({Status.PENDING}, Status.PUBLISHED),
        "return": ({Status.PENDING}, Status.RETURNED),
        "archive": ({Status.DRAFT, Status.PENDING, Status.RETURNED, Status.PUBLISHED}, Status.ARCHIVED),
        "restore": ({Status.ARCHIVED}, Status.DRAFT),
    }
    STEP_NAMES = {
        "submit": _("lähettää tarkastettavaksi"),
        "publish": _("julkaista"),
        "return": _("palauttaa korjattavaksi"),
        "archive": _("arkistoida"),
        "restore": _("palauttaa arkistosta"),
    }

    def can(self, step: str) -> bool:
        if self.working_copy_of_id and step in ("archive", "restore"):
            return False
        return self.status in self.ALLOWED[step][0]

    def _move(self, step: str, *, by, note: str = "") -> None:
        if not self.can(step):
            raise IllegalTransition(
                _("Ilmoitusta, jonka tila on ”%(status)s”, ei voi %(step)s.")
                % {"status": self.get_status_display(), "step": self.STEP_NAMES[step]}
            )
        before, self.status = self.status, self.ALLOWED[step][1]
        self.save()
        ListingTransition.objects.create(
            listing=self.working_copy_of or self,
            from_status=before,
            to_status=self.status,
            by=by if by and by.is_authenticated else None,
            note=note,
            is_edit=bool(self.working_copy_of_id),
        )

    def submit(self, *, by) -> "Listing":
        """Send for review; a trusted association's listing is published at once and reviewed later."""
        with transaction.atomic():
            self.submitted_at = timezone.now()
            self._move("submit", by=by)
            if self.association.trusted:
                return self.publish(by=by, without_review=True)
        return self

    def publish(self, *, by, note: str = "", without_review: bool = False) -> "Listing":
        """Publish; for the working copy of a published listing, apply it and return the original."""
        with transaction.atomic():
            self._move("publish", by=by, note=note)
            listing = self._apply_to_original() if self.working_copy_of_id else self
            listing.published_at = listing.published_at or timezone.now()
            listing.published_without_review = without_review
            listing.return_reason = ""
            listing.last_confirmed_on = timezone.localdate()
            listing.freshness_reminded_at = None
            listing.save()
            listing._public_content_changed()
        return listing

    def return_to_association(self, *, by, reason: str) -> "Listing":
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError({"reason": _("Kerro yhdistykselle, mitä pitää korjata.")})
        with transaction.atomic():
            self.return_reason = reason
            self._move("return", by=by, note=reason)
        return self

    def archive(self, *, by) -> "Listing":
        with transaction.atomic():
            was_public = self.status == self.Status.PUBLISHED
            self._move("archive", by=by)
            for copy in self.working_copies.all():
                copy._delete_copy()
            if was_public:
                self._public_content_changed()
        return self

    def restore(self, *, by) -> "Listing":
        with transaction.atomic():
            self._move("restore", by=by)
        return self

    def confirm(self, *, by=None) -> None:
        """The association says the listing is still valid today."""
        self.last_confirmed_on = timezone.localdate()
        self.freshness_reminded_at = None
        self.save(update_fields=["last_confirmed_on", "freshness_reminded_at", "updated_at"])
        if self.status == self.Status.PUBLISHED:
            self._public_content_changed()

    # Fields a working copy carries; everything else belongs to the listing's own life.
    NOT_CONTENT = {
        "id", "kind", "association", "status", "slug", "search_document", "created_at", "updated_at",
        "submitted_at", "published_at", "created_by", "working_copy_of", "return_reason",
        "published_without_review", "last_confirmed_on", "freshness_reminded_at",
    }
    CONTENT_M2M = ["target_groups", "themes", "life_situations", "activity_types", "municipalities", "languages"]

    # Every version, with its classifications and tags (services/history.py); the search
    # document is derived from the rest, and reminders are bookkeeping, not content.
    history = ListingHistory(
        m2m_fields=CONTENT_M2M,
        excluded_fields=["search_document", "freshness_reminded_at"],
        verbose_name=_("ilmoituksen versio"),
        verbose_name_plural=_("ilmoitusten versiot"),
    )

    @classmethod
    def content_fields(cls):
        return [f for f in cls._meta.concrete_fields if f.name not in cls.NOT_CONTENT]

    def _copy_content(self, target: "Listing") -> None:
        for field in self.content_fields():
            setattr(target, field.attname, getattr(self, field.attname))
        target.save()
        for name in self.CONTENT_M2M:
            getattr(target, name).set(getattr(self, name).all())
        target.tags.set(list(self.tags.names()))

    def start_editing(self, *, by) -> "Listing":
        """The listing to edit: itself, or for a published listing its working copy (made once)."""
        if self.status != self.Status.PUBLISHED or self.working_copy_of_id:
            return self
        existing = self.working_copies.first()
        if existing:
            return existing
        with transaction.atomic():
            copy = Listing(kind=self.kind, association=self.association, working_copy_of=self, status=self.Status.DRAFT, created_by=by)
            copy.title = self.title
            self._copy_content(copy)
            copy.slug = self.slug
            copy.save(update_fields=["slug"])
        return copy

    def _apply_to_original(self) -> "Listing":
        original = self.working_copy_of
        # The original's new version is the copy's content: it is credited to whoever wrote it,
        # not to the liaison publishing it (the transition records who published).
        written = self.history.exclude(status=self.Status.PUBLISHED).select_related("history_user").first()
        if written and written.history_user:
            original._history_user = written.history_user
        self._copy_content(original)
        self._delete_copy()
        return original

    def _delete_copy(self) -> None:
        # taggit leaves a deleted object's tag rows behind: clear them first.
        self.tags.clear()
        self.delete()

    def mark_reviewed(self, *, by) -> None:
        """The liaison has checked a trusted association's listing that was published without review."""
        if not self.published_without_review:
            return
        with transaction.atomic():
            self.published_without_review = False
            self.save(update_fields=["published_without_review", "updated_at"])
            ListingTransition.objects.create(
                listing=self,
                from_status=self.status,
                to_status=self.status,
                by=by if by and by.is_authenticated else None,
                note=_("Tarkastettu julkaisun jälkeen."),
            )

    def restore_version(self, version, *, by) -> "Listing":
        """Bring back the content of an earlier version; the current content stays in the history.

        The status stays as it is. A published listing shows the restored content at once (the
        liaison, who reviews, restores it), so the step is recorded with a note like a transition.
        """
        if version.id != self.pk:
            raise ValueError("The version belongs to another listing.")
        with transaction.atomic():
            for field in self.content_fields():
                setattr(self, field.attname, getattr(version, field.attname))
            if self.place_id and not Place.objects.filter(pk=self.place_id).exists():
                self.place_id = None
            self._history_user = by
            self.save()
            for name, ids in version_classification(version).items():
                related = getattr(self, name)
                related.set(related.model.objects.filter(pk__in=ids))  # merged or deleted terms drop out
            self.tags.set(version_tags(version))
            ListingTransition.objects.create(
                listing=self,
                from_status=self.status,
                to_status=self.status,
                by=by if by and by.is_authenticated else None,
                note=_("Sisältö palautettu versiosta %(date)s.")
                % {"date": timezone.localtime(version.history_date).strftime("%d.%m.%Y %H.%M")},
            )
            if self.status == self.Status.PUBLISHED and not self.working_copy_of_id:
                self._public_content_changed()
        return self

    def duplicate(self, *, by) -> "Listing":
        """A new draft with the same content, e.g. last year's event for a new season."""
        with transaction.atomic():
            copy = Listing(kind=self.kind, association=self.association, status=self.Status.DRAFT, created_by=by)
            self._copy_content(copy)
        return copy

    def _public_content_changed(self) -> None:
        from services import catalogue, search

        search.reindex([self])
        transaction.on_commit(catalogue.changed)

    def is_stale(self, today=None) -> bool:
        return self.last_confirmed_on < stale_before(today)


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
    def current(cls) -> str:
        """The number with the time of the change, so a restored or emptied table never repeats one."""
        row = cls.objects.filter(pk=1).values_list("number", "changed_at").first()
        return f"{row[0]}@{row[1].timestamp()}" if row else "0"


class ListingTransition(models.Model):
    """One step of a listing's workflow: who moved it, when, from which state to which, and why."""

    listing = models.ForeignKey(Listing, on_delete=models.CASCADE, related_name="transitions", verbose_name=_("ilmoitus"))
    from_status = models.CharField(_("tilasta"), max_length=10, choices=Listing.Status.choices)
    to_status = models.CharField(_("tilaan"), max_length=10, choices=Listing.Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("tekijä")
    )
    at = models.DateTimeField(_("aika"), default=timezone.now)
    note = models.TextField(_("huomautus"), blank=True)
    is_edit = models.BooleanField(_("julkaistun ilmoituksen muutos"), default=False)

    class Meta:
        verbose_name = _("tilamuutos")
        verbose_name_plural = _("tilamuutokset")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.listing}: {self.get_from_status_display()} → {self.get_to_status_display()}"


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


class ModerationDigest(models.Model):
    """One daily mail to the liaisons about the listings that started waiting since the previous one.

    The newest submission time included is remembered, so running the digest again the same day
    sends nothing twice (services.actions.send_moderation_digest).
    """

    sent_at = models.DateTimeField(_("lähetetty"), default=timezone.now)
    newest_submitted_at = models.DateTimeField(_("uusin mukana ollut lähetys"))
    listing_count = models.PositiveIntegerField(_("ilmoituksia"), default=0)
    recipient_count = models.PositiveIntegerField(_("vastaanottajia"), default=0)

    class Meta:
        verbose_name = _("tarkastuskooste")
        verbose_name_plural = _("tarkastuskoosteet")
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.sent_at:%Y-%m-%d %H:%M} ({self.listing_count})"


class ListingForReview(Listing):
    """The moderation queue in admin: listings waiting for review (services/moderation_admin.py)."""

    class Meta:
        proxy = True
        verbose_name = _("tarkastettava ilmoitus")
        verbose_name_plural = _("tarkastusjono")


class ListingPublishedWithoutReview(Listing):
    """Trusted associations' listings that went public at once and wait to be read afterwards."""

    class Meta:
        proxy = True
        verbose_name = _("ilman tarkastusta julkaistu ilmoitus")
        verbose_name_plural = _("julkaistu ilman tarkastusta")
