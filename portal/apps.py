from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Zorgroute"

    def ready(self):
        from portal import (
            sessions,  # noqa: F401 - ends sessions when an account changes
            signals,  # noqa: F401 - connects the receivers
        )
