import { Type, attribute } from '@switchyard/sdk';

/** `tags` as every core resource shows it (standard-attr-tag); set through the tags API (tags/routes.ts). */
export const tagsAttribute = attribute(Type.Array(Type.String(), { description: 'Tags, set with PUT <resource>/{id}/tags[/{tag}].' }), { column: false });

/** Neutron's tag filters; each takes comma-separated tags (and may be repeated). */
export const TAG_FILTERS = {
  tags: 'Only resources with every one of these tags (comma-separated).',
  'tags-any': 'Only resources with at least one of these tags (comma-separated).',
  'not-tags': 'Leaves out resources with every one of these tags (comma-separated).',
  'not-tags-any': 'Leaves out resources with any of these tags (comma-separated).',
} as const;
