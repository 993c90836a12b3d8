"""Where a listing meets: an association's usual places, or shared ones."""

from decimal import Decimal
from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from services import geocoding


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
    directions = models.TextField(
        _("kulkuohjeet"), blank=True, help_text=_("Miten paikalle pääsee: bussilinja ja pysäkki, sisäänkäynti, pysäköinti.")
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

    def locate(self) -> bool:
        """Take the centroid of the postal-code area when no coordinates are set (not saved).

        The figure is approximate (hundreds of metres); the liaison can refine it in admin.
        Returns whether coordinates were filled in.
        """
        if self.latitude is not None:
            return False
        point = geocoding.postal_code_centroid(self.postal_code)
        if point is None:
            return False
        self.latitude, self.longitude = (Decimal(f"{value:.6f}") for value in point)
        return True

    @property
    def map_url(self) -> str:
        """A link that opens the place in OpenStreetMap."""
        if self.latitude is not None:
            return f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}#map=17/{self.latitude}/{self.longitude}"
        query = quote(f"{self.street_address}, {self.postal_code} {self.municipality.name_fi}")
        return f"https://www.openstreetmap.org/search?query={query}"
