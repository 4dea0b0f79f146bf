"""The ordered stages of a programme's route. Data, not code: an admin edits them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Stage(models.Model):
    """One step of the route, with what must be achieved to move on."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="stages"
    )
    key = models.SlugField(_("key"), max_length=60)
    position = models.PositiveSmallIntegerField(_("position"))
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("what you do"), blank=True)
    goal = models.TextField(_("what you need to move on"), blank=True)
    expected_months = models.PositiveSmallIntegerField(_("expected months"), null=True, blank=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "key"], name="stage_key_unique_per_programme"
            ),
            models.UniqueConstraint(
                fields=["programme", "position"], name="stage_position_unique_per_programme"
            ),
        ]
        verbose_name = _("stage")
        verbose_name_plural = _("stages")

    def __str__(self):
        return self.name
