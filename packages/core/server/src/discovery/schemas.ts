/** Response schemas of the discovery documents: the public shape, visible in review. */
const link = {
  type: 'object',
  properties: { href: { type: 'string' }, rel: { type: 'string' } },
  required: ['href', 'rel'],
} as const;

const stability = { type: 'string', enum: ['stable', 'preview'] } as const;

export const versionsResponse = {
  type: 'object',
  properties: {
    versions: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, status: { type: 'string' }, links: { type: 'array', items: link } },
      },
    },
  },
} as const;

export const resourcesResponse = {
  type: 'object',
  properties: {
    resources: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, collection: { type: 'string' }, links: { type: 'array', items: link }, stability },
      },
    },
  },
} as const;

const extension = {
  type: 'object',
  properties: {
    alias: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    updated: { type: 'string' },
    links: { type: 'array', items: link },
    stability,
  },
} as const;

export const extensionsResponse = {
  type: 'object',
  properties: { extensions: { type: 'array', items: extension } },
} as const;

export const extensionResponse = {
  type: 'object',
  properties: { extension },
} as const;

export const extensionParams = {
  type: 'object',
  properties: { alias: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,100}$' } },
  required: ['alias'],
  additionalProperties: false,
} as const;
