"""Lint in a second process while this one builds the site.

A site build must lint every SOP before it publishes anything, but rendering the
pages does not need lint's answer until the first page is written. MkDocs renders
on one core; on a machine with two or more, the lint runs beside it in a process
of its own and its result is collected before anything is written (or, if a page
cannot be built, at once, so that lint's findings explain why).

On Linux, in a process with no other thread (``sopkit build``), the build reads the
SOPs and their standards, which its pages need anyway, and then forks: the child
checks those very SOPs and starts with sopkit imported and its patterns compiled, so
the second process repeats none of that work. Elsewhere, and where threads run
(``mkdocs serve`` has a server thread; a forked child would inherit its locks in
whatever state they were), the process is a fresh interpreter that imports only
sopkit, fed through a pipe. ``multiprocessing`` would fork in any case (unsafe with
threads) or spawn (which runs the caller's main script again: a build started from
an unguarded script would fail).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sopkit.config import Settings
from sopkit.errors import SopkitError
from sopkit.lint.files import PARALLEL_THRESHOLD, ReadAlready

if TYPE_CHECKING:
    from sopkit.lint import LintResult

#: The child's whole program: take the parent's import path, then serve one job.
#: Ctrl-C is the build's to handle (the build stops the child): without this, the
#: child, in the same process group, would print a traceback of its own.
_BOOTSTRAP = (
    "import signal; signal.signal(signal.SIGINT, signal.SIG_IGN); "
    "import pickle, sys; sys.path[:] = pickle.load(sys.stdin.buffer); "
    "from sopkit.lint.background import serve; serve()"
)


def worth_a_process(files: int, cores: int | None = None) -> bool:
    """True when linting ``files`` files beside the build saves time.

    A second process costs an interpreter start (a few tenths of a second) and a
    core: it pays off for the sets that lint would split across processes anyway.
    """
    cores = os.cpu_count() if cores is None else cores
    return (cores or 1) >= 2 and files >= PARALLEL_THRESHOLD


def can_fork() -> bool:
    """True when this process may fork its lint: on Linux, with no other thread running.

    A forked child has one thread; a lock another thread held at the fork (a server's,
    a logging handler's) would stay held in the child for ever. macOS advises against
    forking without ``exec`` and Windows cannot fork: there lint gets a fresh
    interpreter.
    """
    return sys.platform.startswith("linux") and threading.active_count() == 1


def _die_with(parent: int) -> None:
    """End this process when ``parent`` dies, even by ``kill -9`` (it cannot stop us).

    On Linux the kernel sends SIGKILL (``PR_SET_PDEATHSIG``); elsewhere, or if that
    fails, a thread watches for the parent to go.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            pr_set_pdeathsig = 1
            if ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL) == 0:
                if os.getppid() != parent:  # it died before the line above
                    os._exit(1)
                return
    if os.getppid() != parent:  # it died before the line above
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def serve() -> None:
    """The child: read one job from stdin, write ``(kind, value)`` to stdout.

    A build that stopped no longer reads the answer: the child then ends quietly,
    because the build's own process says what happened. A build killed outright
    takes the child with it.
    """
    try:
        _serve()
    except BrokenPipeError:
        os._exit(1)  # no traceback, not even Python's own for the closed pipe at exit


def _serve() -> None:
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but the answer may reach the pipe
    _answer(out, pickle.load(sys.stdin.buffer))


