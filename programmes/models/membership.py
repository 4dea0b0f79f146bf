"""Who does what in a programme: user x programme x role."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Role(models.TextChoices):
    PARTICIPANT = "participant", _("Participant")
    COORDINATOR = "coordinator", _("Coordinator")
    MENTOR = "mentor", _("Mentor")
    MUNICIPALITY_OFFICER = "municipality_officer", _("Municipality officer")
    ADMIN = "admin", _("Programme admin")


# Roles that see other people's data: they must log in with a second factor.
# Plain values, not enum members: Enum hashes by name, so "coordinator" in a set
# of members would be False.
STAFF_ROLES = frozenset(r.value for r in (Role.COORDINATOR, Role.MUNICIPALITY_OFFICER, Role.ADMIN))


class Membership(models.Model):
    """A user's role in one programme. A user may hold roles in several programmes."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=24, choices=Role.choices)
    organisation = models.ForeignKey(
        "programmes.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("organisation"),
    )
    municipality = models.ForeignKey(
        "programmes.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("municipality"),
        help_text=_("For municipality officers: the municipality they work for."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "programme", "role"], name="membership_unique_role"
            ),
            models.CheckConstraint(
                condition=~models.Q(role="municipality_officer")
                | models.Q(municipality__isnull=False),
                name="officer_has_municipality",
            ),
        ]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self):
        return f"{self.user} · {self.get_role_display()} · {self.programme}"
