from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Change-log rows kept for processes that fell behind; one further back rebuilds its index whole.
KEPT_CHANGES = 1000


class CatalogueRevision(models.Model):
    """A single counter that every change to public content increases.

    Each app process keeps its catalogue index in memory and brings it up to date when this
    number differs from the one it was built at (catalogue/index.py), so all processes agree:
    from the change log when every change since then is still there, else by a full rebuild.
    """

    number = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("luettelon versio")
        verbose_name_plural = _("luettelon versiot")

    def __str__(self):
        return str(self.number)

    @classmethod
    def bump(cls, listing_ids=None, *, texts_changed: bool = True) -> None:
        """Count one change to what the catalogue shows and log which listings it touched.

        `listing_ids=None` means "unknown or not about single listings" (a vocabulary, a bulk
        write): every process rebuilds its index whole. `texts_changed=False` says that no search
        document changed, so earlier full-text matches still hold. The counter and its log row commit
        together, and the row lock orders concurrent bumps, so a process that reads number N
        finds the rows of every change up to N.
        """
        now = timezone.now()
        with transaction.atomic():
            updated = cls.objects.filter(pk=1).update(number=models.F("number") + 1, changed_at=now)
            if not updated:
                # A counter starting over (an emptied table) must not meet the log of the old one.
                CatalogueChange.objects.all().delete()
                cls.objects.get_or_create(pk=1, defaults={"number": 1})
            number, changed_at = cls.objects.filter(pk=1).values_list("number", "changed_at").get()
            CatalogueChange.objects.create(
                revision=number,
                changed_at=changed_at,
                listing_ids=None if listing_ids is None else sorted(set(listing_ids)),
                texts_changed=texts_changed,
            )
            if number % 100 == 0:
                CatalogueChange.objects.filter(revision__lte=number - KEPT_CHANGES).delete()

    @classmethod
    def current(cls) -> str:
        """The number with the time of the change, so a restored or emptied table never repeats one."""
        row = cls.objects.filter(pk=1).values_list("number", "changed_at").first()
        return label(*row) if row else "0"


def label(number: int, changed_at) -> str:
    return f"{number}@{changed_at.timestamp()}"


class CatalogueChange(models.Model):
    """Which listings one revision of the catalogue changed (none recorded: rebuild whole)."""

    revision = models.PositiveBigIntegerField(unique=True)
    changed_at = models.DateTimeField()
    listing_ids = models.JSONField(null=True)
    texts_changed = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("luettelon muutos")
        verbose_name_plural = _("luettelon muutokset")

    def __str__(self):
        return str(self.revision)

    @classmethod
    def listings_between(cls, since: str, until: str) -> tuple[set[int], bool] | None:
        """The listings changed after revision `since` up to `until` (labels of `current()`), and
        whether any of their search documents changed.

        None when that cannot be told: a change not about single listings, a log pruned past
        `since`, or a counter that started over (the label of `since` is no longer in the log).
        """
        try:
            first, last = int(since.split("@")[0]), int(until.split("@")[0])
        except ValueError:
            return None
        if not 0 < first <= last:
            return None
        rows = list(
            cls.objects.filter(revision__range=(first, last))
            .order_by("revision")
            .values_list("revision", "changed_at", "listing_ids", "texts_changed")
        )
        if len(rows) != last - first + 1 or label(*rows[0][:2]) != since or label(*rows[-1][:2]) != until:
            return None
        changed, texts_changed = set(), False
        for _revision, _changed_at, listing_ids, texts in rows[1:]:
            if listing_ids is None:
                return None
            changed.update(listing_ids)
            texts_changed = texts_changed or texts
        return changed, texts_changed
