"""The example notebook runs top to bottom in a real Jupyter kernel (nbclient + ipykernel)."""

from __future__ import annotations

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient

NOTEBOOK = ROOT / "scripts" / "explore_events.ipynb"


def test_notebook_is_committed_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code")


@pytest.mark.slow
def test_notebook_executes_in_a_kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    # The kernel inherits the environment: without MPLBACKEND it uses the inline backend, as in Jupyter.
    monkeypatch.delenv("MPLBACKEND", raising=False)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if o.output_type == "execute_result" and "text/html" in o.get("data", {})]
    assert any("NVIDIA loses almost" in h for h in html)  # the Timeline and tables render as HTML
    assert any(o.output_type == "display_data" and "image/png" in o.get("data", {}) for o in outputs)  # inline chart
    assert any("consistent" in h for h in html)  # the claim check table
    assert "<table" in nb.cells[1].outputs[0]["data"]["text/html"]  # the Timeline itself as HTML
