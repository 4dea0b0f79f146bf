"""Hypothesis profiles for the bad-input property tests.

``ci`` (chosen when the CI variable is set) is derandomised: every run tries the same
examples, so a failure in CI is reproduced by running the test again. ``dev`` explores
new examples each run and remembers failing ones in ``.hypothesis/`` (ignored by git).
Both are small: the bad-input tests together stay within about a minute on one core.
"""

import os

import pytest
from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,  # a request with a database round trip has no stable duration
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    "print_blob": True,
}
settings.register_profile("ci", derandomize=True, database=None, **_COMMON)
settings.register_profile("dev", **_COMMON)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)


@pytest.fixture
def private_media(settings, tmp_path):
    """Uploaded files go to a temporary folder, not the project's private-media/."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path
