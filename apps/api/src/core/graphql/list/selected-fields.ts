import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields a resolver's result is asked for, through fragments too, and one level
 * below as `parent.child` (`client.name`: what a relation read with a page needs). A superset
 * (`@skip`/`@include` are ignored): it decides which columns to read, so more is only slower.
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, prefix: string) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        names.add(prefix + s.name.value);
        if (!prefix && s.selectionSet) visit(s.selectionSet, `${s.name.value}.`);
      } else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet, prefix);
      else visit(info.fragments[s.name.value]?.selectionSet, prefix);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, '');
  return names;
}

/**
 * Whether the operation also asks `name` at its root (directly, not through a fragment or under a
 * directive, which may skip it): the list and its count then read together.
 */
export function selectsRootField(info: GraphQLResolveInfo, name: string): boolean {
  return info.operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === name && !s.directives?.length);
}
