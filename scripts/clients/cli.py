"""Drives the core resources, and every extension the server advertises, through the real
`openstack` CLI: python3 scripts/clients/cli.py http://127.0.0.1:PORT (run.mjs starts the server)."""
import sys

from harness import Cli, Report, equal, expect, identities

endpoint = sys.argv[1]
report = Report("openstack CLI")
tokens = {name: identity["token"] for name, identity in identities().items()}
admin, alpha, beta = (Cli(report, endpoint, tokens[name]) for name in ("admin", "alpha", "beta"))
extensions = {extension["Alias"] for extension in alpha("extension", "list", "--network", "-f", "json")}


def ids(rows):
    return {row["ID"] for row in rows}


def networks():
    created = alpha("network", "create", "cli-net", "--description", "first", "--mtu", "1400", "-f", "json")
    equal(created["description"], "first", "network create --description")
    equal(created["mtu"], 1400, "network create --mtu")
    shown = alpha("network", "show", "cli-net", "-f", "json")
    equal(shown["id"], created["id"], "network show by name")
    alpha("network", "set", "cli-net", "--name", "cli-net-renamed", "--description", "second", "--mtu", "1450", "--disable")
    shown = alpha("network", "show", created["id"], "-f", "json")
    equal((shown["name"], shown["description"], shown["mtu"], shown["admin_state_up"]), ("cli-net-renamed", "second", 1450, False), "network set")
    expect(shown["revision_number"] > created["revision_number"], "network set raises revision_number")
    listed = alpha("network", "list", "--name", "cli-net-renamed", "-f", "json")
    equal(ids(listed), {created["id"]}, "network list --name")
    equal(ids(alpha("network", "list", "--disable", "-f", "json")), {created["id"]}, "network list --disable")
    expect(created["id"] not in ids(beta("network", "list", "-f", "json")), "another project does not list the network")
    beta.fails("network", "show", created["id"], expect="No Network found")
    alpha("network", "delete", created["id"])
    alpha.fails("network", "show", created["id"], expect="No Network found")


def network_tags():
    created = alpha("network", "create", "cli-tagged", "--tag", "red", "--tag", "blue", "-f", "json")
    equal(sorted(created["tags"]), ["blue", "red"], "network create --tag")
    alpha("network", "set", "cli-tagged", "--tag", "green")
    alpha("network", "unset", "cli-tagged", "--tag", "red")
    equal(sorted(alpha("network", "show", "cli-tagged", "-f", "json")["tags"]), ["blue", "green"], "network set/unset --tag")
    other = alpha("network", "create", "cli-untagged", "-f", "json")
    equal(ids(alpha("network", "list", "--tags", "blue,green", "-f", "json")), {created["id"]}, "network list --tags")
    equal(ids(alpha("network", "list", "--any-tags", "green,nothing", "-f", "json")), {created["id"]}, "network list --any-tags")
    expect(created["id"] not in ids(alpha("network", "list", "--not-tags", "blue", "-f", "json")), "network list --not-tags")
    alpha("network", "set", "cli-tagged", "--no-tag")
    equal(alpha("network", "show", "cli-tagged", "-f", "json")["tags"], [], "network set --no-tag")
    alpha("network", "delete", created["id"], other["id"])


def shared_and_external_networks():
    alpha.fails("network", "create", "cli-not-allowed", "--share", expect="403")
    shared = admin("network", "create", "cli-shared", "--share", "--external", "-f", "json")
    equal((shared["shared"], shared["router:external"]), (True, True), "network create --share --external")
    internal = alpha("network", "create", "cli-internal", "--internal", "-f", "json")
    equal(internal["router:external"], False, "network create --internal")
    visible = ids(beta("network", "list", "-f", "json"))
    expect(shared["id"] in visible, "another project lists a shared network")
    expect(internal["id"] not in visible, "another project does not list a private network")
    equal(ids(beta("network", "list", "--share", "-f", "json")), {shared["id"]}, "network list --share")
    equal(ids(beta("network", "list", "--external", "-f", "json")), {shared["id"]}, "network list --external")
    expect(internal["id"] in ids(alpha("network", "list", "--internal", "-f", "json")), "network list --internal")
    beta.fails("network", "set", shared["id"], "--name", "taken-over", expect="403")
    beta.fails("network", "delete", shared["id"], expect="Failed to delete")
    equal(beta("network", "show", shared["id"], "-f", "json")["name"], "cli-shared", "another project shows a shared network")
    beta.fails("subnet", "create", "cli-foreign-subnet", "--network", shared["id"], "--subnet-range", "10.9.0.0/24", expect="40")
    admin("subnet", "create", "cli-shared-subnet", "--network", shared["id"], "--subnet-range", "10.9.0.0/24")
    port = beta("port", "create", "cli-on-shared", "--network", shared["id"], "-f", "json")
    equal(port["project_id"], "beta-project", "a port on a shared network belongs to its creator")
    expect(port["id"] not in ids(alpha("port", "list", "-f", "json")), "a third project does not list that port")
    admin("network", "set", internal["id"], "--external")
    expect(internal["id"] in ids(alpha("network", "list", "--external", "-f", "json")), "network set --external")
    beta("port", "delete", port["id"])
    admin("subnet", "delete", "cli-shared-subnet")
    admin("network", "delete", shared["id"])
    alpha("network", "delete", internal["id"])


