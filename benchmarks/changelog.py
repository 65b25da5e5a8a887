"""How long the change log takes on a big history: 1,000 SOPs and 5,000 commits.

A repository is made with `git fast-import` (seconds, not minutes): 1,000 SOPs are
added, then 5,000 commits each change one SOP's timeframe, target, steps or wording.
The script times `history_from_git` (one `git log` and one `git cat-file --batch`
for the whole history) and prints the figure beside a baseline measured in the same
run: `git log --raw` alone, the least any reader of this history has to pay.
Target: under 10 s on this 2-core machine.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sopkit.config import Settings
from sopkit.history.changes import history_from_git

TARGET_SECONDS = 10.0


def sop_text(number: int, target: int, days: int, steps: int, note: int) -> str:
    """One synthetic SOP; the arguments vary between versions."""
    body = "\n".join(f"{i}. Do step {i} of procedure {number}." for i in range(1, steps + 1))
    return (
        f"---\ntitle: Procedure {number}\nowner: Team {number % 17}\ntouchpoint: email\n"
        f"metric: {target}% of emails answered within {days} working days\n"
        f"timeframe: {days} working days\nlang: en\n---\n\n"
        f"Revision note {note}.\n\n## Steps\n\n{body}\n"
    )


def fast_import_stream(sops: int, commits: int, seed: int) -> bytes:
    """A fast-import stream: one commit adding every SOP, then one change per commit."""
    rng = random.Random(seed)
    state = {n: [80, 3, 4, 0] for n in range(sops)}
    out: list[bytes] = []
    when = 1_700_000_000

    def commit(message: str, files: dict[int, str]) -> None:
        nonlocal when
        when += 3600
        data = message.encode()
        out.append(b"commit refs/heads/main\n")
        out.append(f"committer Bench <bench@example.com> {when} +0000\n".encode())
        out.append(f"data {len(data)}\n".encode() + data + b"\n")
        for number, text in files.items():
            blob = text.encode()
            out.append(f"M 100644 inline sop/team-{number % 20}/proc-{number}.md\n".encode())
            out.append(f"data {len(blob)}\n".encode() + blob + b"\n")

    commit("Add all SOPs (#1)", {n: sop_text(n, *state[n]) for n in range(sops)})
    for index in range(commits - 1):
        number = rng.randrange(sops)
        target, days, steps, note = state[number]
        kind = index % 4
        if kind == 0:
            days = 2 if days == 3 else 3
        elif kind == 1:
            target = 90 if target == 80 else 80
        elif kind == 2:
            steps = 5 if steps == 4 else 4
        else:
            note += 1
        state[number] = [target, days, steps, note]
        commit(
            f"Change procedure {number} (#{index + 2})", {number: sop_text(number, *state[number])}
        )
    return b"".join(out)


def main() -> int:
    """Make the repository, time the change log, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sops", type=int, default=1000)
    parser.add_argument("--commits", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        repo = Path(temp)
        subprocess.run(["git", "init", "-q", "-b", "main"], cwd=repo, check=True)
        started = time.perf_counter()
        stream = fast_import_stream(args.sops, args.commits, args.seed)
        subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, input=stream, check=True)
        subprocess.run(["git", "checkout", "-q", "main"], cwd=repo, check=True)
        print(f"repository: {args.sops:,} SOPs, {args.commits:,} commits "
              f"({time.perf_counter() - started:.1f} s to make)")  # fmt: skip
        settings = Settings(root=repo)
        baseline = sopkit = float("inf")
        history = None
        for _ in range(args.repeat):
            started = time.perf_counter()
            subprocess.run(["git", "log", "--raw", "--no-abbrev", "--", "sop"], cwd=repo,
                           capture_output=True, check=True)  # fmt: skip
            baseline = min(baseline, time.perf_counter() - started)
            started = time.perf_counter()
            history = history_from_git(repo / "sop", settings)
            sopkit = min(sopkit, time.perf_counter() - started)
        assert history is not None
        material = len(history.material)
        print(f"changes described: {len(history.changes):,} ({material:,} material)")
        print(f"baseline git log --raw:   {baseline:6.2f} s")
        print(f"sopkit change log:        {sopkit:6.2f} s  ({sopkit / baseline:.1f}x the baseline)")
        verdict = "PASS" if sopkit < TARGET_SECONDS else "FAIL"
        print(f"target: {verdict}  change log in {sopkit:.2f} s < {TARGET_SECONDS:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
