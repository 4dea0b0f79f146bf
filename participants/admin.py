from django.contrib import admin

from participants.models import Participant


@admin.register(Participant)
class ParticipantAdmin(admin.ModelAdmin):
    list_display = ("number", "given_name", "family_name", "programme", "current_stage", "status")
    list_filter = ("programme", "status")
    search_fields = ("number", "given_name", "family_name")
    list_select_related = ("programme", "current_stage")
    raw_id_fields = ("user",)
