"""The noauth path an operator tries first: `openstack --os-auth-type none --os-endpoint URL`
against a server with auth_strategy = "noauth" (every call acts for [auth] default_project)."""
import sys

from harness import Cli, Report, equal

report = Report("openstack CLI, noauth")
cli = Cli(report, sys.argv[1], None)


def round_trip():
    created = cli("network", "create", "noauth-net", "-f", "json")
    equal(created["project_id"], "default", "the network belongs to the default project")
    equal([row["ID"] for row in cli("network", "list", "--name", "noauth-net", "-f", "json")], [created["id"]], "network list")
    cli("network", "delete", created["id"])


report.step("network create, list, delete", round_trip)
report.finish()
