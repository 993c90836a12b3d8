from django.utils.translation import gettext_lazy as _

from services.models import KindManager, Listing


class Event(Listing):
    """A listing with a start and an end; may take registrations."""

    objects = KindManager(Listing.Kind.EVENT)

    class Meta:
        proxy = True
        verbose_name = _("tapahtuma")
        verbose_name_plural = _("tapahtumat")

    def __init__(self, *args, **kwargs):
        if not args:  # a new object, not one loaded from the database
            kwargs.setdefault("kind", Listing.Kind.EVENT)
        super().__init__(*args, **kwargs)
