"""A listing's life: draft, review, publication, return, archive; working copies of published ones.

`ListingWorkflow` holds the steps as methods of `Listing`; each step checks the state it starts
from, records a `ListingTransition`, and saves. Mail and other work that reaches beyond one
listing lives in `moderation/actions.py` and `dashboard/edit_actions.py`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from services.history import version_classification, version_tags
from services.models.place import Place


class IllegalTransition(ValidationError):
    """A workflow step that the listing's current state does not allow."""


class ChangedSinceShown(IllegalTransition):
    """The listing was changed (or is gone) after the page that asks for the step was shown."""

    def __init__(self, message=None):
        super().__init__(
            message or _("Ilmoitusta on muutettu sen jälkeen, kun avasit sen. Tarkista muutokset ja yritä uudelleen.")
        )


class ListingStatus(models.TextChoices):
    DRAFT = "draft", _("luonnos")
    PENDING = "pending", _("odottaa tarkastusta")
    PUBLISHED = "published", _("julkaistu")
    RETURNED = "returned", _("palautettu korjattavaksi")
    ARCHIVED = "archived", _("arkistoitu")


class ListingTransition(models.Model):
    """One step of a listing's workflow: who moved it, when, from which state to which, and why."""

    listing = models.ForeignKey("services.Listing", on_delete=models.CASCADE, related_name="transitions", verbose_name=_("ilmoitus"))
    from_status = models.CharField(_("tilasta"), max_length=10, choices=ListingStatus.choices)
    to_status = models.CharField(_("tilaan"), max_length=10, choices=ListingStatus.choices)
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


class ListingWorkflow:
    """The workflow steps of `Listing` (mixed into it; not used on its own)."""

    # The workflow. Every step goes through _move(), which checks it and records it.
    ALLOWED = {
        "submit": ({ListingStatus.DRAFT, ListingStatus.RETURNED}, ListingStatus.PENDING),
        "publish": ({ListingStatus.PENDING}, ListingStatus.PUBLISHED),
        "return": ({ListingStatus.PENDING}, ListingStatus.RETURNED),
        "archive": ({ListingStatus.DRAFT, ListingStatus.PENDING, ListingStatus.RETURNED, ListingStatus.PUBLISHED}, ListingStatus.ARCHIVED),
        "restore": ({ListingStatus.ARCHIVED}, ListingStatus.DRAFT),
        "withdraw": ({ListingStatus.PENDING}, ListingStatus.DRAFT),
    }
    STEP_NAMES = {
        "submit": _("lähettää tarkastettavaksi"),
        "publish": _("julkaista"),
        "return": _("palauttaa korjattavaksi"),
        "archive": _("arkistoida"),
        "restore": _("palauttaa arkistosta"),
        "withdraw": _("ottaa pois tarkastuksesta"),
    }

    def can(self, step: str) -> bool:
        if self.working_copy_of_id and step in ("archive", "restore"):
            return False
        return self.status in self.ALLOWED[step][0]

    def lock(self, expected_version: int | None = None) -> None:
        """Lock the listing's row (and first its original's) until the transaction ends, and reload it.

        Two requests acting on one listing at once take turns here, and the second sees what the
        first did: a step is checked against the state it acts on, never against the state its
        page was loaded with. With `expected_version`, a listing changed since then is refused.
        Call inside transaction.atomic(). The original is locked before its working copy, in
        every step, so that two steps never wait for each other.
        """
        rows = self._meta.concrete_model._base_manager.select_for_update().values_list("pk", flat=True)
        if self.working_copy_of_id:
            list(rows.filter(pk=self.working_copy_of_id))
        if not list(rows.filter(pk=self.pk)):
            raise ChangedSinceShown(
                _("Ilmoitusta ei enää ole tässä muodossa: se on ehkä juuri julkaistu tai arkistoitu.")
            )
        self.refresh_from_db()
        if expected_version is not None and self.version != expected_version:
            raise ChangedSinceShown()

    def _move(self, step: str, *, by, note: str = "", expected_version: int | None = None, changes=None) -> None:
        """Check the step against the locked, current state; apply it with `changes` and record it."""
        self.lock(expected_version)
        if not self.can(step):
            raise IllegalTransition(
                _("Ilmoitusta, jonka tila on ”%(status)s”, ei voi %(step)s.")
                % {"status": self.get_status_display(), "step": self.STEP_NAMES[step]}
            )
        for name, value in (changes or {}).items():
            setattr(self, name, value)
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
            self._move("submit", by=by, changes={"submitted_at": timezone.now()})
            if self.association.trusted:
                return self.publish(by=by, without_review=True)
        return self

    def publish(
        self, *, by, note: str = "", without_review: bool = False, expected_version: int | None = None
    ) -> "Listing":
        """Publish; for the working copy of a published listing, apply it and return the original.

        The liaison publishes what they reviewed: `expected_version` is the version their page
        showed, and a listing changed since then raises ChangedSinceShown and stays as it is.
        """
        with transaction.atomic():
            self._move("publish", by=by, note=note, expected_version=expected_version)
            listing = self._apply_to_original() if self.working_copy_of_id else self
            listing.published_at = listing.published_at or timezone.now()
            listing.published_without_review = without_review
            listing.return_reason = ""
            listing.last_confirmed_on = timezone.localdate()
            listing.freshness_reminded_at = None
            listing.save()
        return listing

    def return_to_association(self, *, by, reason: str) -> "Listing":
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError({"reason": _("Kerro yhdistykselle, mitä pitää korjata.")})
        with transaction.atomic():
            self._move("return", by=by, note=reason, changes={"return_reason": reason})
        return self

    def withdraw(self, *, by) -> "Listing":
        """Take a listing out of review because its association changes it: the liaison never
        publishes a text they did not see, and the member sends it again when it is ready."""
        with transaction.atomic():
            self._move("withdraw", by=by, note=_("Muokattu tarkastuksen aikana: otettu pois tarkastuksesta."))
        return self

    def archive(self, *, by) -> "Listing":
        with transaction.atomic():
            self._move("archive", by=by)
            for copy in self.working_copies.select_for_update():
                copy._delete_copy()
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
        """The listing to edit: itself, or for a published listing its working copy (made once).

        The original's row is locked while looking for a copy, so two members starting at once
        make one copy, not two.
        """
        if self.status != self.Status.PUBLISHED or self.working_copy_of_id:
            return self
        with transaction.atomic():
            self.lock()
            existing = self.working_copies.first()
            if existing or self.status != self.Status.PUBLISHED:
                return existing or self
            copy = self._meta.concrete_model(kind=self.kind, association=self.association, working_copy_of=self, status=self.Status.DRAFT, created_by=by)
            copy.title = self.title
            self._copy_content(copy)
            copy.slug = self.slug
            copy.save(update_fields=["slug"])
        return copy

    def _apply_to_original(self) -> "Listing":
        # Fresh from the database (its row is locked): a copy's cached original may be stale.
        original = self._meta.concrete_model._base_manager.get(pk=self.working_copy_of_id)
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
        with transaction.atomic():
            self.lock()
            if not self.published_without_review:
                return  # another liaison marked it a moment ago
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
            self.lock()
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
        return self

    def duplicate(self, *, by) -> "Listing":
        """A new draft with the same content, e.g. last year's event for a new season."""
        with transaction.atomic():
            copy = self._meta.concrete_model(kind=self.kind, association=self.association, status=self.Status.DRAFT, created_by=by)
            self._copy_content(copy)
        return copy
