"""Reviewers' scores per criterion, and decisions that wait for a second reviewer."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from participants.models.intake import Intake


class Review(models.Model):
    """One reviewer's scores and note on one application."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    intake = models.ForeignKey(Intake, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    note = models.TextField(_("note"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["updated_at"]
        constraints = [
            models.UniqueConstraint(fields=["intake", "reviewer"], name="one_review_per_reviewer")
        ]

    def __str__(self):
        return f"{self.reviewer} on {self.intake_id}"


class Score(models.Model):
    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(
        "programmes.SelectionCriterion", on_delete=models.CASCADE, related_name="+"
    )
    value = models.PositiveSmallIntegerField(_("score"))

    objects = ScopedManager(programme="programme")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "criterion"], name="one_score_per_criterion")
        ]

    def __str__(self):
        return f"{self.criterion_id}: {self.value}"


class DecisionProposal(models.Model):
    """A decision by a first reviewer that a reviewer from another organisation must confirm."""

    class State(models.TextChoices):
        OPEN = "open", _("Waiting for a second reviewer")
        CONFIRMED = "confirmed", _("Confirmed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    intake = models.ForeignKey(Intake, on_delete=models.CASCADE, related_name="proposals")
    outcome = models.CharField(_("decision"), max_length=14, choices=Intake.Status.choices)
    reason = models.TextField(_("reason"))
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(_("proposed on"), auto_now_add=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["intake"], condition=models.Q(state="open"), name="one_open_proposal"
            )
        ]

    def __str__(self):
        return f"{self.get_outcome_display()} ({self.get_state_display()})"
