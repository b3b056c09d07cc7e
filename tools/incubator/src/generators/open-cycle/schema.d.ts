/** Options of `nx g @switchyard/incubator:open-cycle`; kept in step with schema.json by schema.spec.ts. */
export interface OpenCycleGeneratorSchema {
  /** The cycle expected to open: the current cycle plus one. */
  cycle?: number;
}
