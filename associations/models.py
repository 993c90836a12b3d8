import datetime
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from associations.validators import validate_business_id
from tarjotin.history import OneVersionPerSave


class AssociationQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(approved_at__isnull=False)

    def for_user(self, user):
        """Associations the user is a member of."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user)

    def left_without_admin(self, memberships):
        """Associations whose every admin membership is among `memberships`: removing or demoting
        them all would leave nobody to manage the association (the rule of Membership)."""
        admins = Membership.objects.admins().filter(association=models.OuterRef("pk"))
        return self.filter(
            models.Exists(admins.filter(pk__in=memberships)), ~models.Exists(admins.exclude(pk__in=memberships))
        )


class Association(models.Model):
    name = models.CharField(_("nimi"), max_length=200)
    slug = models.SlugField(_("tunniste"), max_length=120, unique=True)
    business_id = models.CharField(
        _("Y-tunnus"), max_length=9, blank=True, validators=[validate_business_id], help_text=_("Esimerkiksi 1234567-8.")
    )
    description = models.TextField(_("kuvaus"), blank=True)
    municipalities = models.ManyToManyField(
        "vocabularies.Municipality", related_name="associations", verbose_name=_("toimintakunnat"), blank=True
    )
    email = models.EmailField(_("sähköposti"), blank=True)
    phone = models.CharField(_("puhelin"), max_length=40, blank=True)
    street_address = models.CharField(_("katuosoite"), max_length=200, blank=True)
    postal_code = models.CharField(_("postinumero"), max_length=5, blank=True)
    post_office = models.CharField(_("postitoimipaikka"), max_length=80, blank=True)
    website = models.URLField(_("verkkosivut"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    approved_at = models.DateTimeField(
        _("hyväksytty"), null=True, blank=True, help_text=_("Yhdistys näkyy julkisesti vasta, kun yhdistysyhdyshenkilö on hyväksynyt sen.")
    )
    trusted = models.BooleanField(
        _("luotettu"),
        default=False,
        help_text=_("Luotetun yhdistyksen muutokset julkaistaan heti ja tarkastetaan jälkikäteen."),
    )
    created_at = models.DateTimeField(_("luotu"), auto_now_add=True)
    updated_at = models.DateTimeField(_("muokattu"), auto_now=True)

    objects = AssociationQuerySet.as_manager()
    history = OneVersionPerSave(  # one version per save, with the municipalities chosen in it
        m2m_fields=["municipalities"],
        verbose_name=_("yhdistyksen versio"),
        verbose_name_plural=_("yhdistysten versiot"),
    )

    class Meta:
        verbose_name = _("yhdistys")
        verbose_name_plural = _("yhdistykset")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("catalogue:association-detail", args=[self.slug])

    @property
    def is_approved(self) -> bool:
        return self.approved_at is not None

    def approve(self):
        if self.approved_at is None:
            self.approved_at = timezone.now()
            self.save(update_fields=["approved_at", "updated_at"])

    def role_of(self, user) -> str | None:
        """The user's role in this association, or None for outsiders."""
        if not user.is_authenticated:
            return None
        membership = self.memberships.filter(user=user).only("role").first()
        return membership.role if membership else None


class Action(models.TextChoices):
    """What a member may do in their association (the permission table is Membership.PERMISSIONS)."""

    VIEW_DASHBOARD = "view_dashboard", _("nähdä omat sivut")
    EDIT_LISTINGS = "edit_listings", _("luoda ja muokata ilmoituksia")
    SUBMIT_LISTINGS = "submit_listings", _("lähettää ilmoituksia tarkastettavaksi")
    ARCHIVE_LISTINGS = "archive_listings", _("arkistoida ja palauttaa ilmoituksia")
    EXPORT_STATISTICS = "export_statistics", _("ladata tilastot")
    EDIT_PROFILE = "edit_profile", _("muokata yhdistyksen tietoja")
    MANAGE_MEMBERS = "manage_members", _("kutsua ja hallita jäseniä")


class MembershipQuerySet(models.QuerySet):
    def admins(self):
        return self.filter(role=Membership.Role.ADMIN)


class LastAdminError(ValidationError):
    """An association always keeps at least one admin: nobody else could manage it."""


