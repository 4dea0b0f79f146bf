"""The programme admin's settings pages (role: programme admin only)."""

from django.contrib import messages
from django.db.models import ProtectedError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from portal.access import role_required
from programmes.configuration import KINDS, ProgrammeSettingsForm, check_unique
from programmes.models import Role


def _kind(slug):
    if slug not in KINDS:
        raise Http404("No such setting.")
    return KINDS[slug]


@role_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def overview(request, programme):
    """The programme's selection settings and every list an admin can edit."""
    programme = request.programme
    form = ProgrammeSettingsForm(request.POST or None, instance=programme)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The settings are saved."))
        return redirect("programmes:settings", programme=programme.slug)
    lists = [
        (kind, kind.model.objects.filter(programme=programme).order_by("position"))
        for kind in KINDS.values()
    ]
    return render(request, "programmes/settings/overview.html", {"form": form, "lists": lists})


@role_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def edit(request, programme, kind, pk=None):
    """Add or change one stage, question, rule or criterion, in three languages."""
    kind = _kind(kind)
    programme = request.programme
    if pk is None:
        instance = kind.model(programme=programme)
    else:
        instance = kind.model.objects.filter(programme=programme, pk=pk).first()
        if instance is None:
            raise Http404("Not in this programme.")
    form = kind.form(request.POST or None, instance=instance)
    if (
        request.method == "POST"
        and form.is_valid()
        and check_unique(kind, form, programme, instance)
    ):
        item = form.save(commit=False)
        item.programme = programme
        item.save()
        messages.success(request, _("Saved."))
        return redirect("programmes:settings", programme=programme.slug)
    return render(
        request, "programmes/settings/edit.html", {"form": form, "kind": kind, "item": instance}
    )


@role_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def delete(request, programme, kind, pk):
    kind = _kind(kind)
    item = kind.model.objects.filter(programme=request.programme, pk=pk).first()
    if item is None:
        raise Http404("Not in this programme.")
    if request.method == "POST":
        try:
            item.delete()
        except ProtectedError:
            messages.error(
                request, _("This cannot be deleted: participants are in this stage now.")
            )
        else:
            messages.success(request, _("Deleted."))
        return redirect("programmes:settings", programme=request.programme.slug)
    return render(request, "programmes/settings/delete.html", {"kind": kind, "item": item})