def subnets():
    network = alpha("network", "create", "cli-subnet-net", "-f", "json")
    created = alpha(
        "subnet", "create", "cli-subnet", "--network", network["id"], "--subnet-range", "10.1.0.0/24",
        "--dns-nameserver", "10.1.0.53", "--allocation-pool", "start=10.1.0.10,end=10.1.0.99", "--description", "v4", "-f", "json",
    )
    equal((created["gateway_ip"], created["description"]), ("10.1.0.1", "v4"), "subnet create")
    equal(ids(alpha("subnet", "list", "--network", network["id"], "-f", "json")), {created["id"]}, "subnet list --network")
    alpha("subnet", "set", "cli-subnet", "--name", "cli-subnet-renamed", "--dns-nameserver", "10.1.0.54")
    shown = alpha("subnet", "show", created["id"], "-f", "json")
    equal((shown["name"], sorted(shown["dns_nameservers"])), ("cli-subnet-renamed", ["10.1.0.53", "10.1.0.54"]), "subnet set")
    alpha("subnet", "unset", created["id"], "--dns-nameserver", "10.1.0.53")
    equal(alpha("subnet", "show", created["id"], "-f", "json")["dns_nameservers"], ["10.1.0.54"], "subnet unset --dns-nameserver")
    outside = alpha("subnet", "create", "cli-outside-gateway", "--network", network["id"], "--subnet-range", "10.2.0.0/24", "--gateway", "10.99.0.1", "-f", "json")
    equal(outside["gateway_ip"], "10.99.0.1", "subnet create --gateway outside the CIDR")
    v6 = alpha("subnet", "create", "cli-v6", "--network", network["id"], "--ip-version", "6", "--subnet-range", "fd00:1::/64", "-f", "json")
    equal(v6["ip_version"], 6, "subnet create --ip-version 6")
    alpha.fails("subnet", "create", "cli-bad", "--network", network["id"], "--subnet-range", "10.1.0.0/33", expect="400")
    alpha.fails("subnet", "create", "cli-overlap", "--network", network["id"], "--subnet-range", "10.1.0.0/25", expect="overlaps")
    alpha("subnet", "delete", created["id"], outside["id"], v6["id"])
    alpha("network", "delete", network["id"])


def ipv6_auto_address():
    network = alpha("network", "create", "cli-slaac-net", "-f", "json")
    v4 = alpha("subnet", "create", "cli-slaac-v4", "--network", network["id"], "--subnet-range", "10.8.0.0/24", "-f", "json")
    slaac = alpha(
        "subnet", "create", "cli-slaac", "--network", network["id"], "--ip-version", "6", "--subnet-range", "2001:db8:8::/64",
        "--ipv6-ra-mode", "slaac", "--ipv6-address-mode", "slaac", "-f", "json",
    )
    equal((slaac["ipv6_ra_mode"], slaac["ipv6_address_mode"]), ("slaac", "slaac"), "subnet create --ipv6-ra-mode --ipv6-address-mode slaac")
    port = alpha(
        "port", "create", "cli-slaac-port", "--network", network["id"], "--mac-address", "fa:16:3e:00:00:11",
        "--fixed-ip", f"subnet={v4['id']},ip-address=10.8.0.11", "-f", "json",
    )
    addresses = {fixed_ip["ip_address"] for fixed_ip in port["fixed_ips"]}
    equal(addresses, {"10.8.0.11", "2001:db8:8:0:f816:3eff:fe00:11"}, "a port asking for IPv4 also gets the EUI-64 address of its MAC")
    alpha.fails(
        "port", "create", "cli-slaac-explicit", "--network", network["id"], "--fixed-ip", f"subnet={slaac['id']},ip-address=2001:db8:8::5",
        expect="400",
    )
    alpha.fails(
        "subnet", "create", "cli-slaac-80", "--network", network["id"], "--ip-version", "6", "--subnet-range", "2001:db8:9::/80",
        "--ipv6-ra-mode", "slaac", "--ipv6-address-mode", "slaac", expect="400",
    )
    alpha("port", "delete", port["id"])
    alpha("subnet", "delete", v4["id"], slaac["id"])
    alpha("network", "delete", network["id"])


