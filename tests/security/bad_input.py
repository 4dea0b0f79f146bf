"""Bad input for property-based tests: what a careless, confused or hostile client may send.

The forms are read from the page that shows them (``form_parsing.page_forms``), so a
field added to a form is fuzzed without a change here. ``form_data`` turns a form's
fields into a hypothesis strategy: each field keeps its value, is dropped, sent twice, or gets a
nasty value of its kind. Bodies are encoded by hand, so they can carry what a browser
never sends: NUL bytes, bytes that are not UTF-8, duplicated keys, file names of any
length.

``database_state`` reads every project table in one query; the tests compare it before
and after a request to prove that nothing stored was lost.
"""

import html
import json
from urllib.parse import quote_plus

from django.apps import apps
from django.db import connection
from django_scopes import scopes_disabled
from hypothesis import strategies as st

# Statuses a request with bad input may get: the form again with errors (200), success
# (302), or a deliberate refusal. Never 500.
ALLOWED = {200, 302, 400, 403, 404, 405}
ERROR_MARKERS = ("utrecht-form-field-error-message", "zr-alert--error", "errorlist")

# ---------------------------------------------------------------- strategies

NASTY_TEXT = [
    "\x00",
    "abc\x00def",
    "\x00" * 3,
    "   ",
    "\t\r\n",
    "\u200f\u202eﺔﻴﺑﺮﻌﻟﺍ\u202c",  # right-to-left marks around Arabic
    "👩🏽\u200d⚕️🏥",
    "e\u0301" * 40,  # combining characters
    "\ufeffBOM",
    "\u2028line\u2029",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ request.user }}{% debug %}",
    "' OR 1=1 --",
    "'; DROP TABLE participants_participant; --",
    "%s%s%n%x",
    "../../../etc/passwd",
    "\\x00",
    "%00",
    "null",
    "[]",
    "{}",
    "²",  # isdigit() but not int()
    "٣",  # Arabic-Indic digit three
    "-1",
    "0",
    "9" * 40,
]
NASTY_NUMBERS = [
    "",
    "-1",
    "0",
    "1.5",
    "1e309",
    "NaN",
    "inf",
    "-inf",
    "0x10",
    "²",
    "٣",
    "1\x00",
    "2147483648",
    "-2147483649",
    "9223372036854775808",
    "9" * 400,
]
NASTY_DATES = [
    "",
    "0001-01-01",
    "0000-00-00",
    "9999-12-31",
    "10000-01-01",
    "2026-02-30",
    "2026-13-01",
    "2026-1-1",
    "31-12-2026",
    "12/31/2026",
    "2026-01-01T10:00",
    "2026-01-01\x00",
    "-2026-01-01",
    "now",
    "٢٠٢٦-٠١-٠١",
]
# A value that is harmless and valid as text, to check that typed values are kept.
SAFE_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=12).map(
    lambda word: f"zq{word}"
)


def _long_text():
    return st.tuples(
        st.sampled_from(["a", "ب", "é", "👩", "\x00", " ", "<"]), st.integers(300, 12_000)
    ).map(lambda pair: pair[0] * pair[1])


def nasty_text():
    """Arbitrary unicode (no lone surrogates: a browser cannot send them), and known traps."""
    return st.one_of(
        st.sampled_from(NASTY_TEXT),
        st.text(st.characters(exclude_categories=["Cs"]), max_size=60),
        _long_text(),
        st.binary(min_size=1, max_size=20),  # raw bytes, most of them not UTF-8
    )


def nasty_value(kind: str, options=()):
    """A bad value for a field of this kind (input type, "select", "textarea")."""
    if kind == "number":
        common = st.one_of(st.sampled_from(NASTY_NUMBERS), st.integers(-(2**70), 2**70).map(str))
    elif kind == "date":
        common = st.one_of(st.sampled_from(NASTY_DATES), st.dates().map(lambda d: d.isoformat()))
    elif kind in ("select", "radio", "checkbox", "submit"):
        chosen = [option for option in options if option] or ["on"]
        common = st.one_of(st.sampled_from(chosen), st.sampled_from(["", "0", "-1", "on"]))
    else:
        common = st.nothing()
    return st.one_of(common, nasty_text())


def nasty_file():
    """(file name, content type, content): random bytes, a broken image, nothing, odd names."""
    png_head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    names = st.one_of(
        st.sampled_from(
            [
                "diploma.pdf",
                "",
                ".pdf",
                "a" * 5000 + ".png",
                "../../settings.py",
                "x\x00.pdf",
                "<script>.png",
                "دبلوم.jpg",
            ]
        ),
        st.text(st.characters(exclude_categories=["Cs"]), max_size=80),
        st.binary(max_size=40),  # a name that is not UTF-8
    )
    contents = st.one_of(
        st.sampled_from(
            [
                b"",
                png_head,  # a truncated PNG
                b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",  # a truncated JPEG
                b"%PDF-1.4\n",  # a PDF with nothing after its header
                b"GIF89a",
                b"<html><script>alert(1)</script>",
            ]
        ),
        st.binary(max_size=600),
    )
    types = st.sampled_from(["application/pdf", "image/png", "", "text/html", "x\x00/y"])
    return st.tuples(names, types, contents)


# ---------------------------------------------------------------- bodies


