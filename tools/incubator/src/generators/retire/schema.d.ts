/** Options of `nx g @switchyard/incubator:retire`; kept in step with schema.json by schema.spec.ts. */
export interface RetireGeneratorSchema {
  /** Service name (dns) or package name (@switchyard/dns) of the preview. */
  name: string;
  /** Why it is retired. */
  reason?: string;
}
