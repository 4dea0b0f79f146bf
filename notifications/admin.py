"""The platform admin's view of the email outbox: what went out, what failed, what is unknown.

An email marked "unknown" (its worker stopped while sending) may or may not have
arrived. The outbox never sends it again by itself; here a person who checked
can send it again.
"""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from notifications.models import EmailStatus, OutboxEmail
from notifications.outbox import send_after_for


@admin.register(OutboxEmail)
class OutboxEmailAdmin(admin.ModelAdmin):
    list_display = (
        "idempotency_key",
        "to_email",
        "type",
        "status",
        "attempts",
        "send_after",
        "sent_at",
    )
    list_filter = ("status", "type", "language")
    search_fields = ("idempotency_key", "to_email", "subject")
    date_hierarchy = "created_at"
    readonly_fields = [
        f.name for f in OutboxEmail._meta.get_fields() if f.concrete and not f.many_to_many
    ]
    exclude = ("items",)
    actions = ["send_again"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Send again (failed or unknown emails only)"))
    def send_again(self, request, queryset):
        """Back to pending: flush_outbox sends it within a minute (or at 07:00 at night)."""
        count = queryset.filter(status__in=[EmailStatus.FAILED, EmailStatus.UNKNOWN]).update(
            status=EmailStatus.PENDING,
            attempts=0,
            send_after=send_after_for(timezone.now()),
            enqueued_at=None,
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d email will be sent again.", "%(count)d emails will be sent again.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )
