from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "notifications"
    verbose_name = _("Notifications and reminders")

    def ready(self):
        # Celery autodiscovery imports only notifications.tasks; the outbox tasks live
        # in their own module and must be known to every worker too.
        import notifications.tasks_outbox  # noqa: F401
        from notifications import kinds

        kinds.autodiscover()
