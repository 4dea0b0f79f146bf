"""Skills dossiers as stored PDFs, and the municipality's bulk exports of them.

A request is a row first (pending), then a Celery task claims it (running) and
stores the PDF (done) or the reason it could not (failed). PostgreSQL, not the
broker, is the truth: a sweeper re-enqueues rows stuck in pending or running,
so a lost message or a killed worker never loses a dossier.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Status(models.TextChoices):
    PENDING = "pending", _("Waiting")
    RUNNING = "running", _("Being made")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Could not be made")


class Audience(models.TextChoices):
    """Who asked for the dossier, which decides who may download it."""

    PARTICIPANT = "participant", _("The participant")
    PROGRAMME = "programme", _("The programme")
    MUNICIPALITY = "municipality", _("The municipality")


def dossier_path(export, filename):
    """A generated name outside any public URL; the view checks who may read it."""
    return f"dossiers/{export.programme_id}/{export.pk}-{secrets.token_hex(8)}.pdf"


def bulk_path(bulk, filename):
    return f"exports/{bulk.pk}-{secrets.token_hex(8)}.zip"


class DossierExport(models.Model):
    """One PDF of one participant's skills dossier, in one language."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="dossier_exports"
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    audience = models.CharField(_("for"), max_length=12, choices=Audience.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    municipality = models.ForeignKey(
        "programmes.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("For a municipality: the one it was shared with."),
    )
    consent = models.ForeignKey(
        "participants.Consent",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The consent that was in force when the dossier was shared."),
    )
    bulk = models.ForeignKey(
        "dossiers.BulkExport",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="items",
    )
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.CharField(_("error"), max_length=300, blank=True)
    version = models.PositiveIntegerField(_("version"), null=True, blank=True)
    fingerprint = models.CharField(max_length=64, blank=True)
    file = models.FileField(upload_to=dossier_path, blank=True)
    size = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(_("requested"), default=timezone.now)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["programme", "participant", "language", "-created_at"],
                name="dossier_latest_idx",
            ),
            models.Index(
                fields=["status", "enqueued_at"],
                condition=models.Q(status__in=["pending", "running"]),
                name="dossier_unfinished_idx",
            ),
        ]
        verbose_name = _("skills dossier")
        verbose_name_plural = _("skills dossiers")

    def __str__(self):
        return f"{self.participant_id} v{self.version} {self.language} ({self.status})"

    @property
    def is_finished(self):
        return self.status in (Status.DONE, Status.FAILED)

    def download_name(self):
        return f"dossier-{self.participant.number}-v{self.version}-{self.language}.pdf"


class BulkExport(models.Model):
    """A municipality officer's ZIP of dossiers and a CSV summary.

    Not a tenant row: it spans programmes. It belongs to the officer who asked
    for it and to their municipality; each dossier inside is a tenant row.
    """

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="bulk_exports"
    )
    municipality = models.ForeignKey(
        "programmes.Municipality", on_delete=models.PROTECT, related_name="+"
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.PENDING
    )
    file = models.FileField(upload_to=bulk_path, blank=True)
    size = models.PositiveIntegerField(null=True, blank=True)
    error = models.CharField(_("error"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("requested"), default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(_("available until"))

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("bulk export")
        verbose_name_plural = _("bulk exports")

    def __str__(self):
        return f"export {self.pk} ({self.status})"

    @property
    def is_expired(self):
        return timezone.now() >= self.expires_at
