// Generated from api/openapi.json by the client-types target: do not edit.
// Regenerate with `npx nx run @switchyard/security-groups:client-types:update`.

/** @beta */
export interface paths {
    "/v2.0/address-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List address groups */
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
                    /** Only address_groups whose id is one of these (string). */
                    id?: string[];
                    /** Only address_groups whose name is one of these (string). */
                    name?: string[];
                    /** Only address_groups whose description is one of these (string). */
                    description?: string[];
                    /** Only address_groups whose project_id is one of these (string). */
                    project_id?: string[];
                    /** Only address_groups whose tenant_id is one of these (string). */
                    tenant_id?: string[];
                    /** Only address_groups whose revision_number is one of these (integer). */
                    revision_number?: string[];
                    /** Only address_groups whose created_at is one of these (string). */
                    created_at?: string[];
                    /** Only address_groups whose updated_at is one of these (string). */
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
                            address_groups?: {
                                /** The group's CIDRs, each as its network (192.0.2.7/24 is 192.0.2.0/24), sorted. */
                                addresses?: string[];
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            }[];
                            address_groups_links?: {
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
        /** Create a address group */
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
                        address_group?: {
                            /** CIDRs, each once; change them later with add_addresses and remove_addresses. */
                            addresses?: string[];
                            /** A human-readable description. */
                            description?: string;
                            /** A human-readable name. */
                            name?: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        };
                        /** Bulk create: every address_group in the list is created, or none is. */
                        address_groups?: {
                            /** CIDRs, each once; change them later with add_addresses and remove_addresses. */
                            addresses?: string[];
                            /** A human-readable description. */
                            description?: string;
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
                            address_group?: {
                                /** The group's CIDRs, each as its network (192.0.2.7/24 is 192.0.2.0/24), sorted. */
                                addresses?: string[];
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                            address_groups?: {
                                /** The group's CIDRs, each as its network (192.0.2.7/24 is 192.0.2.0/24), sorted. */
                                addresses?: string[];
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
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
    "/v2.0/address-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a address group */
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
                            address_group?: {
                                /** The group's CIDRs, each as its network (192.0.2.7/24 is 192.0.2.0/24), sorted. */
                                addresses?: string[];
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
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
        /** Update a address group */
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
                        address_group: {
                            /** Read-only after creation; sending it gives 400. */
                            addresses?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            created_at?: unknown;
                            /** A human-readable description. */
                            description?: string;
                            /** Read-only after creation; sending it gives 400. */
                            id?: unknown;
                            /** A human-readable name. */
                            name?: string;
                            /** Read-only after creation; sending it gives 400. */
                            project_id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            revision_number?: unknown;
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
                            address_group?: {
                                /** The group's CIDRs, each as its network (192.0.2.7/24 is 192.0.2.0/24), sorted. */
                                addresses?: string[];
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
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
        /** Delete a address group */
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
    "/v2.0/address-groups/{id}/add_addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add addresses to an address group */
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
            /** The addresses to add to, or remove from, the group. */
            requestBody: {
                content: {
                    "application/json": {
                        /** CIDRs or addresses (an address is its /32 or /128). */
                        addresses: string[];
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
                            address_group?: {
                                /** The group's CIDRs, each as its network (192.0.2.7/24 is 192.0.2.0/24), sorted. */
                                addresses?: string[];
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/address-groups/{id}/remove_addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Remove addresses from an address group */
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
            /** The addresses to add to, or remove from, the group. */
            requestBody: {
                content: {
                    "application/json": {
                        /** CIDRs or addresses (an address is its /32 or /128). */
                        addresses: string[];
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
                            address_group?: {
                                /** The group's CIDRs, each as its network (192.0.2.7/24 is 192.0.2.0/24), sorted. */
                                addresses?: string[];
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/rbac-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List rbac policies */
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
                    /** Only rbac_policies whose id is one of these (string). */
                    id?: string[];
                    /** Only rbac_policies whose project_id is one of these (string). */
                    project_id?: string[];
                    /** Only rbac_policies whose tenant_id is one of these (string). */
                    tenant_id?: string[];
                    /** Only rbac_policies whose object_type is one of these (string). */
                    object_type?: string[];
                    /** Only rbac_policies whose object_id is one of these (string). */
                    object_id?: string[];
                    /** Only rbac_policies whose target_tenant is one of these (string). */
                    target_tenant?: string[];
                    /** Only rbac_policies whose action is one of these (string). */
                    action?: string[];
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
                            rbac_policies?: {
                                /**
                                 * access_as_shared: the target may see the group and use it on its ports and as a remote group.
                                 */
                                action?: "access_as_shared";
                                /** The resource id (a UUID). */
                                id?: string;
                                /** The id of the security group shared. */
                                object_id?: string;
                                /**
                                 * The type of the object shared: security_group.
                                 */
                                object_type?: "security_group";
                                project_id?: string;
                                /** The project the group is shared with, or '*' for every project (admins only). */
                                target_tenant?: string;
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                            }[];
                            rbac_policies_links?: {
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
        /** Create a RBAC policy */
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
                        /** Bulk create: every rbac_policy in the list is created, or none is. */
                        rbac_policies?: {
                            /**
                             * access_as_shared: the target may see the group and use it on its ports and as a remote group.
                             */
                            action: "access_as_shared";
                            object_id: string;
                            /**
                             * The type of the object shared: security_group.
                             */
                            object_type: "security_group";
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            target_tenant: string;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        }[];
                        rbac_policy?: {
                            /**
                             * access_as_shared: the target may see the group and use it on its ports and as a remote group.
                             */
                            action: "access_as_shared";
                            object_id: string;
                            /**
                             * The type of the object shared: security_group.
                             */
                            object_type: "security_group";
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            target_tenant: string;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        };
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
                            rbac_policies?: {
                                /**
                                 * access_as_shared: the target may see the group and use it on its ports and as a remote group.
                                 */
                                action?: "access_as_shared";
                                /** The resource id (a UUID). */
                                id?: string;
                                /** The id of the security group shared. */
                                object_id?: string;
                                /**
                                 * The type of the object shared: security_group.
                                 */
                                object_type?: "security_group";
                                project_id?: string;
                                /** The project the group is shared with, or '*' for every project (admins only). */
                                target_tenant?: string;
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                            }[];
                            rbac_policy?: {
                                /**
                                 * access_as_shared: the target may see the group and use it on its ports and as a remote group.
                                 */
                                action?: "access_as_shared";
                                /** The resource id (a UUID). */
                                id?: string;
                                /** The id of the security group shared. */
                                object_id?: string;
                                /**
                                 * The type of the object shared: security_group.
                                 */
                                object_type?: "security_group";
                                project_id?: string;
                                /** The project the group is shared with, or '*' for every project (admins only). */
                                target_tenant?: string;
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/rbac-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a RBAC policy */
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
                            rbac_policy?: {
                                /**
                                 * access_as_shared: the target may see the group and use it on its ports and as a remote group.
                                 */
                                action?: "access_as_shared";
                                /** The resource id (a UUID). */
                                id?: string;
                                /** The id of the security group shared. */
                                object_id?: string;
                                /**
                                 * The type of the object shared: security_group.
                                 */
                                object_type?: "security_group";
                                project_id?: string;
                                /** The project the group is shared with, or '*' for every project (admins only). */
                                target_tenant?: string;
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
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
        /** Update a RBAC policy */
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
                        rbac_policy: {
                            /** Read-only after creation; sending it gives 400. */
                            action?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            object_id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            object_type?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            project_id?: unknown;
                            target_tenant?: string;
                            /** Read-only after creation; sending it gives 400. */
                            tenant_id?: unknown;
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
                            rbac_policy?: {
                                /**
                                 * access_as_shared: the target may see the group and use it on its ports and as a remote group.
                                 */
                                action?: "access_as_shared";
                                /** The resource id (a UUID). */
                                id?: string;
                                /** The id of the security group shared. */
                                object_id?: string;
                                /**
                                 * The type of the object shared: security_group.
                                 */
                                object_type?: "security_group";
                                project_id?: string;
                                /** The project the group is shared with, or '*' for every project (admins only). */
                                target_tenant?: string;
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
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
        /** Delete a RBAC policy */
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
    "/v2.0/security-group-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List security group rules */
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
                    /** Only rules of (true) or not of (false) their project's default group. */
                    belongs_to_default_sg?: string[];
                    /** Only security_group_rules whose id is one of these (string). */
                    id?: string[];
                    /** Only security_group_rules whose description is one of these (string). */
                    description?: string[];
                    /** Only security_group_rules whose project_id is one of these (string). */
                    project_id?: string[];
                    /** Only security_group_rules whose tenant_id is one of these (string). */
                    tenant_id?: string[];
                    /** Only security_group_rules whose security_group_id is one of these (string). */
                    security_group_id?: string[];
                    /** Only security_group_rules whose direction is one of these (string). */
                    direction?: string[];
                    /** Only security_group_rules whose ethertype is one of these (string). */
                    ethertype?: string[];
                    /** Only security_group_rules whose protocol is one of these (string). */
                    protocol?: string[];
                    /** Only security_group_rules whose port_range_min is one of these (integer). */
                    port_range_min?: string[];
                    /** Only security_group_rules whose port_range_max is one of these (integer). */
                    port_range_max?: string[];
                    /** Only security_group_rules whose remote_ip_prefix is one of these (string). */
                    remote_ip_prefix?: string[];
                    /** Only security_group_rules whose remote_group_id is one of these (string). */
                    remote_group_id?: string[];
                    /** Only security_group_rules whose remote_address_group_id is one of these (string). */
                    remote_address_group_id?: string[];
                    /** Only security_group_rules whose normalized_cidr is one of these (string). */
                    normalized_cidr?: string[];
                    /** Only security_group_rules whose revision_number is one of these (integer). */
                    revision_number?: string[];
                    /** Only security_group_rules whose created_at is one of these (string). */
                    created_at?: string[];
                    /** Only security_group_rules whose updated_at is one of these (string). */
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
                            security_group_rules?: {
                                /** Whether the rule is in its project's default group. */
                                belongs_to_default_sg?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /**
                                 * ingress: traffic to the port; egress: traffic from it.
                                 */
                                direction?: "ingress" | "egress";
                                ethertype?: "IPv4" | "IPv6";
                                /** The resource id (a UUID). */
                                id?: string;
                                /** The network of remote_ip_prefix (10.0.0.0/24 for 10.0.0.5/24); null without one. */
                                normalized_cidr?: string | null;
                                port_range_max?: number | null;
                                port_range_min?: number | null;
                                project_id?: string;
                                protocol?: string | null;
                                remote_address_group_id?: string | null;
                                remote_group_id?: string | null;
                                remote_ip_prefix?: string | null;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** The group the rule belongs to. */
                                security_group_id?: string;
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            }[];
                            security_group_rules_links?: {
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
        /** Create a security group rule */
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
                        security_group_rule?: {
                            /** A human-readable description. */
                            description?: string;
                            /**
                             * ingress: traffic to the port; egress: traffic from it.
                             */
                            direction: "ingress" | "egress";
                            /** IPv4 (default) or IPv6, in any case. */
                            ethertype?: string;
                            /** A port (1-65535) for TCP, UDP, UDP-Lite, SCTP and DCCP; the ICMP type (min) and code (max) for ICMP; or null. */
                            port_range_max?: unknown;
                            /** A port (1-65535) for TCP, UDP, UDP-Lite, SCTP and DCCP; the ICMP type (min) and code (max) for ICMP; or null. */
                            port_range_min?: unknown;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** A protocol name (tcp, udp, icmp, ipv6-icmp, ...), a number from 0 to 255, or null for any. */
                            protocol?: unknown;
                            /** An address group of the rule's project whose addresses the remote end must be in; excludes remote_ip_prefix and remote_group_id. */
                            remote_address_group_id?: string | null;
                            /** A group of the rule's project, or shared with it, whose ports the remote end must be; excludes remote_ip_prefix. */
                            remote_group_id?: string | null;
                            /** A CIDR (or address) of the rule ethertype the remote end must be in; excludes remote_group_id. */
                            remote_ip_prefix?: string | null;
                            security_group_id: string;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        };
                        /** Bulk create: every security_group_rule in the list is created, or none is. */
                        security_group_rules?: {
                            /** A human-readable description. */
                            description?: string;
                            /**
                             * ingress: traffic to the port; egress: traffic from it.
                             */
                            direction: "ingress" | "egress";
                            /** IPv4 (default) or IPv6, in any case. */
                            ethertype?: string;
                            /** A port (1-65535) for TCP, UDP, UDP-Lite, SCTP and DCCP; the ICMP type (min) and code (max) for ICMP; or null. */
                            port_range_max?: unknown;
                            /** A port (1-65535) for TCP, UDP, UDP-Lite, SCTP and DCCP; the ICMP type (min) and code (max) for ICMP; or null. */
                            port_range_min?: unknown;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** A protocol name (tcp, udp, icmp, ipv6-icmp, ...), a number from 0 to 255, or null for any. */
                            protocol?: unknown;
                            /** An address group of the rule's project whose addresses the remote end must be in; excludes remote_ip_prefix and remote_group_id. */
                            remote_address_group_id?: string | null;
                            /** A group of the rule's project, or shared with it, whose ports the remote end must be; excludes remote_ip_prefix. */
                            remote_group_id?: string | null;
                            /** A CIDR (or address) of the rule ethertype the remote end must be in; excludes remote_group_id. */
                            remote_ip_prefix?: string | null;
                            security_group_id: string;
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
                            security_group_rule?: {
                                /** Whether the rule is in its project's default group. */
                                belongs_to_default_sg?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /**
                                 * ingress: traffic to the port; egress: traffic from it.
                                 */
                                direction?: "ingress" | "egress";
                                ethertype?: "IPv4" | "IPv6";
                                /** The resource id (a UUID). */
                                id?: string;
                                /** The network of remote_ip_prefix (10.0.0.0/24 for 10.0.0.5/24); null without one. */
                                normalized_cidr?: string | null;
                                port_range_max?: number | null;
                                port_range_min?: number | null;
                                project_id?: string;
                                protocol?: string | null;
                                remote_address_group_id?: string | null;
                                remote_group_id?: string | null;
                                remote_ip_prefix?: string | null;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** The group the rule belongs to. */
                                security_group_id?: string;
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                            security_group_rules?: {
                                /** Whether the rule is in its project's default group. */
                                belongs_to_default_sg?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /**
                                 * ingress: traffic to the port; egress: traffic from it.
                                 */
                                direction?: "ingress" | "egress";
                                ethertype?: "IPv4" | "IPv6";
                                /** The resource id (a UUID). */
                                id?: string;
                                /** The network of remote_ip_prefix (10.0.0.0/24 for 10.0.0.5/24); null without one. */
                                normalized_cidr?: string | null;
                                port_range_max?: number | null;
                                port_range_min?: number | null;
                                project_id?: string;
                                protocol?: string | null;
                                remote_address_group_id?: string | null;
                                remote_group_id?: string | null;
                                remote_ip_prefix?: string | null;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** The group the rule belongs to. */
                                security_group_id?: string;
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
    "/v2.0/security-group-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a security group rule */
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
                            security_group_rule?: {
                                /** Whether the rule is in its project's default group. */
                                belongs_to_default_sg?: boolean;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /**
                                 * ingress: traffic to the port; egress: traffic from it.
                                 */
                                direction?: "ingress" | "egress";
                                ethertype?: "IPv4" | "IPv6";
                                /** The resource id (a UUID). */
                                id?: string;
                                /** The network of remote_ip_prefix (10.0.0.0/24 for 10.0.0.5/24); null without one. */
                                normalized_cidr?: string | null;
                                port_range_max?: number | null;
                                port_range_min?: number | null;
                                project_id?: string;
                                protocol?: string | null;
                                remote_address_group_id?: string | null;
                                remote_group_id?: string | null;
                                remote_ip_prefix?: string | null;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** The group the rule belongs to. */
                                security_group_id?: string;
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
        put?: never;
        post?: never;
        /** Delete a security group rule */
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
    "/v2.0/security-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List security groups */
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
                    /** Only groups shared (true) or not shared (false) with the caller's project. */
                    shared?: string[];
                    /** Only security_groups whose id is one of these (string). */
                    id?: string[];
                    /** Only security_groups whose name is one of these (string). */
                    name?: string[];
                    /** Only security_groups whose description is one of these (string). */
                    description?: string[];
                    /** Only security_groups whose project_id is one of these (string). */
                    project_id?: string[];
                    /** Only security_groups whose tenant_id is one of these (string). */
                    tenant_id?: string[];
                    /** Only security_groups whose stateful is one of these (boolean). */
                    stateful?: string[];
                    /** Only security_groups whose revision_number is one of these (integer). */
                    revision_number?: string[];
                    /** Only security_groups whose created_at is one of these (string). */
                    created_at?: string[];
                    /** Only security_groups whose updated_at is one of these (string). */
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
                            security_groups?: {
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** The group's rules. */
                                security_group_rules?: {
                                    /** Whether the rule is in its project's default group. */
                                    belongs_to_default_sg: boolean;
                                    /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                    created_at: string;
                                    /** A human-readable description. */
                                    description: string;
                                    /**
                                     * ingress: traffic to the port; egress: traffic from it.
                                     */
                                    direction: "ingress" | "egress";
                                    ethertype: "IPv4" | "IPv6";
                                    /** The resource id (a UUID). */
                                    id: string;
                                    /** The network of remote_ip_prefix (10.0.0.0/24 for 10.0.0.5/24); null without one. */
                                    normalized_cidr: string | null;
                                    port_range_max: number | null;
                                    port_range_min: number | null;
                                    project_id: string;
                                    protocol: string | null;
                                    remote_address_group_id: string | null;
                                    remote_group_id: string | null;
                                    remote_ip_prefix: string | null;
                                    /** Raised by one on every update; a client may compare it to detect changes. */
                                    revision_number: number;
                                    /** The group the rule belongs to. */
                                    security_group_id: string;
                                    /** Same as project_id; kept for older clients. */
                                    tenant_id: string;
                                    /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                    updated_at: string;
                                }[];
                                /** Whether an RBAC policy shares the group with the caller's project or with every project. */
                                shared?: boolean;
                                /** Whether the rules are stateful (replies to allowed traffic are allowed); default true. */
                                stateful?: boolean;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            }[];
                            security_groups_links?: {
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
        /** Create a security group */
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
                        security_group?: {
                            /** A human-readable description. */
                            description?: string;
                            /** A human-readable name. */
                            name?: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** Whether the rules are stateful (replies to allowed traffic are allowed); default true. */
                            stateful?: boolean;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        };
                        /** Bulk create: every security_group in the list is created, or none is. */
                        security_groups?: {
                            /** A human-readable description. */
                            description?: string;
                            /** A human-readable name. */
                            name?: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** Whether the rules are stateful (replies to allowed traffic are allowed); default true. */
                            stateful?: boolean;
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
                            security_group?: {
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** The group's rules. */
                                security_group_rules?: {
                                    /** Whether the rule is in its project's default group. */
                                    belongs_to_default_sg: boolean;
                                    /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                    created_at: string;
                                    /** A human-readable description. */
                                    description: string;
                                    /**
                                     * ingress: traffic to the port; egress: traffic from it.
                                     */
                                    direction: "ingress" | "egress";
                                    ethertype: "IPv4" | "IPv6";
                                    /** The resource id (a UUID). */
                                    id: string;
                                    /** The network of remote_ip_prefix (10.0.0.0/24 for 10.0.0.5/24); null without one. */
                                    normalized_cidr: string | null;
                                    port_range_max: number | null;
                                    port_range_min: number | null;
                                    project_id: string;
                                    protocol: string | null;
                                    remote_address_group_id: string | null;
                                    remote_group_id: string | null;
                                    remote_ip_prefix: string | null;
                                    /** Raised by one on every update; a client may compare it to detect changes. */
                                    revision_number: number;
                                    /** The group the rule belongs to. */
                                    security_group_id: string;
                                    /** Same as project_id; kept for older clients. */
                                    tenant_id: string;
                                    /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                    updated_at: string;
                                }[];
                                /** Whether an RBAC policy shares the group with the caller's project or with every project. */
                                shared?: boolean;
                                /** Whether the rules are stateful (replies to allowed traffic are allowed); default true. */
                                stateful?: boolean;
                                /** Tags, set with PUT <resource>/\{id\}/tags[/\{tag\}]. */
                                tags?: string[];
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                updated_at?: string;
                            };
                            security_groups?: {
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** The group's rules. */
                                security_group_rules?: {
                                    /** Whether the rule is in its project's default group. */
                                    belongs_to_default_sg: boolean;
                                    /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                    created_at: string;
                                    /** A human-readable description. */
                                    description: string;
                                    /**
                                     * ingress: traffic to the port; egress: traffic from it.
                                     */
                                    direction: "ingress" | "egress";
                                    ethertype: "IPv4" | "IPv6";
                                    /** The resource id (a UUID). */
                                    id: string;
                                    /** The network of remote_ip_prefix (10.0.0.0/24 for 10.0.0.5/24); null without one. */
                                    normalized_cidr: string | null;
                                    port_range_max: number | null;
                                    port_range_min: number | null;
                                    project_id: string;
                                    protocol: string | null;
                                    remote_address_group_id: string | null;
                                    remote_group_id: string | null;
                                    remote_ip_prefix: string | null;
                                    /** Raised by one on every update; a client may compare it to detect changes. */
                                    revision_number: number;
                                    /** The group the rule belongs to. */
                                    security_group_id: string;
                                    /** Same as project_id; kept for older clients. */
                                    tenant_id: string;
                                    /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                    updated_at: string;
                                }[];
                                /** Whether an RBAC policy shares the group with the caller's project or with every project. */
                                shared?: boolean;
                                /** Whether the rules are stateful (replies to allowed traffic are allowed); default true. */
                                stateful?: boolean;
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
    "/v2.0/security-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a security group */
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
                            security_group?: {
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** The group's rules. */
                                security_group_rules?: {
                                    /** Whether the rule is in its project's default group. */
                                    belongs_to_default_sg: boolean;
                                    /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                    created_at: string;
                                    /** A human-readable description. */
                                    description: string;
                                    /**
                                     * ingress: traffic to the port; egress: traffic from it.
                                     */
                                    direction: "ingress" | "egress";
                                    ethertype: "IPv4" | "IPv6";
                                    /** The resource id (a UUID). */
                                    id: string;
                                    /** The network of remote_ip_prefix (10.0.0.0/24 for 10.0.0.5/24); null without one. */
                                    normalized_cidr: string | null;
                                    port_range_max: number | null;
                                    port_range_min: number | null;
                                    project_id: string;
                                    protocol: string | null;
                                    remote_address_group_id: string | null;
                                    remote_group_id: string | null;
                                    remote_ip_prefix: string | null;
                                    /** Raised by one on every update; a client may compare it to detect changes. */
                                    revision_number: number;
                                    /** The group the rule belongs to. */
                                    security_group_id: string;
                                    /** Same as project_id; kept for older clients. */
                                    tenant_id: string;
                                    /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                    updated_at: string;
                                }[];
                                /** Whether an RBAC policy shares the group with the caller's project or with every project. */
                                shared?: boolean;
                                /** Whether the rules are stateful (replies to allowed traffic are allowed); default true. */
                                stateful?: boolean;
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
        /** Update a security group */
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
                        security_group: {
                            /** Read-only after creation; sending it gives 400. */
                            created_at?: unknown;
                            /** A human-readable description. */
                            description?: string;
                            /** Read-only after creation; sending it gives 400. */
                            id?: unknown;
                            /** A human-readable name. */
                            name?: string;
                            /** Read-only after creation; sending it gives 400. */
                            project_id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            revision_number?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            security_group_rules?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            shared?: unknown;
                            /** Whether the rules are stateful (replies to allowed traffic are allowed); default true. */
                            stateful?: boolean;
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
                            security_group?: {
                                /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                created_at?: string;
                                /** A human-readable description. */
                                description?: string;
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Raised by one on every update; a client may compare it to detect changes. */
                                revision_number?: number;
                                /** The group's rules. */
                                security_group_rules?: {
                                    /** Whether the rule is in its project's default group. */
                                    belongs_to_default_sg: boolean;
                                    /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                    created_at: string;
                                    /** A human-readable description. */
                                    description: string;
                                    /**
                                     * ingress: traffic to the port; egress: traffic from it.
                                     */
                                    direction: "ingress" | "egress";
                                    ethertype: "IPv4" | "IPv6";
                                    /** The resource id (a UUID). */
                                    id: string;
                                    /** The network of remote_ip_prefix (10.0.0.0/24 for 10.0.0.5/24); null without one. */
                                    normalized_cidr: string | null;
                                    port_range_max: number | null;
                                    port_range_min: number | null;
                                    project_id: string;
                                    protocol: string | null;
                                    remote_address_group_id: string | null;
                                    remote_group_id: string | null;
                                    remote_ip_prefix: string | null;
                                    /** Raised by one on every update; a client may compare it to detect changes. */
                                    revision_number: number;
                                    /** The group the rule belongs to. */
                                    security_group_id: string;
                                    /** Same as project_id; kept for older clients. */
                                    tenant_id: string;
                                    /** ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z. */
                                    updated_at: string;
                                }[];
                                /** Whether an RBAC policy shares the group with the caller's project or with every project. */
                                shared?: boolean;
                                /** Whether the rules are stateful (replies to allowed traffic are allowed); default true. */
                                stateful?: boolean;
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
        /** Delete a security group */
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
    "/v2.0/security-groups/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tags of a security group */
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
        /** Replace the tags of a security group */
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
        /** Remove every tag of a security group */
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
    "/v2.0/security-groups/{id}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a tag of a security group */
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
        /** Add a tag to a security group */
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
        /** Remove a tag of a security group */
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
/** @beta */
export type webhooks = Record<string, never>;
/** @beta */
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
/** @beta */
export type $defs = Record<string, never>;
/** @beta */
export type operations = Record<string, never>;
