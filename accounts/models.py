from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create(self, email, password, **fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **fields):
        fields.setdefault("is_staff", False)
        fields.setdefault("is_superuser", False)
        return self._create(email, password, **fields)

    def create_superuser(self, email, password=None, **fields):
        fields.update(is_staff=True, is_superuser=True)
        return self._create(email, password, **fields)


class User(AbstractUser):
    """A person. Signs in with an email address; may belong to many associations."""

    username = None
    email = models.EmailField(_("sähköpostiosoite"), unique=True)
    language = models.CharField(
        _("asiointikieli"),
        max_length=5,
        default="fi",
        help_text=_("Kieli, jolla palvelu lähettää sähköpostit."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("käyttäjä")
        verbose_name_plural = _("käyttäjät")
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email

    def clean(self):
        super().clean()
        self.email = self.email.strip().lower()

    def is_counsellor(self) -> bool:
        """An approved service counsellor: sees what listings tell professionals only."""
        counsellor = getattr(self, "counsellor", None)
        return counsellor is not None and counsellor.is_approved


class Counsellor(models.Model):
    """A wellbeing area's service counsellor (palveluohjaaja), a role staff approve.

    Not an association membership: a counsellor reads every listing's professional-only details
    and edits nothing. The person asks on their account page; a liaison approves in admin.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="counsellor", verbose_name=_("käyttäjä"))
    organisation = models.CharField(_("organisaatio"), max_length=200, help_text=_("Esimerkiksi Keusote, palveluohjaus."))
    job_title = models.CharField(_("tehtävänimike"), max_length=120, blank=True)
    requested_at = models.DateTimeField(_("pyydetty"), default=timezone.now)
    approved_at = models.DateTimeField(_("hyväksytty"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("hyväksyjä")
    )

    class Meta:
        verbose_name = _("palveluohjaaja")
        verbose_name_plural = _("palveluohjaajat")
        ordering = ["-requested_at"]

    def __str__(self):
        return f"{self.user} ({self.organisation})"

    @property
    def is_approved(self) -> bool:
        return self.approved_at is not None

    def approve(self, *, by) -> None:
        self.approved_at, self.approved_by = timezone.now(), by
        self.save(update_fields=["approved_at", "approved_by"])

    def revoke(self) -> None:
        self.approved_at, self.approved_by = None, None
        self.save(update_fields=["approved_at", "approved_by"])
