"""Render a :class:`View` into one self-contained, offline HTML file.

pyvis's own template fetches bootstrap and vis from CDNs even with
``cdn_resources="in_line"``, so we ship a minimal template and inline the
vis-network build that pyvis bundles. A Content-Security-Policy with script
hashes forbids network access and any script we did not write, as a second
line of defence behind the escaping.
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from graphbuild import __version__
from graphbuild.errors import ConfigError
from graphbuild.viz.build import View

TEMPLATES = Path(__file__).resolve().parent / "templates"
VIS_DIR = Path(pyvis.__file__).resolve().parent / "lib" / "vis-9.1.2"

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def safe_json(obj: Any) -> str:
    """JSON that cannot close the ``<script>`` element it is embedded in."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return "".join(_JSON_ESCAPES.get(c, c) for c in text)


@cache
def _assets() -> tuple[str, str, str, str]:
    try:
        vis_js = (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
        vis_css = (VIS_DIR / "vis-network.css").read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"pyvis's bundled vis-network is missing ({err}); reinstall pyvis==0.3.2") from err
    app_js = (TEMPLATES / "graph.js").read_text(encoding="utf-8")
    app_css = (TEMPLATES / "graph.css").read_text(encoding="utf-8")
    return vis_js, vis_css, app_js, app_css


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(view: View) -> str:
    """The complete page as a string (UTF-8 when written)."""
    vis_js, vis_css, app_js, app_css = _assets()
    csp = ("default-src 'none'; "
           f"script-src {_sha256(vis_js)} {_sha256(app_js)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    data = {"nodes": view.nodes, "edges": view.edges, "options": view.options, "legend": view.legend,
            "warnings": view.warnings}
    return env.get_template("graph.html").render(
        title=view.title,
        csp=csp,
        version=__version__,
        vis_js=Markup(vis_js),
        vis_css=Markup(vis_css),
        app_js=Markup(app_js),
        app_css=Markup(app_css),
        data_json=Markup(safe_json(data)),
    )


def write_html(view: View, out: str | Path) -> Path:
    """Write the page as UTF-8 (pyvis's ``write_html`` uses the locale encoding)."""
    path = Path(out)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(view), encoding="utf-8")
    return path
