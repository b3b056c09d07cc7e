"""Drives the core resources, and every extension the server advertises, through the real
openstacksdk: python3 scripts/clients/sdk.py http://127.0.0.1:PORT (run.mjs starts the server).
A failing step prints the SDK's error and the HTTP exchange its debug log recorded."""
import io
import logging
import sys

import openstack
from openstack import exceptions

from harness import Report, equal, expect, identities

endpoint = sys.argv[1]
report = Report("openstacksdk", unit="HTTP requests")
http_log = io.StringIO()
openstack.enable_logging(debug=True, http_debug=True, stream=http_log)


class RequestCounter(logging.Handler):
    """Counts the HTTP requests the SDK sends, for the report's total."""

    def emit(self, record):
        if record.getMessage().startswith("REQ: curl"):
            report.commands += 1


logging.getLogger("keystoneauth").addHandler(RequestCounter())


def connect(name):
    token = identities()[name]["token"]
    return openstack.connection.Connection(auth_type="admin_token", auth={"endpoint": endpoint, "token": token}, network_endpoint_override=endpoint)


admin, alpha, beta = (connect(name) for name in ("admin", "alpha", "beta"))


class Step:
    """Runs a step with a fresh HTTP log; on failure the report shows the SDK's error and that log."""

    def __call__(self, title, function):
        http_log.seek(0)
        http_log.truncate()
        try:
            function()
        except exceptions.SDKException as error:
            report.fail(title, f"{type(error).__name__}: {error}\nHTTP exchange (http_debug):\n{exchange()}")
        except AssertionError as error:
            report.fail(title, f"assertion: {error}\nHTTP exchange (http_debug):\n{exchange()}")
        except Exception as error:  # noqa: BLE001 - a driver bug fails its step, the others still run
            report.fail(title, f"{type(error).__name__}: {error}\nHTTP exchange (http_debug):\n{exchange()}")


def exchange():
    return "\n".join(line for line in http_log.getvalue().splitlines() if line.startswith(("REQ:", "RESP:", "RESP BODY:")) or "HTTP/1.1" in line)


def refused(exception_type, function, what, status=None):
    try:
        function()
    except exception_type as error:
        if status is None or error.status_code == status:
            return
        raise AssertionError(f"{what}: expected HTTP {status}, got {error.status_code}: {error}") from error
    raise AssertionError(f"{what}: expected {exception_type.__name__}")


step = Step()
extensions = {extension.alias for extension in alpha.network.extensions()}


def networks():
    created = alpha.network.create_network(name="sdk-net", description="first", mtu=1400)
    equal((created.description, created.mtu, created.is_shared), ("first", 1400, False), "create_network")
    created_revision = created.revision_number
    updated = alpha.network.update_network(created, name="sdk-net-renamed", mtu=1450)
    equal((updated.name, updated.mtu), ("sdk-net-renamed", 1450), "update_network")
    expect(updated.revision_number > created_revision, "update_network raises revision_number")
    equal(alpha.network.find_network("sdk-net-renamed").id, created.id, "find_network by name")
    equal([network.id for network in alpha.network.networks(name="sdk-net-renamed")], [created.id], "networks(name=)")
    equal(beta.network.find_network(created.id), None, "another project does not find the network")
    refused(exceptions.ResourceNotFound, lambda: beta.network.get_network(created.id), "get_network of another project")
    refused(exceptions.BadRequestException, lambda: alpha.network.create_network(name="sdk-bad", mtu=20), "create_network mtu=20")
    alpha.network.delete_network(created)
    refused(exceptions.ResourceNotFound, lambda: alpha.network.get_network(created.id), "get_network after delete")


def tags():
    network = alpha.network.create_network(name="sdk-tagged")
    alpha.network.set_tags(network, ["red", "blue"])
    equal(sorted(alpha.network.get_network(network.id).tags), ["blue", "red"], "set_tags")
    equal([found.id for found in alpha.network.networks(tags="red")], [network.id], "networks(tags=)")
    network.remove_tag(alpha.network, "red")
    network.add_tag(alpha.network, "green")
    expect(network.check_tag(alpha.network, "green") is not None, "check_tag")
    equal(alpha.network.get_network(network.id).tags, ["blue", "green"], "remove_tag, add_tag")
    refused(exceptions.NotFoundException, lambda: network.check_tag(alpha.network, "red"), "check_tag of a removed tag")
    alpha.network.delete_network(network)


