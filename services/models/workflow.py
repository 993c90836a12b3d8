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
            self._move("archive", by=by)
            for copy in self.working_copies.all():
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
        """The listing to edit: itself, or for a published listing its working copy (made once)."""
        if self.status != self.Status.PUBLISHED or self.working_copy_of_id:
            return self
        existing = self.working_copies.first()
        if existing:
            return existing
        with transaction.atomic():
            copy = self._meta.concrete_model(kind=self.kind, association=self.association, working_copy_of=self, status=self.Status.DRAFT, created_by=by)
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
        return self

    def duplicate(self, *, by) -> "Listing":
        """A new draft with the same content, e.g. last year's event for a new season."""
        with transaction.atomic():
            copy = self._meta.concrete_model(kind=self.kind, association=self.association, status=self.Status.DRAFT, created_by=by)
            self._copy_content(copy)
        return copy
