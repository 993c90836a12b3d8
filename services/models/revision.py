from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CatalogueRevision(models.Model):
    """A single counter that every change to public content increases.

    Each app process keeps its catalogue index in memory and rebuilds it when this number
    differs from the one it was built at (catalogue/index.py), so all processes agree.
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
