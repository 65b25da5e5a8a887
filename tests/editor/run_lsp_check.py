"""Check the README's editor set-up with the real yaml-language-server, over LSP.

VS Code's YAML extension is a client of yaml-language-server; this script is another,
sending what the extension sends: initialize, the workspace settings, didOpen, then a
completion request, and reading the diagnostics the server publishes.

    npm ci --prefix tests/node          # once (.ci/run does it)
    python tests/editor/run_lsp_check.py

It writes `sopkit schema` into a temporary workspace and checks:

1. A YAML document whose first line names the schema (the README's modeline) gets
   completion for the front-matter keys and the touchpoint vocabulary, and an error
   for a value of the wrong type; an unknown key is no error (sopkit lint warns).
2. A Markdown SOP opened as YAML (the `files.associations` trick) is not usable: the
   server reports the Markdown body as YAML errors, which is why the README does not
   recommend it.

Exit status 0 when both hold; the findings are printed either way.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
# .ci/run installs tests/node and names the folder (SOPKIT_NODE_MODULES); a run from an
# unpacked sdist, which holds no node_modules, finds it there too.
NODE_MODULES = Path(os.environ.get("SOPKIT_NODE_MODULES") or REPO / "tests/node/node_modules")
SERVER = NODE_MODULES / "yaml-language-server/bin/yaml-language-server"
SCHEMA_PATH = ".vscode/sop-front-matter.schema.json"
MODELINE = f"# yaml-language-server: $schema=../{SCHEMA_PATH}"
ERROR = 1  # LSP DiagnosticSeverity

# A front-matter draft with a value of the wrong type (metric: a number) and an unknown
# key (ownr); line numbers below are 0-based, as in LSP.
DRAFT = f"""{MODELINE}
title: Answer inbound calls
owner: Contact Centre Lead
ownr: Contact Centre Lead
touchpoint: phone
metric: 80
timeframe: 20 seconds

