import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxFields: number;
}

interface Tally {
  depth: number;
  aliases: number;
  fields: number;
}

/**
 * Refuses operations that are too deep, use too many aliases, or select too many fields (a cost
 * bound: fragments are expanded, so a fragment spread many times costs many times). Introspection
 * fields (`__schema`, `__type`, …) are not counted, so GraphiQL and the admin's introspection work.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node: OperationDefinitionNode) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const def of context.getDocument().definitions) {
        if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
      }
      const tally: Tally = { depth: 0, aliases: 0, fields: 0 };
      walk(node.selectionSet, 1, tally, fragments, new Set(), limits);
      const name = node.name?.value ?? 'anonymous';
      if (tally.depth > limits.maxDepth) {
        context.reportError(
          new GraphQLError(`Operation ${name} is deeper than ${limits.maxDepth} levels, the limit. Split it into smaller queries.`, {
            nodes: [node],
          }),
        );
      }
      if (tally.aliases > limits.maxAliases) {
        context.reportError(
          new GraphQLError(`Operation ${name} uses more than ${limits.maxAliases} aliases, the limit.`, { nodes: [node] }),
        );
      }
      if (tally.fields > limits.maxFields) {
        context.reportError(
          new GraphQLError(`Operation ${name} selects more than ${limits.maxFields} fields, the limit. Ask for fewer fields.`, {
            nodes: [node],
          }),
        );
      }
    },
  });
}

function walk(
  set: SelectionSetNode,
  depth: number,
  tally: Tally,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
  limits: QueryLimits,
): void {
  // Stop early (fragments can multiply a document exponentially): past a limit the answer is "refuse".
  if (tally.depth > limits.maxDepth || tally.fields > limits.maxFields) return;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      tally.fields += 1;
      if (sel.alias) tally.aliases += 1;
      tally.depth = Math.max(tally.depth, depth);
      if (sel.selectionSet) walk(sel.selectionSet, depth + 1, tally, fragments, visiting, limits);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      walk(sel.selectionSet, depth, tally, fragments, visiting, limits);
    } else {
      const frag = fragments.get(sel.name.value);
      // Unknown or cyclic fragments are reported by graphql's own rules.
      if (!frag || visiting.has(frag.name.value)) continue;
      visiting.add(frag.name.value);
      walk(frag.selectionSet, depth, tally, fragments, visiting, limits);
      visiting.delete(frag.name.value);
    }
  }
}
