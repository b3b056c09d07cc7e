/**
 * One difference between a package's last released API and its current one, on either surface.
 * The TypeScript diff (API Extractor reports) and the HTTP diff (OpenAPI documents) both produce
 * these; the compatibility rule decides what a breaking one costs (an error for a stable package
 * without a pending major changeset, information for a preview).
 */
export interface ApiChange {
  surface: 'typescript' | 'http';
  /** The exact element, as a person would search for it: `export createNetwork`, `GET /v2.0/networks 200 response networks[].mtu`. */
  element: string;
  /** What happened to it, in a few words: "removed", "type changed from string to number", "became required". */
  change: string;
  breaking: boolean;
}
