"""The municipality's view across programmes: the one place in the product that reads across them.

A municipality officer sees the participants housed in their municipality who
consented to share their dossier with it, in whichever programme they are.
Every function here opens ``scopes_disabled()`` itself and filters by
municipality and consent in the query; nothing outside this module (and
``programmes/tenancy.py``) reads across programmes. PostgreSQL's row-level
security opens every programme only while ``scopes_disabled()`` is open
(portal/rls.py), so each function evaluates its rows before it returns: a lazy
query set evaluated later, outside, would see no rows. The sweeper's scan of
unfinished dossiers lives here too: it reads ids and states, no personal data.
"""

from django.core.paginator import Paginator
from django.db.models import Count, F, Q
from django_scopes import scopes_disabled

from dossiers.models import BulkExport, DossierExport, Status
from participants.models import Participant
from programmes.models import Membership, Role


def officer_municipalities(user) -> list:
    """The municipalities a user works for as an officer, in any active programme."""
    if not user.is_authenticated:
        return []
    with scopes_disabled():
        memberships = Membership.objects.filter(
            user=user, role=Role.MUNICIPALITY_OFFICER, programme__is_active=True
        ).select_related("municipality")
        found = {m.municipality_id: m.municipality for m in memberships}
    return sorted(found.values(), key=lambda m: m.name)


def _shared_consent():
    """The yes in force (kept on the participant by ``consent.answer``), as attributes."""
    return {
        "consent_id": F("municipality_consent_id"),
        "consent_at": F("municipality_consent__at"),
    }


def consenting_participants(municipalities, *, programme_slug="", search=""):
    """Participants housed in one of ``municipalities`` whose latest answer is yes.

    A lazy query set: evaluate it inside ``scopes_disabled()`` (the functions
    below do); everything a page shows is selected with it.
    """
    with scopes_disabled():
        queryset = (
            Participant.objects.filter(
                municipality__in=municipalities,
                municipality_consent__isnull=False,
                programme__is_active=True,
            )
            .annotate(**_shared_consent())
            .select_related("programme", "current_stage", "municipality")
            .order_by("family_name", "given_name", "pk")
        )
        if programme_slug:
            queryset = queryset.filter(programme__slug=programme_slug)
        if search:
            queryset = queryset.filter(
                Q(given_name__icontains=search)
                | Q(family_name__icontains=search)
                | Q(number__icontains=search)
            )
        return queryset


def consenting_page(municipalities, number, *, per_page, programme_slug="", search=""):
    """One page of ``consenting_participants``, its rows read now."""
    with scopes_disabled():
        queryset = consenting_participants(
            municipalities, programme_slug=programme_slug, search=search
        )
        page = Paginator(queryset, per_page).get_page(number)
        page.object_list = list(page.object_list)
        return page


def consenting_chosen(municipalities, pks) -> list:
    """The chosen participants who consent, with their programmes: a bulk export's people."""
    with scopes_disabled():
        return list(consenting_participants(municipalities).filter(pk__in=pks))


def consenting_participant(municipalities, pk):
    """One participant an officer may see, or None (another municipality, no consent)."""
    with scopes_disabled():
        return consenting_participants(municipalities).filter(pk=pk).first()


def consenting_ids(municipalities, pks) -> set:
    with scopes_disabled():
        return set(
            consenting_participants(municipalities).filter(pk__in=pks).values_list("pk", flat=True)
        )


def officer_export(user, municipalities, pk):
    """A dossier an officer asked for, for their municipality, or None."""
    with scopes_disabled():
        return (
            DossierExport.objects.filter(
                pk=pk, requested_by=user, municipality__in=municipalities, audience="municipality"
            )
            .select_related("participant", "programme", "municipality")
            .first()
        )


def bulk_items(bulk):
    """The dossiers of a bulk export, with their participants and programmes."""
    with scopes_disabled():
        return list(
            DossierExport.objects.filter(bulk=bulk)
            .select_related("participant", "programme", "participant__current_stage", "consent")
            .order_by("participant__family_name", "participant__given_name", "pk")
        )


def bulk_progress(bulk) -> dict:
    """How many of a bulk export's dossiers are in each state (one query)."""
    with scopes_disabled():
        rows = DossierExport.objects.filter(bulk=bulk).values("status").annotate(n=Count("pk"))
        counts = {row["status"]: row["n"] for row in rows}
    counts["total"] = sum(counts.values())
    return counts


def unfinished_dossiers(pending_before, running_before) -> list:
    """Dossiers waiting since before ``pending_before`` or running since before ``running_before``.

    Ids, programme ids and attempts only: the sweeper re-enqueues them.
    """
    with scopes_disabled():
        return list(
            DossierExport.objects.filter(
                Q(status=Status.PENDING, enqueued_at__lt=pending_before)
                | Q(status=Status.PENDING, enqueued_at__isnull=True)
                | Q(status=Status.RUNNING, started_at__lt=running_before)
            ).values("pk", "programme_id", "attempts", "bulk_id")
        )


def bulk_still_consenting(bulk) -> bool:
    """Does everyone in this export still consent? A withdrawal blocks the download at once."""
    with scopes_disabled():
        items = DossierExport.objects.filter(bulk=bulk, status=Status.DONE)
        withdrawn = Participant.objects.filter(
            pk__in=items.values("participant_id"), municipality_consent__isnull=True
        )
        return not withdrawn.exists()


def waiting_bulks():
    """Bulk exports that are not finished: the sweeper checks whether they can be assembled."""
    return list(
        BulkExport.objects.filter(status__in=[Status.PENDING, Status.RUNNING]).values_list(
            "pk", flat=True
        )
    )