def shared_networks():
    shared = admin.network.create_network(name="sdk-shared", shared=True, is_router_external=True)
    equal((shared.is_shared, shared.is_router_external), (True, True), "create_network shared, external")
    expect(shared.id in {network.id for network in beta.network.networks(is_router_external=True)}, "networks(is_router_external=True)")
    refused(exceptions.HttpException, lambda: alpha.network.create_network(name="sdk-share", shared=True), "a project sharing a network", status=403)
    port = beta.network.create_port(network_id=shared.id, name="sdk-on-shared")
    equal(port.project_id, "beta-project", "a port on a shared network belongs to its creator")
    beta.network.delete_port(port)
    admin.network.delete_network(shared)


def subnets_ports_routers():
    network = alpha.network.create_network(name="sdk-stack")
    subnet = alpha.network.create_subnet(network_id=network.id, ip_version=4, cidr="10.7.0.0/24", name="sdk-subnet")
    equal(subnet.gateway_ip, "10.7.0.1", "create_subnet gateway")
    port = alpha.network.create_port(network_id=network.id, mac_address="fa:16:3e:00:00:07", description="sdk port", fixed_ips=[{"subnet_id": subnet.id, "ip_address": "10.7.0.7"}])
    equal((port.mac_address, port.description), ("fa:16:3e:00:00:07", "sdk port"), "create_port")
    equal([found.id for found in alpha.network.ports(fixed_ips="ip_address=10.7.0.7")], [port.id], "ports(fixed_ips=ip_address=)")
    refused(exceptions.ConflictException, lambda: alpha.network.create_port(network_id=network.id, fixed_ips=[{"subnet_id": subnet.id, "ip_address": "10.7.0.7"}]), "a taken IP")
    router = alpha.network.create_router(name="sdk-router")
    alpha.network.add_interface_to_router(router, subnet_id=subnet.id)
    interfaces = list(alpha.network.ports(device_id=router.id))
    equal([interface.fixed_ips[0]["ip_address"] for interface in interfaces], ["10.7.0.1"], "add_interface_to_router")
    refused(exceptions.ConflictException, lambda: alpha.network.delete_subnet(subnet), "delete_subnet with a router interface")
    alpha.network.remove_interface_from_router(router, subnet_id=subnet.id)
    alpha.network.delete_router(router)
    alpha.network.delete_port(port)
    alpha.network.delete_subnet(subnet)
    alpha.network.delete_network(network)


def ipv6_auto_address():
    network = alpha.network.create_network(name="sdk-stateless")
    subnet = alpha.network.create_subnet(
        network_id=network.id, ip_version=6, cidr="2001:db8:7::/64", ipv6_ra_mode="dhcpv6-stateless", ipv6_address_mode="dhcpv6-stateless",
    )
    port = alpha.network.create_port(network_id=network.id, mac_address="fa:16:3e:00:00:17")
    equal([fixed_ip["ip_address"] for fixed_ip in port.fixed_ips], ["2001:db8:7:0:f816:3eff:fe00:17"], "create_port on a dhcpv6-stateless subnet")
    refused(
        exceptions.BadRequestException,
        lambda: alpha.network.create_port(network_id=network.id, fixed_ips=[{"subnet_id": subnet.id, "ip_address": "2001:db8:7::5"}]),
        "an explicit address on an auto-address subnet",
    )
    alpha.network.delete_port(port)
    alpha.network.delete_subnet(subnet)
    alpha.network.delete_network(network)


def bulk_create_ports():
    network = alpha.network.create_network(name="sdk-bulk")
    subnet = alpha.network.create_subnet(network_id=network.id, ip_version=4, cidr="10.8.0.0/24")
    ports = list(alpha.network.create_ports([{"network_id": network.id, "name": "sdk-bulk-a"}, {"network_id": network.id, "name": "sdk-bulk-b"}]))
    equal([port.name for port in ports], ["sdk-bulk-a", "sdk-bulk-b"], "create_ports answers every port in order")
    equal(len({port.fixed_ips[0]["ip_address"] for port in ports}), 2, "create_ports gives each port its own address")
    taken = {"network_id": network.id, "fixed_ips": [{"subnet_id": subnet.id, "ip_address": "10.8.0.50"}]}
    refused(exceptions.ConflictException, lambda: list(alpha.network.create_ports([taken, taken])), "create_ports with one address twice")
    equal(sorted(port.name for port in alpha.network.ports(network_id=network.id)), ["sdk-bulk-a", "sdk-bulk-b"], "a refused create_ports creates none")
    for port in ports:
        alpha.network.delete_port(port)
    alpha.network.delete_subnet(subnet)
    alpha.network.delete_network(network)


