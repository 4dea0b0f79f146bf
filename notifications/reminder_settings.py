"""A programme's reminder settings: each rule on or off, with its number of days.

A rule without a ``ReminderSetting`` row has its defaults (on, ``rule.days.default``).
"""

from dataclasses import dataclass

from django.db import transaction

from notifications.models import ReminderSetting
from notifications.rules import RULES, Rule


@dataclass(frozen=True)
class Setting:
    rule: Rule
    enabled: bool
    days: int | None  # None for a rule without a number of days

    @property
    def is_default(self) -> bool:
        default_days = self.rule.days.default if self.rule.days else None
        return self.enabled and self.days == default_days


def settings_for(programme) -> dict[str, Setting]:
    """Every rule's setting in ``programme``, defaults filled in (one query)."""
    rows = {row.rule: row for row in ReminderSetting.objects.filter(programme=programme)}
    result = {}
    for rule in RULES:
        row = rows.get(rule.code)
        days = None
        if rule.days is not None:
            days = row.days if row is not None and row.days is not None else rule.days.default
        result[rule.code] = Setting(rule, row.enabled if row is not None else True, days)
    return result


@transaction.atomic
def save_settings(programme, values: dict[str, tuple[bool, int | None]], *, by) -> list[Rule]:
    """Store the admin's choices: ``{code: (enabled, days)}``. Returns the rules that changed.

    The numbers were checked by the form; a rule without days stores None.
    """
    current = settings_for(programme)
    changed = []
    for code, (enabled, days) in values.items():
        setting = current[code]
        days = days if setting.rule.days is not None else None
        if (setting.enabled, setting.days) == (enabled, days):
            continue
        ReminderSetting.objects.update_or_create(
            programme=programme,
            rule=code,
            defaults={"enabled": enabled, "days": days, "updated_by": by},
        )
        changed.append(setting.rule)
    return changed
