"""Execute notebooks/analyst.ipynb end to end so it never rots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
NOTEBOOK = REPO / "notebooks" / "analyst.ipynb"


@pytest.mark.slow
def test_analyst_notebook_runs(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    from graphbuild.store import server

    data_dir = tmp_path / "nbdata"
    nb = nbformat.read(NOTEBOOK, as_version=4)
    saved = {k: os.environ.get(k) for k in ("GRAPHBUILD_NOTEBOOK_DATA_DIR", "PYTHONPATH")}
    # the kernel inherits both: a private data dir, and this checkout's code even when not pip-installed
    os.environ["GRAPHBUILD_NOTEBOOK_DATA_DIR"] = str(data_dir)
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), saved["PYTHONPATH"]) if p)
    try:
        client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                         resources={"metadata": {"path": str(NOTEBOOK.parent)}})
        client.execute()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        stopped_here = server.stop(data_dir)  # only does something if the notebook failed midway
    assert not stopped_here, "the notebook left its embedded server running"
    outputs = {i: c.get("outputs", []) for i, c in enumerate(nb.cells) if c.cell_type == "code"}
    texts = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/markdown", ""))
                      + str(o.get("data", {}).get("text/html", "")) for outs in outputs.values() for o in outs)
    assert not any(o.get("output_type") == "error" for outs in outputs.values() for o in outs)
    assert "Badan Pengawas Obat dan Makanan" in texts
    assert "## Projections" in texts and "srcdoc=" in texts
    assert "embedded server stopped: True" in texts
    assert (data_dir / "bpom.html").stat().st_size > 100_000