def _answer(
    out: IO[bytes], job: tuple[Any, ...], read: Mapping[Path, ReadAlready] | None = None
) -> None:
    """Lint as ``job`` says and write ``(kind, value)`` to ``out``."""
    from sopkit.lint import lint_paths

    parent, paths, settings, cwd, jobs, cache = job
    _die_with(parent)
    try:
        result = lint_paths(paths, settings, jobs=jobs, cwd=cwd, cache=cache, read_already=read)
        outcome: tuple[str, object] = ("result", result)
    except SopkitError as error:  # a broken setup (a Vale style, a path): exit 2 in the parent
        outcome = ("error", error.message)
    except Exception:  # a defect in sopkit: the parent shows where
        outcome = ("crash", traceback.format_exc())
    pickle.dump(outcome, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()


def _fork(job: tuple[Any, ...], read: Mapping[Path, ReadAlready]) -> tuple[int, IO[bytes]]:
    """Fork a child that answers ``job``; its pid and the pipe its answer comes through.

    The child never returns into the caller's code: whatever happens, it ends with
    ``os._exit``, which also skips the exit handlers and buffers it shares with the
    build.
    """
    reading, writing = os.pipe()
    for stream in (sys.stdout, sys.stderr):  # or the child could write the build's text again
        with contextlib.suppress(Exception):
            stream.flush()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child; its result is what the tests check
        status = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # as _BOOTSTRAP does
            os.close(reading)
            sys.stdout = sys.stderr  # nothing but the answer may reach the pipe
            with os.fdopen(writing, "wb") as out:
                _answer(out, job, read)
            status = 0
        except BaseException:  # nothing may escape into the build's code
            pass
        finally:
            os._exit(status)
    os.close(writing)
    return pid, os.fdopen(reading, "rb")


class _ForkedChild:
    """A forked child, with the part of :class:`subprocess.Popen` that is used here."""

    def __init__(self, pid: int, stdout: IO[bytes]) -> None:
        self.pid = pid
        self.stdout: IO[bytes] | None = stdout
        self.returncode: int | None = None

    def _reap(self, options: int) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, options)
            except ChildProcessError:  # reaped already (a SIGCHLD handler of the caller)
                self.returncode = -1
            else:
                if pid:
                    self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def poll(self) -> int | None:
        return self._reap(os.WNOHANG)

    def wait(self) -> int:
        code = self._reap(0)
        assert code is not None
        return code

    def kill(self) -> None:
        if self.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)


class BackgroundLint:
    """``lint_paths`` running in another process; :meth:`result` waits for it.

    With ``cache`` (a lint cache folder), the process keeps the results it computes.
    With ``read_already`` (the files this process has read) and where it can
    (:func:`can_fork`), the process is forked and checks those SOPs as they are read.
    """

    def __init__(
        self,
        paths: Sequence[Path],
        settings: Settings,
        cwd: Path,
        cache: Path | None = None,
        read_already: Mapping[Path, ReadAlready] | None = None,
    ) -> None:
        # This process renders on one core; lint may use every other one.
        jobs = max(1, (os.cpu_count() or 1) - 1)
        job = (os.getpid(), list(paths), settings, cwd, jobs, cache)
        self._process: subprocess.Popen[bytes] | _ForkedChild
        if read_already is not None and can_fork():
            self._process = _ForkedChild(*_fork(job, read_already))
        else:
            self._process = subprocess.Popen(
                [sys.executable, "-c", _BOOTSTRAP], stdin=subprocess.PIPE, stdout=subprocess.PIPE
            )
            assert self._process.stdin is not None
            with self._process.stdin as pipe:
                pickle.dump(sys.path, pipe)
                pickle.dump(job, pipe)
        self._outcome: tuple[str, object] | None = None
        atexit.register(self.cancel)  # a build stopped by Ctrl-C leaves no lint running

    @property
    def forked(self) -> bool:
        """True when the process is a fork of this one (see :func:`can_fork`)."""
        return isinstance(self._process, _ForkedChild)

    @property
    def done(self) -> bool:
        """True when the result can be had without (much) waiting."""
        return self._outcome is not None or self._process.poll() is not None

    def result(self) -> LintResult:
        """The lint result, waiting for it if need be.

        Raises:
            SopkitError: the setup is broken (the message says what to fix), or the
                lint process ended without an answer.
            RuntimeError: lint itself failed (a defect in sopkit), with its traceback.
        """
        if self._outcome is None:
            assert self._process.stdout is not None
            with self._process.stdout as answer:
                try:
                    self._outcome = pickle.load(answer)
                except (EOFError, pickle.UnpicklingError):
                    self._outcome = (
                        "error",
                        f"the lint process stopped without a result (exit code "
                        f"{self._process.wait()}); run `sopkit lint` to see why",
                    )
            self._process.wait()
            atexit.unregister(self.cancel)
        kind, value = self._outcome
        if kind == "error":
            raise SopkitError(str(value))
        if kind == "crash":
            raise RuntimeError(f"sopkit lint failed in its process:\n{value}")
        return value  # type: ignore[return-value]

    def cancel(self) -> None:
        """Stop the lint process (the build failed for another reason, or stopped)."""
        atexit.unregister(self.cancel)
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