def ports():
    network = alpha("network", "create", "cli-port-net", "-f", "json")
    subnet = alpha("subnet", "create", "cli-port-subnet", "--network", network["id"], "--subnet-range", "10.3.0.0/24", "-f", "json")
    created = alpha(
        "port", "create", "cli-port", "--network", network["id"], "--mac-address", "fa:16:3e:00:00:01", "--description", "a port",
        "--fixed-ip", f"subnet={subnet['id']},ip-address=10.3.0.5", "-f", "json",
    )
    equal((created["mac_address"], created["description"]), ("fa:16:3e:00:00:01", "a port"), "port create --mac-address --description")
    other = alpha("port", "create", "cli-port-2", "--network", network["id"], "-f", "json")
    equal(ids(alpha("port", "list", "--fixed-ip", "ip-address=10.3.0.5", "-f", "json")), {created["id"]}, "port list --fixed-ip ip-address=")
    equal(ids(alpha("port", "list", "--fixed-ip", f"subnet={subnet['id']}", "-f", "json")), {created["id"], other["id"]}, "port list --fixed-ip subnet=")
    equal(ids(alpha("port", "list", "--mac-address", "fa:16:3e:00:00:01", "-f", "json")), {created["id"]}, "port list --mac-address")
    equal(ids(alpha("port", "list", "--network", network["id"], "-f", "json")), {created["id"], other["id"]}, "port list --network")
    alpha("port", "set", created["id"], "--name", "cli-port-renamed", "--description", "renamed", "--disable")
    shown = alpha("port", "show", created["id"], "-f", "json")
    equal((shown["name"], shown["description"], shown["admin_state_up"]), ("cli-port-renamed", "renamed", False), "port set")
    alpha.fails("port", "create", "cli-same-ip", "--network", network["id"], "--fixed-ip", f"subnet={subnet['id']},ip-address=10.3.0.5", expect="409")
    alpha.fails("port", "create", "cli-same-mac", "--network", network["id"], "--mac-address", "fa:16:3e:00:00:01", expect="409")
    alpha.fails("network", "delete", network["id"], expect="Failed to delete")
    beta.fails("port", "create", "cli-foreign", "--network", network["id"], expect="No Network found")
    alpha("port", "delete", created["id"], other["id"])
    alpha("subnet", "delete", subnet["id"])
    alpha("network", "delete", network["id"])


def routers():
    network = alpha("network", "create", "cli-router-net", "-f", "json")
    first = alpha("subnet", "create", "cli-router-subnet", "--network", network["id"], "--subnet-range", "10.4.0.0/24", "-f", "json")
    second = alpha("subnet", "create", "cli-router-subnet-2", "--network", network["id"], "--subnet-range", "10.5.0.0/24", "-f", "json")
    router = alpha("router", "create", "cli-router", "--description", "edge", "-f", "json")
    equal(router["description"], "edge", "router create --description")
    alpha("router", "add", "subnet", "cli-router", first["id"])
    interfaces = alpha("port", "list", "--router", router["id"], "-f", "json")
    equal([row["Fixed IP Addresses"][0]["ip_address"] for row in interfaces], ["10.4.0.1"], "router add subnet: the interface holds the gateway")
    gateway_port = alpha("port", "create", "cli-gateway-port", "--network", network["id"], "--fixed-ip", f"subnet={second['id']},ip-address=10.5.0.1", "-f", "json")
    alpha("router", "add", "port", "cli-router", gateway_port["id"])
    equal(alpha("port", "show", gateway_port["id"], "-f", "json")["device_id"], router["id"], "router add port")
    alpha.fails("subnet", "delete", second["id"], expect="Failed to delete")
    alpha("router", "remove", "port", "cli-router", gateway_port["id"])
    alpha.fails("port", "show", gateway_port["id"], expect="No Port found")
    alpha("router", "remove", "subnet", "cli-router", first["id"])
    equal(alpha("port", "list", "--router", router["id"], "-f", "json"), [], "router remove subnet")
    alpha("router", "set", "cli-router", "--name", "cli-router-renamed", "--description", "core")
    shown = alpha("router", "show", router["id"], "-f", "json")
    equal((shown["name"], shown["description"]), ("cli-router-renamed", "core"), "router set")
    equal(ids(alpha("router", "list", "--name", "cli-router-renamed", "-f", "json")), {router["id"]}, "router list --name")
    beta.fails("router", "add", "subnet", router["id"], first["id"], expect="No Subnet found")
    alpha("router", "delete", router["id"])
    alpha("subnet", "delete", first["id"], second["id"])
    alpha("network", "delete", network["id"])


def sorting_and_errors():
    names = [f"cli-sorted-{index}" for index in (3, 1, 2)]
    created = [alpha("network", "create", name, "-f", "json")["id"] for name in names]
    listed = alpha("network", "list", "--sort-column", "Name", "--sort-descending", "-f", "json")
    equal([row["Name"] for row in listed if row["Name"].startswith("cli-sorted-")], sorted(names, reverse=True), "network list --sort-descending")
    alpha.fails("network", "show", "no-such-network", expect="No Network found")
    alpha.fails("subnet", "create", "cli-nowhere", "--network", "no-such-network", "--subnet-range", "10.6.0.0/24", expect="No Network found")
    alpha("network", "delete", *created)


def firewall():
    rule = alpha("firewall", "group", "rule", "create", "--name", "cli-ssh", "--protocol", "tcp", "--destination-port", "22", "--action", "allow", "-f", "json")
    equal((rule["Protocol"], rule["Destination Port"], rule["Action"]), ("tcp", "22", "allow"), "firewall group rule create")
    alpha("firewall", "group", "rule", "set", "cli-ssh", "--description", "ssh in")
    equal(alpha("firewall", "group", "rule", "show", "cli-ssh", "-f", "json")["Description"], "ssh in", "firewall group rule set")
    policy = alpha("firewall", "group", "policy", "create", "cli-policy", "--firewall-rule", "cli-ssh", "-f", "json")
    equal(policy["Firewall Rules"], [rule["ID"]], "firewall group policy create --firewall-rule")
    group = alpha("firewall", "group", "create", "--name", "cli-group", "--ingress-firewall-policy", "cli-policy", "-f", "json")
    equal(group["Ingress Policy ID"], policy["ID"], "firewall group create --ingress-firewall-policy")
    expect(group["ID"] in {row["ID"] for row in alpha("firewall", "group", "list", "-f", "json")}, "firewall group list")
    expect(rule["ID"] not in {row["ID"] for row in beta("firewall", "group", "rule", "list", "-f", "json")}, "another project does not list the rule")
    alpha.fails("firewall", "group", "rule", "delete", "cli-ssh", expect="being used")
    alpha("firewall", "group", "delete", "cli-group")
    alpha("firewall", "group", "policy", "delete", "cli-policy")
    alpha("firewall", "group", "rule", "delete", "cli-ssh")


