import {
  type KyselyPlugin,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely';

/**
 * Booleans are stored as 0/1 integers so one schema works on SQLite (whose driver cannot bind
 * booleans) and Postgres. This is the one place that converts: every boolean parameter of a
 * query, including filters built by the SDK's `listCollection`, becomes 1 or 0.
 */
export class IntegerBooleansPlugin implements KyselyPlugin {
  readonly #transformer = new BooleanParameterTransformer();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

class BooleanParameterTransformer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return typeof node.value === 'boolean' ? { ...node, value: toInteger(node.value) } : node;
  }

  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    if (!node.values.some((value) => typeof value === 'boolean')) return node;
    return { ...node, values: node.values.map((value) => (typeof value === 'boolean' ? toInteger(value) : value)) };
  }
}

function toInteger(value: boolean): number {
  return value ? 1 : 0;
}

/** Reads a stored flag back as the API's boolean. */
export function isSet(flag: number | boolean): boolean {
  return flag === 1 || flag === true;
}
