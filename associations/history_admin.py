"""The admin base of models with versions (listings, associations)."""

from django.contrib.admin.utils import unquote
from django.http import Http404
from simple_history.admin import SimpleHistoryAdmin


class HistoryAdmin(SimpleHistoryAdmin):
    """simple-history's admin, answering 404 instead of 500 to ids that are not numbers in the URL."""

    def history_view(self, request, object_id, extra_context=None):
        if not unquote(object_id).isdigit():
            raise Http404
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if not (unquote(object_id).isdigit() and str(version_id).isdigit()):
            raise Http404
        return super().history_form_view(request, object_id, version_id, extra_context)
