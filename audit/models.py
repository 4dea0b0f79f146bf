"""The audit log: who did what with a participant's file, when, from where, with what result.

Append-only. The model refuses to save an existing entry or to delete one, its
query set refuses ``update()`` and ``delete()``, and on PostgreSQL a trigger
(migration 0002) refuses UPDATE, DELETE and TRUNCATE of the table itself.

Names, the role and the organisation are copied at the time, and the links to the
actor and the participant carry no database constraint: deleting or anonymising a
user or a participant never touches the log.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from programmes.models import Role


class AppendOnlyError(Exception):
    """Raised when code tries to change or delete an audit entry."""


class Action(models.TextChoices):
    VIEWED_FILE = "viewed_file", _("Viewed the file")
    CHANGED = "changed", _("Changed the file")
    CONSENT_CHANGED = "consent_changed", _("Changed a permission")
    DOSSIER_GENERATED = "dossier_generated", _("Made the dossier")
    DOSSIER_DOWNLOADED = "dossier_downloaded", _("Downloaded the dossier")
    EXPORT_REQUESTED = "export_requested", _("Asked for an export")
    EXPORT_DOWNLOADED = "export_downloaded", _("Downloaded an export")
    VIEWED_LOG = "viewed_log", _("Viewed the log")
    DATA_DOWNLOADED = "data_downloaded", _("Downloaded all data (GDPR)")
    ERASURE_REQUESTED = "erasure_requested", _("Asked to remove the data")
    ERASURE_WITHDRAWN = "erasure_withdrawn", _("Withdrew the request to remove the data")
    ERASURE_REFUSED = "erasure_refused", _("Refused to remove the data")
    ERASED = "erased", _("Removed the data")


class Result(models.TextChoices):
    OK = "ok", _("Done")
    DENIED = "denied", _("Refused")
    FAILED = "failed", _("Failed")


class AuditQuerySet(models.QuerySet):
    """Reads like any query set; refuses every bulk change."""

    def update(self, **kwargs):
        raise AppendOnlyError("The audit log is append-only: entries cannot be updated.")

    def delete(self):
        raise AppendOnlyError("The audit log is append-only: entries cannot be deleted.")

    def bulk_update(self, objs, fields, batch_size=None):
        raise AppendOnlyError("The audit log is append-only: entries cannot be updated.")

    # The paths Django takes around update() and delete() internally.
    _update = update

    def _raw_delete(self, using):
        raise AppendOnlyError("The audit log is append-only: entries cannot be deleted.")


class AuditEntry(models.Model):
    """One event about a participant's file (or the programme's log itself)."""

    programme = models.ForeignKey(
        "programmes.Programme",
        # A programme with a log is not deleted by accident: the log must stay.
        on_delete=models.PROTECT,
        related_name="audit_entries",
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    actor_name = models.CharField(_("name"), max_length=150, blank=True)
    actor_email = models.EmailField(_("email address"), blank=True)
    role = models.CharField(_("role"), max_length=24, choices=Role.choices, blank=True)
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    participant = models.ForeignKey(
        "participants.Participant",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("participant"),
    )
    action = models.CharField(_("what"), max_length=24, choices=Action.choices)
    detail = models.CharField(_("detail"), max_length=200, blank=True)
    address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    result = models.CharField(_("result"), max_length=8, choices=Result.choices, default=Result.OK)
    # Set by PostgreSQL on insert (migration 0003), never by the application: each
    # entry's hash covers its fields and the hash before it in its programme's chain.
    previous_hash = models.CharField(max_length=64, blank=True, default="", editable=False)
    hash = models.CharField(max_length=64, blank=True, default="", editable=False)

    objects = ScopedManager(
        programme="programme", _manager_class=models.Manager.from_queryset(AuditQuerySet)
    )

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [
            models.Index(fields=["programme", "participant", "-at"], name="audit_participant_idx"),
            models.Index(fields=["programme", "-at"], name="audit_programme_idx"),
        ]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_email or '-'} {self.action}"

    def save(self, *args, **kwargs):
        if not self._state.adding or kwargs.get("force_update") or kwargs.get("update_fields"):
            raise AppendOnlyError("The audit log is append-only: an entry cannot be changed.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("The audit log is append-only: an entry cannot be deleted.")


class AuditChainHead(models.Model):
    """The newest link of a programme's chain, kept by PostgreSQL on every insert.

    Without it, deleting the newest entries would leave a shorter chain that still
    checks out; with it, ``manage.py verify_audit_chain`` notices.
    """

    programme = models.OneToOneField(
        "programmes.Programme", on_delete=models.PROTECT, primary_key=True, related_name="+"
    )
    last_id = models.BigIntegerField()
    last_hash = models.CharField(max_length=64)
    entries = models.BigIntegerField()

    objects = ScopedManager(programme="programme")

    class Meta:
        verbose_name = _("audit chain head")
        verbose_name_plural = _("audit chain heads")

    def __str__(self):
        return f"{self.programme_id}: {self.entries} entries, {self.last_hash[:12]}"
