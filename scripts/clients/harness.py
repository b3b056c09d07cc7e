"""What the client drivers share: who they act as, running one `openstack` command, and a
report that names every failing command with the client's error and the HTTP exchange."""
import json
import os
import shlex
import subprocess
import sys
import time

OPENSTACK = os.environ.get("SWITCHYARD_CLIENTS_OPENSTACK", "/usr/bin/openstack")


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
            return [OPENSTACK, "--os-auth-type", "none", "--os-endpoint", self.endpoint]
        return [OPENSTACK, "--os-auth-type", "admin_token", "--os-token", self.auth, "--os-endpoint", self.endpoint]

    def __call__(self, *args):
        """Runs a command that must succeed; returns its `-f json` output parsed (None when it prints none)."""
        result = self.run(args)
        if result.returncode != 0:
            raise CommandFailed(self.explain(args, result))
        return parse_json(result.stdout)

    def fails(self, *args, expect):
        """Runs a command that must fail, with `expect` in its error (a status code, an error type)."""
        result = self.run(args)
        if result.returncode == 0 or expect not in result.stderr + result.stdout:
            raise CommandFailed(f"expected a failure mentioning {expect!r}\n" + self.explain(args, result))
        return result.stderr

    def run(self, args):
        self.report.commands += 1
        return subprocess.run(self.base() + list(args), capture_output=True, text=True, timeout=120)

    def explain(self, args, result):
        """The command, the client's answer, then the same command again with --debug: the HTTP exchange."""
        debug = subprocess.run(self.base() + ["--debug"] + list(args), capture_output=True, text=True, timeout=120)
        exchange = "\n".join(line for line in debug.stderr.splitlines() if is_http_line(line))
        shown = shlex.join(["openstack"] + list(args))
        return (
            f"$ {shown}\nexit {result.returncode}\nstdout: {result.stdout.strip()}\nstderr: {result.stderr.strip()}\n"
            f"HTTP exchange (--debug):\n{exchange}"
        )


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
