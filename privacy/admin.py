"""Erasure requests in the platform admin: to read, never to change (the pages decide)."""

from django.contrib import admin

from privacy.models import ErasureEvent, ErasureRequest


class ErasureEventInline(admin.TabularInline):
    model = ErasureEvent
    extra = 0
    can_delete = False
    fields = readonly_fields = ("at", "from_status", "to_status", "by")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(ErasureRequest)
class ErasureRequestAdmin(admin.ModelAdmin):
    list_display = (
        "participant_number",
        "programme",
        "status",
        "source",
        "requested_at",
        "decided_at",
    )
    list_filter = ("programme", "status", "source")
    search_fields = ("participant_number",)
    list_select_related = ("programme",)
    inlines = [ErasureEventInline]
    readonly_fields = [
        f.name for f in ErasureRequest._meta.get_fields() if f.concrete and not f.many_to_many
    ]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