def firewall_sharing():
    alpha.fails("firewall", "group", "rule", "create", "--name", "cli-not-allowed", "--share", expect="Only an admin may set shared")
    rule = admin("firewall", "group", "rule", "create", "--name", "cli-shared-https", "--protocol", "tcp", "--destination-port", "443", "--action", "allow", "--share", "-f", "json")
    equal(rule["Shared"], True, "firewall group rule create --share")
    expect(rule["ID"] in ids(beta("firewall", "group", "rule", "list", "-f", "json")), "another project lists a shared rule")
    policy = beta("firewall", "group", "policy", "create", "cli-beta-policy", "--firewall-rule", rule["ID"], "-f", "json")
    equal(policy["Firewall Rules"], [rule["ID"]], "another project puts a shared rule in its own policy")
    beta.fails("firewall", "group", "rule", "set", rule["ID"], "--name", "taken-over", expect="it is shared with you")
    beta.fails("firewall", "group", "rule", "delete", rule["ID"], expect="Failed to delete")
    shared_policy = admin("firewall", "group", "policy", "create", "cli-shared-policy", "--firewall-rule", rule["ID"], "--share", "-f", "json")
    equal(shared_policy["Shared"], True, "firewall group policy create --share")
    beta_group = beta("firewall", "group", "create", "--name", "cli-beta-group", "--ingress-firewall-policy", shared_policy["ID"], "-f", "json")
    equal(beta_group["Ingress Policy ID"], shared_policy["ID"], "another project's group uses a shared policy")
    admin.fails("firewall", "group", "policy", "set", shared_policy["ID"], "--no-share", expect="cannot stop being shared")
    shared_group = admin("firewall", "group", "create", "--name", "cli-shared-group", "--share", "-f", "json")
    equal(shared_group["Shared"], True, "firewall group create --share")
    admin("firewall", "group", "set", shared_group["ID"], "--no-share")
    equal(admin("firewall", "group", "show", shared_group["ID"], "-f", "json")["Shared"], False, "firewall group set --no-share")
    admin("firewall", "group", "set", shared_group["ID"], "--share")
    own_group = alpha("firewall", "group", "create", "--name", "cli-remote", "-f", "json")
    remote = alpha("firewall", "group", "rule", "create", "--name", "cli-from-remote", "--source-firewall-group", "cli-remote", "--destination-firewall-group", shared_group["ID"], "-f", "json")
    equal((remote["Source Firewall Group ID"], remote["Destination Firewall Group ID"]), (own_group["ID"], shared_group["ID"]), "firewall group rule create --source/--destination-firewall-group")
    alpha.fails("firewall", "group", "rule", "set", "cli-from-remote", "--source-ip-address", "10.0.0.0/8", expect="are both set")
    alpha.fails("firewall", "group", "rule", "set", "cli-from-remote", "--source-firewall-group", beta_group["ID"], expect="Unable to find firewall_group")
    alpha("firewall", "group", "rule", "set", "cli-from-remote", "--no-source-firewall-group", "--source-ip-address", "10.0.0.0/8")
    shown = alpha("firewall", "group", "rule", "show", "cli-from-remote", "-f", "json")
    equal((shown["Source Firewall Group ID"], shown["Source IP Address"]), (None, "10.0.0.0/8"), "firewall group rule set --no-source-firewall-group")
    alpha.fails("firewall", "group", "delete", shared_group["ID"], expect="Failed to delete")
    admin.fails("firewall", "group", "rule", "set", rule["ID"], "--no-share", expect="cannot stop being shared")
    alpha("firewall", "group", "rule", "delete", "cli-from-remote")
    admin("firewall", "group", "delete", shared_group["ID"])
    alpha("firewall", "group", "delete", "cli-remote")
    beta("firewall", "group", "delete", "cli-beta-group")
    beta("firewall", "group", "policy", "delete", "cli-beta-policy")
    admin("firewall", "group", "policy", "delete", "cli-shared-policy")
    admin("firewall", "group", "rule", "delete", rule["ID"])


def quotas():
    """`quota set` and `quota list --network` (each resolves the project through /projects first).
    `quota show` is not driven: the CLI 6.0 also asks compute and volume for theirs, and with
    --os-endpoint every service is this server, which has neither."""
    admin("quota", "set", "--networks", "3", "--routers", "2", "alpha-project")
    listed = admin("quota", "list", "--network", "--project", "alpha-project", "-f", "json")
    equal([(row["Project ID"], row["Networks"], row["Routers"]) for row in listed], [("alpha-project", 3, 2)], "quota set, then quota list --network --project")
    every = admin("quota", "list", "--network", "-f", "json")
    expect("alpha-project" in {row["Project ID"] for row in every}, "quota list --network lists a project with quotas of its own")
    alpha.fails("quota", "set", "--networks", "50", "alpha-project", expect="403")
    alpha.fails("quota", "list", "--network", "--project", "beta-project", expect="No project with a name or ID of 'beta-project' exists")
    admin("quota", "set", "--networks", "100", "--routers", "10", "alpha-project")


