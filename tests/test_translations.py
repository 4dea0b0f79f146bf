"""Every UI string is translated into nl, en and ar; nothing is fuzzy or missing.

The catalogues are regenerated from the source in a copy of the project, so a
string that was added to a template or module but never extracted fails too.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
# Every app of the project (a new app can never be forgotten here), its templates and catalogues.
LOCAL_APPS = [app for app in settings.INSTALLED_APPS if (ROOT / app).is_dir()]
SOURCES = ["manage.py", *LOCAL_APPS, "templates", "locale"]


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    copy = tmp_path_factory.mktemp("project")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo")
            )
        else:
            shutil.copy(source, copy / name)
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "nl",
            "-l",
            "en",
            "-l",
            "ar",
            "--no-obsolete",
            "--verbosity",
            "0",
        ],
        cwd=copy,
        check=True,
        env={"PATH": "/usr/bin:/bin", "DEBUG": "true", "DJANGO_SETTINGS_MODULE": "portal.settings"},
    )
    return copy


@pytest.mark.parametrize("language", ["nl", "en", "ar"])
def test_every_string_is_translated(regenerated, language):
    po = regenerated / "locale" / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    hint = f"{language}: {result.stderr.strip()} (run `make translations`, translate new strings)"
    assert "untranslated" not in result.stderr, hint
    assert "fuzzy" not in result.stderr, hint


def test_the_committed_catalogues_are_up_to_date(regenerated):
    for language in ("nl", "en", "ar"):
        committed = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
        fresh = regenerated / "locale" / language / "LC_MESSAGES" / "django.po"
        msgids = {line for line in committed.read_text().splitlines() if line.startswith("msgid ")}
        fresh_ids = {line for line in fresh.read_text().splitlines() if line.startswith("msgid ")}
        assert fresh_ids <= msgids, (
            f"{language}: strings missing from the catalogue: {fresh_ids - msgids}"
        )
