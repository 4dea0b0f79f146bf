"""The tenant: one regional programme."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

# Slugs that would shadow a platform URL can never name a programme.
RESERVED_SLUGS = {"admin", "accounts", "static", "media", "language", "landing", "i18n"}


def validate_not_reserved(value):
    from django.core.exceptions import ValidationError

    if value in RESERVED_SLUGS:
        raise ValidationError(_("This web address is used by the platform itself."))


class Theme(models.TextChoices):
    """A token set in static/css/themes.css; one per region."""

    LEIDEN = "leiden", _("Leiden")
    DENHAAG = "denhaag", _("The Hague")
    LIMBURG = "limburg", _("Limburg")
    NEUTRAL = "neutral", _("Neutral")


class Programme(models.Model):
    """A regional programme (the tenant). Its texts are translated (see translation.py)."""

    slug = models.SlugField(
        _("web address"),
        max_length=40,
        unique=True,
        validators=[
            RegexValidator(
                r"^[a-z0-9]+(?:-[a-z0-9]+)*$", _("Use lowercase letters, digits and dashes.")
            ),
            validate_not_reserved,
        ],
        help_text=_("The programme's pages live at this address, for example /leiden/."),
    )
    number_prefix = models.CharField(
        _("prefix for participant numbers"),
        max_length=6,
        help_text=_("For example LEI gives participant numbers like LEI-0001."),
    )
    name = models.CharField(_("name"), max_length=120)
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    audience = models.TextField(_("who it is for"), blank=True, help_text=_("One item per line."))
    offer = models.TextField(_("what you get"), blank=True, help_text=_("One item per line."))
    selection = models.TextField(
        _("how selection works"), blank=True, help_text=_("One item per line.")
    )
    contact_email = models.EmailField(_("contact email"))
    theme = models.CharField(
        _("theme"), max_length=20, choices=Theme.choices, default=Theme.NEUTRAL
    )
    is_active = models.BooleanField(_("active"), default=True)
    intake_open = models.BooleanField(
        _("open for applications"), default=True, help_text=_("Show the Apply button.")
    )
    privacy_statement = models.TextField(
        _("privacy statement"),
        blank=True,
        help_text=_("What the programme does with an applicant's data, and for how long."),
    )
    decision_weeks = models.PositiveSmallIntegerField(
        _("weeks until a decision"),
        default=4,
        help_text=_("Applicants are told they hear from you within this many weeks."),
    )
    requires_two_reviewers = models.BooleanField(
        _("two reviewers decide"),
        default=False,
        help_text=_("A decision needs a second reviewer from another organisation."),
    )
    # How long a participant's data is kept after their route ended; then it is
    # erased (privacy/retention.py). Below one year a programme could not answer a
    # question about a route that just ended; above 15 no programme has a reason.
    retention_years = models.PositiveSmallIntegerField(
        _("years to keep data after the route ends"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(15)],
        help_text=_(
            "After this many years we remove a participant's personal data. "
            "Figures without names stay."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("programmes:public", kwargs={"programme": self.slug})
