"""Placeholder: being written (issue 4)."""

from django.http import Http404


def _todo(request, *args, **kwargs):
    raise Http404("Not built yet.")


session_list = session_detail = _todo
