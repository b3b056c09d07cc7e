/** Options of `nx g @switchyard/incubator:renew`; kept in step with schema.json by schema.spec.ts. */
export interface RenewGeneratorSchema {
  /** Service name (firewall) or package name (@switchyard/firewall) of the preview. */
  name: string;
  /** Reference of a new approved blueprint. */
  blueprint: string;
}
