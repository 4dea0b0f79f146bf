"""Writing the audit log: the one public way in for views and tasks.

- ``record(request, action, ...)`` in a view: the actor, their role and organisation
  in the programme and their address come from the request.
- ``record_system(action, ...)`` in a Celery task, which has no request.
- ``viewed_file(detail)`` decorates a staff page of one participant's file.

Each call is one INSERT. None of them needs a scope: they work in a programme's
view, in the municipality officer's pages (which have none) and under
``scopes_disabled()`` alike. Row-level security (portal/rls.py) lets the INSERT
through only in the entry's programme: without a scope the entry is written in
its own programme's scope; inside another programme's scope PostgreSQL refuses it.
"""

import ipaddress
from contextlib import nullcontext
from functools import wraps

from django.conf import settings
from django_scopes import scope
from django_scopes.state import get_scope

from audit.models import Action, AuditEntry, Result
from programmes.models import Role

# When a user holds several roles in a programme and the view does not say which
# one it is for, the log names the widest.
ROLE_ORDER = [
    Role.ADMIN.value,
    Role.COORDINATOR.value,
    Role.MUNICIPALITY_OFFICER.value,
    Role.MENTOR.value,
    Role.PARTICIPANT.value,
]
DETAIL_LENGTH = AuditEntry._meta.get_field("detail").max_length


def client_address(request) -> str | None:
    """The client's IP address. X-Forwarded-For counts only behind a trusted proxy."""
    address = request.META.get("REMOTE_ADDR", "")
    if settings.AUDIT_TRUST_X_FORWARDED_FOR:
        # The trusted proxy appends the address it saw; what comes before it is the
        # client's own claim and can be forged.
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        address = forwarded or address
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def _membership(request, programme_id):
    """The membership the user acts with in this request's programme, or None."""
    if request.programme is None or request.programme.pk != programme_id:
        return None
    # role_required marks the view with the roles it is for.
    view = getattr(getattr(request, "resolver_match", None), "func", None)
    allowed = getattr(view, "allowed_roles", None)
    memberships = [m for m in request.memberships if allowed is None or m.role in allowed]
    memberships.sort(key=lambda m: ROLE_ORDER.index(m.role))
    return memberships[0] if memberships else None


def _organisation(membership) -> str:
    if membership is None:
        return ""
    if membership.role == Role.MUNICIPALITY_OFFICER and membership.municipality_id:
        return membership.municipality.name
    if membership.organisation_id:
        return membership.organisation.name
    return ""


def _in_programme(programme_id):
    """The entry's own programme when no scope is open; else the scope as it is."""
    if get_scope().get("_enabled", True) and "programme" not in get_scope():
        return scope(programme=programme_id)
    return nullcontext()


def _write(
    *, programme_id, participant_id, actor, action, detail, result, role, organisation, address
):
    with _in_programme(programme_id):
        return AuditEntry.objects.create(
            programme_id=programme_id,
            participant_id=participant_id,
            actor=actor,
            actor_name=getattr(actor, "name", "") or "",
            actor_email=getattr(actor, "email", "") or "",
            role=role,
            organisation=organisation,
            action=Action(action),
            detail=str(detail)[:DETAIL_LENGTH],
            result=Result(result),
            address=address,
        )


def _record(request, action, *, programme_id, participant_id, detail, result, organisation, role):
    membership = _membership(request, programme_id)
    user = request.user if request.user.is_authenticated else None
    return _write(
        programme_id=programme_id,
        participant_id=participant_id,
        actor=user,
        action=action,
        detail=detail,
        result=result,
        role=role or (membership.role if membership else ""),
        organisation=organisation or _organisation(membership),
        address=client_address(request),
    )


def record(
    request,
    action,
    *,
    participant=None,
    programme=None,
    detail="",
    result=Result.OK,
    organisation="",
    role="",
) -> AuditEntry:
    """Log what the user of ``request`` did, about ``participant`` if there is one.

    The programme is the participant's, else ``programme``, else the request's. Role
    and organisation come from the user's membership in the request's programme;
    code outside a programme (the municipality officer's pages across programmes)
    passes ``organisation`` (their municipality) and ``role`` itself.
    """
    if participant is not None:
        programme_id = participant.programme_id
    elif programme is not None:
        programme_id = programme.pk
    else:
        programme_id = request.programme.pk
    return _record(
        request,
        action,
        programme_id=programme_id,
        participant_id=participant.pk if participant is not None else None,
        detail=detail,
        result=result,
        organisation=organisation,
        role=role,
    )


def record_system(
    action,
    *,
    programme,
    participant=None,
    actor=None,
    detail="",
    result=Result.OK,
    organisation="",
    role="",
) -> AuditEntry:
    """Log what a task did, on behalf of ``actor`` (who asked for it) or of the system."""
    return _write(
        programme_id=getattr(programme, "pk", programme),
        participant_id=getattr(participant, "pk", participant),
        actor=actor,
        action=action,
        detail=detail,
        result=result,
        role=role,
        organisation=organisation,
        address=None,
    )


def viewed_file(detail):
    """Decorate a staff page of one participant's file: a successful GET is logged.

    The participant is the URL's ``pk``. Only a 200 is logged, and the decorated view
    answers 200 only after ``get_participant_for`` let this user see that participant.
    Put it above ``role_required``, so the log knows the roles the page is for.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            if request.method == "GET" and response.status_code == 200:
                _record(
                    request,
                    Action.VIEWED_FILE,
                    programme_id=request.programme.pk,
                    participant_id=int(kwargs["pk"]),
                    detail=detail,
                    result=Result.OK,
                    organisation="",
                    role="",
                )
            return response

        return wrapped

    return decorator
