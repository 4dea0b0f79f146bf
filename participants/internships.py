"""Placeholder: being written (issue 4)."""


def coordinator_section(request, participant) -> dict:
    """Context for this module's section on the coordinator's participant page."""
    return {}
