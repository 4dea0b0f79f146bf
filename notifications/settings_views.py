"""The programme admin's reminder settings: each rule on or off, and its number of days.

The view reads the form and calls ``notifications.reminder_settings.save_settings``.
A refused form keeps every value typed and saves nothing.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_http_methods

from notifications.reminder_settings import save_settings, settings_for
from portal.access import role_required
from portal.formtools import link_help_texts
from programmes.models import Role


class ReminderSettingsForm(forms.Form):
    """Two fields per rule: ``<code>-enabled`` and, when the rule has one, ``<code>-days``."""

    def __init__(self, *args, settings, **kwargs):
        super().__init__(*args, **kwargs)
        self.settings = settings
        for code, setting in settings.items():
            rule = setting.rule
            self.fields[f"{code}-enabled"] = forms.BooleanField(
                label=gettext_lazy("Send this reminder"), required=False, initial=setting.enabled
            )
            if rule.days is not None:
                limits = {"min": rule.days.minimum, "max": rule.days.maximum}
                wrong = gettext("Enter a whole number from %(min)s to %(max)s.") % limits
                field = forms.IntegerField(
                    label=rule.days.label,
                    help_text=rule.days.help_text,
                    min_value=rule.days.minimum,
                    max_value=rule.days.maximum,
                    initial=setting.days,
                    error_messages={
                        "required": gettext_lazy("Enter a number of days."),
                        "invalid": wrong,
                        "min_value": wrong,
                        "max_value": wrong,
                    },
                )
                self.fields[f"{code}-days"] = field
        link_help_texts(self)

    def rows(self) -> list[dict]:
        """Per rule, for the template: the rule, its on/off field and its days field (or None)."""
        return [
            {
                "rule": setting.rule,
                "enabled": self[f"{code}-enabled"],
                "days": self[f"{code}-days"] if setting.rule.days is not None else None,
            }
            for code, setting in self.settings.items()
        ]

    def values(self) -> dict[str, tuple[bool, int | None]]:
        return {
            code: (
                self.cleaned_data[f"{code}-enabled"],
                self.cleaned_data.get(f"{code}-days"),
            )
            for code in self.settings
        }


@role_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def reminder_settings(request, programme):
    """The programme's reminder rules, with a form to turn them off or change the days."""
    programme = request.programme
    current = settings_for(programme)
    form = ReminderSettingsForm(
        request.POST if request.method == "POST" else None, settings=current
    )
    if request.method == "POST" and form.is_valid():
        changed = save_settings(programme, form.values(), by=request.user)
        if changed:
            messages.success(
                request, gettext("The reminder settings are saved. They count from the next check.")
            )
        else:
            messages.info(request, gettext("Nothing changed."))
        return redirect("notifications:reminder_settings", programme=programme.slug)
    return render(request, "notifications/settings.html", {"form": form})
