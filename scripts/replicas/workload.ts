import { Client, type Exchange, succeeded } from './client.js';

/** What the workload was told was done: the checks expect each of these to hold at the end. */
export interface Acknowledged {
  /** `GET <path>` must answer 200. */
  present: Set<string>;
  /** `GET <path>` must answer 404. */
  deleted: Set<string>;
  /** Firewall group path -> the port it was acknowledged bound to. */
  bindings: Map<string, string>;
}

export interface WorkloadOptions {
  url: string;
  workers: number;
  /** The shared network whose one subnet every worker races for addresses on. */
  raceNetworkId: string;
  /** The firewall's path prefix when the firewall plugin is installed (`/v2.0/fwaas`). */
  firewallPath?: string;
}

/**
 * A bounded mix of what clients do, run by `workers` concurrent loops until `stop()`: networks,
 * subnets, routers with interfaces, firewall bindings on those interfaces, ports racing for
 * addresses on one shared subnet, lists, and deletes of half of it all. A step that fails ends
 * its iteration (what it made stays, unacknowledged).
 */
export class Workload {
  readonly client: Client;
  readonly acknowledged: Acknowledged = { present: new Set(), deleted: new Set(), bindings: new Map() };
  #running = false;
  #loops: Promise<void>[] = [];

  constructor(private readonly options: WorkloadOptions) {
    this.client = new Client(options.url, 'replicas');
  }

  get #failures(): number {
    return this.client.exchanges.filter((exchange) => !succeeded(exchange)).length;
  }

  get exchanges(): Exchange[] {
    return this.client.exchanges;
  }

  start(): void {
    this.#running = true;
    this.#loops = Array.from({ length: this.options.workers }, (_, worker) => this.#loop(worker));
  }

  async stop(): Promise<void> {
    this.#running = false;
    await Promise.all(this.#loops);
  }

  async #loop(worker: number): Promise<void> {
    for (let iteration = 0; this.#running; iteration++) await this.#iteration(worker, iteration);
  }

  async #iteration(worker: number, iteration: number): Promise<void> {
    const name = `w${worker}-${iteration}`;
    const failedBefore = this.#failures;
    const network = await this.#create('/v2.0/networks', 'network', { name });
    const subnet = network && (await this.#create('/v2.0/subnets', 'subnet', { network_id: network, cidr: '10.1.0.0/28', ip_version: 4 }));
    const racer = await this.#create('/v2.0/ports', 'port', { network_id: this.options.raceNetworkId, name: `race-${name}` });
    await this.client.send('GET', `/v2.0/ports?network_id=${this.options.raceNetworkId}`);
    const router = subnet && (await this.#create('/v2.0/routers', 'router', { name }));
    const iface = router && (await this.#addInterface(router, subnet));
    const group = iface && this.options.firewallPath ? await this.#bind(name, iface) : undefined;
    await this.client.send('GET', '/v2.0/networks?fields=id');
    // After a failure (this worker's or, conservatively, another's) its effect is unknown: an
    // interface may exist unacknowledged, so the deletes would meet a 409. Keep it all.
    if (iteration % 2 === 1 || this.#failures > failedBefore) return;
    // Half of it goes again, in the order a client must follow.
    if (racer) await this.#delete(`/v2.0/ports/${racer}`);
    if (group && !(await this.#unbindAndDelete(group))) return;
    if (router && iface && !(await this.#removeInterface(router, subnet as string, iface))) return;
    if (router && !(await this.#delete(`/v2.0/routers/${router}`))) return;
    if (subnet && !(await this.#delete(`/v2.0/subnets/${subnet}`))) return;
    if (network) await this.#delete(`/v2.0/networks/${network}`);
  }

  async #create(collection: string, resource: string, attributes: Record<string, unknown>): Promise<string | undefined> {
    const answer = await this.client.send('POST', collection, { [resource]: attributes });
    if (!succeeded(answer)) return undefined;
    const id = answer.body[resource].id as string;
    this.acknowledged.present.add(`${collection}/${id}`);
    return id;
  }

  /** A change that got no acknowledgement may or may not have happened: nothing is expected of its target. */
  #uncertain(path: string): false {
    this.acknowledged.present.delete(path);
    this.acknowledged.bindings.delete(path);
    return false;
  }

  async #delete(path: string): Promise<boolean> {
    const answer = await this.client.send('DELETE', path);
    if (!succeeded(answer)) return this.#uncertain(path);
    this.acknowledged.present.delete(path);
    this.acknowledged.deleted.add(path);
    return true;
  }

  async #addInterface(router: string, subnet: string): Promise<string | undefined> {
    const answer = await this.client.send('PUT', `/v2.0/routers/${router}/add_router_interface`, { subnet_id: subnet });
    if (!succeeded(answer)) return undefined;
    const port = answer.body.port_id as string;
    this.acknowledged.present.add(`/v2.0/ports/${port}`);
    return port;
  }

  async #removeInterface(router: string, subnet: string, port: string): Promise<boolean> {
    const answer = await this.client.send('PUT', `/v2.0/routers/${router}/remove_router_interface`, { subnet_id: subnet });
    if (!succeeded(answer)) return this.#uncertain(`/v2.0/ports/${port}`);
    this.acknowledged.present.delete(`/v2.0/ports/${port}`);
    this.acknowledged.deleted.add(`/v2.0/ports/${port}`);
    return true;
  }

  async #bind(name: string, port: string): Promise<string | undefined> {
    const path = `${this.options.firewallPath}/firewall_groups`;
    const answer = await this.client.send('POST', path, { firewall_group: { name, ports: [port] } });
    if (!succeeded(answer)) return undefined;
    const group = `${path}/${answer.body.firewall_group.id as string}`;
    this.acknowledged.present.add(group);
    this.acknowledged.bindings.set(group, port);
    return group;
  }

  async #unbindAndDelete(group: string): Promise<boolean> {
    const unbound = await this.client.send('PUT', group, { firewall_group: { ports: [] } });
    if (!succeeded(unbound)) return this.#uncertain(group);
    this.acknowledged.bindings.delete(group);
    return this.#delete(group);
  }
}
