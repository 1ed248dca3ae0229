"""HTML views: selection, styling, escaping and offline-ness (no browser needed)."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuild.analytics import snapshot_from_jsonl
from graphbuild.analytics.graph import SnapshotIndex
from graphbuild.errors import ConfigError, InputError
from graphbuild.types import GraphEdge, GraphNode, GraphSnapshot
from graphbuild.viz import build_view, render_html, write_html
from graphbuild.viz.build import vis_options
from graphbuild.viz.style import LABEL_STYLE, MAX_SIZE, MIN_SIZE

SAMPLE = Path(__file__).parent / "data" / "sample_extract.jsonl"
BPOM = "organization:badan-pengawas-obat-dan-makanan"
XSS_NAME = "PT Evil <img src=x onerror=\"document.title='pwned'\"> Tbk"
XSS_EVIDENCE = "Kata dia </script><script>document.body.dataset.pwned='1'</script> & <b>tebal</b>"


@pytest.fixture(scope="module")
def sample():
    return snapshot_from_jsonl(SAMPLE)


def xss_snapshot() -> GraphSnapshot:
    """A document whose entity name and evidence carry script payloads."""
    evil = "organization:pt-evil"
    nodes = [
        GraphNode(id=evil, labels=["Entity", "Organization"],
                  properties={"id": evil, "name": XSS_NAME, "aliases": ["<script>document.title='x'</script>"]}),
        GraphNode(id=BPOM, labels=["Entity", "Organization"], properties={"id": BPOM, "name": "BPOM"}),
        GraphNode(id="d1", labels=["Document"], properties={"id": "d1", "title": "<i>Judul</i> berita"}),
    ]
    edges = [
        GraphEdge(type="REVOKED", source=BPOM, target=evil,
                  properties={"doc_id": "d1", "evidence": XSS_EVIDENCE, "date": "2024-03", "what": "<u>izin</u>"}),
        GraphEdge(type="MENTIONED_IN", source=evil, target="d1", properties={"count": 1}),
    ]
    return GraphSnapshot(nodes=nodes, edges=edges)


def page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="gb-data">(.*?)</script>', html, re.S)
    assert m is not None
    return json.loads(m.group(1))


def test_view_styles_and_sizes(sample):
    view = build_view(sample)
    assert len(view.nodes) == 29 and len(view.edges) == 36
    by_id = {n["id"]: n for n in view.nodes}
    for n in view.nodes:
        assert (n["color"], n["shape"]) == LABEL_STYLE[n["gtype"]]
        assert isinstance(n["size"], int) and MIN_SIZE <= n["size"] <= MAX_SIZE
    # PageRank drives size: BPOM is among the largest nodes, isolated CPOB among the smallest
    assert by_id[BPOM]["size"] >= sorted(n["size"] for n in view.nodes)[-3]
    assert by_id["regulation:cpob"]["size"] == MIN_SIZE
    assert [item["label"] for item in view.legend] == [lab for lab in LABEL_STYLE]
    assert {e["label"] for e in view.edges} >= {"VISITED", "CERTIFIED", "LICENSED"}
    tip = by_id[BPOM]["gb"]
    assert "BPOM RI" in tip["aliases"] and len(tip["documents"]) == 3
    cert = next(e for e in view.edges if e["label"] == "CERTIFIED")
    assert cert["gb"]["facts"][0]["extras"] == {"standard": "CPOB"}
    assert cert["gb"]["facts"][0]["document"] == "Kepala BPOM Kunjungi Fasilitas Stem Cell Kalbe"


def test_parallel_facts_become_one_edge_with_all_evidence():
    a, b = "organization:a", "organization:b"
    nodes = [GraphNode(id=x, labels=["Entity", "Organization"], properties={"name": x}) for x in (a, b)]
    edges = [GraphEdge(type="PARTNERS_WITH", source=a, target=b,
                       properties={"doc_id": f"d{i}", "evidence": f"kalimat {i}", "date": f"202{i}"})
             for i in range(3)]
    view = build_view(GraphSnapshot(nodes=nodes, edges=edges))
    assert len(view.edges) == 1 and view.edges[0]["label"] == "PARTNERS_WITH ×3"
    assert [f["evidence"] for f in view.edges[0]["gb"]["facts"]] == ["kalimat 0", "kalimat 1", "kalimat 2"]


def test_filters(sample):
    idx = SnapshotIndex.of(sample)
    neighbours = {f.target if f.source == BPOM else f.source for f in idx.facts if BPOM in (f.source, f.target)}
    assert {n["id"] for n in build_view(sample, focus="Badan POM", depth=1).nodes} == neighbours | {BPOM}
    focus0 = build_view(sample, focus="bpom", depth=0)
    assert [n["id"] for n in focus0.nodes] == [BPOM] and focus0.nodes[0]["borderWidth"] == 4
    assert len(build_view(sample, focus="bpom", depth=2).nodes) > len(neighbours) + 1
    visited = build_view(sample, rels=["visited"])
    assert {e["label"] for e in visited.edges} == {"VISITED"} and len(visited.nodes) == 5
    people = build_view(sample, labels=["Person"])
    assert {n["gtype"] for n in people.nodes} == {"Person"} and [e["label"] for e in people.edges] == ["MET_WITH"]
    rakor = build_view(sample, doc="doc_rakor_2020")
    assert len(rakor.nodes) == 7 and len(rakor.edges) == 4
    dated = build_view(sample, since="2022", until="2022-12")
    assert len(dated.edges) == 3 and "2022" in dated.title
    with pytest.raises(ConfigError, match="relationship type"):
        build_view(sample, rels=["KNOWS"])
    with pytest.raises(ConfigError, match="no document"):
        build_view(sample, doc="nope")
    with pytest.raises(InputError):
        build_view(sample, focus="Nobody")


def test_html_is_offline_and_self_contained(sample, tmp_path):
    out = write_html(build_view(sample), tmp_path / "sub" / "g.html")
    html = out.read_bytes().decode("utf-8")  # written as UTF-8 whatever the locale
    assert "Indonesia–China" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert "<link" not in html and not re.search(r"<script[^>]*\bsrc=", html)
    assert "@import" not in html and "cdnjs" not in html and "jsdelivr" not in html
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp.split(";")[1]
    data = page_data(html)
    assert len(data["nodes"]) == 29 and data["options"]["physics"]["stabilization"]["iterations"] == 1000


def test_document_text_is_escaped():
    html = render_html(build_view(xss_snapshot(), title="<b>judul</b>"))
    assert "<img src=x" not in html and "<script>document" not in html
    assert "</script><script>document.body" not in html
    assert "<title>&lt;b&gt;judul&lt;/b&gt;</title>" in html
    data = page_data(html)  # the JSON round-trips the exact untrusted strings
    evil = next(n for n in data["nodes"] if n["id"] == "organization:pt-evil")
    assert evil["label"] == XSS_NAME and evil["gb"]["documents"] == ["<i>Judul</i> berita"]
    assert data["edges"][0]["gb"]["facts"][0]["evidence"] == XSS_EVIDENCE
    assert data["edges"][0]["gb"]["facts"][0]["extras"] == {"what": "<u>izin</u>"}
    # the app script never turns data into markup
    js = (Path(__file__).resolve().parent.parent / "graphbuild" / "viz" / "templates" / "graph.js").read_text()
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "document.write" not in js


def test_physics_is_bounded_for_big_graphs():
    big = vis_options(2000)
    assert big["physics"]["stabilization"]["iterations"] <= 200
    assert big["layout"]["improvedLayout"] is False and big["edges"]["smooth"] is False


def test_cli_viz(tmp_path):
    from graphbuild.cli import cli

    out = tmp_path / "v.html"
    res = CliRunner().invoke(cli, ["viz", "--from-jsonl", str(SAMPLE), "--out", str(out), "--focus", "Kalbe",
                                   "--depth", "1", "--rel", "LICENSED", "--rel", "SIGNED"])
    assert res.exit_code == 0, res.output
    assert "3 nodes, 3 edges" in res.output  # Kalbe, CSPC, the agreement both signed
    data = page_data(out.read_text(encoding="utf-8"))
    assert sorted(e["label"] for e in data["edges"]) == ["LICENSED", "SIGNED", "SIGNED"]
