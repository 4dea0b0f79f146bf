"""The dossier renderer fetches nothing but its own stylesheet and fonts.

A tiny HTTP server on 127.0.0.1 stands in for an attacker's: every test that feeds
hostile URLs checks it never received a request.
"""

import datetime
import http.server
import logging
import threading

import pytest
from django_scopes import scope, scopes_disabled

from barriers.models import ParticipantBarrier
from dossiers import fetcher as fetcher_module
from dossiers import render
from dossiers.fetcher import ALLOWED_ASSETS, ASSET_BASE_URL, DossierURLFetcher, RefusedURLError
from participants.models import Credential, Evaluation, SkillAssessment
from tests.dossier.pdf_data import add_rich_route, pdf_text


class _Recorder(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.server.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { background: red }")

    def log_message(self, *args):
        pass


@pytest.fixture
def trap():
    """An HTTP server that records every request; yields its base URL and the requests."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", server.requests
    server.shutdown()
    server.server_close()


HOSTILE = [
    "http://127.0.0.1:9/x.png",
    "https://example.org/tracker.png",
    "file:///etc/passwd",
    "data:text/css,body{color:red}",
    "ftp://example.org/x",
    "https://dossier-assets.invalid/../../portal/settings.py",
    "https://dossier-assets.invalid/fonts/../dossier.css",
    "https://dossier-assets.invalid/dossier.css?x=1",
    "https://dossier-assets.invalid.example.org/dossier.css",
    "https://DOSSIER-ASSETS.invalid/dossier.css",
    "dossier.css",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_the_fetcher_refuses_everything_but_the_allow_list(url):
    fetcher = DossierURLFetcher()
    with pytest.raises(RefusedURLError):
        fetcher(url)
    assert fetcher.refused == [url]
    assert fetcher.served == []


@pytest.mark.parametrize("name", sorted(ALLOWED_ASSETS))
def test_the_fetcher_serves_the_dossiers_own_static_files(name):
    response = DossierURLFetcher()(ASSET_BASE_URL + name)
    assert response.read()[:4] in (b"/*\n ", b"wOF2")


def test_a_refused_url_is_logged_without_breaking_the_log_line(caplog):
    with (
        caplog.at_level(logging.WARNING, logger="dossiers.fetcher"),
        pytest.raises(RefusedURLError),
    ):
        DossierURLFetcher()("http://evil.example/\nFAKE LOG LINE")
    assert "refused" in caplog.text
    assert "\\nFAKE LOG LINE" in caplog.text  # repr(): one line, visible


def test_not_even_open_reaches_the_network(trap):
    base, requests = trap
    with pytest.raises(RefusedURLError):
        DossierURLFetcher().open(f"{base}/x")
    assert requests == []


def test_raw_html_with_hostile_urls_fetches_nothing(trap, tmp_path):
    base, requests = trap
    html = f"""<!DOCTYPE html><html><head>
    <base href="{base}/">
    <link rel="stylesheet" href="file:///etc/passwd">
    <link rel="stylesheet" href="{base}/style.css">
    <link rel="stylesheet" href="dossier.css">
    <link rel="attachment" href="{base}/attachment">
    <style>@import url("{base}/import.css"); body {{ background: url({base}/bg.png) }}
    @font-face {{ font-family: X; src: url({base}/font.woff2) }}</style>
    </head><body><p>Hallo</p>
    <img src="{base}/img.png" alt="x"><img src="file:///etc/hostname" alt="y">
    <object data="{base}/object.svg"></object><embed src="{base}/embed.svg">
    <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
    <image href="{base}/svg.png" width="10" height="10"/></svg>
    <iframe src="{base}/frame"></iframe>
    </body></html>"""
    fetcher = DossierURLFetcher()
    pdf = render.html_to_pdf(html, url_fetcher=fetcher)
    assert pdf.startswith(b"%PDF")
    assert requests == []
    assert fetcher.served == []  # <base> moved even the relative stylesheet off the allow-list
    assert any(url.startswith("file:///etc/") for url in fetcher.refused)
    assert any(url.startswith(base) for url in fetcher.refused)
    assert "root:" not in pdf_text(pdf, tmp_path)


INJECTION = (
    '<img src="{base}/x.png"> <link rel=stylesheet href="file:///etc/passwd">'
    '<style>@import "{base}/y.css";</style>'
)


def test_html_in_free_text_is_shown_as_text_and_fetches_nothing(world, trap, tmp_path, monkeypatch):
    base, requests = trap
    add_rich_route(world)
    text = INJECTION.format(base=base)
    with scopes_disabled():
        ParticipantBarrier.objects.filter(pk=world.participant_barrier.pk).update(next_step=text)
        Credential.objects.filter(pk=world.credential.pk).update(title=text)
        Evaluation.objects.filter(internship=world.internship).update(going_well=text)
        SkillAssessment.objects.filter(participant=world.participant).update(evidence=text)
        world.participant.family_name = f'<img src="{base}/n">'
        world.participant.save()
    fetchers = []

    class Recording(DossierURLFetcher):
        def __init__(self):
            super().__init__()
            fetchers.append(self)

    monkeypatch.setattr(fetcher_module, "DossierURLFetcher", Recording)
    for language in ("nl", "ar"):
        with scope(programme=world.programme):
            html = render.dossier_html(
                world.participant,
                language,
                version=1,
                generated_at=datetime.datetime.now(datetime.UTC),
            )
            pdf = render.render_dossier(
                world.participant,
                language,
                version=1,
                generated_at=datetime.datetime.now(datetime.UTC),
            )
        assert "<img" not in html
        assert "&lt;img src=&quot;" in html
        assert 'href="file:' not in html
        assert "<img src=" in pdf_text(pdf, tmp_path)  # shown, as the text it is
    assert requests == []
    assert fetchers
    for fetcher in fetchers:
        assert fetcher.refused == []  # never even asked
        assert set(fetcher.served) <= {ASSET_BASE_URL + name for name in ALLOWED_ASSETS}
