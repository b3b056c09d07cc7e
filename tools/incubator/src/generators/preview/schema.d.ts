/** Options of `nx g @switchyard/incubator:preview`; kept in step with schema.json by schema.spec.ts. */
export interface PreviewGeneratorSchema {
  /** Service name: 3-40 lower-case letters, digits and dashes, starting with a letter. */
  name: string;
  /** Reference of the approved blueprint (blueprints/<ref>.md with status: approved). */
  blueprint: string;
  /** One sentence describing the service. */
  description?: string;
}
