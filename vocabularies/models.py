"""Vocabularies the liaison keeps tidy in admin.

Every term has a Finnish, Swedish and English name and an optional external code (PTV, YSO or
Statistics Finland), so that exports to national registries are a plain mapping.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Term(models.Model):
    name_fi = models.CharField(_("nimi suomeksi"), max_length=120)
    name_sv = models.CharField(_("nimi ruotsiksi"), max_length=120, blank=True)
    name_en = models.CharField(_("nimi englanniksi"), max_length=120, blank=True)
    slug = models.SlugField(_("tunniste"), max_length=80, unique=True, help_text=_("Käytetään osoitteissa ja suodattimissa."))
    code = models.CharField(
        _("ulkoinen koodi"), max_length=80, blank=True, help_text=_("Esimerkiksi PTV-, YSO- tai Tilastokeskuksen koodi.")
    )
    position = models.PositiveSmallIntegerField(_("järjestys"), default=100)

    class Meta:
        abstract = True
        ordering = ["position", "name_fi"]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        """The name in the active language, falling back to Finnish."""
        language = (get_language() or "fi")[:2]
        return getattr(self, f"name_{language}", "") or self.name_fi


class Region(Term):
    class Meta(Term.Meta):
        verbose_name = _("alue")
        verbose_name_plural = _("alueet")


class Municipality(Term):
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="municipalities", verbose_name=_("alue"))

    class Meta(Term.Meta):
        verbose_name = _("kunta")
        verbose_name_plural = _("kunnat")
        ordering = ["name_fi"]


class TargetGroup(Term):
    class Meta(Term.Meta):
        verbose_name = _("kohderyhmä")
        verbose_name_plural = _("kohderyhmät")


class ClassifiedTerm(Term):
    """A term that maps onto the national classifications, for exports to PTV and linked-events systems."""

    ptv_service_classes = models.CharField(
        _("PTV-palveluluokat"), max_length=200, blank=True, help_text=_("Pilkuilla eroteltuina, esimerkiksi P4.12, P5.16.")
    )
    yso_concepts = models.CharField(
        _("YSO-käsitteet"), max_length=200, blank=True, help_text=_("Pilkuilla eroteltuina, esimerkiksi yso:p2433.")
    )

    class Meta(Term.Meta):
        abstract = True

    @property
    def ptv_codes(self) -> list[str]:
        return [code.strip() for code in self.ptv_service_classes.split(",") if code.strip()]

    @property
    def yso_ids(self) -> list[str]:
        return [code.strip() for code in self.yso_concepts.split(",") if code.strip()]


class Theme(ClassifiedTerm):
    class Meta(Term.Meta):
        verbose_name = _("teema")
        verbose_name_plural = _("teemat")


class LifeSituation(ClassifiedTerm):
    class Meta(Term.Meta):
        verbose_name = _("elämäntilanne")
        verbose_name_plural = _("elämäntilanteet")


class ActivityType(ClassifiedTerm):
    class Meta(Term.Meta):
        verbose_name = _("toimintamuoto")
        verbose_name_plural = _("toimintamuodot")


class Language(Term):
    class Meta(Term.Meta):
        verbose_name = _("kieli")
        verbose_name_plural = _("kielet")
