"""Every version of a listing, kept by django-simple-history.

simple-history records a version on each save and on each change of a tracked many-to-many
field, with the user of the request (its middleware) or of the admin save; OneVersionPerSave
(tarjotin/history.py) makes the versions of one transaction one. Two more gaps are closed
here, in the one class that keeps listing history:

- Django signals a proxy model's save with the proxy (Activity, Event, VolunteerRole) as the
  sender, and simple-history listens for Listing only: the proxies are followed too.
- Free tags are a generic relation that simple-history cannot follow: each version keeps the
  tag names in `tag_names`, and a change of tags records a version like other classifications.
"""

from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.utils.translation import gettext_lazy as _
from simple_history.signals import pre_create_historical_record
from simple_history.utils import get_m2m_reverse_field_name

from tarjotin.history import OneVersionPerSave


class TagSnapshot(models.Model):
    """The extra column of a listing's version."""

    tag_names = models.TextField(_("avainsanat"), blank=True, default="")

    class Meta:
        abstract = True


class ListingHistory(OneVersionPerSave):
    def __init__(self, **kwargs):
        super().__init__(bases=[TagSnapshot], **kwargs)

    def finalize(self, sender, **kwargs):
        if sender is not self.cls and sender._meta.proxy and sender._meta.concrete_model is self.cls:
            self._follow_proxy(sender)
            return
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            tags_through = sender._meta.get_field("tags").through
            m2m_changed.connect(self._tags_changed, sender=tags_through, weak=False)
            history_model = getattr(sender, self.manager_name).model
            pre_create_historical_record.connect(self._snapshot_tags, sender=history_model, weak=False)

    def _follow_proxy(self, proxy):
        post_save.connect(self.post_save, sender=proxy, weak=False)
        post_delete.connect(self.post_delete, sender=proxy, weak=False)
        pre_delete.connect(self.pre_delete, sender=proxy, weak=False)
        proxy._meta.simple_history_manager_attribute = self.manager_name

    def _tags_changed(self, sender, instance, action, **kwargs):
        if isinstance(instance, self.cls):
            self.m2m_changed(instance, action, attr="tags", pk_set=kwargs.get("pk_set"), reverse=False)

    def _snapshot_tags(self, sender, instance, history_instance, **kwargs):
        history_instance.tag_names = ", ".join(sorted(instance.tags.names(), key=str.lower)) if instance.pk else ""


def version_classification(version) -> dict[str, list[int]]:
    """The term ids of each tracked many-to-many field in one historical version."""
    result = {}
    for field in version._history_m2m_fields:
        target = get_m2m_reverse_field_name(field)
        result[field.name] = list(getattr(version, field.name).values_list(f"{target}_id", flat=True))
    return result


def version_tags(version) -> list[str]:
    return [name.strip() for name in version.tag_names.split(",") if name.strip()]