def security_group_quotas():
    """The security groups plugin's quotas: `quota set --secgroups/--secgroup-rules`, `quota list
    --network` (with `--detail`: limit and usage) show them, and a group past its quota is refused.
    `quota show` is not driven, for the reason quotas() gives."""
    admin("quota", "set", "--secgroups", "4", "--secgroup-rules", "40", "alpha-project")
    listed = admin("quota", "list", "--network", "--project", "alpha-project", "-f", "json")
    equal([(row["Security Groups"], row["Security Group Rules"]) for row in listed], [(4, 40)], "quota set --secgroups --secgroup-rules, then quota list --network")
    groups = detailed_quota(alpha("quota", "list", "--network", "--detail", "--project", "alpha-project", "-f", "json"), "security_group")
    expect(groups["Limit"] == 4 and groups["In Use"] >= 1, f"quota list --network --detail: 4 groups allowed, the default one held; got {groups}")
    admin("quota", "set", "--secgroups", str(groups["In Use"]), "alpha-project")
    alpha.fails("security", "group", "create", "cli-over-quota", expect="Quota exceeded for resources: ['security_group']")
    admin("quota", "set", "--secgroups", "10", "--secgroup-rules", "100", "alpha-project")


def detailed_quota(rows, resource):
    """One row of `quota list --detail`, named as Neutron (security_group) or the SDK (security_groups) names it."""
    by_name = {row["Resource"]: row for row in rows}
    found = by_name.get(resource) or by_name.get(f"{resource}s")
    expect(found is not None, f"quota list --detail has a row for {resource}: {sorted(by_name)}")
    return found


def security_groups():
    listed = alpha("security", "group", "list", "-f", "json")
    defaults = [row for row in listed if row["Name"] == "default"]
    equal(len(defaults), 1, "security group list: the project's default group is there, once")
    default = alpha("security", "group", "show", defaults[0]["ID"], "-f", "json")
    equal(len(default.get("rules", default.get("security_group_rules")) or []), 4, "security group show default: Neutron's four default rules")
    created = alpha("security", "group", "create", "cli-web", "--description", "front ends", "-f", "json")
    equal((created["name"], created["description"]), ("cli-web", "front ends"), "security group create --description")
    alpha("security", "group", "set", "cli-web", "--name", "cli-web2", "--description", "renamed")
    shown = alpha("security", "group", "show", created["id"], "-f", "json")
    equal((shown["name"], shown["description"]), ("cli-web2", "renamed"), "security group set --name --description")
    expect(created["id"] in ids(alpha("security", "group", "list", "-f", "json")), "security group list")
    expect(created["id"] not in ids(beta("security", "group", "list", "-f", "json")), "another project does not list the group")
    if "stateful-security-group" in extensions:
        stateless = alpha("security", "group", "create", "cli-stateless", "--stateless", "-f", "json")
        equal(stateless["stateful"], False, "security group create --stateless")
        alpha("security", "group", "set", "cli-stateless", "--stateful")
        equal(alpha("security", "group", "show", "cli-stateless", "-f", "json")["stateful"], True, "security group set --stateful")
        alpha("security", "group", "delete", "cli-stateless")
    alpha.fails("security", "group", "delete", defaults[0]["ID"], expect="Failed to delete")
    alpha.fails("security", "group", "set", defaults[0]["ID"], "--name", "not-default", expect="not allowed")


def security_group_tags():
    created = alpha("security", "group", "create", "cli-tagged-sg", "--tag", "prod", "--tag", "edge", "-f", "json")
    equal(sorted(created["tags"]), ["edge", "prod"], "security group create --tag")
    alpha("security", "group", "set", "cli-tagged-sg", "--tag", "blue")
    alpha("security", "group", "unset", "cli-tagged-sg", "--tag", "edge")
    equal(sorted(alpha("security", "group", "show", "cli-tagged-sg", "-f", "json")["tags"]), ["blue", "prod"], "security group set/unset --tag")
    equal(ids(alpha("security", "group", "list", "--tags", "prod,blue", "-f", "json")), {created["id"]}, "security group list --tags")
    expect(created["id"] not in ids(alpha("security", "group", "list", "--not-tags", "prod", "-f", "json")), "security group list --not-tags")
    beta.fails("security", "group", "set", created["id"], "--tag", "theirs", expect="found")
    alpha("security", "group", "delete", "cli-tagged-sg")


