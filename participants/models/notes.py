"""Case notes: for coordinators only, or shared with the participant."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class CaseNote(models.Model):
    class Visibility(models.TextChoices):
        STAFF = "staff", _("Only coordinators")
        SHARED = "shared", _("Also the participant")

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="notes"
    )
    text = models.TextField(_("note"))
    visibility = models.CharField(
        _("who can read it"), max_length=8, choices=Visibility.choices, default=Visibility.STAFF
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("written on"), auto_now_add=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("case note")
        verbose_name_plural = _("case notes")

    def __str__(self):
        return self.text[:40]
