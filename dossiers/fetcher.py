"""The only door from the dossier renderer to the outside: a few of the project's static files.

WeasyPrint asks its URL fetcher for every stylesheet, font, image, object and
attachment a document names. This fetcher serves the files in ``ALLOWED_ASSETS``
from the project's own static files and refuses every other URL -- http, https,
file, data, ftp and anything else -- and logs it. Free text in a dossier is
escaped by the template already; this is the second lock, for raw HTML too.
"""

import logging
import mimetypes
from pathlib import Path
from urllib.request import OpenerDirector

from django.conf import settings
from django.contrib.staticfiles import finders
from weasyprint.urls import URLFetcher, URLFetcherResponse

logger = logging.getLogger(__name__)

# Relative URLs in the dossier resolve under this base and nowhere else. The .invalid
# top-level domain is reserved (RFC 2606): nothing can answer there, should a URL ever
# slip past this fetcher to a real client.
ASSET_BASE_URL = "https://dossier-assets.invalid/"
# Names under the base URL that may be served, from static/dossiers/. Exact matches only.
ALLOWED_ASSETS = frozenset(
    {
        "dossier.css",
        "fonts/NotoSans-Regular.woff2",
        "fonts/NotoSans-Bold.woff2",
        "fonts/NotoNaskhArabic-Regular.woff2",
        "fonts/NotoNaskhArabic-Bold.woff2",
    }
)
STATIC_FOLDER = "dossiers"
CONTENT_TYPES = {".css": "text/css", ".woff2": "font/woff2"}


class RefusedURLError(ValueError):
    """A URL the dossier may not fetch. WeasyPrint logs it and goes on without it."""


def asset_name(url) -> str | None:
    """The allow-listed static file ``url`` points to, or None."""
    if not isinstance(url, str) or not url.startswith(ASSET_BASE_URL):
        return None
    name = url.removeprefix(ASSET_BASE_URL)
    return name if name in ALLOWED_ASSETS else None


def asset_path(name) -> Path:
    """Where an allow-listed file is: the static folders first, then STATIC_ROOT."""
    found = finders.find(f"{STATIC_FOLDER}/{name}")
    if found:
        return Path(found)
    return Path(settings.STATIC_ROOT) / STATIC_FOLDER / name


class DossierURLFetcher(URLFetcher):
    """Serves ``ALLOWED_ASSETS``; refuses and logs everything else.

    ``served`` and ``refused`` list the URLs it was asked for, for tests and logs.
    It registers no urllib handlers at all, so not even ``open()`` could reach a
    network or a file outside the allow-list.
    """

    def __init__(self):
        OpenerDirector.__init__(self)  # no handlers: deliberately not URLFetcher.__init__
        self._timeout = 0
        self._http_headers = {}
        self._allowed_protocols = ()
        self._fail_on_errors = False
        self._request = None
        self.served = []
        self.refused = []

    def fetch(self, url, headers=None):
        name = asset_name(url)
        if name is None:
            self.refused.append(url)
            # repr() and a cut keep a hostile URL from writing lines into the log.
            logger.warning("Dossier renderer refused to fetch %r", str(url)[:200])
            raise RefusedURLError("The dossier may only use its own static files.")
        path = asset_path(name)
        self.served.append(url)
        content_type = CONTENT_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0]
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})

    def open(self, url, data=None, timeout=None):
        return self.fetch(getattr(url, "full_url", url))
