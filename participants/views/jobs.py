"""Placeholder: being written (issue 4)."""

from django.http import Http404


def _todo(request, *args, **kwargs):
    raise Http404("Not built yet.")


add_placement = follow_up = _todo
