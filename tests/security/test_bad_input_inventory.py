"""The inventory of input (tests/security/input_inventory.py) covers every URL.

A new URL without an entry fails here, so a new form, search box or filter cannot
escape the bad-input property tests. Pages listed as taking no input get a junk body
and a junk query string once: they must ignore both.
"""

import pytest

from tests.conftest import log_in
from tests.security.bad_input import (
    ALLOWED,
    assert_nothing_lost,
    database_state,
    post,
    urlencoded,
)
from tests.security.input_inventory import INVENTORY, Filters, Form, NoInput
from tests.test_isolation import URLS, ProgrammePage, project_url_names, url

AREAS = {"intake", "uploads", "staff", "participant"}
JUNK = [("q", "\u202e<script>'; --"), ("page", "9" * 40), ("x", b"\xff\xfe"), ("x", "ب" * 5000)]


def test_every_url_is_in_the_inventory():
    missing = set(project_url_names()) - set(INVENTORY)
    assert not missing, f"say what input these take in input_inventory.py: {sorted(missing)}"
    assert set(INVENTORY) <= set(project_url_names()), "the inventory names a URL that is gone"


def test_every_entry_says_what_it_is():
    for name, entry in INVENTORY.items():
        assert isinstance(entry, Form | Filters | NoInput), name
        if isinstance(entry, Form):
            assert entry.area in AREAS, name


NO_INPUT_PAGES = sorted(
    name
    for name, entry in INVENTORY.items()
    if isinstance(entry, NoInput) and isinstance(URLS.get(name), ProgrammePage) and URLS[name].roles
)


@pytest.mark.parametrize("name", NO_INPUT_PAGES)
def test_a_page_without_input_ignores_a_junk_body_and_query(client, world, name):
    roles = sorted(URLS[name].roles)
    log_in(client, world.users["coordinator" if "coordinator" in roles else roles[0]])
    path = url(name, world.programme, world)
    before = database_state()
    for response in (post(client, path, JUNK), client.get(f"{path}?{urlencoded(JUNK)}")):
        assert response.status_code in ALLOWED, response.status_code
        assert_nothing_lost(before, database_state(), response)
