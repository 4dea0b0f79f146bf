from django.contrib import admin

from audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """The log across programmes, to read only: nobody adds, changes or deletes entries."""

    list_display = (
        "at",
        "programme",
        "actor_email",
        "role",
        "organisation",
        "participant_id",
        "action",
        "detail",
        "address",
        "result",
    )
    list_filter = ("programme", "action", "result", "role")
    search_fields = ("actor_email", "actor_name", "organisation", "detail")
    list_select_related = ("programme",)
    date_hierarchy = "at"
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
