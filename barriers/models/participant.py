"""A participant's barriers: who saw it, how it shows, who owns it, the actions, the history."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class ParticipantBarrier(models.Model):
    class Status(models.TextChoices):
        IDENTIFIED = "identified", _("Identified")
        ACTION_PLANNED = "action_planned", _("Action planned")
        IN_PROGRESS = "in_progress", _("In progress")
        RESOLVED = "resolved", _("Resolved")
        NOT_APPLICABLE = "not_applicable", _("Not applicable")

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="barriers"
    )
    barrier_type = models.ForeignKey(
        "barriers.BarrierType",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("barrier"),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.IDENTIFIED
    )
    how_it_shows = models.TextField(_("how it shows for this person"))
    next_step = models.CharField(
        _("next step"), max_length=300, blank=True, help_text=_("The participant reads this.")
    )
    shared_with_participant = models.BooleanField(_("the participant sees it"), default=True)
    # The participant's own choice (barriers/dossier_sharing.py); staff never set it.
    in_dossier = models.BooleanField(_("the participant shares it in their dossier"), default=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("owner"),
    )
    due_on = models.DateField(_("due on"), null=True, blank=True)
    identified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    identified_on = models.DateField(_("identified on"))
    resolved_on = models.DateField(_("resolved on"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["status", "due_on", "pk"]
        indexes = [models.Index(fields=["programme", "status"], name="participant_barrier_idx")]
        verbose_name = _("barrier of a participant")
        verbose_name_plural = _("barriers of participants")

    def __str__(self):
        return f"{self.barrier_type} ({self.get_status_display()})"


class BarrierAction(models.Model):
    """Something done about a barrier, with a note and evidence."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    barrier = models.ForeignKey(
        ParticipantBarrier, on_delete=models.CASCADE, related_name="actions"
    )
    description = models.CharField(_("action"), max_length=300)
    due_on = models.DateField(_("due on"), null=True, blank=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    evidence = models.CharField(
        _("evidence"), max_length=300, blank=True, help_text=_("What shows it, e.g. a certificate.")
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    def __str__(self):
        return self.description


class BarrierEvent(models.Model):
    """One change of a barrier's status: who, when, why."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    barrier = models.ForeignKey(ParticipantBarrier, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(_("from"), max_length=16, blank=True)
    to_status = models.CharField(_("to"), max_length=16, choices=ParticipantBarrier.Status.choices)
    note = models.TextField(_("note"), blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("barrier status change")
        verbose_name_plural = _("barrier status changes")

    def __str__(self):
        return f"{self.barrier_id}: {self.to_status}"