def quotas():
    project = identities()["alpha"]["project"]
    defaults = alpha.network.get_quota_default(project)
    equal((defaults.networks, defaults.ports), (100, 500), "get_quota_default")
    admin.network.update_quota(project, networks=1)
    equal(alpha.network.get_quota(project).networks, 1, "update_quota, then get_quota")
    network = alpha.network.create_network(name="sdk-quota")
    refused(exceptions.ConflictException, lambda: alpha.network.create_network(name="sdk-over-quota"), "a network past the quota")
    details = alpha.network.get_quota(project, details=True)
    equal(details.networks, {"limit": 1, "used": 1, "reserved": 0}, "get_quota(details=True)")
    refused(exceptions.HttpException, lambda: alpha.network.update_quota(project, networks=100), "a project raising its own quota", status=403)
    admin.network.delete_quota(project)
    equal(alpha.network.get_quota(project).networks, 100, "delete_quota restores the default")
    alpha.network.delete_network(network)


def security_group_quotas():
    """The security groups plugin's quotas, as the SDK's Quota shows them, and a group past its quota."""
    project = identities()["alpha"]["project"]
    defaults = alpha.network.get_quota_default(project)
    equal((defaults.security_groups, defaults.security_group_rules), (10, 100), "get_quota_default: security groups and rules")
    used = alpha.network.get_quota(project, details=True).security_groups["used"]
    admin.network.update_quota(project, security_groups=used, security_group_rules=50)
    shown = alpha.network.get_quota(project)
    equal((shown.security_groups, shown.security_group_rules), (used, 50), "update_quota(security_groups=, security_group_rules=), then get_quota")
    refused(exceptions.ConflictException, lambda: alpha.network.create_security_group(name="sdk-over-quota"), "a security group past the quota", status=409)
    expect("OverQuota" in http_log.getvalue(), "the refusal is Neutron's OverQuota")
    admin.network.delete_quota(project)
    equal(alpha.network.get_quota(project).security_groups, 10, "delete_quota restores the security group default")


def pagination():
    created = {alpha.network.create_network(name=f"sdk-page-{index}").id for index in range(5)}
    http_log.seek(0)
    http_log.truncate()
    listed = {network.id for network in alpha.network.networks(limit=2)}
    expect(created <= listed, "networks(limit=2) follows the next links to every network")
    pages = http_log.getvalue().count(f'-X GET "{endpoint}/v2.0/networks?limit=')
    expect(pages >= 3, f"five networks in pages of two take at least three requests, took {pages}")
    for network_id in created:
        alpha.network.delete_network(network_id)


def firewall():
    rule = alpha.network.create_firewall_rule(name="sdk-rule", protocol="tcp", destination_port="443", action="allow")
    policy = alpha.network.create_firewall_policy(name="sdk-policy", firewall_rules=[rule.id])
    group = alpha.network.create_firewall_group(name="sdk-group", ingress_firewall_policy_id=policy.id)
    equal(group.ingress_firewall_policy_id, policy.id, "create_firewall_group")
    equal(beta.network.find_firewall_rule(rule.id), None, "another project does not find the rule")
    alpha.network.delete_firewall_group(group)
    alpha.network.delete_firewall_policy(policy)
    alpha.network.delete_firewall_rule(rule)


