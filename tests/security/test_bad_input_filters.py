"""Bad query strings on every page with a search box, a filter or page numbers.

A search for a NUL byte, a page number of forty nines, a status that does not exist,
a filter sent twice: the page answers (with no or fewer results, or a 400 for a NUL),
never a 500, and a GET changes nothing stored.
"""

from tests.security.input_inventory import Filters, entries
from tests.security.property_runner import check_each, check_filters


def test_search_boxes_and_filters_answer_bad_queries_clearly(client, world):
    check_each(
        entries(Filters),
        lambda name, entry: check_filters(client, world, name, entry, examples=5),
    )
