"""A participant's route over time: stage history, diplomas, weekly schedule, group sessions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class StageEntry(models.Model):
    """One stage of one participant: when it started, when it should end, how it ended."""

    class Outcome(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")
        EXTENDED = "extended", _("Extended")
        STOPPED = "stopped", _("Stopped")
        MOVED = "moved", _("Moved to another route")

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="stage_entries"
    )
    stage = models.ForeignKey("programmes.Stage", on_delete=models.PROTECT, related_name="+")
    started_on = models.DateField(_("started on"))
    expected_end = models.DateField(_("expected end"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=12, choices=Outcome.choices, default=Outcome.IN_PROGRESS
    )
    note = models.TextField(_("note"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["started_on", "pk"]
        indexes = [
            models.Index(fields=["programme", "outcome"], name="stage_entry_outcome_idx"),
            # The reminder scan: open stages by expected end (notifications/rules/stage_end.py).
            models.Index(
                fields=["programme", "expected_end"],
                condition=models.Q(outcome="in_progress"),
                name="stage_entry_open_end_idx",
            ),
        ]
        verbose_name = _("stage of a participant")
        verbose_name_plural = _("stages of participants")

    def __str__(self):
        return f"{self.stage} ({self.get_outcome_display()})"


class Diploma(models.Model):
    """A diploma or certificate the participant obtained during the route."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="diplomas"
    )
    name = models.CharField(_("diploma"), max_length=160)
    obtained_on = models.DateField(_("obtained on"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["obtained_on"]
        verbose_name = _("diploma obtained")
        verbose_name_plural = _("diplomas obtained")

    def __str__(self):
        return self.name


class Schedule(models.Model):
    """A participant's normal week: hours of theory and days of internship."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.OneToOneField(
        "participants.Participant", on_delete=models.CASCADE, related_name="schedule"
    )
    hours_per_week = models.PositiveSmallIntegerField(_("hours per week in all"), default=40)
    theory_hours = models.PositiveSmallIntegerField(_("hours of theory per week"), default=0)
    theory_days = models.CharField(
        _("theory on"), max_length=80, blank=True, help_text=_("For example: Monday morning.")
    )
    internship_days = models.PositiveSmallIntegerField(_("days of internship per week"), default=0)
    internship_weekdays = models.CharField(
        _("internship on"), max_length=80, blank=True, help_text=_("For example: Tue, Wed, Thu.")
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        verbose_name = _("weekly schedule")
        verbose_name_plural = _("weekly schedules")

    def __str__(self):
        return f"{self.participant_id}: {self.hours_per_week} h"


class Session(models.Model):
    """A group session (VOORwerk's soft-skill sessions) with attendance."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=160)
    starts_at = models.DateTimeField(_("starts at"))
    location = models.CharField(_("place"), max_length=160, blank=True)
    stage = models.ForeignKey(
        "programmes.Stage", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("trainer"),
    )
    participants = models.ManyToManyField(
        "participants.Participant", through="Attendance", related_name="sessions"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("planned on"), auto_now_add=True, null=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("group session")
        verbose_name_plural = _("group sessions")

    def __str__(self):
        return self.title


class Attendance(models.Model):
    """Was someone there? For group sessions and for internship days."""

    class Presence(models.TextChoices):
        EXPECTED = "expected", _("Expected")
        PRESENT = "present", _("Present")
        ABSENT_EXCUSED = "excused", _("Absent, with notice")
        ABSENT = "absent", _("Absent, without notice")

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="attendance"
    )
    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, null=True, blank=True, related_name="attendance"
    )
    internship = models.ForeignKey(
        "participants.Internship",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attendance",
    )
    date = models.DateField(_("date"))
    presence = models.CharField(
        _("presence"), max_length=10, choices=Presence.choices, default=Presence.EXPECTED
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "participant"],
                condition=models.Q(session__isnull=False),
                name="one_attendance_per_session",
            ),
            models.UniqueConstraint(
                fields=["internship", "date"],
                condition=models.Q(internship__isnull=False),
                name="one_attendance_per_internship_day",
            ),
        ]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")

    def __str__(self):
        return f"{self.date}: {self.get_presence_display()}"