def security_groups():
    defaults = [group for group in alpha.network.security_groups() if group.name == "default"]
    equal(len(defaults), 1, "security_groups() lists the project's default group, once")
    group = alpha.network.create_security_group(name="sdk-web", description="front ends")
    equal((group.name, group.description, group.security_group_rules), ("sdk-web", "front ends", []), "create_security_group")
    rule = alpha.network.create_security_group_rule(security_group_id=group.id, direction="ingress", ether_type="IPv4", protocol="tcp", port_range_min=22, port_range_max=22)
    equal((rule.protocol, rule.port_range_min, rule.port_range_max, rule.security_group_id), ("tcp", 22, 22, group.id), "create_security_group_rule")
    refused(exceptions.ConflictException, lambda: alpha.network.create_security_group_rule(security_group_id=group.id, direction="ingress", protocol="6", port_range_min=22, port_range_max=22), "the same rule again", status=409)
    equal([shown["id"] for shown in alpha.network.get_security_group(group.id).security_group_rules], [rule.id], "get_security_group embeds its rules")
    equal(beta.network.find_security_group(group.id), None, "another project does not find the group")
    refused(exceptions.ConflictException, lambda: alpha.network.delete_security_group(defaults[0].id), "deleting the default group", status=409)
    alpha.network.delete_security_group_rule(rule)
    alpha.network.delete_security_group(group)
    if "stateful-security-group" in extensions:
        stateless = alpha.network.create_security_group(name="sdk-stateless", stateful=False)
        equal(alpha.network.get_security_group(stateless.id).stateful, False, "create_security_group(stateful=False)")
        equal(alpha.network.update_security_group(stateless, stateful=True).stateful, True, "update_security_group(stateful=True)")
        alpha.network.delete_security_group(stateless)


def security_group_tags():
    group = alpha.network.create_security_group(name="sdk-tagged-sg")
    alpha.network.set_tags(group, ["prod", "edge"])
    equal(sorted(alpha.network.get_security_group(group.id).tags), ["edge", "prod"], "set_tags on a security group")
    equal([found.id for found in alpha.network.security_groups(tags="prod")], [group.id], "security_groups(tags=)")
    refused(exceptions.ResourceNotFound, lambda: beta.network.set_tags(group, ["theirs"]), "set_tags on another project's group", status=404)
    alpha.network.delete_security_group(group)


def port_security_groups():
    network = alpha.network.create_network(name="sdk-sg-net")
    default = [group.id for group in alpha.network.security_groups() if group.name == "default"]
    web = alpha.network.create_security_group(name="sdk-sg-web")
    plain = alpha.network.create_port(network_id=network.id)
    equal((plain.security_group_ids, plain.is_port_security_enabled), (default, True), "create_port: the project's default group, port security on")
    port = alpha.network.create_port(network_id=network.id, security_group_ids=[web.id])
    equal(alpha.network.get_port(port.id).security_group_ids, [web.id], "create_port(security_group_ids=...)")
    # The port list filter: this SDK's ports(security_groups=) and CLI 6.0's `port list
    # --security-group` refuse the query client-side, so it goes through the SDK's own session.
    in_web = alpha.network.get("/ports", params={"security_groups": web.id}).json()["ports"]
    equal([shown["id"] for shown in in_web], [port.id], "GET /ports?security_groups=<id> lists the ports in the group")
    equal(beta.network.get("/ports", params={"security_groups": web.id}).json()["ports"], [], "another project filtering on the group lists none of its ports")
    refused(exceptions.ConflictException, lambda: alpha.network.delete_security_group(web), "deleting a group a port is in", status=409)
    if "allowed-address-pairs" in extensions:
        paired = alpha.network.update_port(port, allowed_address_pairs=[{"ip_address": "10.0.0.60"}])
        equal([pair["ip_address"] for pair in paired.allowed_address_pairs], ["10.0.0.60"], "update_port(allowed_address_pairs=...)")
        equal(paired.allowed_address_pairs[0]["mac_address"], paired.mac_address, "an address pair without a MAC has the port's")
        alpha.network.update_port(port, allowed_address_pairs=[])
    updated = alpha.network.update_port(port, security_group_ids=[], is_port_security_enabled=False)
    equal((updated.security_group_ids, updated.is_port_security_enabled), ([], False), "update_port(security_group_ids=[], is_port_security_enabled=False)")
    theirs = beta.network.create_network(name="sdk-sg-theirs")
    refused(exceptions.ResourceNotFound, lambda: beta.network.create_port(network_id=theirs.id, security_group_ids=[web.id]), "another project's group", status=404)
    equal(list(beta.network.ports(network_id=theirs.id)), [], "another project's group: no port is created")
    beta.network.delete_network(theirs)
    alpha.network.delete_port(port)
    alpha.network.delete_port(plain)
    alpha.network.delete_security_group(web)
    alpha.network.delete_network(network)


