"""Run the bad-input properties against the inventoried URLs.

Per form: a few fixed sweeps first (every field at once with a NUL byte, with text far
beyond its limit, with bytes that are not UTF-8, with edge numbers and dates: a field
that crashes on such a value is found whatever the other fields hold, because a Django
form cleans every field), then hypothesis examples that mix good and bad fields.

Each request runs inside a savepoint that is rolled back, so examples do not see each
other's writes and the ``world`` fixture stays as it was built. ``BAD_INPUT_EXAMPLES``
multiplies the number of examples for a deeper run (``BAD_INPUT_EXAMPLES=20 make test``).
"""

import os
import re

from django.db import transaction
from django.urls import reverse
from hypothesis import example, given, note, settings
from hypothesis import strategies as st

from tests.conftest import log_in, reauthenticate
from tests.security.bad_input import (
    assert_clear_answer,
    assert_nothing_lost,
    database_state,
    form_data,
    nasty_text,
    post,
    safe_repr,
    urlencoded,
)
from tests.security.form_parsing import Field, PageForm, page_forms

SCALE = int(os.environ.get("BAD_INPUT_EXAMPLES", "1"))

CHOICE_KINDS = ("select", "radio", "checkbox")
SWEEPS = {
    # kind of field -> value; "" is the key for every other kind (text, textarea, hidden...)
    "nul": {"number": "1\x00", "date": "2026-01-01\x00", "choice": "\x00", "": "zq\x00zq"},
    "long": {"number": "9" * 400, "date": "9" * 60, "choice": "x" * 3000, "": "ب" * 20_000},
    "bytes": {"number": b"\xff1", "date": b"2026-01-0\xff", "choice": b"\xc3", "": b"\xff\xfe\x00"},
    "edge": {"number": "2147483648", "date": "9999-12-31", "choice": "²", "": "   "},
    "low": {"number": "-2147483649", "date": "0001-01-01", "choice": "-1", "": "\u202e<script>"},
}


def sweep(fields: dict, name: str) -> list:
    values = SWEEPS[name]
    pairs = []
    for item in fields.values():
        if item.kind in ("file", "submit"):
            continue
        kind = "choice" if item.kind in CHOICE_KINDS else item.kind
        pairs.append((item.name, values.get(kind, values[""])))
    buttons = [item for item in fields.values() if item.kind == "submit"]
    if len(buttons) == 1:  # the one action of the form (confirm a proposal), as pressed
        pairs.append((buttons[0].name, buttons[0].options[-1]))
    return pairs


def url_of(name, entry, world, kwargs=None):
    kwargs = dict(kwargs if kwargs is not None else entry.kwargs(world))
    if entry.in_programme:
        kwargs["programme"] = world.programme.slug
    return reverse(name, kwargs=kwargs)


def rolled_back(run):
    """Run ``run`` in a savepoint that is always undone."""
    with transaction.atomic():
        run()
        transaction.set_rollback(True)


def shown_forms(client, world, name, entry) -> list[PageForm]:
    """The forms posting to ``name`` as its page shows them, or the inventory's fields."""
    action = url_of(name, entry, world)
    page_name = entry.page or name
    page_kwargs = dict((entry.page_kwargs or entry.kwargs)(world))
    if entry.in_programme and page_name != "home":
        page_kwargs["programme"] = world.programme.slug
    page = reverse(page_name, kwargs=page_kwargs)
    response = client.get(page, follow=True)
    found = []
    if response.status_code == 200:
        found = [form for form in page_forms(response.content, page) if form.view_name == name]
    if not found:
        assert entry.fields, f"{page} shows no form for {name}: give it fields"
        fields = {key: Field(key, kind, None) for key, kind in entry.fields.items()}
        found = [PageForm(action, name, fields)]
    return found


def check_form(
    client, world, name, entry, *, examples, files=(), also=None, without=(), may_change=()
):
    """POST bad bodies to one form: a clear answer, never a 500, nothing stored lost.

    ``also(before, after, response)`` checks more of the database states, per example;
    ``without`` names fields (buttons) never to send.
    """
    log_in(client, world.users[entry.role])
    reauthenticate(client)  # so forms behind a fresh password check are reached too
    forms = shown_forms(client, world, name, entry)
    for form in forms:
        for field_name in without:
            form.fields.pop(field_name, None)
    bodies = st.sampled_from(forms).flatmap(
        lambda form: st.tuples(st.just(form), form_data(form.fields, files=files))
    )

    def attempt(drawn):
        form, (pairs, kept) = drawn
        note(f"{name} {form.action} {safe_repr(pairs)}")

        def run():
            before = database_state()
            response = post(client, form.action, pairs, files=bool(files))
            assert_clear_answer(response, kept, success_200=entry.success_200)
            after = database_state()
            assert_nothing_lost(
                before, after, response, deletes=entry.deletes, may_change=may_change
            )
            if also is not None:
                also(before, after, response)

        rolled_back(run)

    attempt = settings(max_examples=examples * SCALE)(given(bodies)(attempt))
    for form in forms:
        for kind in SWEEPS:
            attempt = example((form, (sweep(form.fields, kind), {})))(attempt)
    attempt()


QUERY_KEYS = ["q", "page", "status", "stage", "sort", "programme", "municipality", "cohort"]


def check_filters(client, world, name, entry, *, examples):
    """GET the page with bad query strings: never a 500, nothing stored changes."""
    log_in(client, world.users[entry.role])
    reauthenticate(client)  # exports ask for the password again first
    path = url_of(name, entry, world)
    response = client.get(path)
    assert response.status_code == 200, response.status_code
    keys = sorted(set(QUERY_KEYS) | _filter_names(response.content))

    @settings(max_examples=examples * SCALE)
    @given(st.lists(st.tuples(st.sampled_from(keys), nasty_text()), min_size=1, max_size=4))
    def attempt(query):
        note(f"{name} ?{safe_repr(query)}")

        def run():
            before = database_state()
            response = client.get(f"{path}?{urlencoded(query)}")
            assert_clear_answer(response)
            assert_nothing_lost(before, database_state(), response)

        rolled_back(run)

    for kind in SWEEPS:
        value = SWEEPS[kind][""]
        attempt = example([(key, value) for key in keys])(attempt)
    attempt()


def _filter_names(content: bytes) -> set:
    """Field names of the GET forms (search boxes and filters) on a page."""
    names = set()
    for form in re.findall(rb'<form[^>]*method="get"[^>]*>(.*?)</form>', content, re.S):
        names |= {found.decode() for found in re.findall(rb'name="([^"]+)"', form)}
    return names


def check_each(items, check):
    """Run ``check(name, entry)`` for every item; report every failing URL, not only the first."""
    failures = []
    for name, entry in items:
        try:
            check(name, entry)
        except Exception as error:
            notes = "\n    ".join(getattr(error, "__notes__", []))
            failures.append(f"{name}: {type(error).__name__}: {error}\n    {notes}")
    assert not failures, "\n\n".join(failures)
