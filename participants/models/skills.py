"""A programme's skills framework, and assessments by staff and by the participant."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Skill(models.Model):
    """A soft or transversal skill in the programme's framework (texts translated)."""

    class Kind(models.TextChoices):
        SOFT = "soft", _("Soft skill")
        TRANSVERSAL = "transversal", _("Transversal skill")

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    name = models.CharField(_("name"), max_length=120)
    description = models.CharField(_("description"), max_length=300, blank=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["kind", "position", "pk"]
        verbose_name = _("skill")
        verbose_name_plural = _("skills")

    def __str__(self):
        return self.name


class SkillAssessment(models.Model):
    """A level (1-4) for one skill, with evidence: by a coordinator or mentor, or self-assessed."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="skill_assessments"
    )
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="assessments")
    level = models.PositiveSmallIntegerField(_("level"))
    evidence = models.CharField(_("evidence"), max_length=300, blank=True)
    is_self = models.BooleanField(_("self-assessment"), default=False)
    assessed_on = models.DateField(_("date"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["assessed_on", "pk"]
        verbose_name = _("skill assessment")
        verbose_name_plural = _("skill assessments")

    def __str__(self):
        return f"{self.skill}: {self.level}"