def security_group_rules():
    group = alpha("security", "group", "show", "cli-web2", "-f", "json")
    bastion = alpha("security", "group", "create", "cli-bastion", "-f", "json")
    ssh = alpha("security", "group", "rule", "create", "cli-web2", "--protocol", "tcp", "--dst-port", "22", "--remote-ip", "203.0.113.0/24", "-f", "json")
    equal((ssh["protocol"], ssh["port_range_min"], ssh["port_range_max"], ssh["remote_ip_prefix"], ssh["direction"]), ("tcp", 22, 22, "203.0.113.0/24", "ingress"), "security group rule create --protocol tcp --dst-port 22 --remote-ip")
    alpha.fails("security", "group", "rule", "create", "cli-web2", "--protocol", "tcp", "--dst-port", "22", "--remote-ip", "203.0.113.0/24", expect="already exists")
    remote = alpha("security", "group", "rule", "create", "cli-web2", "--protocol", "tcp", "--dst-port", "80:81", "--remote-group", "cli-bastion", "-f", "json")
    equal((remote["remote_group_id"], remote["port_range_min"], remote["port_range_max"]), (bastion["id"], 80, 81), "security group rule create --remote-group")
    v6 = alpha("security", "group", "rule", "create", "cli-web2", "--ethertype", "IPv6", "--protocol", "tcp", "--dst-port", "443", "--egress", "-f", "json")
    equal((v6.get("ether_type", v6.get("ethertype")), v6["direction"]), ("IPv6", "egress"), "security group rule create --ethertype IPv6 --egress")
    rules = ids(alpha("security", "group", "rule", "list", "cli-web2", "-f", "json"))
    equal(rules, {ssh["id"], remote["id"], v6["id"]}, "security group rule list <group>")
    equal(alpha("security", "group", "rule", "show", ssh["id"], "-f", "json")["security_group_id"], group["id"], "security group rule show")
    beta.fails("security", "group", "rule", "show", ssh["id"], expect=ssh["id"])
    alpha("security", "group", "delete", "cli-bastion")
    equal(ids(alpha("security", "group", "rule", "list", "cli-web2", "-f", "json")), {ssh["id"], v6["id"]}, "deleting a remote group deletes the rules naming it")
    alpha("security", "group", "rule", "delete", ssh["id"])
    alpha("security", "group", "delete", "cli-web2")


def port_security_groups():
    network = alpha("network", "create", "cli-sg-net", "-f", "json")
    default = [row["ID"] for row in alpha("security", "group", "list", "-f", "json") if row["Name"] == "default"]
    web = alpha("security", "group", "create", "cli-sg-web", "-f", "json")
    db = alpha("security", "group", "create", "cli-sg-db", "-f", "json")
    plain = alpha("port", "create", "cli-sg-plain", "--network", network["id"], "-f", "json")
    equal((plain["security_group_ids"], plain["port_security_enabled"]), (default, True), "port create: the project's default group, port security on")
    port = alpha("port", "create", "cli-sg-port", "--network", network["id"], "--security-group", "cli-sg-web", "-f", "json")
    equal(port["security_group_ids"], [web["id"]], "port create --security-group")
    alpha("port", "set", "cli-sg-port", "--security-group", "cli-sg-db")
    equal(sorted(alpha("port", "show", "cli-sg-port", "-f", "json")["security_group_ids"]), sorted([web["id"], db["id"]]), "port set --security-group adds a group")
    alpha("port", "unset", "cli-sg-port", "--security-group", "cli-sg-web")
    equal(alpha("port", "show", "cli-sg-port", "-f", "json")["security_group_ids"], [db["id"]], "port unset --security-group")
    alpha.fails("security", "group", "delete", "cli-sg-db", expect="in use")
    alpha.fails("port", "set", "cli-sg-port", "--disable-port-security", expect="security groups associated")
    alpha("port", "set", "cli-sg-port", "--no-security-group", "--disable-port-security")
    shown = alpha("port", "show", "cli-sg-port", "-f", "json")
    equal((shown["security_group_ids"], shown["port_security_enabled"]), ([], False), "port set --no-security-group --disable-port-security")
    alpha.fails("port", "create", "cli-sg-refused", "--network", network["id"], "--disable-port-security", "--security-group", "cli-sg-web", expect="Port security must be enabled")
    if "allowed-address-pairs" in extensions:
        alpha("port", "set", "cli-sg-port", "--enable-port-security")
        alpha("port", "set", "cli-sg-port", "--allowed-address", "ip-address=10.0.0.50", "--allowed-address", "ip-address=10.0.1.0/24,mac-address=fa:16:3e:00:00:01")
        pairs = alpha("port", "show", "cli-sg-port", "-f", "json")["allowed_address_pairs"]
        equal(sorted(pair["ip_address"] for pair in pairs), ["10.0.0.50", "10.0.1.0/24"], "port set --allowed-address")
        # The CLI removes a pair equal to one the port shows, whose MAC the server filled in (as Neutron does).
        alpha("port", "unset", "cli-sg-port", "--allowed-address", f"ip-address=10.0.0.50,mac-address={port['mac_address']}")
        equal([pair["ip_address"] for pair in alpha("port", "show", "cli-sg-port", "-f", "json")["allowed_address_pairs"]], ["10.0.1.0/24"], "port unset --allowed-address")
        alpha.fails("port", "set", "cli-sg-port", "--disable-port-security", expect="allowed address pairs")
        alpha("port", "set", "cli-sg-port", "--no-allowed-address")
        equal(alpha("port", "show", "cli-sg-port", "-f", "json")["allowed_address_pairs"], [], "port set --no-allowed-address")
    theirs = beta("network", "create", "cli-sg-theirs", "-f", "json")
    beta.fails("port", "create", "cli-sg-foreign", "--network", theirs["id"], "--security-group", web["id"], expect="found")
    equal(beta("port", "list", "--network", theirs["id"], "-f", "json"), [], "another project's group: no port is created")
    beta("network", "delete", theirs["id"])
    alpha("port", "delete", "cli-sg-port", "cli-sg-plain")
    alpha("security", "group", "delete", "cli-sg-web", "cli-sg-db")
    alpha("network", "delete", network["id"])