class Membership(models.Model):
    class Role(models.TextChoices):
        ADMIN = "admin", _("pääkäyttäjä")
        EDITOR = "editor", _("muokkaaja")

    EDITOR_ACTIONS = frozenset(
        {Action.VIEW_DASHBOARD, Action.EDIT_LISTINGS, Action.SUBMIT_LISTINGS, Action.ARCHIVE_LISTINGS, Action.EXPORT_STATISTICS}
    )
    PERMISSIONS = {
        Role.EDITOR: EDITOR_ACTIONS,
        Role.ADMIN: EDITOR_ACTIONS | {Action.EDIT_PROFILE, Action.MANAGE_MEMBERS},
    }

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("käyttäjä")
    )
    association = models.ForeignKey(
        Association, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("yhdistys")
    )
    role = models.CharField(_("rooli"), max_length=10, choices=Role.choices, default=Role.EDITOR)
    created_at = models.DateTimeField(_("liittynyt"), auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("jäsenyys")
        verbose_name_plural = _("jäsenyydet")
        constraints = [models.UniqueConstraint(fields=["user", "association"], name="one_membership_per_association")]
        ordering = ["association__name", "user__email"]

    def __str__(self):
        return f"{self.user} – {self.association} ({self.get_role_display()})"

    def can(self, action: str) -> bool:
        return action in self.PERMISSIONS[self.role]

    def _check_not_last_admin(self):
        # Locks the association's admin rows, so two admins demoting each other at once
        # cannot both succeed.
        admins = Membership.objects.admins().filter(association_id=self.association_id).select_for_update()
        if self.role == Membership.Role.ADMIN and list(admins.values_list("pk", flat=True)) == [self.pk]:
            raise LastAdminError(
                _("Yhdistyksellä on oltava ainakin yksi pääkäyttäjä. Lisää ensin toinen pääkäyttäjä."),
                code="last_admin",
            )

    @transaction.atomic
    def change_role(self, role: str) -> None:
        """Give the member another role; raises LastAdminError for the association's only admin."""
        if role == self.role:
            return
        self._check_not_last_admin()
        self.role = role
        self.save(update_fields=["role"])

    @transaction.atomic
    def remove(self) -> None:
        """Take the person out of the association; raises LastAdminError for its only admin."""
        self._check_not_last_admin()
        self.delete()


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        """Neither accepted nor cancelled, and not yet expired."""
        return self.filter(
            accepted_at__isnull=True,
            cancelled_at__isnull=True,
            created_at__gt=timezone.now() - Invitation.VALID_FOR,
        )


class Invitation(models.Model):
    """An invitation by email to join an association; the link in the mail carries the token."""

    VALID_FOR = datetime.timedelta(days=14)

    class State(models.TextChoices):
        PENDING = "pending", _("odottaa")
        ACCEPTED = "accepted", _("hyväksytty")
        CANCELLED = "cancelled", _("peruttu")
        EXPIRED = "expired", _("vanhentunut")

    association = models.ForeignKey(
        Association, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("yhdistys")
    )
    email = models.EmailField(_("sähköpostiosoite"))
    role = models.CharField(_("rooli"), max_length=10, choices=Membership.Role.choices, default=Membership.Role.EDITOR)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("kutsuja"),
    )
    token = models.CharField(_("tunniste"), max_length=64, unique=True, default=secrets.token_urlsafe, editable=False)
    created_at = models.DateTimeField(_("kutsuttu"), default=timezone.now)
    accepted_at = models.DateTimeField(_("hyväksytty"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hyväksyjä"),
    )
    cancelled_at = models.DateTimeField(_("peruttu"), null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("kutsu")
        verbose_name_plural = _("kutsut")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} → {self.association}"

    def get_absolute_url(self):
        return reverse("manage:invitation", args=[self.token])

    @property
    def expires_at(self) -> datetime.datetime:
        return self.created_at + self.VALID_FOR

    @property
    def state(self) -> str:
        if self.accepted_at:
            return self.State.ACCEPTED
        if self.cancelled_at:
            return self.State.CANCELLED
        if timezone.now() >= self.expires_at:
            return self.State.EXPIRED
        return self.State.PENDING

    def is_addressed_to(self, user) -> bool:
        """Whether the user signs in with the address the invitation was sent to.

        The link works for whoever holds it (a forwarded mail, a shared inbox), so joining with
        another address needs the person's explicit confirmation and is told to the admins.
        """
        return user.email.strip().lower() == self.email

    def accept(self, user) -> "Membership":
        """Make the user a member with the invited role (an admin stays admin); the link is then used."""
        membership, created = Membership.objects.get_or_create(
            user=user, association=self.association, defaults={"role": self.role}
        )
        if not created and self.role == Membership.Role.ADMIN:
            membership.change_role(Membership.Role.ADMIN)
        self.accepted_at = timezone.now()
        self.accepted_by = user
        self.save(update_fields=["accepted_at", "accepted_by"])
        return membership

    def cancel(self) -> None:
        self.cancelled_at = timezone.now()
        self.save(update_fields=["cancelled_at"])
