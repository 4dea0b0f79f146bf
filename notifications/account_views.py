"""The person's own notification settings, the same in every programme: /me/notifications/."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from notifications import kinds
from notifications.services import preference_of
from programmes.tenancy import memberships_of

APPLICANT = "applicant"


def kinds_for(user) -> list:
    """The kinds this person can get: for their roles in any programme (or as an applicant)."""
    roles = {m.role for m in memberships_of(user)} or {APPLICANT}
    return [k for k in kinds.all_kinds() if not k.audience or set(k.audience) & roles]


class PreferenceForm(forms.Form):
    email_kinds = forms.MultipleChoiceField(
        label=gettext_lazy("Which notifications do you also want by email?"),
        help_text=gettext_lazy("You always see all notifications in Zorgroute."),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    digest = forms.TypedChoiceField(
        label=gettext_lazy("How do you want to get the emails?"),
        choices=[
            ("0", gettext_lazy("One email for each notification")),
            ("1", gettext_lazy("One email each morning with all new notifications")),
        ],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, kinds, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email_kinds"].choices = [(k.code, k.label) for k in kinds]


@login_required
def edit(request):
    """Which kinds also come by email, and single emails or a daily digest."""
    preference = preference_of(request.user)
    shown = kinds_for(request.user)
    shown_codes = [k.code for k in shown]
    initial = {
        "email_kinds": [c for c in shown_codes if preference.wants_email(c)],
        "digest": "1" if preference.digest else "0",
    }
    form = PreferenceForm(request.POST or None, kinds=shown, initial=initial)
    if request.method == "POST" and form.is_valid():
        chosen = form.cleaned_data["email_kinds"]
        if preference.email_kinds is None and set(chosen) == set(shown_codes):
            email_kinds = None  # still "everything", also kinds added later
        else:
            # Kinds not on this page (not for this person's roles) keep their old choice.
            before = preference.email_kinds
            if before is None:
                before = [k.code for k in kinds.all_kinds()]
            email_kinds = sorted({c for c in before if c not in shown_codes} | set(chosen))
        preference.email_kinds = email_kinds
        preference.digest = form.cleaned_data["digest"]
        preference.save()
        messages.success(request, _("Your choices are saved."))
        return redirect("preferences:edit")
    return render(request, "notifications/preferences.html", {"form": form})
