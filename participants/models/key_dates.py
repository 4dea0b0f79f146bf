"""A participant's important dates: exams coming up and documents that expire."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class KeyDate(models.Model):
    """One date that matters for the route; the reminders read it (notifications/rules/)."""

    class Kind(models.TextChoices):
        LANGUAGE_EXAM = "language_exam", _("Dutch language exam")
        PROFESSIONAL_TEST = "professional_test", _("Professional knowledge test")
        RESIDENCE_PERMIT_EXPIRES = "residence_permit_expires", _("Residence permit ends")
        VOG_EXPIRES = "vog_expires", _("Certificate of conduct (VOG) ends")

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="key_dates"
    )
    kind = models.CharField(_("what"), max_length=24, choices=Kind.choices)
    date = models.DateField(_("date"))
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_("For example: the place of the exam. The participant reads this."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["date", "pk"]
        # The reminder scan asks "which dates of this kind fall in the next N days".
        indexes = [models.Index(fields=["programme", "kind", "date"], name="key_date_due_idx")]
        verbose_name = _("important date")
        verbose_name_plural = _("important dates")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.date}"
