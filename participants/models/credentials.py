"""Foreign diplomas and their evaluation, BIG registration, EVC and the VOG."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Credential(models.Model):
    """One procedure with its status, dates, document checklist and waiting list."""

    class Kind(models.TextChoices):
        DIPLOMA = "diploma", _("Evaluation of a foreign diploma")
        BIG = "big", _("BIG registration")
        EVC = "evc", _("Recognition of prior learning (EVC)")
        VOG = "vog", _("Certificate of conduct (VOG)")

    class Status(models.TextChoices):
        NOT_NEEDED = "not_needed", _("Not needed")
        TO_DO = "to_do", _("Still to do")
        APPLIED = "applied", _("Applied")
        WAITING = "waiting", _("On a waiting list")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        REFUSED = "refused", _("Refused")

    class BigPath(models.TextChoices):
        NOT_NEEDED = "not_needed", _("Not needed for this job")
        LANGUAGE = "language", _("Needs a language certificate")
        KNOWLEDGE_TEST = "knowledge_test", _("Needs a professional knowledge test")
        REGISTERED = "registered", _("Registered")

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="credentials"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.CharField(
        _("what"),
        max_length=160,
        blank=True,
        help_text=_("For example: nursing diploma, Syria, 2015."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.TO_DO
    )
    evaluated_by = models.CharField(
        _("evaluated by"), max_length=80, blank=True, help_text=_("For example: Nuffic, IDW, CBGV.")
    )
    dutch_level = models.CharField(
        _("Dutch equivalent"), max_length=120, blank=True, help_text=_("For example: MBO level 4.")
    )
    big_path = models.CharField(_("BIG path"), max_length=16, choices=BigPath.choices, blank=True)
    applied_on = models.DateField(_("applied on"), null=True, blank=True)
    expected_start = models.DateField(_("expected start"), null=True, blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    checklist = models.JSONField(_("document checklist"), default=list, blank=True)
    note = models.TextField(_("note"), blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["kind", "pk"]
        indexes = [
            models.Index(fields=["programme", "kind", "status"], name="credential_pipeline_idx")
        ]
        verbose_name = _("credential")
        verbose_name_plural = _("credentials")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.get_status_display()}"
