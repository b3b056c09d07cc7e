"""What the client drivers share: who they act as, running one `openstack` command, and a
report that names every failing command with the client's error and the HTTP exchange."""
import contextlib
import json
import os
import shlex
import sys
import tempfile
import time

from openstackclient import shell


def identities():
    """The tokens the server was configured with (scripts/clients/client-config.mjs)."""
    return json.loads(os.environ["SWITCHYARD_CLIENT_TOKENS"])


class CommandFailed(Exception):
    pass


class Report:
    """Counts checks; a failing one is printed in full and the driver goes on to the next step."""

    def __init__(self, driver, unit="commands"):
        self.driver = driver
        self.unit = unit
        self.commands = 0
        self.failures = []
        self.started = time.monotonic()

    def fail(self, title, detail):
        self.failures.append(title)
        print(f"FAIL {self.driver}: {title}\n{detail}\n", file=sys.stderr, flush=True)

    def step(self, title, function):
        """Runs one scenario step; an exception fails it, and later steps still run."""
        try:
            function()
        except CommandFailed as error:
            self.fail(title, str(error))
        except AssertionError as error:
            self.fail(title, f"assertion: {error}")
        except Exception as error:  # noqa: BLE001 - a driver bug fails its step, the others still run
            self.fail(title, f"{type(error).__name__}: {error}")

    def finish(self):
        seconds = time.monotonic() - self.started
        print(f"{self.driver}: {self.commands} {self.unit}, {len(self.failures)} failing steps, {seconds:.1f} s", flush=True)
        for title in self.failures:
            print(f"  failed: {title}", flush=True)
        sys.exit(1 if self.failures else 0)


class Cli:
    """The real `openstack` CLI as one identity: `--os-auth-type admin_token` sends its token."""

    def __init__(self, report, endpoint, auth):
        self.report = report
        self.auth = auth
        self.endpoint = endpoint

    def base(self):
        if self.auth is None:
            return ["--os-auth-type", "none", "--os-endpoint", self.endpoint]
        return ["--os-auth-type", "admin_token", "--os-token", self.auth, "--os-endpoint", self.endpoint]

    def __call__(self, *args):
        """Runs a command that must succeed; returns its output parsed when it asks for `-f json`."""
        result = self.run(args)
        if result.returncode != 0:
            raise CommandFailed(self.explain(args, result))
        return parse_json(result.stdout) if "json" in args else None

    def fails(self, *args, expect):
        """Runs a command that must fail, with `expect` in its error (a status code, an error type)."""
        result = self.run(args)
        if result.returncode == 0 or expect not in result.stderr + result.stdout:
            raise CommandFailed(f"expected a failure mentioning {expect!r}\n" + self.explain(args, result))
        return result.stderr

    def run(self, args):
        self.report.commands += 1
        return run_openstack(self.base() + list(args))

    def explain(self, args, result):
        """The command, the client's answer, then the same command again with --debug: the HTTP exchange."""
        debug = run_openstack(self.base() + ["--debug"] + list(args))
        exchange = "\n".join(line for line in debug.stderr.splitlines() if is_http_line(line))
        shown = shlex.join(["openstack"] + list(args))
        return (
            f"$ {shown}\nexit {result.returncode}\nstdout: {result.stdout.strip()}\nstderr: {result.stderr.strip()}\n"
            f"HTTP exchange (--debug):\n{exchange}"
        )


class Result:
    def __init__(self, returncode, stdout, stderr):
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr


def run_openstack(argv):
    """Runs `openstack <argv>` through the CLI's own entry point (what /usr/bin/openstack calls) in
    a fork of this process: the CLI is imported once instead of once per command, and each command
    still starts from a clean slate (the CLI keeps its first session's token in module state)."""
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        child = os.fork()
        if child == 0:
            run_in_child(argv, stdout, stderr)
        _, status = os.waitpid(child, 0)
        stdout.seek(0)
        stderr.seek(0)
        return Result(os.waitstatus_to_exitcode(status), stdout.read(), stderr.read())


def run_in_child(argv, stdout, stderr):
    code = 1
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                code = shell.main(argv)
            except SystemExit as exit:
                code = exit.code if isinstance(exit.code, int) else 1
        stdout.flush()
        stderr.flush()
    finally:
        os._exit(code)


def is_http_line(line):
    return line.startswith(("REQ:", "RESP:", "RESP BODY:", "curl ")) or "HTTP/1.1" in line


def parse_json(text):
    text = text.strip()
    return json.loads(text) if text else None


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def equal(actual, wanted, what):
    expect(actual == wanted, f"{what}: expected {wanted!r}, got {actual!r}")
