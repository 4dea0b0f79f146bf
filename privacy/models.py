"""Erasure requests: a participant asks, a coordinator carries it out or refuses with a reason.

A request is never deleted. After erasure it stays as the record that the
programme did what was asked (or why it did not), with the free-text reason
cleared. Its history is one ``ErasureEvent`` per change of status, next to the
audit log's entries.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class ErasureRequest(models.Model):
    """One request to erase one participant's data in one programme."""

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for a decision")
        CARRIED_OUT = "carried_out", _("Carried out: the data is removed")
        REFUSED = "refused", _("Refused")
        WITHDRAWN = "withdrawn", _("Withdrawn by the participant")

    class Source(models.TextChoices):
        PARTICIPANT = "participant", _("The participant asked")
        RETENTION = "retention", _("The retention period ended")

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    # The participant row stays after erasure (anonymised, for the figures), so the
    # link normally stays too. SET_NULL and the copied number keep the request's
    # history if a participant row is ever deleted by hand.
    participant = models.ForeignKey(
        "participants.Participant",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="erasure_requests",
        verbose_name=_("participant"),
    )
    participant_number = models.CharField(_("participant number"), max_length=20)
    source = models.CharField(
        _("why"), max_length=12, choices=Source.choices, default=Source.PARTICIPANT
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("asked on"))
    reason = models.TextField(_("reason of the participant"), blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.OPEN
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    decision_note = models.TextField(_("reason for the decision"), blank=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["-requested_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant"],
                condition=models.Q(status="open"),
                name="one_open_erasure_request",
            ),
            # A refusal must say why, in words the participant can read.
            models.CheckConstraint(
                condition=~models.Q(status="refused") | ~models.Q(decision_note=""),
                name="refusal_has_a_reason",
            ),
        ]
        indexes = [models.Index(fields=["programme", "status"], name="erasure_status_idx")]
        verbose_name = _("erasure request")
        verbose_name_plural = _("erasure requests")

    def __str__(self):
        return f"{self.participant_number} ({self.get_status_display()})"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN


class ErasureEvent(models.Model):
    """One change of a request's status: who, when, and the note that came with it."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    request = models.ForeignKey(ErasureRequest, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(_("from"), max_length=12, blank=True)
    to_status = models.CharField(_("to"), max_length=12, choices=ErasureRequest.Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(_("when"))

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("erasure request change")
        verbose_name_plural = _("erasure request changes")

    def __str__(self):
        return f"{self.request_id}: {self.from_status} -> {self.to_status}"
