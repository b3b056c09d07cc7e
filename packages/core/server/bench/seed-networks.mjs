// The data set: networks created through Switchyard's own API, so the database holds exactly
// what Switchyard writes, and the bare app reads the same rows.

const BATCH = 50;

export async function seedNetworks(url, count) {
  for (let start = 0; start < count; start += BATCH) {
    const size = Math.min(BATCH, count - start);
    await Promise.all(Array.from({ length: size }, (_, offset) => createNetwork(url, start + offset)));
  }
}

async function createNetwork(url, index) {
  const response = await fetch(`${url}/v2.0/networks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ network: { name: `net-${String(index).padStart(4, '0')}` } }),
  });
  if (response.status !== 201) {
    throw new Error(`seeding failed: POST /v2.0/networks answered HTTP ${response.status}: ${await response.text()}`);
  }
}
