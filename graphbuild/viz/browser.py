"""Drive headless Chromium over the DevTools protocol to check and time a view.

Used by the browser tests and the benchmark, not by the library itself: it
answers "does the page draw offline, without errors, with the expected counts,
and how fast" from the page's own status element. Needs Debian's ``chromium``
and the ``websocket-client`` package (a test dependency).
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.errors import GraphbuildError

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--mute-audio",
    # no network at all: every host resolves to nothing and any proxy use goes nowhere
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
    "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1280,800",
)
_LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@dataclass(slots=True)
class PageReport:
    status: dict[str, str]  # the page's #gb-status data attributes
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # every URL the page asked for
    failed_requests: list[str] = field(default_factory=list)
    load_seconds: float = 0.0
    screenshot: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)  # results of `evaluate` expressions

    @property
    def network_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(_LOCAL_SCHEMES)]


class _CDP:
    def __init__(self, ws_url: str) -> None:
        import websocket  # test dependency: websocket-client

        self.ws = websocket.create_connection(ws_url, timeout=120, suppress_origin=True)
        self.ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        msg_id = next(self.ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == msg_id:
                if "error" in msg:
                    raise GraphbuildError(f"DevTools {method} failed: {msg['error']}")
                return msg.get("result", {})
            if "method" in msg:
                self.events.append(msg)

    def evaluate(self, expression: str) -> Any:
        res = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in res:
            raise GraphbuildError(f"page script failed: {res['exceptionDetails'].get('text')}")
        return res.get("result", {}).get("value")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.ws.close()


def _devtools_port(profile: Path, proc: subprocess.Popen[bytes], timeout: float) -> int:
    port_file = profile / "DevToolsActivePort"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if port_file.exists():
            text = port_file.read_text().split()
            if text:
                return int(text[0])
        if proc.poll() is not None:
            raise GraphbuildError(f"chromium exited early with code {proc.returncode}")
        time.sleep(0.1)
    raise GraphbuildError("chromium did not open its DevTools port in time")


def open_page(
    html: str | Path,
    *,
    screenshot: str | Path | None = None,
    evaluate: dict[str, str] | None = None,
    hover_node: str | None = None,
    timeout: float = 120.0,
) -> PageReport:
    """Load ``html`` from file:// with networking disabled, wait for ``data-state=ready``."""
    chromium = find_chromium()
    if chromium is None:
        raise GraphbuildError("chromium not found; install it with `apt-get install -y chromium`")
    url = Path(html).resolve().as_uri()
    with tempfile.TemporaryDirectory(prefix="gb-chromium-") as tmp:
        profile = Path(tmp)
        proc = subprocess.Popen([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env={**os.environ, "no_proxy": "", "NO_PROXY": ""})
        cdp: _CDP | None = None
        try:
            port = _devtools_port(profile, proc, timeout=60)
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30) as resp:  # noqa: S310
                targets = json.load(resp)
            page = next(t for t in targets if t.get("type") == "page")
            cdp = _CDP(page["webSocketDebuggerUrl"])
            for domain in ("Runtime", "Log", "Network", "Page"):
                cdp.call(f"{domain}.enable")
            started = time.monotonic()
            cdp.call("Page.navigate", url=url)
            status: dict[str, str] = {}
            while time.monotonic() - started < timeout:
                status = cdp.evaluate(
                    "(function(){var s=document.getElementById('gb-status');"
                    "return s ? Object.assign({}, s.dataset) : {};})()") or {}
                if status.get("state") == "ready":
                    break
                time.sleep(0.1)
            report = PageReport(status=status, load_seconds=time.monotonic() - started)
            if hover_node is not None:
                _hover(cdp, hover_node)
            for key, expr in (evaluate or {}).items():
                report.values[key] = cdp.evaluate(expr)
            if screenshot is not None:
                shot = cdp.call("Page.captureScreenshot", format="png")
                report.screenshot = Path(screenshot)
                report.screenshot.write_bytes(base64.b64decode(shot["data"]))
            cdp.evaluate("1")  # flush pending events
            _collect(cdp.events, report)
            return report
        finally:
            if cdp is not None:
                with contextlib.suppress(Exception):
                    cdp.call("Browser.close")
                cdp.close()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def _hover(cdp: _CDP, node_id: str) -> None:
    """Move the mouse over a node so vis shows its tooltip."""
    pos = cdp.evaluate(
        "(function(){var n=window.gbNetwork, id=" + json.dumps(node_id) + ";"
        "var p=n.getPositions([id])[id]; var d=n.canvasToDOM(p);"
        "var r=document.getElementById('gb-network').getBoundingClientRect();"
        "return {x:d.x+r.left, y:d.y+r.top};})()")
    for dx in (0, 1):
        cdp.call("Input.dispatchMouseEvent", type="mouseMoved", x=pos["x"] + dx, y=pos["y"])
    time.sleep(1.0)
    cdp.evaluate("1")


def _collect(events: list[dict[str, Any]], report: PageReport) -> None:
    for ev in events:
        method, params = ev["method"], ev.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            report.console_errors.append(" ".join(str(a.get("value", a.get("description", "")))
                                                  for a in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            report.console_errors.append(str(details.get("exception", {}).get("description") or details.get("text")))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            report.console_errors.append(str(params["entry"].get("text")))
        elif method == "Network.requestWillBeSent":
            report.requests.append(params.get("request", {}).get("url", ""))
        elif method == "Network.loadingFailed":
            report.failed_requests.append(f"{params.get('requestId')}: {params.get('errorText')}")