def address_groups():
    group = alpha.network.create_address_group(name="sdk-office", description="branch offices", addresses=["192.0.2.7/24"])
    equal((group.name, group.description, group.addresses), ("sdk-office", "branch offices", ["192.0.2.0/24"]), "create_address_group(addresses=) stores networks")
    added = alpha.network.add_addresses_to_address_group(group, ["198.51.100.0/24", "2001:db8::/64"])
    equal(added.addresses, ["192.0.2.0/24", "198.51.100.0/24", "2001:db8::/64"], "add_addresses_to_address_group")
    removed = alpha.network.remove_addresses_from_address_group(group, ["192.0.2.0/24"])
    equal(removed.addresses, ["198.51.100.0/24", "2001:db8::/64"], "remove_addresses_from_address_group")
    refused(exceptions.BadRequestException, lambda: alpha.network.add_addresses_to_address_group(group, ["198.51.100.0/24"]), "adding an address the group has", status=400)
    refused(exceptions.ResourceNotFound, lambda: alpha.network.remove_addresses_from_address_group(group, ["203.0.113.0/24"]), "removing an address it has not", status=404)
    refused(exceptions.BadRequestException, lambda: alpha.network.create_address_group(name="sdk-bad", addresses=["192.0.2.0/33"]), "a bad CIDR", status=400)
    equal(alpha.network.update_address_group(group, name="sdk-hq").name, "sdk-hq", "update_address_group(name=)")
    equal([found.id for found in alpha.network.address_groups(name="sdk-hq")], [group.id], "address_groups(name=)")
    equal(alpha.network.get_address_group(group.id).addresses, ["198.51.100.0/24", "2001:db8::/64"], "get_address_group")
    equal(beta.network.find_address_group(group.id), None, "another project does not find the address group")
    if "security-groups-remote-address-group" in extensions:
        sg = alpha.network.create_security_group(name="sdk-ag-sg")
        rule = alpha.network.create_security_group_rule(security_group_id=sg.id, direction="ingress", protocol="tcp", port_range_min=443, port_range_max=443, remote_address_group_id=group.id)
        equal((rule.remote_address_group_id, rule.remote_ip_prefix), (group.id, None), "create_security_group_rule(remote_address_group_id=)")
        equal([found.id for found in alpha.network.security_group_rules(remote_address_group_id=group.id)], [rule.id], "security_group_rules(remote_address_group_id=)")
        refused(exceptions.BadRequestException, lambda: alpha.network.create_security_group_rule(security_group_id=sg.id, direction="ingress", remote_ip_prefix="10.0.0.0/8", remote_address_group_id=group.id), "remote_ip_prefix with remote_address_group_id", status=400)
        refused(exceptions.ConflictException, lambda: alpha.network.delete_address_group(group), "deleting an address group a rule names", status=409)
        alpha.network.delete_security_group_rule(rule)
        alpha.network.delete_security_group(sg)
    alpha.network.delete_address_group(group)
    equal(alpha.network.find_address_group(group.id), None, "delete_address_group")
def security_group_rule_attributes():
    """normalized_cidr and belongs_to_default_sg: this SDK (0.101) declares neither on its rule
    resource, so they are read through the SDK's own session, as a script on it would."""
    group = alpha.network.create_security_group(name="sdk-cidr")
    rule = alpha.network.create_security_group_rule(security_group_id=group.id, direction="ingress", ether_type="IPv4", remote_ip_prefix="10.0.0.5/24")
    equal(rule.remote_ip_prefix, "10.0.0.5/24", "create_security_group_rule keeps remote_ip_prefix as sent")
    shown = alpha.network.get(f"/security-group-rules/{rule.id}").json()["security_group_rule"]
    equal((shown.get("normalized_cidr"), shown.get("belongs_to_default_sg")), ("10.0.0.0/24", False), "GET /security-group-rules/<id>: normalized_cidr, belongs_to_default_sg")
    by_cidr = alpha.network.get("/security-group-rules", params={"normalized_cidr": "10.0.0.0/24"}).json()["security_group_rules"]
    equal([found["id"] for found in by_cidr], [rule.id], "GET /security-group-rules?normalized_cidr=")
    default = [found.id for found in alpha.network.security_groups() if found.name == "default"]
    in_default = alpha.network.get("/security-group-rules", params={"belongs_to_default_sg": "true"}).json()["security_group_rules"]
    equal({found["security_group_id"] for found in in_default}, set(default), "GET /security-group-rules?belongs_to_default_sg=true")
    sent = alpha.network.post("/security-group-rules", json={"security_group_rule": {"security_group_id": group.id, "direction": "egress", "normalized_cidr": "10.0.0.0/8"}}, raise_exc=False)
    equal((sent.status_code, "normalized_cidr" in sent.text), (400, True), "a create sending normalized_cidr is a 400 naming it")
    alpha.network.delete_security_group(group)