def address_groups():
    created = alpha("address", "group", "create", "cli-office", "--description", "branch offices", "--address", "192.0.2.7/24", "--address", "2001:db8::1", "-f", "json")
    equal((created["description"], created["addresses"]), ("branch offices", ["192.0.2.0/24", "2001:db8::1/128"]), "address group create --description --address (stored as networks)")
    alpha("address", "group", "set", "cli-office", "--name", "cli-hq", "--description", "head office", "--address", "198.51.100.0/24")
    shown = alpha("address", "group", "show", "cli-hq", "-f", "json")
    equal((shown["id"], shown["description"], shown["addresses"]), (created["id"], "head office", ["192.0.2.0/24", "198.51.100.0/24", "2001:db8::1/128"]), "address group set --name --description --address")
    alpha("address", "group", "unset", "cli-hq", "--address", "192.0.2.0/24")
    equal(alpha("address", "group", "show", created["id"], "-f", "json")["addresses"], ["198.51.100.0/24", "2001:db8::1/128"], "address group unset --address")
    alpha.fails("address", "group", "set", "cli-hq", "--address", "198.51.100.0/24", expect="already exist")
    alpha.fails("address", "group", "unset", "cli-hq", "--address", "203.0.113.0/24", expect="not found in the address group")
    equal(ids(alpha("address", "group", "list", "--name", "cli-hq", "-f", "json")), {created["id"]}, "address group list --name")
    expect(created["id"] in ids(alpha("address", "group", "list", "-f", "json")), "address group list")
    expect(created["id"] not in ids(beta("address", "group", "list", "-f", "json")), "another project does not list the address group")
    beta.fails("address", "group", "show", created["id"], expect="found")
    if "security-groups-remote-address-group" in extensions:
        alpha("security", "group", "create", "cli-ag-sg")
        rule = alpha("security", "group", "rule", "create", "cli-ag-sg", "--protocol", "tcp", "--dst-port", "443", "--remote-address-group", "cli-hq", "-f", "json")
        equal((rule["remote_address_group_id"], rule["remote_ip_prefix"], rule["port_range_min"]), (created["id"], None, 443), "security group rule create --remote-address-group")
        listed = alpha("security", "group", "rule", "list", "cli-ag-sg", "-f", "json")
        equal([row["Remote Address Group"] for row in listed if row["ID"] == rule["id"]], [created["id"]], "security group rule list shows the remote address group")
        alpha.fails("security", "group", "rule", "create", "cli-ag-sg", "--protocol", "tcp", "--dst-port", "443", "--remote-address-group", "cli-hq", expect="already exists")
        beta("security", "group", "create", "cli-ag-theirs")
        beta.fails("security", "group", "rule", "create", "cli-ag-theirs", "--remote-address-group", created["id"], expect="found")
        beta("security", "group", "delete", "cli-ag-theirs")
        alpha.fails("address", "group", "delete", "cli-hq", expect="in use")
        alpha("security", "group", "rule", "delete", rule["id"])
        alpha("security", "group", "delete", "cli-ag-sg")
    alpha("address", "group", "delete", "cli-hq")
    alpha.fails("address", "group", "show", created["id"], expect="found")
def security_group_rule_attributes():
    """security-groups-normalized-cidr and -rules-belongs-to-default-sg: CLI 6.0 shows the columns
    its SDK (0.101) declares, which has neither field, so only what the CLI does show is checked."""
    group = alpha("security", "group", "create", "cli-cidr", "-f", "json")
    rule = alpha("security", "group", "rule", "create", "cli-cidr", "--protocol", "tcp", "--dst-port", "22", "--remote-ip", "10.0.0.5/24", "-f", "json")
    equal(rule["remote_ip_prefix"], "10.0.0.5/24", "security group rule create --remote-ip 10.0.0.5/24 keeps the prefix as sent")
    alpha.fails("security", "group", "rule", "create", "cli-cidr", "--protocol", "tcp", "--dst-port", "22", "--remote-ip", "10.0.0.0/24", expect="already exists")
    shown = alpha("security", "group", "rule", "show", rule["id"], "-f", "json")
    for field in ("normalized_cidr", "belongs_to_default_sg"):
        if field in shown:
            equal(shown[field], {"normalized_cidr": "10.0.0.0/24", "belongs_to_default_sg": False}[field], f"security group rule show: {field}")
    alpha("security", "group", "delete", group["id"])


