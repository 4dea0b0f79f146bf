"""Placeholder: being written (issue 5)."""

from django.http import Http404


def _todo(request, *args, **kwargs):
    raise Http404("Not built yet.")


catalogue = participant_barriers = barrier_detail = change_status = add_action = _todo
my_barriers = insights = insights_export = _todo
