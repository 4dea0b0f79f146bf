from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BarriersConfig(AppConfig):
    """The ten barriers of the Haaglanden research and each participant's barriers (issue 5)."""

    name = "barriers"
    verbose_name = _("Barriers")
