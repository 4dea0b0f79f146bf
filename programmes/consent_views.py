"""The programme admin's consent texts: what participants agree to, version by version."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from participants.consent_texts import (
    NewerVersionError,
    UnchangedTextError,
    current_text,
    overview,
    publish,
    texts_in,
)
from participants.models import Purpose
from portal.access import role_required
from programmes.consent_forms import ConsentTextForm
from programmes.models import Role


@role_required(Role.ADMIN)
def consent_texts(request, programme):
    """Per purpose: the current version, its texts, the answers, and the earlier versions."""
    rows = overview(request.programme)
    return render(request, "programmes/settings/consent_texts.html", {"rows": rows})


@role_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def consent_text_new(request, programme, purpose):
    """Publish a new version of one purpose's text, starting from the current one."""
    if purpose not in Purpose.values:
        raise Http404("No such purpose.")
    programme = request.programme
    current = current_text(programme, purpose)
    version = current.version if current else 0
    initial = {"based_on": version, **{f"text_{k}": v for k, v in texts_in(current).items()}}
    form = ConsentTextForm(request.POST or None, initial=initial)
    conflict = False
    if request.method == "POST" and form.is_valid():
        try:
            text = publish(
                programme,
                purpose,
                form.texts(),
                by=request.user,
                based_on=form.cleaned_data["based_on"],
            )
        except UnchangedTextError:
            form.add_error(
                None,
                _("This text is the same as the current version. Change the text to publish it."),
            )
        except NewerVersionError:
            # Keep what was typed, now based on the newest version: a second click publishes it.
            conflict = True
            data = request.POST.copy()
            data["based_on"] = version
            form = ConsentTextForm(data)
            form.is_valid()
            form.add_error(
                None,
                _(
                    "Someone else published version %(version)s while you were writing. "
                    "Compare it with your text. Publish again if your text should replace it."
                )
                % {"version": version},
            )
        else:
            messages.success(
                request,
                _(
                    "Version %(version)s is published. "
                    "Participants who said yes are asked to read the new text."
                )
                % {"version": text.version},
            )
            return redirect("programmes:consent_texts", programme=programme.slug)
    return render(
        request,
        "programmes/settings/consent_text_new.html",
        {"form": form, "purpose": Purpose(purpose), "current": current, "conflict": conflict},
    )