def security_group_rbac():
    """rbac-security-groups: alpha's group is shared with beta, beta sees it and puts a port in it,
    the policy cannot go while that port uses the group, then it goes and beta loses the group.
    An admin creates the policy: CLI 6.0 resolves --target-project through Keystone first, and
    falls back to the id as given only when Keystone answers 403, where this server's project
    lookup answers a non-admin 404 (the SDK step shares as the group's own project)."""
    group = alpha("security", "group", "create", "cli-lent", "-f", "json")
    expect(group["id"] not in ids(beta("security", "group", "list", "-f", "json")), "an unshared group is not listed to another project")
    alpha.fails("network", "rbac", "create", "--type", "security_group", "--action", "access_as_shared", "--target-all-projects", "cli-lent", expect="403")
    policy = admin("network", "rbac", "create", "--type", "security_group", "--action", "access_as_shared", "--target-project", "beta-project", group["id"], "-f", "json")
    equal((policy["object_type"], policy["object_id"], policy["target_project_id"], policy["action"]), ("security_group", group["id"], "beta-project", "access_as_shared"), "network rbac create --type security_group --target-project")
    equal(admin("network", "rbac", "show", policy["id"], "-f", "json")["object_id"], group["id"], "network rbac show")
    listed = admin("network", "rbac", "list", "--type", "security_group", "--long", "-f", "json")
    equal([(row["Object ID"], row["Action"]) for row in listed if row["ID"] == policy["id"]], [(group["id"], "access_as_shared")], "network rbac list --type security_group --long")
    beta.fails("network", "rbac", "show", policy["id"], expect="found")
    expect(group["id"] in ids(beta("security", "group", "list", "-f", "json")), "the target project lists a shared group")
    equal(beta("security", "group", "show", group["id"], "-f", "json")["name"], "cli-lent", "the target project shows a shared group")
    beta.fails("security", "group", "set", group["id"], "--name", "taken-over", expect="403")
    beta.fails("security", "group", "rule", "create", group["id"], "--protocol", "tcp", expect="403")
    network = beta("network", "create", "cli-rbac-net", "-f", "json")
    port = beta("port", "create", "cli-rbac-port", "--network", network["id"], "--security-group", group["id"], "-f", "json")
    equal(port["security_group_ids"], [group["id"]], "port create --security-group <a group shared with the project>")
    admin.fails("network", "rbac", "delete", policy["id"], expect="cannot be removed")
    beta("port", "set", port["id"], "--no-security-group")
    admin("network", "rbac", "delete", policy["id"])
    beta.fails("security", "group", "show", group["id"], expect="found")
    beta("port", "delete", port["id"])
    beta("network", "delete", network["id"])
    alpha("security", "group", "delete", group["id"])


def network_port_security():
    network = alpha("network", "create", "cli-psec-net", "--disable-port-security", "-f", "json")
    equal(network["port_security_enabled"], False, "network create --disable-port-security")
    equal(alpha("network", "show", "cli-psec-net", "-f", "json")["port_security_enabled"], False, "network show: port_security_enabled")
    port = alpha("port", "create", "cli-psec-port", "--network", network["id"], "-f", "json")
    equal((port["port_security_enabled"], port["security_group_ids"]), (False, []), "port create on it: the network's port security, no group")
    alpha("network", "set", "cli-psec-net", "--enable-port-security")
    equal(alpha("network", "show", network["id"], "-f", "json")["port_security_enabled"], True, "network set --enable-port-security")
    equal(alpha("port", "show", "cli-psec-port", "-f", "json")["port_security_enabled"], False, "network set: the network's ports keep theirs")
    later = alpha("port", "create", "cli-psec-later", "--network", network["id"], "-f", "json")
    equal(later["port_security_enabled"], True, "port create after network set --enable-port-security")
    alpha("port", "delete", "cli-psec-port", "cli-psec-later")
    alpha("network", "delete", network["id"])


report.step("networks: create, show, set, list, delete, tenancy", networks)
if "standard-attr-tag" in extensions:
    report.step("networks: tags (standard-attr-tag)", network_tags)
report.step("networks: shared and external", shared_and_external_networks)
report.step("subnets", subnets)
report.step("subnets: IPv6 SLAAC addresses", ipv6_auto_address)
report.step("ports", ports)
if "router" in extensions:
    report.step("routers: interfaces by subnet and by port", routers)
report.step("sorting and errors", sorting_and_errors)
if "fwaas_v2" in extensions:
    report.step("FWaaS v2: rules, policies, groups", firewall)
    report.step("FWaaS v2: shared resources and remote groups", firewall_sharing)
if "quotas" in extensions:
    report.step("quotas: set and list, projects looked up by id and name", quotas)
if "security-group" in extensions:
    report.step("security groups: default group, create, show, set, list, delete", security_groups)
    report.step("security group rules: create, duplicate, remote group, IPv6, list, show, delete", security_group_rules)
    if "standard-attr-tag" in extensions:
        report.step("security groups: tags (standard-attr-tag)", security_group_tags)
    report.step("ports: security groups and port security", port_security_groups)
    if "address-group" in extensions:
        report.step("address groups: create, set/unset --address, list, show, delete; rules with --remote-address-group", address_groups)
    if "security-groups-normalized-cidr" in extensions:
        report.step("security group rules: remote prefix as sent, compared by its network", security_group_rule_attributes)
    if "rbac-security-groups" in extensions:
        report.step("security groups: RBAC sharing (network rbac create/show/list/delete, a port in a shared group)", security_group_rbac)
    if "port-security" in extensions:
        report.step("networks: port security, the default of their new ports", network_port_security)
    if "quotas" in extensions:
        report.step("quotas of security groups: set, show, list, a group past the quota", security_group_quotas)
report.finish()
