"""The platform admin's view of programmes (the Django admin runs with scopes disabled)."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from programmes.models import Membership, Municipality, Organisation, Programme, Stage


class StageInline(TranslationTabularInline):
    model = Stage
    extra = 0
    fields = ("position", "key", "name", "goal", "expected_months")


class OrganisationInline(admin.TabularInline):
    model = Organisation
    extra = 0


@admin.register(Programme)
class ProgrammeAdmin(TranslationAdmin):
    list_display = ("slug", "name", "theme", "is_active")
    list_filter = ("is_active", "theme")
    search_fields = ("slug", "name")
    inlines = [StageInline, OrganisationInline]


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ("name", "code", "country")
    search_fields = ("name", "code")


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "programme", "role", "organisation", "municipality")
    list_filter = ("programme", "role")
    search_fields = ("user__email",)
    autocomplete_fields = ("user",)
    list_select_related = ("user", "programme", "organisation", "municipality")
