from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Participants' rights under the GDPR: see all their data, ask for erasure; retention."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "privacy"
    verbose_name = _("Privacy")

    def ready(self):
        # Registers the erasure notifications' kinds with notifications.kinds.
        from privacy import erasure_notices  # noqa: F401
