// Generated from api/openapi.json by the client-types target: do not edit.
// Regenerate with `npx nx run @switchyard/firewall:client-types:update`.

/** @beta */
export interface paths {
    "/v2.0/fwaas/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate a packet against the firewall of a port */
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
                        packet: {
                            destination_ip_address: string;
                            destination_port?: number;
                            /**
                             * ingress: towards the subnet behind the router port.
                             */
                            direction: "ingress" | "egress";
                            port_id: string;
                            protocol: "tcp" | "udp" | "icmp";
                            source_ip_address: string;
                            source_port?: number;
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
                            evaluation: {
                                direction: string;
                                filtered: boolean;
                                firewall_group_id: string | null;
                                firewall_policy_id: string | null;
                                firewall_rule_id: string | null;
                                message: string;
                                port_id: string;
                                reason: string;
                                verdict: "allow" | "deny" | "reject";
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
    "/v2.0/fwaas/firewall_groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List firewall groups */
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
                    /** Only firewall_groups whose id is one of these (string). */
                    id?: string[];
                    /** Only firewall_groups whose name is one of these (string). */
                    name?: string[];
                    /** Only firewall_groups whose description is one of these (string). */
                    description?: string[];
                    /** Only firewall_groups whose project_id is one of these (string). */
                    project_id?: string[];
                    /** Only firewall_groups whose tenant_id is one of these (string). */
                    tenant_id?: string[];
                    /** Only firewall_groups whose ingress_firewall_policy_id is one of these (string). */
                    ingress_firewall_policy_id?: string[];
                    /** Only firewall_groups whose egress_firewall_policy_id is one of these (string). */
                    egress_firewall_policy_id?: string[];
                    /** Only firewall_groups whose admin_state_up is one of these (boolean). */
                    admin_state_up?: string[];
                    /** Only firewall_groups whose status is one of these (string). */
                    status?: string[];
                    /** Only firewall_groups whose shared is one of these (boolean). */
                    shared?: string[];
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
                            firewall_groups?: {
                                admin_state_up?: boolean;
                                description?: string;
                                egress_firewall_policy_id?: string | null;
                                /** The resource id (a UUID). */
                                id?: string;
                                ingress_firewall_policy_id?: string | null;
                                /** A human-readable name. */
                                name?: string;
                                ports?: string[];
                                project_id?: string;
                                /** Whether every project may see the firewall group and name it as a remote group in their own rules; only admins set it, only its project changes it. */
                                shared?: boolean;
                                status?: "ACTIVE" | "INACTIVE" | "DOWN";
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                            }[];
                            firewall_groups_links?: {
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
        /** Create a firewall group */
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
                        firewall_group?: {
                            admin_state_up?: boolean;
                            description?: string;
                            egress_firewall_policy_id?: string | null;
                            ingress_firewall_policy_id?: string | null;
                            /** A human-readable name. */
                            name?: string;
                            /** Router interface ports the group is enforced on. */
                            ports?: string[];
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** Whether every project may see the firewall group and name it as a remote group in their own rules; only admins set it, only its project changes it. */
                            shared?: boolean;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        };
                        /** Bulk create: every firewall_group in the list is created, or none is. */
                        firewall_groups?: {
                            admin_state_up?: boolean;
                            description?: string;
                            egress_firewall_policy_id?: string | null;
                            ingress_firewall_policy_id?: string | null;
                            /** A human-readable name. */
                            name?: string;
                            /** Router interface ports the group is enforced on. */
                            ports?: string[];
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** Whether every project may see the firewall group and name it as a remote group in their own rules; only admins set it, only its project changes it. */
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
                            firewall_group?: {
                                admin_state_up?: boolean;
                                description?: string;
                                egress_firewall_policy_id?: string | null;
                                /** The resource id (a UUID). */
                                id?: string;
                                ingress_firewall_policy_id?: string | null;
                                /** A human-readable name. */
                                name?: string;
                                ports?: string[];
                                project_id?: string;
                                /** Whether every project may see the firewall group and name it as a remote group in their own rules; only admins set it, only its project changes it. */
                                shared?: boolean;
                                status?: "ACTIVE" | "INACTIVE" | "DOWN";
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                            };
                            firewall_groups?: {
                                admin_state_up?: boolean;
                                description?: string;
                                egress_firewall_policy_id?: string | null;
                                /** The resource id (a UUID). */
                                id?: string;
                                ingress_firewall_policy_id?: string | null;
                                /** A human-readable name. */
                                name?: string;
                                ports?: string[];
                                project_id?: string;
                                /** Whether every project may see the firewall group and name it as a remote group in their own rules; only admins set it, only its project changes it. */
                                shared?: boolean;
                                status?: "ACTIVE" | "INACTIVE" | "DOWN";
                                /** Same as project_id; kept for older clients. */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/fwaas/firewall_groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a firewall group */
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
                            firewall_group?: {
                                admin_state_up?: boolean;
                                description?: string;
                                egress_firewall_policy_id?: string | null;
                                /** The resource id (a UUID). */
                                id?: string;
                                ingress_firewall_policy_id?: string | null;
                                /** A human-readable name. */
                                name?: string;
                                ports?: string[];
                                project_id?: string;
                                /** Whether every project may see the firewall group and name it as a remote group in their own rules; only admins set it, only its project changes it. */
                                shared?: boolean;
                                status?: "ACTIVE" | "INACTIVE" | "DOWN";
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
        /** Update a firewall group */
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
                        firewall_group: {
                            admin_state_up?: boolean;
                            description?: string;
                            egress_firewall_policy_id?: string | null;
                            /** Read-only after creation; sending it gives 400. */
                            id?: unknown;
                            ingress_firewall_policy_id?: string | null;
                            /** A human-readable name. */
                            name?: string;
                            /** Router interface ports the group is enforced on. */
                            ports?: string[];
                            /** Read-only after creation; sending it gives 400. */
                            project_id?: unknown;
                            /** Whether every project may see the firewall group and name it as a remote group in their own rules; only admins set it, only its project changes it. */
                            shared?: boolean;
                            /** Read-only after creation; sending it gives 400. */
                            status?: unknown;
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
                            firewall_group?: {
                                admin_state_up?: boolean;
                                description?: string;
                                egress_firewall_policy_id?: string | null;
                                /** The resource id (a UUID). */
                                id?: string;
                                ingress_firewall_policy_id?: string | null;
                                /** A human-readable name. */
                                name?: string;
                                ports?: string[];
                                project_id?: string;
                                /** Whether every project may see the firewall group and name it as a remote group in their own rules; only admins set it, only its project changes it. */
                                shared?: boolean;
                                status?: "ACTIVE" | "INACTIVE" | "DOWN";
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
        /** Delete a firewall group */
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
    "/v2.0/fwaas/firewall_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List firewall policies */
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
                    /** Only firewall_policies whose id is one of these (string). */
                    id?: string[];
                    /** Only firewall_policies whose name is one of these (string). */
                    name?: string[];
                    /** Only firewall_policies whose description is one of these (string). */
                    description?: string[];
                    /** Only firewall_policies whose project_id is one of these (string). */
                    project_id?: string[];
                    /** Only firewall_policies whose tenant_id is one of these (string). */
                    tenant_id?: string[];
                    /** Only firewall_policies whose audited is one of these (boolean). */
                    audited?: string[];
                    /** Only firewall_policies whose shared is one of these (boolean). */
                    shared?: string[];
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
                            firewall_policies?: {
                                audited?: boolean;
                                description?: string;
                                firewall_rules?: string[];
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Whether every project may see the firewall policy and use it in their own groups; only admins set it, only its project changes it. */
                                shared?: boolean;
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                            }[];
                            firewall_policies_links?: {
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
        /** Create a firewall policy */
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
                        /** Bulk create: every firewall_policy in the list is created, or none is. */
                        firewall_policies?: {
                            audited?: boolean;
                            description?: string;
                            /** Rule ids in precedence order. */
                            firewall_rules?: string[];
                            /** A human-readable name. */
                            name?: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** Whether every project may see the firewall policy and use it in their own groups; only admins set it, only its project changes it. */
                            shared?: boolean;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        }[];
                        firewall_policy?: {
                            audited?: boolean;
                            description?: string;
                            /** Rule ids in precedence order. */
                            firewall_rules?: string[];
                            /** A human-readable name. */
                            name?: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /** Whether every project may see the firewall policy and use it in their own groups; only admins set it, only its project changes it. */
                            shared?: boolean;
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
                            firewall_policies?: {
                                audited?: boolean;
                                description?: string;
                                firewall_rules?: string[];
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Whether every project may see the firewall policy and use it in their own groups; only admins set it, only its project changes it. */
                                shared?: boolean;
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                            }[];
                            firewall_policy?: {
                                audited?: boolean;
                                description?: string;
                                firewall_rules?: string[];
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Whether every project may see the firewall policy and use it in their own groups; only admins set it, only its project changes it. */
                                shared?: boolean;
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
    "/v2.0/fwaas/firewall_policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a firewall policy */
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
                            firewall_policy?: {
                                audited?: boolean;
                                description?: string;
                                firewall_rules?: string[];
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Whether every project may see the firewall policy and use it in their own groups; only admins set it, only its project changes it. */
                                shared?: boolean;
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
        /** Update a firewall policy */
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
                        firewall_policy: {
                            audited?: boolean;
                            description?: string;
                            /** Rule ids in precedence order. */
                            firewall_rules?: string[];
                            /** Read-only after creation; sending it gives 400. */
                            id?: unknown;
                            /** A human-readable name. */
                            name?: string;
                            /** Read-only after creation; sending it gives 400. */
                            project_id?: unknown;
                            /** Whether every project may see the firewall policy and use it in their own groups; only admins set it, only its project changes it. */
                            shared?: boolean;
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
                            firewall_policy?: {
                                audited?: boolean;
                                description?: string;
                                firewall_rules?: string[];
                                /** The resource id (a UUID). */
                                id?: string;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                /** Whether every project may see the firewall policy and use it in their own groups; only admins set it, only its project changes it. */
                                shared?: boolean;
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
        /** Delete a firewall policy */
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
    "/v2.0/fwaas/firewall_policies/{id}/insert_rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Insert a rule into a firewall policy */
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
                        firewall_rule_id: string;
                        insert_after?: string | null;
                        insert_before?: string | null;
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
                            audited?: boolean;
                            description?: string;
                            firewall_rules?: string[];
                            /** The resource id (a UUID). */
                            id?: string;
                            /** A human-readable name. */
                            name?: string;
                            project_id?: string;
                            /** Whether every project may see the firewall policy and use it in their own groups; only admins set it, only its project changes it. */
                            shared?: boolean;
                            /** Same as project_id; kept for older clients. */
                            tenant_id?: string;
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
    "/v2.0/fwaas/firewall_policies/{id}/remove_rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Remove a rule from a firewall policy */
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
                        firewall_rule_id: string;
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
                            audited?: boolean;
                            description?: string;
                            firewall_rules?: string[];
                            /** The resource id (a UUID). */
                            id?: string;
                            /** A human-readable name. */
                            name?: string;
                            project_id?: string;
                            /** Whether every project may see the firewall policy and use it in their own groups; only admins set it, only its project changes it. */
                            shared?: boolean;
                            /** Same as project_id; kept for older clients. */
                            tenant_id?: string;
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
    "/v2.0/fwaas/firewall_rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List firewall rules */
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
                    /** Only firewall_rules whose id is one of these (string). */
                    id?: string[];
                    /** Only firewall_rules whose name is one of these (string). */
                    name?: string[];
                    /** Only firewall_rules whose description is one of these (string). */
                    description?: string[];
                    /** Only firewall_rules whose project_id is one of these (string). */
                    project_id?: string[];
                    /** Only firewall_rules whose tenant_id is one of these (string). */
                    tenant_id?: string[];
                    /** Only firewall_rules whose protocol is one of these (string). */
                    protocol?: string[];
                    /** Only firewall_rules whose ip_version is one of these (integer). */
                    ip_version?: string[];
                    /** Only firewall_rules whose source_ip_address is one of these (string). */
                    source_ip_address?: string[];
                    /** Only firewall_rules whose destination_ip_address is one of these (string). */
                    destination_ip_address?: string[];
                    /** Only firewall_rules whose source_port is one of these (string). */
                    source_port?: string[];
                    /** Only firewall_rules whose destination_port is one of these (string). */
                    destination_port?: string[];
                    /** Only firewall_rules whose action is one of these (string). */
                    action?: string[];
                    /** Only firewall_rules whose enabled is one of these (boolean). */
                    enabled?: string[];
                    /** Only firewall_rules whose shared is one of these (boolean). */
                    shared?: string[];
                    /** Only firewall_rules whose source_firewall_group_id is one of these (string). */
                    source_firewall_group_id?: string[];
                    /** Only firewall_rules whose destination_firewall_group_id is one of these (string). */
                    destination_firewall_group_id?: string[];
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
                            firewall_rules?: {
                                action?: "allow" | "deny" | "reject";
                                description?: string;
                                destination_firewall_group_id?: string | null;
                                destination_ip_address?: string | null;
                                destination_port?: string | null;
                                enabled?: boolean;
                                firewall_policy_id?: string[];
                                /** The resource id (a UUID). */
                                id?: string;
                                ip_version?: 4 | 6;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                protocol?: "tcp" | "udp" | "icmp" | null;
                                /** Whether every project may see the firewall rule and use it in their own policies; only admins set it, only its project changes it. */
                                shared?: boolean;
                                source_firewall_group_id?: string | null;
                                source_ip_address?: string | null;
                                source_port?: string | null;
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                            }[];
                            firewall_rules_links?: {
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
        /** Create a firewall rule */
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
                        firewall_rule?: {
                            action?: "allow" | "deny" | "reject";
                            description?: string;
                            /** Firewall group whose ports' addresses the destination must be; excludes destination_ip_address. */
                            destination_firewall_group_id?: string | null;
                            /** IP address or CIDR of the rule ip_version. */
                            destination_ip_address?: string | null;
                            /** "N" or "N:M"; tcp and udp only. */
                            destination_port?: string | null;
                            enabled?: boolean;
                            ip_version?: 4 | 6;
                            /** A human-readable name. */
                            name?: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /**
                             * null or "any" matches every protocol.
                             */
                            protocol?: "tcp" | "udp" | "icmp" | "any" | null;
                            /** Whether every project may see the firewall rule and use it in their own policies; only admins set it, only its project changes it. */
                            shared?: boolean;
                            /** Firewall group whose ports' addresses the source must be; excludes source_ip_address. */
                            source_firewall_group_id?: string | null;
                            /** IP address or CIDR of the rule ip_version. */
                            source_ip_address?: string | null;
                            /** "N" or "N:M"; tcp and udp only. */
                            source_port?: string | null;
                            /** The owning project; only admins may name another project than their own. */
                            tenant_id?: string;
                        };
                        /** Bulk create: every firewall_rule in the list is created, or none is. */
                        firewall_rules?: {
                            action?: "allow" | "deny" | "reject";
                            description?: string;
                            /** Firewall group whose ports' addresses the destination must be; excludes destination_ip_address. */
                            destination_firewall_group_id?: string | null;
                            /** IP address or CIDR of the rule ip_version. */
                            destination_ip_address?: string | null;
                            /** "N" or "N:M"; tcp and udp only. */
                            destination_port?: string | null;
                            enabled?: boolean;
                            ip_version?: 4 | 6;
                            /** A human-readable name. */
                            name?: string;
                            /** The owning project; only admins may name another project than their own. */
                            project_id?: string;
                            /**
                             * null or "any" matches every protocol.
                             */
                            protocol?: "tcp" | "udp" | "icmp" | "any" | null;
                            /** Whether every project may see the firewall rule and use it in their own policies; only admins set it, only its project changes it. */
                            shared?: boolean;
                            /** Firewall group whose ports' addresses the source must be; excludes source_ip_address. */
                            source_firewall_group_id?: string | null;
                            /** IP address or CIDR of the rule ip_version. */
                            source_ip_address?: string | null;
                            /** "N" or "N:M"; tcp and udp only. */
                            source_port?: string | null;
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
                            firewall_rule?: {
                                action?: "allow" | "deny" | "reject";
                                description?: string;
                                destination_firewall_group_id?: string | null;
                                destination_ip_address?: string | null;
                                destination_port?: string | null;
                                enabled?: boolean;
                                firewall_policy_id?: string[];
                                /** The resource id (a UUID). */
                                id?: string;
                                ip_version?: 4 | 6;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                protocol?: "tcp" | "udp" | "icmp" | null;
                                /** Whether every project may see the firewall rule and use it in their own policies; only admins set it, only its project changes it. */
                                shared?: boolean;
                                source_firewall_group_id?: string | null;
                                source_ip_address?: string | null;
                                source_port?: string | null;
                                /** Same as project_id; kept for older clients. */
                                tenant_id?: string;
                            };
                            firewall_rules?: {
                                action?: "allow" | "deny" | "reject";
                                description?: string;
                                destination_firewall_group_id?: string | null;
                                destination_ip_address?: string | null;
                                destination_port?: string | null;
                                enabled?: boolean;
                                firewall_policy_id?: string[];
                                /** The resource id (a UUID). */
                                id?: string;
                                ip_version?: 4 | 6;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                protocol?: "tcp" | "udp" | "icmp" | null;
                                /** Whether every project may see the firewall rule and use it in their own policies; only admins set it, only its project changes it. */
                                shared?: boolean;
                                source_firewall_group_id?: string | null;
                                source_ip_address?: string | null;
                                source_port?: string | null;
                                /** Same as project_id; kept for older clients. */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2.0/fwaas/firewall_rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a firewall rule */
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
                            firewall_rule?: {
                                action?: "allow" | "deny" | "reject";
                                description?: string;
                                destination_firewall_group_id?: string | null;
                                destination_ip_address?: string | null;
                                destination_port?: string | null;
                                enabled?: boolean;
                                firewall_policy_id?: string[];
                                /** The resource id (a UUID). */
                                id?: string;
                                ip_version?: 4 | 6;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                protocol?: "tcp" | "udp" | "icmp" | null;
                                /** Whether every project may see the firewall rule and use it in their own policies; only admins set it, only its project changes it. */
                                shared?: boolean;
                                source_firewall_group_id?: string | null;
                                source_ip_address?: string | null;
                                source_port?: string | null;
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
        /** Update a firewall rule */
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
                        firewall_rule: {
                            action?: "allow" | "deny" | "reject";
                            description?: string;
                            /** Firewall group whose ports' addresses the destination must be; excludes destination_ip_address. */
                            destination_firewall_group_id?: string | null;
                            /** IP address or CIDR of the rule ip_version. */
                            destination_ip_address?: string | null;
                            /** "N" or "N:M"; tcp and udp only. */
                            destination_port?: string | null;
                            enabled?: boolean;
                            /** Read-only after creation; sending it gives 400. */
                            firewall_policy_id?: unknown;
                            /** Read-only after creation; sending it gives 400. */
                            id?: unknown;
                            ip_version?: 4 | 6;
                            /** A human-readable name. */
                            name?: string;
                            /** Read-only after creation; sending it gives 400. */
                            project_id?: unknown;
                            /**
                             * null or "any" matches every protocol.
                             */
                            protocol?: "tcp" | "udp" | "icmp" | "any" | null;
                            /** Whether every project may see the firewall rule and use it in their own policies; only admins set it, only its project changes it. */
                            shared?: boolean;
                            /** Firewall group whose ports' addresses the source must be; excludes source_ip_address. */
                            source_firewall_group_id?: string | null;
                            /** IP address or CIDR of the rule ip_version. */
                            source_ip_address?: string | null;
                            /** "N" or "N:M"; tcp and udp only. */
                            source_port?: string | null;
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
                            firewall_rule?: {
                                action?: "allow" | "deny" | "reject";
                                description?: string;
                                destination_firewall_group_id?: string | null;
                                destination_ip_address?: string | null;
                                destination_port?: string | null;
                                enabled?: boolean;
                                firewall_policy_id?: string[];
                                /** The resource id (a UUID). */
                                id?: string;
                                ip_version?: 4 | 6;
                                /** A human-readable name. */
                                name?: string;
                                project_id?: string;
                                protocol?: "tcp" | "udp" | "icmp" | null;
                                /** Whether every project may see the firewall rule and use it in their own policies; only admins set it, only its project changes it. */
                                shared?: boolean;
                                source_firewall_group_id?: string | null;
                                source_ip_address?: string | null;
                                source_port?: string | null;
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
        /** Delete a firewall rule */
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
