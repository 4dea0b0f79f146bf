"""Municipalities (shared by all programmes) and a programme's partner organisations."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Municipality(models.Model):
    """A municipality where participants are housed. Not tenant-owned: programmes share them."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    country = models.CharField(_("country"), max_length=2, default="NL")

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name


class Organisation(models.Model):
    """A partner of one programme: a care provider, school, NGO, municipality or reception agency."""

    class Kind(models.TextChoices):
        CARE_PROVIDER = "care_provider", _("Care provider")
        SCHOOL = "school", _("School")
        NGO = "ngo", _("Social organisation")
        MUNICIPALITY = "municipality", _("Municipality")
        RECEPTION_AGENCY = "reception_agency", _("Reception agency")

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="organisations"
    )
    name = models.CharField(_("name"), max_length=160)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("municipality"),
    )

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "name"], name="organisation_unique_per_programme"
            )
        ]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name
