"""Homes a programme has, who lives where, the waiting list, and support topics."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class HousingUnit(models.Model):
    """One home a programme can offer, e.g. a studio in the complex next to the Alrijne hospital."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    complex = models.CharField(_("building"), max_length=160)
    label = models.CharField(_("home"), max_length=40, help_text=_("For example: studio 12."))
    address = models.CharField(_("address"), max_length=200)
    municipality = models.ForeignKey(
        "programmes.Municipality",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("municipality"),
    )

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["complex", "label"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "complex", "label"], name="unit_unique")
        ]
        verbose_name = _("home")
        verbose_name_plural = _("homes")

    def __str__(self):
        return f"{self.complex}, {self.label}"


class HousingAllocation(models.Model):
    """A home offered to a participant, and what happened next."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("On the waiting list")
        OFFERED = "offered", _("Home offered")
        ACCEPTED = "accepted", _("Offer accepted")
        MOVED_IN = "moved_in", _("Moved in")
        MOVED_OUT = "moved_out", _("Moved out")
        REGULAR = "regular", _("Regular housing process (partner or family)")

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="housing"
    )
    unit = models.ForeignKey(
        HousingUnit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="allocations",
        verbose_name=_("home"),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    since = models.DateField(_("since"))
    note = models.CharField(
        _("note"),
        max_length=300,
        blank=True,
        help_text=_("For the regular process: where the municipality is now."),
    )
    support_money = models.BooleanField(_("support with money matters"), default=False)
    support_participation = models.BooleanField(
        _("support with taking part in society"), default=False
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["-since", "-pk"]
        verbose_name = _("housing")
        verbose_name_plural = _("housing")

    def __str__(self):
        return f"{self.get_status_display()} ({self.since})"
