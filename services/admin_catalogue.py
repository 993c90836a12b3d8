from services import catalogue


class ChangesCatalogue:
    """For the admin of anything the public catalogue shows: a save or a delete rebuilds its index."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        catalogue.changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        catalogue.changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        catalogue.changed()
