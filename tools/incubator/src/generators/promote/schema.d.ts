/** Options of `nx g @switchyard/incubator:promote`, as declared in schema.json. */
export interface PromoteGeneratorSchema {
  /** Folder name of the preview package under packages/preview (the package is @switchyard/<name>). */
  name: string;
}
