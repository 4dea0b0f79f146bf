"""Placeholder: being written (issue 5)."""

from django.http import Http404


def _todo(request, *args, **kwargs):
    raise Http404("Not built yet.")


participant_credentials = credential_detail = _todo
