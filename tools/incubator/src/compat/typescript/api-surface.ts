import {
  ApiDeclaredItem,
  type ApiItem,
  ApiItemKind,
  ApiOptionalMixin,
  ApiParameterListMixin,
  type ApiPackage,
  ApiReleaseTagMixin,
  ApiReturnTypeMixin,
  ApiTypeParameterListMixin,
  ReleaseTag,
} from '@microsoft/api-extractor-model';

/** One parameter as compatibility sees it: its name does not matter to callers, its type does. */
export interface ParameterShape {
  type: string;
  optional: boolean;
}

/** An export or a member of one, reduced to what the compatibility rules compare. */
export interface ApiElement {
  /** Exactly as findings name it: `export listCollection`, `interface ServiceContext.member logger`. */
  element: string;
  kind: string;
  /** `@public`, `@beta`, `@alpha`, `@internal`, or '' when untagged; members inherit their export's. */
  releaseTag: string;
  /** The declaration's text with whitespace collapsed. */
  signature: string;
  /** The name of the export it belongs to, for members. */
  parent?: string;
  optional: boolean;
  /** For functions, methods and constructors. */
  parameters?: ParameterShape[];
  returnType?: string;
  typeParameters?: string;
  /** Canonical references of the types its parameters mention (to find interfaces users pass in). */
  parameterTypeReferences: string[];
  /** Canonical references its property type mentions (members only). */
  propertyTypeReferences: string[];
  canonicalReference: string;
}

const CONTAINER_KINDS = new Set<string>([ApiItemKind.Interface, ApiItemKind.Class, ApiItemKind.Enum, ApiItemKind.Namespace]);

/** Every export of the package's (single) entry point, followed by the members of its containers. */
export function readApiSurface(apiPackage: ApiPackage): ApiElement[] {
  const elements: ApiElement[] = [];
  for (const entryPoint of apiPackage.entryPoints) {
    for (const item of entryPoint.members) {
      const exported = describe(item, `export ${nameOf(item)}`, releaseTagOf(item));
      elements.push(exported);
      if (!CONTAINER_KINDS.has(item.kind)) continue;
      const prefix = `${item.kind.toLowerCase()} ${item.displayName}.member`;
      for (const member of item.members) {
        elements.push({ ...describe(member, `${prefix} ${nameOf(member)}`, exported.releaseTag), parent: item.displayName });
      }
    }
  }
  return elements;
}

/** Overloads and static members are distinct elements; the suffix keeps their names unique. */
function nameOf(item: ApiItem): string {
  const isStatic = (item as { isStatic?: boolean }).isStatic ? 'static ' : '';
  const name = item.kind === ApiItemKind.Constructor || item.kind === ApiItemKind.ConstructSignature ? 'constructor' : item.displayName;
  const overload = ApiParameterListMixin.isBaseClassOf(item) && item.overloadIndex > 1 ? ` (overload ${item.overloadIndex})` : '';
  return `${isStatic}${name}${overload}`;
}

function releaseTagOf(item: ApiItem): string {
  if (!ApiReleaseTagMixin.isBaseClassOf(item) || item.releaseTag === ReleaseTag.None) return '';
  return ReleaseTag.getTagName(item.releaseTag);
}

function describe(item: ApiItem, element: string, releaseTag: string): ApiElement {
  const described: ApiElement = {
    element,
    kind: item.kind,
    releaseTag,
    signature: item instanceof ApiDeclaredItem ? collapse(item.excerpt.text) : '',
    optional: ApiOptionalMixin.isBaseClassOf(item) && item.isOptional,
    parameterTypeReferences: [],
    propertyTypeReferences: [],
    canonicalReference: item.canonicalReference.toString(),
  };
  if (ApiParameterListMixin.isBaseClassOf(item)) {
    described.parameters = item.parameters.map((parameter) => ({
      type: collapse(parameter.parameterTypeExcerpt.text),
      optional: parameter.isOptional,
    }));
    described.parameterTypeReferences = item.parameters.flatMap((parameter) => referencesIn(parameter.parameterTypeExcerpt.spannedTokens));
  }
  if (ApiReturnTypeMixin.isBaseClassOf(item)) described.returnType = collapse(item.returnTypeExcerpt.text);
  if (ApiTypeParameterListMixin.isBaseClassOf(item)) {
    described.typeParameters = item.typeParameters.map((parameter) => collapse(parameter.name + ' ' + parameter.constraintExcerpt.text + ' ' + parameter.defaultTypeExcerpt.text)).join(', ');
  }
  const propertyType = (item as { propertyTypeExcerpt?: { spannedTokens: readonly ExcerptTokenLike[] } }).propertyTypeExcerpt;
  if (propertyType) described.propertyTypeReferences = referencesIn(propertyType.spannedTokens);
  return described;
}

interface ExcerptTokenLike {
  canonicalReference?: { toString(): string };
}

function referencesIn(tokens: readonly ExcerptTokenLike[]): string[] {
  return tokens.flatMap((token) => (token.canonicalReference ? [token.canonicalReference.toString()] : []));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
