"""A person on a programme's route. Identified by an internal number, never by a BSN."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from django_scopes import ScopedManager


class Participant(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("On the route")
        COMPLETED = "completed", _("Completed")
        STOPPED = "stopped", _("Stopped")

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="participants"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="participations",
    )
    number = models.CharField(_("participant number"), max_length=20)
    given_name = models.CharField(_("first name"), max_length=80)
    family_name = models.CharField(_("last name"), max_length=80)
    country_of_origin = CountryField(_("country of origin"), blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE
    )
    current_stage = models.ForeignKey(
        "programmes.Stage",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="participant_current",
        verbose_name=_("current stage"),
    )
    stage_started_on = models.DateField(_("in this stage since"), null=True, blank=True)
    route_started_on = models.DateField(
        _("started the route on"),
        null=True,
        blank=True,
        help_text=_("The month of this date is the participant's cohort."),
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    goal_level = models.CharField(
        _("level of the job they aim for"),
        max_length=4,
        choices=[("", _("Not known yet")), ("mbo", "MBO"), ("hbo", "HBO"), ("wo", "WO")],
        blank=True,
        help_text=_("BIG registration needs Dutch B1 for MBO, B2 for HBO and B2+ for WO."),
    )
    municipality = models.ForeignKey(
        "programmes.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("housed in"),
        help_text=_("Empty while the person still lives in a reception centre (AZC)."),
    )
    # The participant's latest answer for sharing with their municipality, when it
    # is a yes (kept by participants.consent.answer). The municipality's list reads
    # it from an index instead of finding the latest answer of every resident.
    municipality_consent = models.ForeignKey(
        "participants.Consent",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["family_name", "given_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "number"], name="participant_number_unique"
            ),
            models.UniqueConstraint(
                fields=["programme", "user"],
                condition=models.Q(user__isnull=False),
                name="participant_one_per_user_per_programme",
            ),
        ]
        indexes = [
            models.Index(
                fields=["municipality", "family_name", "given_name", "id"],
                condition=models.Q(municipality_consent__isnull=False),
                name="participant_shared_idx",
            ),
            models.Index(fields=["programme", "current_stage"], name="participant_stage_idx"),
            models.Index(
                fields=["programme", "family_name", "given_name"], name="participant_name_idx"
            ),
        ]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self):
        return f"{self.full_name} ({self.number})"

    @property
    def full_name(self):
        return f"{self.given_name} {self.family_name}"