"""
DRAFT_LINES = {"ownr": 3, "metric": 5, "blank": 7}


class LspClient:
    """A minimal JSON-RPC client over the server's standard input and output."""

    def __init__(self, command: list[str], cwd: Path, settings: dict[str, Any]) -> None:
        self.settings = settings
        self.process = subprocess.Popen(
            command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.notifications: list[dict[str, Any]] = []
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            headers = {}
            while line := stream.readline().decode("ascii").strip():
                name, _, value = line.partition(":")
                headers[name.lower()] = value.strip()
            if "content-length" not in headers:
                return  # the server ended
            self.messages.put(json.loads(stream.read(int(headers["content-length"]))))

    def _send(self, message: dict[str, Any]) -> None:
        data = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(data), data))
        self.process.stdin.flush()

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: dict[str, Any], timeout: float = 30) -> Any:
        self.next_id += 1
        request_id = self.next_id
        self._send({"id": request_id, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while True:
            message = self._next(deadline)
            if message.get("id") == request_id and "method" not in message:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result")

    def diagnostics(self, uri: str, timeout: float = 30) -> list[dict[str, Any]]:
        """The next diagnostics the server publishes for ``uri``."""
        deadline = time.monotonic() + timeout
        while True:
            for note in self.notifications:
                if note["method"] == "textDocument/publishDiagnostics" and (
                    note["params"]["uri"] == uri
                ):
                    self.notifications.remove(note)
                    return list(note["params"]["diagnostics"])
            self._next(deadline)

    def _next(self, deadline: float) -> dict[str, Any]:
        """Take one message; answer the server's own requests, keep its notifications."""
        try:
            message = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            raise TimeoutError("yaml-language-server did not answer in time") from None
        if "method" in message and "id" in message:  # a request from the server
            result: Any = None
            if message["method"] == "workspace/configuration":
                items = message["params"]["items"]
                result = [self.settings.get(item.get("section", ""), {}) for item in items]
            self._send({"id": message["id"], "result": result})
        elif "method" in message:
            self.notifications.append(message)
        return message

    def open(self, path: Path, text: str, language: str) -> str:
        uri = path.as_uri()
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}},
        )
        return uri

    def close(self) -> None:
        try:
            self.request("shutdown", {}, timeout=10)
            self.notify("exit", {})
            self.process.wait(timeout=10)
        except (TimeoutError, RuntimeError, OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()


@dataclass
class Findings:
    """What the server said about the draft and about a Markdown SOP opened as YAML."""

    draft_diagnostics: list[dict[str, Any]] = field(default_factory=list)
    key_completions: list[str] = field(default_factory=list)
    touchpoint_completions: list[str] = field(default_factory=list)
    markdown_as_yaml_diagnostics: list[dict[str, Any]] = field(default_factory=list)

    def errors_on_line(self, line: int) -> list[str]:
        return [
            d["message"]
            for d in self.draft_diagnostics
            if d["range"]["start"]["line"] == line and d.get("severity", ERROR) == ERROR
        ]

    def problems(self) -> list[str]:
        """Every way the README's promises fail; empty when they hold."""
        found = []
        if not self.errors_on_line(DRAFT_LINES["metric"]):
            found.append("no error for `metric: 80` (a number where text is required)")
        if self.errors_on_line(DRAFT_LINES["ownr"]):
            found.append("an unknown key is an error in the editor, a warning in sopkit lint")
        for key in ("id", "lang", "tags", "review", "locations", "variants"):
            if key not in self.key_completions:
                found.append(f"no completion for the key {key!r}")
        for key in ("title", "owner", "metric"):
            if key in self.key_completions:
                found.append(f"completion offers {key!r}, which the draft already has")
        if "email" not in self.touchpoint_completions:
            found.append("no completion for the touchpoint vocabulary")
        if not self.markdown_as_yaml_diagnostics:
            found.append("a Markdown SOP opened as YAML gave no errors: update the README")
        return found


def _labels(result: Any) -> list[str]:
    items = result.get("items", []) if isinstance(result, dict) else result or []
    return [item["label"] for item in items]


def check(sample_sop: Path, server: Path = SERVER) -> Findings:
    """Run the server in a temporary workspace laid out as the README describes."""
    with tempfile.TemporaryDirectory(prefix="sopkit-lsp-") as folder:
        root = Path(folder)
        (root / ".vscode").mkdir()
        schema = subprocess.run(
            [sys.executable, "-m", "sopkit", "schema"], cwd=root, check=True,
            capture_output=True, text=True,
        ).stdout  # fmt: skip
        (root / SCHEMA_PATH).write_text(schema, encoding="utf-8")
        (root / "drafts").mkdir()
        (root / "sop").mkdir()
        settings = {
            "yaml": {
                "validate": True, "completion": True, "hover": True,
                # What someone trying the files.associations trick would map.
                "schemas": {(root / SCHEMA_PATH).as_uri(): "sop/**/*.md"},
            }
        }  # fmt: skip
        client = LspClient(["node", str(server), "--stdio"], cwd=root, settings=settings)
        try:
            client.request(
                "initialize",
                {
                    "processId": os.getpid(),
                    "rootUri": root.as_uri(),
                    "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
                    "capabilities": {
                        "workspace": {"configuration": True},
                        "textDocument": {
                            "completion": {"completionItem": {"snippetSupport": True}}
                        },
                    },
                },
            )
            client.notify("initialized", {})
            client.notify("workspace/didChangeConfiguration", {"settings": settings})

            findings = Findings()
            draft = root / "drafts/answer-calls.yaml"
            draft.write_text(DRAFT, encoding="utf-8")
            uri = client.open(draft, DRAFT, "yaml")
            findings.draft_diagnostics = client.diagnostics(uri)
            position = {"line": DRAFT_LINES["blank"], "character": 0}
            findings.key_completions = _labels(
                client.request(
                    "textDocument/completion", {"textDocument": {"uri": uri}, "position": position}
                )
            )
            line = DRAFT.splitlines()[4]  # "touchpoint: phone": complete the value
            findings.touchpoint_completions = _labels(
                client.request(
                    "textDocument/completion",
                    {"textDocument": {"uri": uri}, "position": {"line": 4, "character": len(line)}},
                )
            )

            text = sample_sop.read_text(encoding="utf-8")
            markdown = root / "sop" / sample_sop.name
            markdown.write_text(text, encoding="utf-8")
            findings.markdown_as_yaml_diagnostics = client.diagnostics(
                client.open(markdown, text, "yaml")
            )
            return findings
        finally:
            client.close()


def main() -> int:
    if not SERVER.exists():
        print(f"{SERVER} is missing: run `npm ci --prefix tests/node`", file=sys.stderr)
        return 2
    sample = REPO / "sop/phone/answer-inbound-calls.md"
    findings = check(sample)
    print("Draft diagnostics:")
    for d in findings.draft_diagnostics:
        print(f"  line {d['range']['start']['line'] + 1}: {d['message']}")
    print("Key completions:", ", ".join(findings.key_completions))
    print("Touchpoint completions:", ", ".join(findings.touchpoint_completions))
    print(f"A Markdown SOP opened as YAML: {len(findings.markdown_as_yaml_diagnostics)} errors")
    for problem in findings.problems():
        print(f"FAIL: {problem}", file=sys.stderr)
    return 1 if findings.problems() else 0


if __name__ == "__main__":
    sys.exit(main())
