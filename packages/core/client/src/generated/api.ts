// Generated from ../server/api/openapi.json by the client-types target: do not edit.
// Regenerate with `npx nx run @switchyard/client:client-types:update`.

/** @public */
export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            versions?: {
                                id?: string;
                                links?: {
                                    href: string;
                                    rel: string;
                                }[];
                                status?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find projects by name (the Keystone v3 lookup clients make before a quota command) */
        get: {
            parameters: {
                query?: {
                    /** The project name, which is its id here. Without it: the caller’s own project, and for an admin every project with quotas of its own. */
                    name?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            projects: {
                                description: string;
                                domain_id: "default";
                                enabled: true;
                                id: string;
                                is_domain: false;
                                /** The project id: Switchyard keeps no project names. */
                                name: string;
                                parent_id: "default";
                            }[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a project (the Keystone v3 lookup clients make before a quota command) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            project: {
                                description: string;
                                domain_id: "default";
                                enabled: true;
                                id: string;
                                is_domain: false;
                                /** The project id: Switchyard keeps no project names. */
                                name: string;
                                parent_id: "default";
                            };
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the resources of API v2.0 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            resources?: {
                                collection?: string;
                                links?: {
                                    href: string;
                                    rel: string;
                                }[];
                                name?: string;
                                stability?: "stable" | "preview";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the resources of API v2.0 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            resources?: {
                                collection?: string;
                                links?: {
                                    href: string;
                                    rel: string;
                                }[];
                                name?: string;
                                stability?: "stable" | "preview";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List extensions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            extensions?: {
                                alias?: string;
                                description?: string;
                                links?: {
                                    href: string;
                                    rel: string;
                                }[];
                                name?: string;
                                stability?: "stable" | "preview";
                                updated?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/extensions/{alias}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show an extension */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    alias: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            extension?: {
                                alias?: string;
                                description?: string;
                                links?: {
                                    href: string;
                                    rel: string;
                                }[];
                                name?: string;
                                stability?: "stable" | "preview";
                                updated?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List networks */
        get: {
            parameters: {
                query?: {
                    /** Return only these attributes; repeat for several. */
                    fields?: string[];
                    /** Sort by these attributes, in order. */
                    sort_key?: string[];
                    /** One direction per sort_key. */
                    sort_dir?: ("asc" | "desc")[];
                    /** Page size; 0 means no limit. */
                    limit?: number;
                    /** Id of the last resource of the previous page. */
                    marker?: string;
                    /** True to page backwards from the marker. */
                    page_reverse?: string;
                    /** Only resources with every one of these tags (comma-separated). */
                    tags?: string[];
                    /** Only resources with at least one of these tags (comma-separated). */
                    "tags-any"?: string[];
                    /** Leaves out resources with every one of these tags (comma-separated). */
                    "not-tags"?: string[];
                    /** Leaves out resources with any of these tags (comma-separated). */
                    "not-tags-any"?: string[];
                    /** Only networks whose id is one of these (string). */
                    id?: string[];
                    /** Only networks whose name is one of these (string). */
                    name?: string[];
                    /** Only networks whose description is one of these (string). */
                    description?: string[];
                    /** Only networks whose project_id is one of these (string). */
                    project_id?: string[];
                    /** Only networks whose tenant_id is one of these (string). */
                    tenant_id?: string[];
                    /** Only networks whose admin_state_up is one of these (boolean). */
                    admin_state_up?: string[];
                    /** Only networks whose status is one of these (string). */
                    status?: string[];
                    /** Only networks whose shared is one of these (boolean). */
                    shared?: string[];
                    /** Only networks whose router:external is one of these (boolean). */
                    "router:external"?: string[];
                    /** Only networks whose mtu is one of these (integer). */
                    mtu?: string[];
                    /** Only networks whose revision_number is one of these (integer). */
                    revision_number?: string[];
                    /** Only networks whose created_at is one of these (string). */
                    created_at?: string[];
                    /** Only networks whose updated_at is one of these (string). */
                    updated_at?: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            networks?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                mtu?: number;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** Whether the network is external (routers reach outside through it); only admins set it. */
                                "router:external"?: boolean;
                                /** Whether every project may see the network and create ports on it; only admins set it. */
                                shared?: boolean;
                                status?: "ACTIVE" | "DOWN" | "BUILD" | "ERROR";
                                /** Ids of the subnets on this network. */
                                subnets?: string[];
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            }[];
                            networks_links?: {
                                href?: string;
                                rel?: "next" | "previous";
                            }[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a network */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        network?: {
                            /** The administrative state (up is true). */
                            admin_state_up?: boolean;
                            /** A human-readable description. */
                            description?: string;
                            /** The MTU (net-mtu-writable): an integer from 68 to 9216, or its digits. */
                            mtu?: unknown;
                            /** A human-readable name. */
                            name?: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** Whether the network is external (routers reach outside through it); only admins set it. */
                            "router:external"?: boolean;
                            /** Whether every project may see the network and create ports on it; only admins set it. */
                            shared?: boolean;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        };
                        /** Bulk create: every network in the list is created, or none is. */
                        networks?: {
                            /** The administrative state (up is true). */
                            admin_state_up?: boolean;
                            /** A human-readable description. */
                            description?: string;
                            /** The MTU (net-mtu-writable): an integer from 68 to 9216, or its digits. */
                            mtu?: unknown;
                            /** A human-readable name. */
                            name?: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** Whether the network is external (routers reach outside through it); only admins set it. */
                            "router:external"?: boolean;
                            /** Whether every project may see the network and create ports on it; only admins set it. */
                            shared?: boolean;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            network?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                mtu?: number;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** Whether the network is external (routers reach outside through it); only admins set it. */
                                "router:external"?: boolean;
                                /** Whether every project may see the network and create ports on it; only admins set it. */
                                shared?: boolean;
                                status?: "ACTIVE" | "DOWN" | "BUILD" | "ERROR";
                                /** Ids of the subnets on this network. */
                                subnets?: string[];
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                            networks?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                mtu?: number;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** Whether the network is external (routers reach outside through it); only admins set it. */
                                "router:external"?: boolean;
                                /** Whether every project may see the network and create ports on it; only admins set it. */
                                shared?: boolean;
                                status?: "ACTIVE" | "DOWN" | "BUILD" | "ERROR";
                                /** Ids of the subnets on this network. */
                                subnets?: string[];
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            }[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/networks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a network */
        get: {
            parameters: {
                query?: {
                    /** Return only these attributes; repeat for several. */
                    fields?: string[];
                };
                header?: never;
                path: {
                    /** The resource id (a UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            network?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                mtu?: number;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** Whether the network is external (routers reach outside through it); only admins set it. */
                                "router:external"?: boolean;
                                /** Whether every project may see the network and create ports on it; only admins set it. */
                                shared?: boolean;
                                status?: "ACTIVE" | "DOWN" | "BUILD" | "ERROR";
                                /** Ids of the subnets on this network. */
                                subnets?: string[];
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        /** Update a network */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** The resource id (a UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        network: {
                            /** The administrative state (up is true). */
                            admin_state_up?: boolean;
                            /** Read-only after creation; sending it gives 400. */
                            created_at?: unknown;
                            /** A human-readable description. */
                            description?: string;
                            /** Read-only after creation; sending it gives 400. */
                            id?: unknown;
                            /** The MTU (net-mtu-writable): an integer from 68 to 9216, or its digits. */
                            mtu?: unknown;
                            /** A human-readable name. */
                            name?: string;
                            /** Read-only after creation; sending it gives 400. */
                            project_id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            revision_number?: unknown;
                            /** Whether the network is external (routers reach outside through it); only admins set it. */
                            "router:external"?: boolean;
                            /** Whether every project may see the network and create ports on it; only admins set it. */
                            shared?: boolean;
                            /** Read-only after creation; sending it gives 400. */
                            status?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            subnets?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            tags?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            tenant_id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            updated_at?: unknown;
                        };
                    };
                };
            };
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            network?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                mtu?: number;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** Whether the network is external (routers reach outside through it); only admins set it. */
                                "router:external"?: boolean;
                                /** Whether every project may see the network and create ports on it; only admins set it. */
                                shared?: boolean;
                                status?: "ACTIVE" | "DOWN" | "BUILD" | "ERROR";
                                /** Ids of the subnets on this network. */
                                subnets?: string[];
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a network and its subnets */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** The resource id (a UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/networks/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tags of a network */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tags: string[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        /** Replace the tags of a network */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tags: string[];
                    };
                };
            };
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tags: string[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove every tag of a network */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/networks/{id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a tag of a network */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        /** Add a tag to a network */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a tag of a network */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OpenAPI document of this server, with every enabled plugin */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/ports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List ports */
        get: {
            parameters: {
                query?: {
                    /** Return only these attributes; repeat for several. */
                    fields?: string[];
                    /** Sort by these attributes, in order. */
                    sort_key?: string[];
                    /** One direction per sort_key. */
                    sort_dir?: ("asc" | "desc")[];
                    /** Page size; 0 means no limit. */
                    limit?: number;
                    /** Id of the last resource of the previous page. */
                    marker?: string;
                    /** True to page backwards from the marker. */
                    page_reverse?: string;
                    /** Only resources with every one of these tags (comma-separated). */
                    tags?: string[];
                    /** Only resources with at least one of these tags (comma-separated). */
                    "tags-any"?: string[];
                    /** Leaves out resources with every one of these tags (comma-separated). */
                    "not-tags"?: string[];
                    /** Leaves out resources with any of these tags (comma-separated). */
                    "not-tags-any"?: string[];
                    /** Only ports with a fixed IP matching every one of these: ip_address=<address>, subnet_id=<id>, ip_address_substr=<text> (Neutron's fixed_ips filter). */
                    fixed_ips?: string[];
                    /** Only ports whose id is one of these (string). */
                    id?: string[];
                    /** Only ports whose name is one of these (string). */
                    name?: string[];
                    /** Only ports whose description is one of these (string). */
                    description?: string[];
                    /** Only ports whose project_id is one of these (string). */
                    project_id?: string[];
                    /** Only ports whose tenant_id is one of these (string). */
                    tenant_id?: string[];
                    /** Only ports whose network_id is one of these (string). */
                    network_id?: string[];
                    /** Only ports whose mac_address is one of these (string). */
                    mac_address?: string[];
                    /** Only ports whose admin_state_up is one of these (boolean). */
                    admin_state_up?: string[];
                    /** Only ports whose status is one of these (string). */
                    status?: string[];
                    /** Only ports whose device_id is one of these (string). */
                    device_id?: string[];
                    /** Only ports whose device_owner is one of these (string). */
                    device_owner?: string[];
                    /** Only ports whose revision_number is one of these (integer). */
                    revision_number?: string[];
                    /** Only ports whose created_at is one of these (string). */
                    created_at?: string[];
                    /** Only ports whose updated_at is one of these (string). */
                    updated_at?: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ports?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The device using the port (a server or router id). */
                                device_id?: string;
                                /** The kind of device, e.g. compute:nova or network:router_interface. */
                                device_owner?: string;
                                fixed_ips?: {
                                    ip_address: string;
                                    subnet_id: string;
                                }[];
                                /** The resource id (a UUID). */
                                id?: string;
                                mac_address?: string;
                                /** A human-readable name. */
                                name?: string;
                                network_id?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                status?: string;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            }[];
                            ports_links?: {
                                href?: string;
                                rel?: "next" | "previous";
                            }[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a port */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        port?: {
                            /** The administrative state (up is true). */
                            admin_state_up?: boolean;
                            /** A human-readable description. */
                            description?: string;
                            /** The device using the port (a server or router id). */
                            device_id?: string;
                            /** The kind of device, e.g. compute:nova or network:router_interface. */
                            device_owner?: string;
                            /** Addresses of the port; by default one from an IPv4 subnet and one from each IPv6 subnet of the network. On a SLAAC or DHCPv6-stateless subnet every port but a router interface gets the EUI-64 address of its MAC, whatever it asks for, and may name no other. */
                            fixed_ips?: {
                                ip_address?: string;
                                subnet_id?: string;
                            }[];
                            /** Generated (fa:16:3e:xx:xx:xx) when not given. */
                            mac_address?: string;
                            /** A human-readable name. */
                            name?: string;
                            network_id: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        };
                        /** Bulk create: every port in the list is created, or none is. */
                        ports?: {
                            /** The administrative state (up is true). */
                            admin_state_up?: boolean;
                            /** A human-readable description. */
                            description?: string;
                            /** The device using the port (a server or router id). */
                            device_id?: string;
                            /** The kind of device, e.g. compute:nova or network:router_interface. */
                            device_owner?: string;
                            /** Addresses of the port; by default one from an IPv4 subnet and one from each IPv6 subnet of the network. On a SLAAC or DHCPv6-stateless subnet every port but a router interface gets the EUI-64 address of its MAC, whatever it asks for, and may name no other. */
                            fixed_ips?: {
                                ip_address?: string;
                                subnet_id?: string;
                            }[];
                            /** Generated (fa:16:3e:xx:xx:xx) when not given. */
                            mac_address?: string;
                            /** A human-readable name. */
                            name?: string;
                            network_id: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            port?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The device using the port (a server or router id). */
                                device_id?: string;
                                /** The kind of device, e.g. compute:nova or network:router_interface. */
                                device_owner?: string;
                                fixed_ips?: {
                                    ip_address: string;
                                    subnet_id: string;
                                }[];
                                /** The resource id (a UUID). */
                                id?: string;
                                mac_address?: string;
                                /** A human-readable name. */
                                name?: string;
                                network_id?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                status?: string;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                            ports?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The device using the port (a server or router id). */
                                device_id?: string;
                                /** The kind of device, e.g. compute:nova or network:router_interface. */
                                device_owner?: string;
                                fixed_ips?: {
                                    ip_address: string;
                                    subnet_id: string;
                                }[];
                                /** The resource id (a UUID). */
                                id?: string;
                                mac_address?: string;
                                /** A human-readable name. */
                                name?: string;
                                network_id?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                status?: string;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            }[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/ports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a port */
        get: {
            parameters: {
                query?: {
                    /** Return only these attributes; repeat for several. */
                    fields?: string[];
                };
                header?: never;
                path: {
                    /** The resource id (a UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            port?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The device using the port (a server or router id). */
                                device_id?: string;
                                /** The kind of device, e.g. compute:nova or network:router_interface. */
                                device_owner?: string;
                                fixed_ips?: {
                                    ip_address: string;
                                    subnet_id: string;
                                }[];
                                /** The resource id (a UUID). */
                                id?: string;
                                mac_address?: string;
                                /** A human-readable name. */
                                name?: string;
                                network_id?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                status?: string;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        /** Update a port */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** The resource id (a UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        port: {
                            /** The administrative state (up is true). */
                            admin_state_up?: boolean;
                            /** Read-only after creation; sending it gives 400. */
                            created_at?: unknown;
                            /** A human-readable description. */
                            description?: string;
                            /** The device using the port (a server or router id). */
                            device_id?: string;
                            /** The kind of device, e.g. compute:nova or network:router_interface. */
                            device_owner?: string;
                            /** Addresses of the port; by default one from an IPv4 subnet and one from each IPv6 subnet of the network. On a SLAAC or DHCPv6-stateless subnet every port but a router interface gets the EUI-64 address of its MAC, whatever it asks for, and may name no other. */
                            fixed_ips?: {
                                ip_address?: string;
                                subnet_id?: string;
                            }[];
                            /** Read-only after creation; sending it gives 400. */
                            id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            mac_address?: unknown;
                            /** A human-readable name. */
                            name?: string;
                            /** Read-only after creation; sending it gives 400. */
                            network_id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            project_id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            revision_number?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            status?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            tags?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            tenant_id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            updated_at?: unknown;
                        };
                    };
                };
            };
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            port?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The device using the port (a server or router id). */
                                device_id?: string;
                                /** The kind of device, e.g. compute:nova or network:router_interface. */
                                device_owner?: string;
                                fixed_ips?: {
                                    ip_address: string;
                                    subnet_id: string;
                                }[];
                                /** The resource id (a UUID). */
                                id?: string;
                                mac_address?: string;
                                /** A human-readable name. */
                                name?: string;
                                network_id?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                status?: string;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a port and release its addresses */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** The resource id (a UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/ports/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tags of a port */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tags: string[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        /** Replace the tags of a port */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tags: string[];
                    };
                };
            };
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tags: string[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove every tag of a port */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/ports/{id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a tag of a port */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        /** Add a tag to a port */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a tag of a port */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the projects with quotas of their own */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            quotas: {
                                /** The most the project may hold; -1 for no limit. */
                                network: number;
                                /** The most the project may hold; -1 for no limit. */
                                port: number;
                                project_id?: string;
                                /** The most the project may hold; -1 for no limit. */
                                router: number;
                                /** The most the project may hold; -1 for no limit. */
                                subnet: number;
                                tenant_id?: string;
                            }[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/quotas/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the quotas of a project */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** One key per counted resource: the core’s, and those of the loaded service plugins (security_group, firewall_rule, ...). */
                            quota: {
                                /** The most the project may hold; -1 for no limit. */
                                network: number;
                                /** The most the project may hold; -1 for no limit. */
                                port: number;
                                /** The most the project may hold; -1 for no limit. */
                                router: number;
                                /** The most the project may hold; -1 for no limit. */
                                subnet: number;
                            };
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        /** Update the quotas of a project */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** One key per counted resource: the core’s, and those of the loaded service plugins (security_group, firewall_rule, ...). */
                        quota: {
                            /** Refuse a limit below what the project already holds (default false). */
                            check_limit?: boolean;
                            /** The most the project may hold; -1 for no limit. */
                            network?: number;
                            /** The most the project may hold; -1 for no limit. */
                            port?: number;
                            /** The most the project may hold; -1 for no limit. */
                            router?: number;
                            /** The most the project may hold; -1 for no limit. */
                            subnet?: number;
                        };
                    };
                };
            };
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** One key per counted resource: the core’s, and those of the loaded service plugins (security_group, firewall_rule, ...). */
                            quota: {
                                /** The most the project may hold; -1 for no limit. */
                                network: number;
                                /** The most the project may hold; -1 for no limit. */
                                port: number;
                                /** The most the project may hold; -1 for no limit. */
                                router: number;
                                /** The most the project may hold; -1 for no limit. */
                                subnet: number;
                            };
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Reset the quotas of a project to the defaults */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/quotas/{project_id}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the default quotas */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** One key per counted resource: the core’s, and those of the loaded service plugins (security_group, firewall_rule, ...). */
                            quota: {
                                /** The most the project may hold; -1 for no limit. */
                                network: number;
                                /** The most the project may hold; -1 for no limit. */
                                port: number;
                                /** The most the project may hold; -1 for no limit. */
                                router: number;
                                /** The most the project may hold; -1 for no limit. */
                                subnet: number;
                            };
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/quotas/{project_id}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the quotas of a project with its usage (quota_details) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** One key per counted resource: the core’s, and those of the loaded service plugins (security_group, firewall_rule, ...). */
                            quota: {
                                network: {
                                    /** The most the project may hold; -1 for no limit. */
                                    limit: number;
                                    reserved: number;
                                    used: number;
                                };
                                port: {
                                    /** The most the project may hold; -1 for no limit. */
                                    limit: number;
                                    reserved: number;
                                    used: number;
                                };
                                router: {
                                    /** The most the project may hold; -1 for no limit. */
                                    limit: number;
                                    reserved: number;
                                    used: number;
                                };
                                subnet: {
                                    /** The most the project may hold; -1 for no limit. */
                                    limit: number;
                                    reserved: number;
                                    used: number;
                                };
                            };
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/quotas/{project_id}/details.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the quotas of a project with its usage (quota_details) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    project_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** One key per counted resource: the core’s, and those of the loaded service plugins (security_group, firewall_rule, ...). */
                            quota: {
                                network: {
                                    /** The most the project may hold; -1 for no limit. */
                                    limit: number;
                                    reserved: number;
                                    used: number;
                                };
                                port: {
                                    /** The most the project may hold; -1 for no limit. */
                                    limit: number;
                                    reserved: number;
                                    used: number;
                                };
                                router: {
                                    /** The most the project may hold; -1 for no limit. */
                                    limit: number;
                                    reserved: number;
                                    used: number;
                                };
                                subnet: {
                                    /** The most the project may hold; -1 for no limit. */
                                    limit: number;
                                    reserved: number;
                                    used: number;
                                };
                            };
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/routers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List routers */
        get: {
            parameters: {
                query?: {
                    /** Return only these attributes; repeat for several. */
                    fields?: string[];
                    /** Sort by these attributes, in order. */
                    sort_key?: string[];
                    /** One direction per sort_key. */
                    sort_dir?: ("asc" | "desc")[];
                    /** Page size; 0 means no limit. */
                    limit?: number;
                    /** Id of the last resource of the previous page. */
                    marker?: string;
                    /** True to page backwards from the marker. */
                    page_reverse?: string;
                    /** Only resources with every one of these tags (comma-separated). */
                    tags?: string[];
                    /** Only resources with at least one of these tags (comma-separated). */
                    "tags-any"?: string[];
                    /** Leaves out resources with every one of these tags (comma-separated). */
                    "not-tags"?: string[];
                    /** Leaves out resources with any of these tags (comma-separated). */
                    "not-tags-any"?: string[];
                    /** Only routers whose id is one of these (string). */
                    id?: string[];
                    /** Only routers whose name is one of these (string). */
                    name?: string[];
                    /** Only routers whose description is one of these (string). */
                    description?: string[];
                    /** Only routers whose project_id is one of these (string). */
                    project_id?: string[];
                    /** Only routers whose tenant_id is one of these (string). */
                    tenant_id?: string[];
                    /** Only routers whose admin_state_up is one of these (boolean). */
                    admin_state_up?: string[];
                    /** Only routers whose status is one of these (string). */
                    status?: string[];
                    /** Only routers whose revision_number is one of these (integer). */
                    revision_number?: string[];
                    /** Only routers whose created_at is one of these (string). */
                    created_at?: string[];
                    /** Only routers whose updated_at is one of these (string). */
                    updated_at?: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            routers?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                external_gateway_info?: never | null;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                routes?: {
                                    destination: string;
                                    nexthop: string;
                                }[];
                                status?: string;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            }[];
                            routers_links?: {
                                href?: string;
                                rel?: "next" | "previous";
                            }[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a router */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        router?: {
                            /** The administrative state (up is true). */
                            admin_state_up?: boolean;
                            /** A human-readable description. */
                            description?: string;
                            /** External gateways are not supported yet: only null is accepted. */
                            external_gateway_info?: unknown;
                            /** A human-readable name. */
                            name?: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        };
                        /** Bulk create: every router in the list is created, or none is. */
                        routers?: {
                            /** The administrative state (up is true). */
                            admin_state_up?: boolean;
                            /** A human-readable description. */
                            description?: string;
                            /** External gateways are not supported yet: only null is accepted. */
                            external_gateway_info?: unknown;
                            /** A human-readable name. */
                            name?: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            router?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                external_gateway_info?: never | null;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                routes?: {
                                    destination: string;
                                    nexthop: string;
                                }[];
                                status?: string;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                            routers?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                external_gateway_info?: never | null;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                routes?: {
                                    destination: string;
                                    nexthop: string;
                                }[];
                                status?: string;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            }[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/routers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a router */
        get: {
            parameters: {
                query?: {
                    /** Return only these attributes; repeat for several. */
                    fields?: string[];
                };
                header?: never;
                path: {
                    /** The resource id (a UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            router?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                external_gateway_info?: never | null;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                routes?: {
                                    destination: string;
                                    nexthop: string;
                                }[];
                                status?: string;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        /** Update a router */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** The resource id (a UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        router: {
                            /** The administrative state (up is true). */
                            admin_state_up?: boolean;
                            /** Read-only after creation; sending it gives 400. */
                            created_at?: unknown;
                            /** A human-readable description. */
                            description?: string;
                            /** External gateways are not supported yet: only null is accepted. */
                            external_gateway_info?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            id?: unknown;
                            /** A human-readable name. */
                            name?: string;
                            /** Read-only after creation; sending it gives 400. */
                            project_id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            revision_number?: unknown;
                            /** Extra routes are not supported yet: only [] is accepted. */
                            routes?: unknown[];
                            /** Read-only after creation; sending it gives 400. */
                            status?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            tags?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            tenant_id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            updated_at?: unknown;
                        };
                    };
                };
            };
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            router?: {
                                /** The administrative state (up is true). */
                                admin_state_up?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                external_gateway_info?: never | null;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                routes?: {
                                    destination: string;
                                    nexthop: string;
                                }[];
                                status?: string;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a router without interfaces */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** The resource id (a UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/routers/{id}/add_router_interface": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Attach a subnet or port to a router */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** The resource id (a UUID). */
                    id: string;
                };
                cookie?: never;
            };
            /** Give exactly one of subnet_id and port_id. */
            requestBody: {
                content: {
                    "application/json": {
                        port_id?: string;
                        subnet_id?: string;
                    };
                };
            };
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** The router id. */
                            id: string;
                            network_id: string;
                            port_id: string;
                            project_id: string;
                            subnet_id: string;
                            subnet_ids: string[];
                            tenant_id: string;
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/routers/{id}/remove_router_interface": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Detach a subnet or port from a router */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** The resource id (a UUID). */
                    id: string;
                };
                cookie?: never;
            };
            /** Give exactly one of subnet_id and port_id. */
            requestBody: {
                content: {
                    "application/json": {
                        port_id?: string;
                        subnet_id?: string;
                    };
                };
            };
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** The router id. */
                            id: string;
                            network_id: string;
                            port_id: string;
                            project_id: string;
                            subnet_id: string;
                            subnet_ids: string[];
                            tenant_id: string;
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/routers/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tags of a router */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tags: string[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        /** Replace the tags of a router */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tags: string[];
                    };
                };
            };
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tags: string[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove every tag of a router */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/routers/{id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a tag of a router */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        /** Add a tag to a router */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a tag of a router */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/subnets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List subnets */
        get: {
            parameters: {
                query?: {
                    /** Return only these attributes; repeat for several. */
                    fields?: string[];
                    /** Sort by these attributes, in order. */
                    sort_key?: string[];
                    /** One direction per sort_key. */
                    sort_dir?: ("asc" | "desc")[];
                    /** Page size; 0 means no limit. */
                    limit?: number;
                    /** Id of the last resource of the previous page. */
                    marker?: string;
                    /** True to page backwards from the marker. */
                    page_reverse?: string;
                    /** Only resources with every one of these tags (comma-separated). */
                    tags?: string[];
                    /** Only resources with at least one of these tags (comma-separated). */
                    "tags-any"?: string[];
                    /** Leaves out resources with every one of these tags (comma-separated). */
                    "not-tags"?: string[];
                    /** Leaves out resources with any of these tags (comma-separated). */
                    "not-tags-any"?: string[];
                    /** Only subnets whose id is one of these (string). */
                    id?: string[];
                    /** Only subnets whose name is one of these (string). */
                    name?: string[];
                    /** Only subnets whose description is one of these (string). */
                    description?: string[];
                    /** Only subnets whose project_id is one of these (string). */
                    project_id?: string[];
                    /** Only subnets whose tenant_id is one of these (string). */
                    tenant_id?: string[];
                    /** Only subnets whose network_id is one of these (string). */
                    network_id?: string[];
                    /** Only subnets whose ip_version is one of these (integer). */
                    ip_version?: string[];
                    /** Only subnets whose cidr is one of these (string). */
                    cidr?: string[];
                    /** Only subnets whose gateway_ip is one of these (string). */
                    gateway_ip?: string[];
                    /** Only subnets whose enable_dhcp is one of these (boolean). */
                    enable_dhcp?: string[];
                    /** Only subnets whose ipv6_ra_mode is one of these (string). */
                    ipv6_ra_mode?: string[];
                    /** Only subnets whose ipv6_address_mode is one of these (string). */
                    ipv6_address_mode?: string[];
                    /** Only subnets whose revision_number is one of these (integer). */
                    revision_number?: string[];
                    /** Only subnets whose created_at is one of these (string). */
                    created_at?: string[];
                    /** Only subnets whose updated_at is one of these (string). */
                    updated_at?: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subnets?: {
                                allocation_pools?: {
                                    end: string;
                                    start: string;
                                }[];
                                cidr?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                dns_nameservers?: string[];
                                enable_dhcp?: boolean;
                                /** Defaults to the first host address; null for no gateway. */
                                gateway_ip?: string | null;
                                host_routes?: {
                                    destination: string;
                                    nexthop: string;
                                }[];
                                /** The resource id (a UUID). */
                                id?: string;
                                ip_version?: 4 | 6;
                                /**
                                 * IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr and give every port but a router interface the EUI-64 address of its MAC.
                                 */
                                ipv6_address_mode?: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
                                /**
                                 * IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr and give every port but a router interface the EUI-64 address of its MAC.
                                 */
                                ipv6_ra_mode?: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
                                /** A human-readable name. */
                                name?: string;
                                network_id?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            }[];
                            subnets_links?: {
                                href?: string;
                                rel?: "next" | "previous";
                            }[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a subnet */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        subnet?: {
                            /** Ranges addresses are allocated from; defaults to the whole subnet minus network, broadcast and gateway. */
                            allocation_pools?: {
                                /** Last address of the pool. */
                                end: string;
                                /** First address of the pool. */
                                start: string;
                            }[];
                            /** The subnet range, e.g. 10.0.0.0/24 or 2001:db8::/64; host bits must be zero. */
                            cidr: string;
                            /** A human-readable description. */
                            description?: string;
                            dns_nameservers?: string[];
                            enable_dhcp?: boolean;
                            /** Defaults to the first host address; null for no gateway. */
                            gateway_ip?: string | null;
                            host_routes?: {
                                /** A destination cidr. */
                                destination: string;
                                /** The next hop address. */
                                nexthop: string;
                            }[];
                            ip_version: 4 | 6;
                            /**
                             * IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr and give every port but a router interface the EUI-64 address of its MAC.
                             */
                            ipv6_address_mode?: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
                            /**
                             * IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr and give every port but a router interface the EUI-64 address of its MAC.
                             */
                            ipv6_ra_mode?: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
                            /** A human-readable name. */
                            name?: string;
                            network_id: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        };
                        /** Bulk create: every subnet in the list is created, or none is. */
                        subnets?: {
                            /** Ranges addresses are allocated from; defaults to the whole subnet minus network, broadcast and gateway. */
                            allocation_pools?: {
                                /** Last address of the pool. */
                                end: string;
                                /** First address of the pool. */
                                start: string;
                            }[];
                            /** The subnet range, e.g. 10.0.0.0/24 or 2001:db8::/64; host bits must be zero. */
                            cidr: string;
                            /** A human-readable description. */
                            description?: string;
                            dns_nameservers?: string[];
                            enable_dhcp?: boolean;
                            /** Defaults to the first host address; null for no gateway. */
                            gateway_ip?: string | null;
                            host_routes?: {
                                /** A destination cidr. */
                                destination: string;
                                /** The next hop address. */
                                nexthop: string;
                            }[];
                            ip_version: 4 | 6;
                            /**
                             * IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr and give every port but a router interface the EUI-64 address of its MAC.
                             */
                            ipv6_address_mode?: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
                            /**
                             * IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr and give every port but a router interface the EUI-64 address of its MAC.
                             */
                            ipv6_ra_mode?: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
                            /** A human-readable name. */
                            name?: string;
                            network_id: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subnet?: {
                                allocation_pools?: {
                                    end: string;
                                    start: string;
                                }[];
                                cidr?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                dns_nameservers?: string[];
                                enable_dhcp?: boolean;
                                /** Defaults to the first host address; null for no gateway. */
                                gateway_ip?: string | null;
                                host_routes?: {
                                    destination: string;
                                    nexthop: string;
                                }[];
                                /** The resource id (a UUID). */
                                id?: string;
                                ip_version?: 4 | 6;
                                /**
                                 * IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr and give every port but a router interface the EUI-64 address of its MAC.
                                 */
                                ipv6_address_mode?: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
                                /**
                                 * IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr and give every port but a router interface the EUI-64 address of its MAC.
                                 */
                                ipv6_ra_mode?: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
                                /** A human-readable name. */
                                name?: string;
                                network_id?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                            subnets?: {
                                allocation_pools?: {
                                    end: string;
                                    start: string;
                                }[];
                                cidr?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                dns_nameservers?: string[];
                                enable_dhcp?: boolean;
                                /** Defaults to the first host address; null for no gateway. */
                                gateway_ip?: string | null;
                                host_routes?: {
                                    destination: string;
                                    nexthop: string;
                                }[];
                                /** The resource id (a UUID). */
                                id?: string;
                                ip_version?: 4 | 6;
                                /**
                                 * IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr and give every port but a router interface the EUI-64 address of its MAC.
                                 */
                                ipv6_address_mode?: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
                                /**
                                 * IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr and give every port but a router interface the EUI-64 address of its MAC.
                                 */
                                ipv6_ra_mode?: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
                                /** A human-readable name. */
                                name?: string;
                                network_id?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            }[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/subnets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a subnet */
        get: {
            parameters: {
                query?: {
                    /** Return only these attributes; repeat for several. */
                    fields?: string[];
                };
                header?: never;
                path: {
                    /** The resource id (a UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subnet?: {
                                allocation_pools?: {
                                    end: string;
                                    start: string;
                                }[];
                                cidr?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                dns_nameservers?: string[];
                                enable_dhcp?: boolean;
                                /** Defaults to the first host address; null for no gateway. */
                                gateway_ip?: string | null;
                                host_routes?: {
                                    destination: string;
                                    nexthop: string;
                                }[];
                                /** The resource id (a UUID). */
                                id?: string;
                                ip_version?: 4 | 6;
                                /**
                                 * IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr and give every port but a router interface the EUI-64 address of its MAC.
                                 */
                                ipv6_address_mode?: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
                                /**
                                 * IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr and give every port but a router interface the EUI-64 address of its MAC.
                                 */
                                ipv6_ra_mode?: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
                                /** A human-readable name. */
                                name?: string;
                                network_id?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        /** Update a subnet */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** The resource id (a UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        subnet: {
                            /** Ranges addresses are allocated from; defaults to the whole subnet minus network, broadcast and gateway. */
                            allocation_pools?: {
                                /** Last address of the pool. */
                                end: string;
                                /** First address of the pool. */
                                start: string;
                            }[];
                            /** Read-only after creation; sending it gives 400. */
                            cidr?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            created_at?: unknown;
                            /** A human-readable description. */
                            description?: string;
                            dns_nameservers?: string[];
                            enable_dhcp?: boolean;
                            /** Defaults to the first host address; null for no gateway. */
                            gateway_ip?: string | null;
                            host_routes?: {
                                /** A destination cidr. */
                                destination: string;
                                /** The next hop address. */
                                nexthop: string;
                            }[];
                            /** Read-only after creation; sending it gives 400. */
                            id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            ip_version?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            ipv6_address_mode?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            ipv6_ra_mode?: unknown;
                            /** A human-readable name. */
                            name?: string;
                            /** Read-only after creation; sending it gives 400. */
                            network_id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            project_id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            revision_number?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            tags?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            tenant_id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            updated_at?: unknown;
                        };
                    };
                };
            };
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subnet?: {
                                allocation_pools?: {
                                    end: string;
                                    start: string;
                                }[];
                                cidr?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                dns_nameservers?: string[];
                                enable_dhcp?: boolean;
                                /** Defaults to the first host address; null for no gateway. */
                                gateway_ip?: string | null;
                                host_routes?: {
                                    destination: string;
                                    nexthop: string;
                                }[];
                                /** The resource id (a UUID). */
                                id?: string;
                                ip_version?: 4 | 6;
                                /**
                                 * IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr and give every port but a router interface the EUI-64 address of its MAC.
                                 */
                                ipv6_address_mode?: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
                                /**
                                 * IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr and give every port but a router interface the EUI-64 address of its MAC.
                                 */
                                ipv6_ra_mode?: "slaac" | "dhcpv6-stateful" | "dhcpv6-stateless" | null;
                                /** A human-readable name. */
                                name?: string;
                                network_id?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a subnet */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** The resource id (a UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/subnets/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tags of a subnet */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tags: string[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        /** Replace the tags of a subnet */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tags: string[];
                    };
                };
            };
            responses: {
                /** Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tags: string[];
                        };
                    };
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove every tag of a subnet */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/subnets/{id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a tag of a subnet */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        /** Add a tag to a subnet */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a tag of a subnet */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** A tag; no commas (filters list tags with them). */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** No body. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            NeutronError: {
                                code: string;
                                detail?: string;
                                message: string;
                                type: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** @public */
export type webhooks = Record<string, never>;
/** @public */
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
/** @public */
export type $defs = Record<string, never>;
/** @public */
export type operations = Record<string, never>;
