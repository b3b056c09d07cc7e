import { Type } from '@sinclair/typebox';
import { attribute } from '../attributes.js';

/**
 * `tags` as a tagged resource shows it (Neutron's standard-attr-tag): no column of its own, set
 * through the tag routes (`registerTags`), shown by the service's `present` (`loadTags`).
 *
 * @public
 */
export const tagsAttribute = attribute(Type.Array(Type.String(), { description: 'Tags, set with PUT <resource>/{id}/tags[/{tag}].' }), { column: false });

/**
 * Neutron's tag filters, for a resource declaration's `queryFilters`; each takes comma-separated
 * tags (and may be repeated). `tagQueryFilters` gives their SQL.
 *
 * @public
 */
export const TAG_FILTERS = {
  tags: 'Only resources with every one of these tags (comma-separated).',
  'tags-any': 'Only resources with at least one of these tags (comma-separated).',
  'not-tags': 'Leaves out resources with every one of these tags (comma-separated).',
  'not-tags-any': 'Leaves out resources with any of these tags (comma-separated).',
} as const;
