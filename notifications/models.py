"""Notifications in the inbox, each person's email preferences, and the email outbox.

A ``Notification`` belongs to one programme and one recipient. It is made once
per (recipient, kind, subject, due date): a unique constraint in PostgreSQL
says so, so a scan that runs twice, or two scans at once, make one.
Its words are not stored: the kind renders them from ``context`` in the
reader's language when the inbox is shown.

An ``OutboxEmail`` is an email that must go out. It is a row first; a Celery
task claims it and sends it. The row, not the broker, is the truth: a lost
message is picked up again by ``flush_outbox``, and ``idempotency_key`` makes
sure one notification (or one day's digest) is one email.
"""

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Notification(models.Model):
    """Something one person should know or do, shown in their inbox in one programme."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="notifications"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=50)
    subject_key = models.CharField(
        _("about"), max_length=100, help_text=_('The thing it is about, e.g. "intake:12".')
    )
    due_on = models.DateField(_("due on"), null=True, blank=True)
    context = models.JSONField(_("details"), default=dict, blank=True, encoder=DjangoJSONEncoder)
    link = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One reminder per rule, object and due date, even if two scans run at once.
            # A reminder without a date (due_on NULL) is also made only once.
            models.UniqueConstraint(
                fields=["recipient", "kind", "subject_key", "due_on"],
                name="notification_once",
                nulls_distinct=False,
            ),
        ]
        indexes = [
            # The inbox and the unread count in the header.
            models.Index(
                "programme",
                "recipient",
                "read_at",
                models.F("created_at").desc(),
                name="notification_inbox",
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.subject_key} -> {self.recipient_id}"

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


class NotificationPreference(models.Model):
    """How one person wants to hear about notifications: the same in every programme."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    # None: every kind, also kinds added later. A list: only these kind codes.
    email_kinds = models.JSONField(_("kinds that also come by email"), null=True, blank=True)
    digest = models.BooleanField(
        _("daily digest"),
        default=False,
        help_text=_("One email each morning with everything new, instead of one email each time."),
    )
    # Since when the digest collects: turning it on does not mail old notifications again.
    digest_since = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return f"preferences of {self.user_id}"

    def save(self, *args, **kwargs):
        # The digest starts from the moment it is turned on; turning it off forgets that.
        if self.digest and self.digest_since is None:
            self.digest_since = timezone.now()
        elif not self.digest:
            self.digest_since = None
        if "update_fields" in kwargs and kwargs["update_fields"] is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "digest_since", "updated_at"}
        super().save(*args, **kwargs)

    def wants_email(self, kind: str) -> bool:
        return self.email_kinds is None or kind in self.email_kinds


class EmailType(models.TextChoices):
    SINGLE = "single", _("One notification")
    DIGEST = "digest", _("Daily digest")


class EmailStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Could not be sent")
    # A worker claimed it and then went silent: it may or may not have gone out.
    # We do not send it again by ourselves, so nobody gets it twice.
    UNKNOWN = "unknown", _("Unknown: maybe sent")


class OutboxEmail(models.Model):
    """One email to send, rendered in the recipient's language when it was made."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="outbox_emails",
    )
    to_email = models.EmailField(_("to"))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("text"))
    type = models.CharField(_("type"), max_length=8, choices=EmailType.choices)
    notification = models.ForeignKey(
        Notification,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="outbox_emails",
    )
    items = models.ManyToManyField(Notification, blank=True, related_name="digest_emails")
    status = models.CharField(
        _("status"), max_length=8, choices=EmailStatus.choices, default=EmailStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    send_after = models.DateTimeField(_("send after"), default=timezone.now)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    idempotency_key = models.CharField(max_length=100, unique=True)

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        ordering = ["-created_at", "-pk"]
        indexes = [
            # flush_outbox looks only at unfinished rows: a small index, however many were sent.
            models.Index(
                fields=["status", "send_after"],
                name="outbox_unfinished",
                condition=Q(status__in=["pending", "sending"]),
            ),
        ]

    def __str__(self):
        return f"{self.idempotency_key} ({self.status})"


# Each programme's settings of the reminder rules (notifications/rules/), in their own module.
from notifications.models_settings import *  # noqa: E402, F403
