"""A programme's choices for its reminder rules: on or off, and the number of days.

A rule without a row uses its defaults (notifications/rules/); the admin's settings
page writes a row only for the rules they change.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

__all__ = ["ReminderSetting"]


class ReminderSetting(models.Model):
    """One reminder rule in one programme, as its admin set it."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="reminder_settings"
    )
    rule = models.CharField(_("reminder"), max_length=50)
    enabled = models.BooleanField(_("send this reminder"), default=True)
    days = models.PositiveSmallIntegerField(_("days"), null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(_("changed"), auto_now=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["programme", "rule"], name="one_setting_per_rule")
        ]
        verbose_name = _("reminder setting")
        verbose_name_plural = _("reminder settings")

    def __str__(self):
        return f"{self.rule}: {'on' if self.enabled else 'off'} ({self.days})"