def security_group_rbac():
    group = alpha.network.create_security_group(name="sdk-lent")
    equal(beta.network.find_security_group(group.id), None, "an unshared group is not found by another project")
    policy = alpha.network.create_rbac_policy(object_type="security_group", object_id=group.id, action="access_as_shared", target_project_id="beta-project")
    equal((policy.object_type, policy.object_id, policy.target_project_id), ("security_group", group.id, "beta-project"), "create_rbac_policy(object_type='security_group')")
    equal(alpha.network.get_rbac_policy(policy.id).object_id, group.id, "get_rbac_policy")
    expect(policy.id in {found.id for found in alpha.network.rbac_policies(object_type="security_group")}, "rbac_policies(object_type='security_group')")
    refused(exceptions.ConflictException, lambda: alpha.network.create_rbac_policy(object_type="security_group", object_id=group.id, action="access_as_shared", target_project_id="beta-project"), "the same policy twice", status=409)
    equal(beta.network.get_security_group(group.id).name, "sdk-lent", "the target project gets a shared group")
    equal(beta.network.get(f"/security-groups/{group.id}").json()["security_group"]["shared"], True, "shared is true for the target project")
    refused(exceptions.HttpException, lambda: beta.network.update_security_group(group.id, name="taken-over"), "the target updating a shared group", status=403)
    network = beta.network.create_network(name="sdk-rbac-net")
    port = beta.network.create_port(network_id=network.id, security_group_ids=[group.id])
    equal(port.security_group_ids, [group.id], "create_port with a group shared with the project")
    refused(exceptions.ConflictException, lambda: alpha.network.delete_rbac_policy(policy), "deleting a policy the target's ports depend on", status=409)
    beta.network.delete_port(port)
    alpha.network.delete_rbac_policy(policy)
    equal(beta.network.find_security_group(group.id), None, "the group is gone for the target once unshared")
    beta.network.delete_network(network)
    alpha.network.delete_security_group(group)


def network_port_security():
    network = alpha.create_network("sdk-psec-net", port_security_enabled=False)
    equal(network.is_port_security_enabled, False, "create_network(port_security_enabled=False)")
    equal(alpha.network.get_network(network.id).is_port_security_enabled, False, "get_network shows port_security_enabled")
    port = alpha.network.create_port(network_id=network.id)
    equal((port.is_port_security_enabled, port.security_group_ids), (False, []), "create_port on it: the network's port security, no group")
    updated = alpha.update_network(network.id, port_security_enabled=True)
    equal(updated.is_port_security_enabled, True, "update_network(port_security_enabled=True)")
    equal(alpha.network.get_port(port.id).is_port_security_enabled, False, "update_network: the network's ports keep theirs")
    alpha.network.delete_port(port)
    alpha.network.delete_network(network)


step("networks", networks)
if "standard-attr-tag" in extensions:
    step("tags (standard-attr-tag)", tags)
step("shared and external networks", shared_networks)
step("subnets, ports, routers", subnets_ports_routers)
step("IPv6 dhcpv6-stateless addresses", ipv6_auto_address)
step("bulk create (create_ports)", bulk_create_ports)
if "quotas" in extensions:
    step("quotas", quotas)
if "pagination" in extensions:
    step("pagination", pagination)
if "fwaas_v2" in extensions:
    step("FWaaS v2", firewall)
if "security-group" in extensions:
    step("security groups and rules", security_groups)
    if "standard-attr-tag" in extensions:
        step("security groups: tags (standard-attr-tag)", security_group_tags)
    step("ports: security groups and port security", port_security_groups)
    if "address-group" in extensions:
        step("address groups and rules with remote_address_group_id", address_groups)
    if "security-groups-normalized-cidr" in extensions and "security-groups-rules-belongs-to-default-sg" in extensions:
        step("security group rules: normalized_cidr and belongs_to_default_sg", security_group_rule_attributes)
    if "rbac-security-groups" in extensions:
        step("security groups: RBAC sharing", security_group_rbac)
    if "port-security" in extensions:
        step("networks: port security, the default of their new ports", network_port_security)
    if "quotas" in extensions:
        step("quotas of security groups and rules", security_group_quotas)
report.finish()
