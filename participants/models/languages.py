"""Dutch language levels per skill over time, and professional care vocabulary ("vaktaal")."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from participants.models.intake import CEFR


class LanguageAssessment(models.Model):
    """A level for one skill on one date, with where it comes from."""

    class Skill(models.TextChoices):
        LISTENING = "listening", _("Listening")
        READING = "reading", _("Reading")
        SPEAKING = "speaking", _("Speaking")
        WRITING = "writing", _("Writing")
        VAKTAAL = "vaktaal", _("Care vocabulary (vaktaal)")

    class Source(models.TextChoices):
        SELF = "self", _("Own estimate")
        SCHOOL = "school", _("Test at school")
        NT2_I = "nt2_i", _("State exam NT2 programme I (about B1)")
        NT2_II = "nt2_ii", _("State exam NT2 programme II (about B2)")
        CERTIFICATE = "certificate", _("Certificate")

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="language_assessments"
    )
    skill = models.CharField(_("skill"), max_length=10, choices=Skill.choices)
    level = models.CharField(_("level"), max_length=2, choices=CEFR.choices)
    assessed_on = models.DateField(_("date"))
    source = models.CharField(_("source"), max_length=12, choices=Source.choices)
    evidence = models.CharField(_("evidence"), max_length=300, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["assessed_on", "pk"]
        indexes = [
            models.Index(fields=["programme", "skill", "assessed_on"], name="language_progress_idx")
        ]
        verbose_name = _("language level")
        verbose_name_plural = _("language levels")

    def __str__(self):
        return f"{self.get_skill_display()}: {self.level} ({self.assessed_on})"
