"""A browser's User-Agent in plain words ("Chrome on Android"), for the sessions page.

A rough reading, on purpose: the person only has to recognise their own phone or
computer. The header is typed by the browser and can lie; nothing depends on it.
"""

from django.utils.translation import gettext as _

# First match wins: Edge, Opera and Samsung Internet also say "Chrome", Chrome also says "Safari".
BROWSERS = [
    (("Edg/", "EdgA/", "EdgiOS/"), "Edge"),
    (("OPR/", "Opera"), "Opera"),
    (("SamsungBrowser/",), "Samsung Internet"),
    (("Firefox/", "FxiOS/"), "Firefox"),
    (("CriOS/", "Chrome/", "Chromium/"), "Chrome"),
    (("Safari/",), "Safari"),
]
# iPhone and iPad before Mac (they say "like Mac OS X"), Android before Linux.
SYSTEMS = [
    (("iPhone",), "iPhone"),
    (("iPad",), "iPad"),
    (("Android",), "Android"),
    (("Windows",), "Windows"),
    (("Macintosh", "Mac OS X"), "Mac"),
    (("CrOS",), "ChromeOS"),
    (("Linux",), "Linux"),
]


def _first(user_agent: str, table) -> str | None:
    for needles, name in table:
        if any(needle in user_agent for needle in needles):
            return name
    return None


def describe(user_agent: str) -> str:
    """The browser and system of a User-Agent header, or a plain "unknown" sentence."""
    browser = _first(user_agent or "", BROWSERS)
    system = _first(user_agent or "", SYSTEMS)
    if browser and system:
        return _("%(browser)s on %(system)s") % {"browser": browser, "system": system}
    if browser:
        return browser
    if system:
        return _("A browser on %(system)s") % {"system": system}
    return _("Unknown device")
