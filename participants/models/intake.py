"""An application to a programme: a draft the applicant fills in step by step, then a decision."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class CEFR(models.TextChoices):
    """Language levels of the Common European Framework, plus 'none yet'."""

    NONE = "0", _("None yet")
    A1 = "A1", _("A1: a few words and simple sentences")
    A2 = "A2", _("A2: simple everyday conversations")
    B1 = "B1", _("B1: most everyday situations")
    B2 = "B2", _("B2: work and study, fairly easily")
    C1 = "C1", _("C1: fluent, also at work")
    C2 = "C2", _("C2: almost like a native speaker")


CEFR_ORDER = [level.value for level in CEFR]


class Intake(models.Model):
    """One person's application to one programme."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Not sent yet")
        SUBMITTED = "submitted", _("Sent, waiting for review")
        INTERVIEW = "interview", _("Invited to an interview")
        ACCEPTED = "accepted", _("Accepted")
        WAITING_LIST = "waiting_list", _("On the waiting list")
        NOT_SELECTED = "not_selected", _("Not selected")

    class Household(models.TextChoices):
        SINGLE = "single", _("I live alone (single)")
        PARTNER = "partner", _("With a partner, no children")
        FAMILY = "family", _("With my family (children)")

    class Residence(models.TextChoices):
        AZC = "azc", _("In a reception centre (AZC)")
        OWN_HOME = "own_home", _("In my own home in the Netherlands")
        OTHER = "other", _("Somewhere else")

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="intakes"
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="intakes"
    )
    reference = models.CharField(_("reference"), max_length=20)
    status = models.CharField(
        _("status"), max_length=14, choices=Status.choices, default=Status.DRAFT
    )
    language = models.CharField(_("language of the answers"), max_length=5, default="nl")
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    # Copies of a few answers, as columns so the queue can filter and sort on them.
    given_name = models.CharField(_("first name"), max_length=80, blank=True)
    family_name = models.CharField(_("last name"), max_length=80, blank=True)
    household = models.CharField(_("household"), max_length=10, blank=True)
    residence_type = models.CharField(_("lives in"), max_length=10, blank=True)
    municipality = models.ForeignKey(
        "programmes.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("municipality"),
    )
    dutch_level = models.CharField(
        _("Dutch (weakest skill)"), max_length=2, choices=CEFR.choices, blank=True
    )
    submitted_at = models.DateTimeField(_("sent on"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    decision_reason = models.TextField(_("reason"), blank=True)
    interview_at = models.DateTimeField(_("interview date and time"), null=True, blank=True)
    interview_place = models.CharField(_("interview place"), max_length=200, blank=True)
    interview_link = models.URLField(_("video link"), blank=True)
    participant = models.OneToOneField(
        "participants.Participant",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="intake",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["-submitted_at", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "applicant"], name="one_intake_per_person"
            ),
            models.UniqueConstraint(
                fields=["programme", "reference"], name="intake_reference_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["programme", "status", "submitted_at"], name="intake_queue_idx"),
            # The queue's municipality filter lists the municipalities this programme's
            # applications name: without it PostgreSQL reads every application of every
            # programme in each municipality (90 ms at 120,000 applications, bench/pages.py).
            models.Index(fields=["programme", "municipality"], name="intake_municipality_idx"),
        ]
        verbose_name = _("application")
        verbose_name_plural = _("applications")

    def __str__(self):
        return f"{self.reference} {self.full_name}".strip()

    @property
    def full_name(self):
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def is_draft(self):
        return self.status == self.Status.DRAFT


def document_path(instance, filename):
    # A generated name: the applicant's file name is kept in the database only.
    return f"intake/{instance.programme_id}/{uuid.uuid4().hex}"


class IntakeDocument(models.Model):
    """A file an applicant uploaded (a diploma). Stored outside any public URL."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    intake = models.ForeignKey(Intake, on_delete=models.CASCADE, related_name="documents")
    file = models.FileField(_("file"), upload_to=document_path)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("type"), max_length=60)
    size = models.PositiveIntegerField(_("size in bytes"))
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["uploaded_at"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.original_name


class IntakeEvent(models.Model):
    """One change in an application's status: who, for which organisation, when and why."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    intake = models.ForeignKey(Intake, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(_("from"), max_length=14, choices=Intake.Status.choices)
    to_status = models.CharField(_("to"), max_length=14, choices=Intake.Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    second_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    second_organisation = models.CharField(_("second organisation"), max_length=160, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    at = models.DateTimeField(_("when"), auto_now_add=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self):
        return f"{self.intake_id}: {self.from_status} -> {self.to_status}"
