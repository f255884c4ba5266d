"""The installed package carries its templates and lexicon: build a wheel, install it in a fresh venv, render."""
from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from timeline_fixtures import ROOT, SEEDS


def sh(*args, cwd, timeout=600):
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", work / "dist", ROOT, cwd=work)
    (wheel,) = (work / "dist").glob("timeline-*.whl")
    venv.EnvBuilder(with_pip=True, clear=True).create(work / "venv")
    python = work / "venv" / "bin" / "python"
    sh(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel, cwd=work)
    return work, python


def test_installed_package_has_its_templates_and_data(installed):
    work, python = installed
    where = sh(python, "-c",
               "import timeline.render.html as h, timeline; print(timeline.__file__); print(h.packaged_template_dir())",
               cwd=work).split()
    assert str(work / "venv") in where[0], "the installed copy, not the source tree"
    templates = Path(where[1])
    assert templates.parent.name == "timeline" and (templates / "timeline.html").is_file()
    assert (templates.parent / "lexicon" / "event_triggers.tsv").is_file()


def test_installed_command_renders_the_seed_page(installed):
    work, python = installed
    out = work / "site"
    sh(work / "venv" / "bin" / "timeline", "build", SEEDS, "--out", out, cwd=work)
    html = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in html and "ماي 2022" in html
    assert (out / "calendar.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
