"""What a reminder rule is, and what the rules share.

A rule is a notification ``Kind`` (its words, registered with notifications.kinds)
plus ``find``: a generator of the ``Reminder``s that are due in one programme on one
day. ``find`` reads the rows in chunks by primary key, with the date arithmetic in
SQL, so the number of queries does not depend on the number of participants. The
scan (notifications/scan.py) hands the reminders to ``notify()``, which makes each
one once per recipient, rule, object and due date.

A reminder's ``context`` is plain JSON; its words are made when someone reads it,
in their language. So names that are translated in the database (a stage, a
barrier) go into the context in every language (``in_all_languages``) and the
reader's one is picked (``in_language``).
"""

import datetime
import functools
import operator
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.db.models import CharField, DateField, Exists, Func, OuterRef, Q, Value
from django.db.models.functions import Cast, Concat
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import get_language

from notifications.kinds import Kind

# Rows read per query. Large enough that a programme of 25,000 participants takes a
# few dozen queries, small enough to keep a worker's memory flat.
CHUNK = 2000

COORDINATOR = "coordinator"
PARTICIPANT = "participant"


@dataclass(frozen=True)
class Reminder:
    """One notification a rule wants made: for whom, about what, due when, and its data."""

    recipient: object  # a portal.User
    subject_key: str
    due_on: datetime.date
    link: str
    context: dict


@dataclass(frozen=True)
class Days:
    """A rule's number of days: the default, what it means, and what an admin may choose."""

    default: int
    label: str  # lazy gettext
    help_text: str  # lazy gettext
    minimum: int = 1
    maximum: int = 365


@dataclass(frozen=True)
class Rule:
    """A kind of reminder and how to find what is due. ``days`` is None when no N applies."""

    kind: Kind
    find: Callable[["Scan", int | None], Iterable[Reminder]]
    who: str  # lazy gettext: who gets it, for the admin's settings page
    days: Days | None = None

    @property
    def code(self) -> str:
        return self.kind.code


class Scan:
    """One programme on one day: what every rule needs, loaded once and shared."""

    def __init__(self, programme, today: datetime.date, now: datetime.datetime | None = None):
        self.programme = programme
        self.today = today
        self.now = now or timezone.now()

    @cached_property
    def coordinators(self) -> list:
        """The active users with the coordinator role in the programme (one query)."""
        from portal.models import User
        from programmes.models import Membership, Role

        ids = Membership.objects.filter(programme=self.programme, role=Role.COORDINATOR).values(
            "user_id"
        )
        return list(User.objects.filter(pk__in=ids, is_active=True).order_by("pk"))


class AddDays(Func):
    """A date plus a number of days (a column or a number), as a date, in SQL.

    PostgreSQL adds an integer to a date; SQLite (the demo) has date(d, '+n days').
    """

    output_field = DateField()
    arity = 2
    template = "(%(expressions)s)"
    arg_joiner = " + "

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            template="date(%(expressions)s || ' days')",
            arg_joiner=", '+' || ",
            **extra_context,
        )


def not_reminded(queryset, scan, rule_code, prefix, *, due="due", coordinators=False, user=None):
    """Leave out the rows whose reminder for this due date was made before.

    A row's reminders (to every recipient) are made in one transaction (scan.py), so
    one made for any of its recipients means all were: PostgreSQL checks that with
    probes of the unique index (recipient, kind, subject_key, due_on), and an hourly
    scan reads only what is new instead of everything still due. ``prefix`` plus the
    row's id is the subject key; ``due`` the row's due date; ``user`` the field with
    the recipient's id, ``coordinators`` when the coordinators get it too.
    """
    from notifications.models import Notification

    recipients = []
    if coordinators and scan.coordinators:
        recipients.append(Q(recipient_id__in=[person.pk for person in scan.coordinators]))
    if user:
        recipients.append(Q(recipient_id=OuterRef(user)))
    if not recipients:
        return queryset
    made_before = Notification.objects.filter(
        functools.reduce(operator.or_, recipients),
        programme=scan.programme,
        kind=rule_code,
        subject_key=Concat(Value(prefix), Cast(OuterRef("pk"), output_field=CharField())),
        due_on=OuterRef(due),
    )
    return queryset.filter(~Exists(made_before))


def path_maker(viewname: str, programme, *names: str) -> Callable[..., str]:
    """A function that makes the path of ``viewname`` for the given ids, in that order.

    reverse() runs once, with placeholders, and the ids are put in their place:
    reverse() for every row took a tenth of a scan at 100,000 participants.
    """
    marks = [str(987_654_321 + i) for i in range(len(names))]
    template = reverse(
        viewname, kwargs={"programme": programme.slug, **dict(zip(names, marks, strict=True))}
    )

    def make(*ids) -> str:
        path = template
        for mark, value in zip(marks, ids, strict=True):
            path = path.replace(mark, str(value))
        return path

    return make


def in_chunks(queryset, size: int = CHUNK) -> Iterator:
    """Every row of ``queryset``, read ``size`` at a time in primary-key order (keyset paging)."""
    last = 0
    while True:
        rows = list(queryset.filter(pk__gt=last).order_by("pk")[:size])
        yield from rows
        if len(rows) < size:
            return
        last = rows[-1].pk


def can_receive(user) -> bool:
    return user is not None and user.is_active


def start_of(day: datetime.date) -> datetime.datetime:
    """Midnight at the start of ``day`` in the portal's time zone, as an aware datetime."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def local_day(moment: datetime.datetime) -> datetime.date:
    return timezone.localtime(moment).date()


# Words: called inside translation.override(the reader's language) -------------------------


def day(iso: str) -> str:
    """An ISO date from a context, written out in the active language: 24 November 2026."""
    return formats.date_format(datetime.date.fromisoformat(iso), "j F Y")


def weekday_and_day(iso: str) -> str:
    return formats.date_format(datetime.date.fromisoformat(iso), "l j F Y")


def clock(iso: str) -> str:
    """The local time of an ISO datetime from a context: 14:30."""
    return formats.time_format(timezone.localtime(datetime.datetime.fromisoformat(iso)), "H:i")


def in_all_languages(instance, field: str) -> dict:
    """A modeltranslation field in every language, for a context: {"nl": ..., "en": ...}."""
    values = {
        code: getattr(instance, f"{field}_{code}", "") or "" for code, _n in settings.LANGUAGES
    }
    fallback = getattr(instance, field, "") or next((v for v in values.values() if v), "")
    return {code: value or fallback for code, value in values.items()}


def in_language(value) -> str:
    """The active language's text of an ``in_all_languages`` value (or a plain string)."""
    if isinstance(value, dict):
        return value.get(get_language() or "", "") or value.get("nl", "") or ""
    return value or ""
