"""`sopkit new` in a real terminal: each answer is checked as it is typed.

The command runs in a pseudo-terminal (it asks questions only when a person is at
the terminal); the test answers its prompts as an editor would, including answers
the linter refuses, and checks that they are asked again and nothing is lost.
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")


class Terminal:
    """A program on a pseudo-terminal: wait for text, type answers."""

    def __init__(self, args: list[str], cwd: Path) -> None:
        self.master, slave = pty.openpty()
        env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb"}
        self.process = subprocess.Popen(
            args, cwd=cwd, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True
        )
        os.close(slave)
        self.seen = ""

    def expect(self, text: str, timeout: float = 30) -> str:
        """Read until ``text`` appears; return everything read since the last expect."""
        deadline = time.monotonic() + timeout
        start = len(self.seen)
        while text not in self.seen[start:]:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.master], [], [], left)[0]:
                raise AssertionError(f"no {text!r} in:\n{self.seen[start:]}")
            try:
                chunk = os.read(self.master, 4096)
            except OSError:  # the program ended
                raise AssertionError(f"ended before {text!r}:\n{self.seen[start:]}") from None
            self.seen += chunk.decode("utf-8", "replace").replace("\r\n", "\n")
        return self.seen[start:]

    def type(self, answer: str) -> None:
        os.write(self.master, answer.encode() + b"\n")

    def close(self) -> int:
        code = self.process.wait(timeout=30)
        os.close(self.master)
        return code


def test_vague_answers_are_refused_at_their_prompt_and_asked_again(tmp_path: Path) -> None:
    (tmp_path / "sop").mkdir()
    term = Terminal([sys.executable, "-m", "sopkit", "new"], tmp_path)
    term.expect("Language")
    term.type("en")
    term.expect("Title")
    term.type("Answer customer emails")
    term.expect("Touchpoint")
    term.type("email")
    term.expect("Owner")
    term.type("Email Team Lead")
    term.expect("Metric")
    term.type("Answer emails quickly")
    refused = term.expect("Metric")
    assert "'quickly'" in refused and "try again" in refused
    term.type("We answer every email within 2 working days")
    term.expect("Timeframe")
    term.type("soon")
    refused = term.expect("Timeframe")
    assert "'soon'" in refused
    term.type("3 working days")  # disagrees with the metric
    refused = term.expect("Timeframe")
    assert "SOP106" in refused
    term.type("2 working days")
    term.expect("Step 1")
    term.type("Reply to the email as soon as possible.")
    refused = term.expect("Step 1")
    assert "as soon as possible" in refused
    term.type("Reply to the email with the answer.")
    term.expect("Step 2")
    term.type("Close the ticket in the CRM.")
    term.expect("Step 3")
    term.type("")
    term.expect("Created")
    assert term.close() == 0
    written = (tmp_path / "sop/email/answer-customer-emails.md").read_text(encoding="utf-8")
    assert "title: Answer customer emails" in written
    assert "metric: We answer every email within 2 working days" in written
    assert 'timeframe: "2 working days"' in written
    assert "1. Reply to the email with the answer.\n2. Close the ticket in the CRM." in written


def test_the_prompts_give_examples_in_the_sops_language(tmp_path: Path) -> None:
    """The metric's example stayed English for a German SOP."""
    (tmp_path / "sop").mkdir()
    term = Terminal([sys.executable, "-m", "sopkit", "new"], tmp_path)
    term.expect("Language")
    term.type("de")
    term.expect("Title")
    term.type("Anrufe annehmen")
    term.expect("Touchpoint")
    term.type("phone")
    term.expect("Owner")
    term.type("Teamleitung")
    prompt = term.expect("angenommen)")
    assert "Metric (e.g. 80 % der Anrufe innerhalb von 20 Sekunden angenommen)" in prompt
    term.type("80 % der Anrufe innerhalb von 20 Sekunden angenommen")
    assert "Timeframe (e.g. 2 Werktage)" in term.expect("Werktage)")
    term.process.kill()
    term.close()


def test_a_control_character_is_refused_at_its_prompt(tmp_path: Path) -> None:
    """ESC typed at the title prompt was accepted there: every answer after it was asked,
    then the whole file failed (invalid YAML) and every answer was lost."""
    from sopkit.config import Settings
    from sopkit.scaffold import answer_problems

    settings = Settings(root=tmp_path)
    for field in ("title", "owner", "metric", "step"):
        [problem] = answer_problems(field, "Title \x1b[31mred", {}, "en", settings)
        assert problem.rule == "SOP014" and problem.field == field
        assert "U+001B" in problem.message and "type it again without it" in problem.message
    assert answer_problems("title", "Answer the shop phone", {}, "en", settings) == []
