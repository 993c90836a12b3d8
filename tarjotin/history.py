"""django-simple-history, one version per save.

simple-history records a version on every save() and on every change of a tracked
many-to-many field. Saving a form is a save() and then one m2m change per field, so each save
left several versions, the first without the classifications the person had just chosen. Here
the versions one object records within one transaction become one: each new version replaces
the one recorded earlier in the same transaction (an object created in it stays "created").
"""

from django.db import transaction
from simple_history.models import HistoricalRecords
from simple_history.signals import pre_create_historical_record

PENDING = "_version_in_this_transaction"


class OneVersionPerSave(HistoricalRecords):
    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            history_model = getattr(sender, self.manager_name).model
            pre_create_historical_record.connect(self._remember, sender=history_model, weak=False)

    def create_historical_record(self, instance, history_type, using=None):
        earlier = instance.__dict__.pop(PENDING, None)
        if earlier is not None and self._discard(earlier):
            history_type = "+" if earlier.history_type == "+" else history_type
        super().create_historical_record(instance, history_type, using=using)

    def _remember(self, sender, instance, history_instance, **kwargs):
        # Outside a transaction on_commit runs at once: then every save is its own version.
        instance.__dict__[PENDING] = history_instance
        transaction.on_commit(lambda: instance.__dict__.pop(PENDING, None))

    def _discard(self, version) -> bool:
        """Delete a version and its many-to-many rows; False if it is gone (rolled back)."""
        for field in version._history_m2m_fields:
            self.m2m_models[field].objects.filter(history=version).delete()
        deleted, _ = type(version).objects.filter(pk=version.pk).delete()
        return bool(deleted)
