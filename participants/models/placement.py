"""Internships with their mentor's evaluations, and job placements with follow-ups."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

SOFT_SKILLS = [
    ("punctuality", _("Comes on time")),
    ("communication", _("Communicates with clients and colleagues")),
    ("teamwork", _("Works together")),
    ("initiative", _("Takes initiative")),
    ("learning", _("Learns from feedback")),
    ("care_attitude", _("Treats clients with care and respect")),
]


class Internship(models.Model):
    """An internship or voluntary workplace learning at a care organisation."""

    class Kind(models.TextChoices):
        INTERNSHIP = "internship", _("Internship")
        TASTER = "taster", _("Taster internship (snuffelstage)")
        VOLUNTARY = "voluntary", _("Voluntary workplace learning")
        BBL = "bbl", _("Work-based learning (BBL)")

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="internships"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.INTERNSHIP)
    organisation = models.ForeignKey(
        "programmes.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisation"),
    )
    department = models.CharField(_("department"), max_length=120, blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="mentored_internships",
        verbose_name=_("mentor (work supervisor)"),
    )
    mentor_phone = models.CharField(_("mentor's phone"), max_length=30, blank=True)
    tutor = models.CharField(_("school tutor"), max_length=120, blank=True)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    evaluation_every_weeks = models.PositiveSmallIntegerField(
        _("evaluation every … weeks"), default=6
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["-starts_on"]
        indexes = [models.Index(fields=["programme", "mentor"], name="internship_mentor_idx")]
        verbose_name = _("internship")
        verbose_name_plural = _("internships")

    def __str__(self):
        return f"{self.organisation} ({self.starts_on})"


class Evaluation(models.Model):
    """A mentor's periodic evaluation, with observations on soft skills (1-4 each)."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    internship = models.ForeignKey(Internship, on_delete=models.CASCADE, related_name="evaluations")
    date = models.DateField(_("date"))
    soft_skills = models.JSONField(_("soft skills"), default=dict, blank=True)
    going_well = models.TextField(_("what goes well"), blank=True)
    to_improve = models.TextField(_("what to work on"), blank=True)
    shared_with_participant = models.BooleanField(_("participant may read it"), default=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["-date"]
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")

    def __str__(self):
        return f"{self.internship_id} {self.date}"


class JobPlacement(models.Model):
    """A job at a care organisation, with the klikgesprek that came before it."""

    class Contract(models.TextChoices):
        PERMANENT = "permanent", _("Permanent contract")
        TEMPORARY = "temporary", _("Temporary contract")
        BBL = "bbl", _("BBL contract (work and school)")

    class Klik(models.TextChoices):
        PLANNED = "planned", _("Planned")
        POSITIVE = "positive", _("It clicked")
        NEGATIVE = "negative", _("It did not click")

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="placements"
    )
    employer = models.ForeignKey(
        "programmes.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("employer"),
    )
    role = models.CharField(_("job"), max_length=120)
    contract = models.CharField(_("contract"), max_length=10, choices=Contract.choices)
    hours_per_week = models.PositiveSmallIntegerField(_("hours per week"))
    klikgesprek_on = models.DateField(_("date of the klikgesprek"), null=True, blank=True)
    klikgesprek = models.CharField(
        _("klikgesprek"),
        max_length=10,
        choices=Klik.choices,
        default=Klik.PLANNED,
        help_text=_("A first talk with the employer, to see if you fit together."),
    )
    starts_on = models.DateField(_("starts on"))
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("job placement")
        verbose_name_plural = _("job placements")

    def __str__(self):
        return f"{self.role}, {self.employer}"


class FollowUp(models.Model):
    """The check 3, 6 and 12 months after the start of a job: is it sustainable?"""

    class Month(models.IntegerChoices):
        THREE = 3, _("after 3 months")
        SIX = 6, _("after 6 months")
        TWELVE = 12, _("after 12 months")

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE)
    placement = models.ForeignKey(JobPlacement, on_delete=models.CASCADE, related_name="follow_ups")
    month = models.PositiveSmallIntegerField(_("follow-up"), choices=Month.choices)
    due_on = models.DateField(_("due on"))
    done_on = models.DateField(_("done on"), null=True, blank=True)
    still_employed = models.BooleanField(_("still working there"), null=True, blank=True)
    satisfaction = models.PositiveSmallIntegerField(_("satisfaction (1-5)"), null=True, blank=True)
    issues = models.TextField(_("issues"), blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["due_on"]
        constraints = [
            models.UniqueConstraint(fields=["placement", "month"], name="one_follow_up_per_month")
        ]
        # The reminder scan: follow-ups not done yet, by due date (notifications/rules/).
        indexes = [
            models.Index(
                fields=["programme", "due_on"],
                condition=models.Q(done_on__isnull=True),
                name="follow_up_open_due_idx",
            )
        ]
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")

    def __str__(self):
        return f"{self.placement_id} +{self.month}"