@st.composite
def form_data(draw, fields: dict, *, files=()):
    """A list of (name, value) pairs: the page's values, with some fields made bad.

    Returns (pairs, kept) where ``kept`` maps field names to safe text values that
    the response should show again when the form comes back with errors.
    """
    pairs, kept = [], {}
    buttons = [item for item in fields.values() if item.kind == "submit"]
    for item in fields.values():
        if item.kind in ("file", "submit"):
            continue
        choice = draw(st.sampled_from(["keep", "keep", "nasty", "nasty", "drop", "twice", "safe"]))
        value = item.value
        if choice == "drop" or (choice == "keep" and value is None):
            continue
        if choice == "nasty":
            value = draw(nasty_value(item.kind, item.options))
        elif choice == "safe" and item.kind in ("text", "textarea", "search"):
            value = draw(SAFE_WORD)
            kept[item.name] = value
        elif choice == "twice":
            pairs.append((item.name, draw(nasty_value(item.kind, item.options))))
        pairs.append((item.name, value if value is not None else ""))
    if buttons:  # a browser sends the one button that was pressed (none: Enter in a field)
        button = draw(st.sampled_from([None, *buttons]))
        if button is not None:
            pairs.append((button.name, draw(st.sampled_from(button.options) | nasty_text())))
    if draw(st.booleans()):
        pairs.append((draw(st.sampled_from(["x", "\x00", "id", "programme", "pk"])), "1"))
    for name in files:
        for _ in range(draw(st.integers(0, 2))):
            pairs.append((name, draw(nasty_file())))
    return pairs, kept


def _quote(value) -> str:
    return quote_plus(value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass"))


def urlencoded(pairs) -> str:
    return "&".join(f"{_quote(name)}={_quote(value)}" for name, value in pairs)


BOUNDARY = "zorgroute-bad-input-boundary"


def multipart(pairs) -> bytes:
    """A multipart body by hand: names and file names as raw bytes, not always UTF-8."""

    def raw(value):
        return value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")

    body = []
    for name, value in pairs:
        body.append(f"--{BOUNDARY}\r\n".encode())
        if isinstance(value, tuple):
            filename, content_type, content = value
            body.append(
                b'Content-Disposition: form-data; name="'
                + raw(name)
                + b'"; filename="'
                + raw(filename).replace(b'"', b"%22").replace(b"\r", b"").replace(b"\n", b"")
                + b'"\r\n'
            )
            if content_type:
                body.append(b"Content-Type: " + raw(content_type) + b"\r\n")
            body.append(b"\r\n" + content + b"\r\n")
        else:
            body.append(b'Content-Disposition: form-data; name="' + raw(name) + b'"\r\n\r\n')
            body.append(raw(value) + b"\r\n")
    body.append(f"--{BOUNDARY}--\r\n".encode())
    return b"".join(body)


def post(client, path, pairs, *, files=False):
    if files:
        return client.post(
            path, multipart(pairs), content_type=f"multipart/form-data; boundary={BOUNDARY}"
        )
    return client.post(path, urlencoded(pairs), content_type="application/x-www-form-urlencoded")


# ---------------------------------------------------------------- the properties


def assert_clear_answer(response, kept=None, *, success_200=False):
    """A clear error or a success, never a 500; an error page says so and keeps safe values."""
    assert response.status_code in ALLOWED, response.status_code
    if response.status_code != 200 or success_200 or not kept:
        return
    content = response.content.decode()
    if any(marker in content for marker in ERROR_MARKERS):
        for name, value in kept.items():
            assert html.escape(value) in content, f"the typed value of {name!r} is lost"


# Tables a request may change whatever happens: the log of who looked at what (appended
# to on every view), the sessions of the logged-in client.
VOLATILE_TABLES = {"audit_auditentry", "audit_auditchainhead"}
# Columns that move on any save; the intake's drafts keep invalid typing on purpose.
VOLATILE_COLUMNS = ["updated_at", "last_login"]


def _project_tables():
    labels = ("portal", "programmes", "participants", "barriers", "audit", "dossiers")
    labels += ("notifications", "privacy", "account", "mfa")
    tables = []
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label in labels and not model._meta.proxy:
            tables.append((model._meta.db_table, model._meta.pk.column))
    return sorted(set(tables))


def _row(table):
    quoted = connection.ops.quote_name(table)
    row = "to_jsonb(t) - " + "'{" + ",".join(VOLATILE_COLUMNS) + "}'::text[]"
    if table == "participants_intake":
        row = f"({row} - 'answers') || jsonb_build_object('answers', t.answers - '_drafts')"
    return quoted, row


def database_state() -> dict:
    """{table: {primary key: row text}} for every project table, in one query."""
    parts = []
    for table, pk in _project_tables():
        quoted, row = _row(table)
        key = f"t.{connection.ops.quote_name(pk)}"
        # Table and column names come from the models and are quoted: no user input.
        parts.append(
            f"SELECT '{table}', coalesce(jsonb_object_agg({key}, {row}), '{{}}')::text FROM {quoted} t"  # noqa: S608
        )
    with scopes_disabled(), connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts))
        return {table: json.loads(rows) for table, rows in cursor.fetchall()}


def assert_nothing_lost(before: dict, after: dict, response, *, deletes=False, may_change=()):
    """Nothing stored is lost.

    After a refusal (any answer but a redirect) no stored row changed or went, except in
    ``may_change`` (the caller checks those itself); after a success no row went, unless
    the action deletes on purpose. New rows are fine: a log entry, a saved draft.
    """
    for table, rows in before.items():
        gone = set(rows) - set(after[table])
        if table in VOLATILE_TABLES or table in may_change:
            assert not gone, f"{table}: rows {sorted(gone)[:5]} were deleted"
        elif response.status_code == 302:
            assert deletes or not gone, f"{table}: rows {sorted(gone)[:5]} disappeared"
        else:
            changed = [pk for pk, row in rows.items() if after[table].get(pk) != row]
            assert not changed, f"{table}: rows {changed[:5]} changed on a refused request"


def safe_repr(pairs) -> str:
    """A short description of a body for failure messages."""
    text = repr(pairs)
    return text if len(text) < 600 else text[:600] + "..."
