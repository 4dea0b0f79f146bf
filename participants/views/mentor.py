"""Placeholder: being written (issue 4)."""

from django.http import Http404


def _todo(request, *args, **kwargs):
    raise Http404("Not built yet.")


add_internship = home = internship = attendance = evaluation = _todo
