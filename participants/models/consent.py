"""Consent per purpose: versioned texts per programme, and every yes or no a participant gave."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Purpose(models.TextChoices):
    MUNICIPALITY = "municipality", _("Share my dossier with the municipality where I live")
    EMPLOYER = "employer", _("Share my dossier with a (future) employer")
    RESEARCH = "research", _("Use my data in anonymous research")


class ConsentText(models.Model):
    """What a participant agrees to for one purpose. A change is a new version, never an edit."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    purpose = models.CharField(_("purpose"), max_length=14, choices=Purpose.choices)
    version = models.PositiveSmallIntegerField(_("version"))
    text = models.TextField(_("text"))
    published_at = models.DateTimeField(_("published"), auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["purpose", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "purpose", "version"], name="consent_text_version_unique"
            )
        ]
        verbose_name = _("consent text")
        verbose_name_plural = _("consent texts")

    def __str__(self):
        return f"{self.get_purpose_display()} v{self.version}"


class Consent(models.Model):
    """One yes or no, for one purpose, to one version of its text. The latest one counts."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="consents"
    )
    purpose = models.CharField(_("purpose"), max_length=14, choices=Purpose.choices)
    text = models.ForeignKey(ConsentText, on_delete=models.PROTECT, related_name="+")
    given = models.BooleanField(_("agreed"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [
            models.Index(fields=["programme", "purpose", "participant"], name="consent_lookup_idx")
        ]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")

    def __str__(self):
        return f"{self.participant_id} {self.purpose}: {self.given}"
