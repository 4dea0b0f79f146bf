"""The barriers a programme works with: the ten of the Haaglanden research, plus its own."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class BarrierType(models.Model):
    """One kind of barrier, with its description and solution directions (translated).

    Each programme has its own rows, copied from the standard catalogue
    (``barriers/catalogue.py``), so it can switch one off or add its own.
    """

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="barrier_types"
    )
    code = models.SlugField(_("code"), max_length=40)
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    solutions = models.TextField(
        _("solution directions"), blank=True, help_text=_("One direction per line.")
    )
    is_standard = models.BooleanField(_("from the research"), default=False)
    is_active = models.BooleanField(_("in use"), default=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "code"], name="barrier_type_code_unique")
        ]
        verbose_name = _("barrier")
        verbose_name_plural = _("barriers")

    def __str__(self):
        return self.name
