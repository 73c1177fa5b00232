export const id = 345;

export const ids = [ 345 ];

export const modules = {
    28345: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.r(__webpack_exports__);
        __webpack_require__.d(__webpack_exports__, {
            DEMO_FLAGS: () => DEMO_FLAGS,
            DEMO_TIMEOUT_NODE_MS: () => DEMO_TIMEOUT_NODE_MS,
            DEMO_TIME_SCALE: () => DEMO_TIME_SCALE,
            SCENARIOS: () => SCENARIOS,
            demoInputFlags: () => demoInputFlags,
            demoSettings: () => demoSettings,
            demoTimeout: () => demoTimeout,
            demoTuning: () => demoTuning,
            parseFaults: () => parseFaults,
            startDemoCluster: () => startDemoCluster
        });
        __webpack_require__(57975);
        class FlagError extends Error {
            constructor(message) {
                super(message);
                this.name = "FlagError";
            }
        }
        function number(flag, value, min = -1 / 0, max = 1 / 0) {
            if (value === void 0) return;
            const parsed = Number(value);
            if (value.trim() === "" || !Number.isFinite(parsed) || parsed < min || parsed > max) throw new FlagError(`--${flag} '${value}' is not a number in [${min}, ${max}]`);
            return parsed;
        }
        const UNIT_MS = {
            ms: 1,
            s: 1e3,
            m: 6e4
        };
        function duration(flag, value) {
            if (value === void 0) return;
            const match = /^(\d+(?:\.\d+)?)(ms|s|m)$/.exec(value.trim());
            if (!match) throw new FlagError(`--${flag} '${value}' is not a duration such as 1ms, 500ms, 10s`);
            return Number(match[1]) * UNIT_MS[match[2]];
        }
        function args_boolean(flag, value, fallback) {
            if (value === void 0) return fallback;
            if (value === "true" || value === "false") return value === "true";
            throw new FlagError(`--${flag} '${value}' is not true or false`);
        }
        const RESPONSES = [ "401", "403", "404", "409", "410", "429", "500", "503", "504", "reset", "malformed" ];
        const EVENTS = [ "ADDED", "MODIFIED", "DELETED" ];
        const VERBS = [ "get", "list", "watch", "create", "update", "patch", "delete", "deletecollection" ];
        function parseFault(spec) {
            const options = {};
            const match = {};
            for (const part of spec.split(",")) {
                const equals = part.indexOf("=");
                const key = part.slice(0, equals).trim();
                const value = part.slice(equals + 1).trim();
                if (equals < 0 || value === "") throw new FlagError(`--fault '${spec}': '${part}' is not key=value`);
                switch (key) {
                  case "respond":
                    if (!RESPONSES.includes(value)) throw new FlagError(`--fault '${spec}': respond must be one of ${RESPONSES.join(", ")}`);
                    options.respond = value === "reset" || value === "malformed" ? value : Number(value);
                    break;

                  case "resource":
                  case "namespace":
                  case "name":
                  case "method":
                    match[key] = value;
                    break;

                  case "verb":
                    if (!VERBS.includes(value)) throw new FlagError(`--fault '${spec}': verb must be one of ${VERBS.join(", ")}`);
                    match.verb = value;
                    break;

                  case "watch":
                    if (value !== "true" && value !== "false") throw new FlagError(`--fault '${spec}': watch must be true or false`);
                    match.watch = value === "true";
                    break;

                  case "times":
                    options.times = number("fault times", value, 1);
                    break;

                  case "retry-after":
                    options.retryAfterSeconds = number("fault retry-after", value, 0);
                    break;

                  case "delay":
                    options.delayMs = duration("fault delay", value);
                    break;

                  case "message":
                    options.message = value;
                    break;

                  case "event":
                    if (!EVENTS.includes(value)) throw new FlagError(`--fault '${spec}': event must be one of ${EVENTS.join(", ")}`);
                    options.event = value;
                    break;

                  default:
                    throw new FlagError(`--fault '${spec}': unknown key '${key}' (respond, resource, method, verb, namespace, name, watch, times, retry-after, delay, message, event)`);
                }
            }
            if (options.respond === void 0 && options.delayMs === void 0) throw new FlagError(`--fault '${spec}': give respond= or delay=`);
            if (options.respond === "malformed" && match.watch === false) throw new FlagError(`--fault '${spec}': respond=malformed garbles watch events; drop watch=false`);
            if (options.event !== void 0 && options.respond !== "malformed") throw new FlagError(`--fault '${spec}': event= goes with respond=malformed`);
            if (Object.keys(match).length) options.match = match;
            return options;
        }
        var promises_ = __webpack_require__(51455);
        var external_node_os_ = __webpack_require__(48161);
        var external_node_path_ = __webpack_require__(76760);
        function preciseNow() {
            return performance.timeOrigin + performance.now();
        }
        function rfc3339(ms = Date.now()) {
            return new Date(Math.floor(ms / 1e3) * 1e3).toISOString().replace(".000Z", "Z");
        }
        class Clock {
            timeScale;
            #timers=new Set;
            #onError;
            #closed=false;
            constructor(timeScale, onError) {
                this.timeScale = timeScale;
                this.#onError = onError;
            }
            now() {
                return performance.now();
            }
            wallNow() {
                return preciseNow();
            }
            after(modelMs, fn) {
                return this.afterReal(modelMs * this.timeScale, fn);
            }
            afterReal(realMs, fn) {
                if (this.#closed) return {
                    cancel: () => {}
                };
                const handle = setTimeout(() => {
                    this.#timers.delete(handle);
                    try {
                        fn();
                    } catch (error) {
                        this.#onError(error);
                    }
                }, Math.max(0, realMs));
                this.#timers.add(handle);
                return {
                    cancel: () => {
                        clearTimeout(handle);
                        this.#timers.delete(handle);
                    }
                };
            }
            scaled(modelMs) {
                return modelMs * this.timeScale;
            }
            pending() {
                return this.#timers.size;
            }
            close() {
                this.#closed = true;
                for (const handle of this.#timers) clearTimeout(handle);
                this.#timers.clear();
            }
        }
        const component = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
        const host = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
        const registry = `(?:${host}(?:\\.${host})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
        const NAMED = new RegExp(`^((?:${registry}/)?${component}(?:/${component})*)` + "(?::[\\w][\\w.-]{0,127})?" + "(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$");
        function isImageReference(image) {
            const match = NAMED.exec(image);
            return match !== null && match[1].length <= 255;
        }
        function normalizeImage(image) {
            const slash = image.indexOf("/");
            const first = slash < 0 ? "" : image.slice(0, slash);
            const hasDomain = first.includes(".") || first.includes(":") || first === "localhost";
            let named = hasDomain ? image : slash < 0 ? `docker.io/library/${image}` : `docker.io/${image}`;
            const lastPart = named.slice(named.lastIndexOf("/") + 1);
            if (!lastPart.includes(":") && !named.includes("@")) named = `${named}:latest`;
            return named;
        }
        function invalidImageMessage(image) {
            if (isImageReference(image)) return;
            return `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format`;
        }
        const WELL_KNOWN = [ /^quay\.io\/containerdisks\/(?:fedora|centos-stream|centos|ubuntu|debian|opensuse-tumbleweed|opensuse-leap|rhcos):(?:latest|\d+(?:\.\d+)*)$/, /^quay\.io\/kubevirt\/[a-z0-9]+(?:-[a-z0-9]+)*-container-disk-demo:(?:latest|devel|v\d+\.\d+\.\d+)$/ ];
        function preloadedOnNode(image) {
            return /^quay\.io\/kubevirt\/virt-launcher:/.test(normalizeImage(image));
        }
        function glob(pattern) {
            const escaped = pattern.split("*").map(part => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
            return new RegExp(`^${escaped.join(".*")}$`);
        }
        function imageExistsWith(patterns) {
            const matchers = patterns.map(glob);
            return image => {
                const normalized = normalizeImage(image);
                return WELL_KNOWN.some(known => known.test(normalized)) || preloadedOnNode(image) || matchers.some(matcher => matcher.test(image) || matcher.test(normalized));
            };
        }
        const PUBLIC_REGISTRIES = /^(?:docker\.io|quay\.io|ghcr\.io|registry\.k8s\.io|(?:[a-z0-9-]+\.)?gcr\.io|[a-z0-9-]+-docker\.pkg\.dev|public\.ecr\.aws|mcr\.microsoft\.com|registry\.gitlab\.com|registry\.redhat\.io|registry\.access\.redhat\.com|nvcr\.io)$/;
        const NODE_DNS = "172.18.0.1:53";
        function pullErrorMessage(image) {
            const ref = normalizeImage(image);
            const host = ref.slice(0, ref.indexOf("/"));
            const rest = ref.slice(ref.indexOf("/") + 1);
            const at = rest.includes("@") ? rest.indexOf("@") : rest.lastIndexOf(":");
            const repository = rest.slice(0, at);
            const reference = rest.slice(at + 1);
            const head = `failed to pull and unpack image "${ref}": failed to resolve image`;
            const registry = host === "docker.io" ? "registry-1.docker.io" : host;
            const request = `failed to do request: Head "https://${registry}/v2/${repository}/manifests/${reference}"`;
            const hostname = host.replace(/:\d+$/, "");
            if (hostname === "localhost" || /^[\d.]+$|^\[/.test(hostname)) {
                const port = /:(\d+)$/.exec(host)?.[1] ?? "443";
                const address = hostname === "localhost" ? "127.0.0.1" : hostname;
                return `rpc error: code = Unknown desc = ${head}: ${request}: dial tcp ${address}:${port}: connect: connection refused`;
            }
            if (!PUBLIC_REGISTRIES.test(host)) return `rpc error: code = Unknown desc = ${head}: ${request}: dial tcp: lookup ${hostname} on ${NODE_DNS}: no such host`;
            if (host === "docker.io" && !repository.startsWith("library/")) return `rpc error: code = Unknown desc = ${head}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
            return `rpc error: code = NotFound desc = ${head}: ${ref}: not found`;
        }
        function isRecord(value) {
            return typeof value === "object" && value !== null && !Array.isArray(value);
        }
        function objectKey(namespace, name) {
            return namespace ? `${namespace}/${name}` : name;
        }
        function keyOf(object) {
            return objectKey(object.metadata.namespace, object.metadata.name);
        }
        function valueAt(object, path) {
            let current = object;
            for (const part of path.split(".")) {
                if (!isRecord(current)) return;
                current = current[part];
            }
            return current;
        }
        function deepFreeze(value) {
            if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
                Object.freeze(value);
                for (const child of Object.values(value)) deepFreeze(child);
            }
            return value;
        }
        function clone(value) {
            return structuredClone(value);
        }
        function sameJson(a, b) {
            if (a === b) return true;
            if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
            if (Array.isArray(a) !== Array.isArray(b)) return false;
            if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
            const left = a;
            const right = b;
            const keys = record => Object.keys(record).filter(key => record[key] !== void 0);
            const leftKeys = keys(left);
            if (leftKeys.length !== keys(right).length) return false;
            return leftKeys.every(key => sameJson(left[key], right[key]));
        }
        function display(value) {
            return typeof value === "string" ? value : JSON.stringify(value);
        }
        class ApiError extends Error {
            status;
            headers;
            constructor(status, headers = {}) {
                super(status.message ?? status.reason ?? `HTTP ${status.code}`);
                this.name = "ApiError";
                this.status = status;
                this.headers = headers;
            }
        }
        function qualified({group: group, resource: resource}) {
            return group ? `${resource}.${group}` : resource;
        }
        function failure(code, reason, message, details) {
            const status = {
                kind: "Status",
                apiVersion: "v1",
                metadata: {},
                status: "Failure",
                message: message,
                reason: reason,
                ...details ? {
                    details: details
                } : {},
                code: code
            };
            return new ApiError(status);
        }
        function detailsOf(gr, name) {
            return {
                ...name ? {
                    name: name
                } : {},
                ...gr.group ? {
                    group: gr.group
                } : {},
                kind: gr.resource
            };
        }
        function notFound(gr, name) {
            return failure(404, "NotFound", `${qualified(gr)} "${name}" not found`, detailsOf(gr, name));
        }
        function pathNotFound() {
            return failure(404, "NotFound", "the server could not find the requested resource", {});
        }
        function alreadyExists(gr, name) {
            return failure(409, "AlreadyExists", `${qualified(gr)} "${name}" already exists`, detailsOf(gr, name));
        }
        function conflict(gr, name) {
            return failure(409, "Conflict", `Operation cannot be fulfilled on ${qualified(gr)} "${name}": the object has been modified; please apply your changes to the latest version and try again`, detailsOf(gr, name));
        }
        function invalid(kind, gr, name, causes) {
            const qualifiedKind = gr.group ? `${kind}.${gr.group}` : kind;
            const list = causes.map(cause => cause.field ? `${cause.field}: ${cause.message}` : cause.message);
            const joined = list.length === 1 ? list[0] : `[${list.join(", ")}]`;
            return failure(422, "Invalid", `${qualifiedKind} "${name}" is invalid: ${joined}`, {
                ...detailsOf(gr, name),
                kind: kind,
                causes: causes
            });
        }
        function badRequest(message) {
            return failure(400, "BadRequest", message);
        }
        function forbidden(gr, verb, user, namespace, name, reason = "") {
            const subject = name ? `${qualified(gr)} "${name}"` : qualified(gr);
            const scope = namespace ? `in the namespace "${namespace}"` : "at the cluster scope";
            const why = `User "${user}" cannot ${verb} resource "${gr.resource}" in API group "${gr.group}" ${scope}`;
            return failure(403, "Forbidden", `${subject} is forbidden: ${why}${reason ? `: ${reason}` : ""}`, detailsOf(gr, name));
        }
        function namespaceTerminating(gr, name, namespace) {
            return failure(403, "Forbidden", `${qualified(gr)} "${name}" is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`, {
                ...detailsOf(gr, name),
                causes: [ {
                    reason: "NamespaceTerminating",
                    message: `namespace ${namespace} is being terminated`,
                    field: "metadata.namespace"
                } ]
            });
        }
        function expired(message) {
            return failure(410, "Expired", message);
        }
        function tooManyRequests(retryAfterSeconds, message) {
            const error = failure(429, "TooManyRequests", message ?? "Too many requests, please try again later.", {
                retryAfterSeconds: retryAfterSeconds
            });
            return new ApiError(error.status, {
                "Retry-After": String(retryAfterSeconds)
            });
        }
        function internalError(message) {
            return failure(500, "InternalError", `Internal error occurred: ${message}`, {
                causes: [ {
                    message: message
                } ]
            });
        }
        function methodNotAllowed() {
            return failure(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", {});
        }
        function unsupportedMediaType(contentType, accepted) {
            return failure(415, "UnsupportedMediaType", `the body of the request was in an unknown format - accepted media types include: ${accepted.join(", ")}`, {
                causes: [ {
                    reason: "UnexpectedServerResponse",
                    message: `unsupported: ${contentType}`
                } ]
            });
        }
        function statusError(code, message) {
            const reasons = {
                400: [ "BadRequest", "bad request" ],
                401: [ "Unauthorized", "Unauthorized" ],
                403: [ "Forbidden", "forbidden" ],
                404: [ "NotFound", "the server could not find the requested resource" ],
                409: [ "Conflict", "conflict" ],
                410: [ "Gone", "the resource is gone" ],
                500: [ "InternalError", "Internal error occurred: injected fault" ],
                503: [ "ServiceUnavailable", "the server is currently unable to handle the request" ],
                504: [ "Timeout", "the server was unable to respond in time" ]
            };
            const [reason, fallback] = reasons[code] ?? [ "InternalError", `HTTP ${code}` ];
            return failure(code, reason, message ?? fallback);
        }
        function messageOf(error) {
            return error instanceof Error ? error.message : String(error);
        }
        const PATCH_TYPES = [ "application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json" ];
        function mergePatch(target, patch, strategic = false) {
            if (!isRecord(patch)) return patch;
            const result = isRecord(target) ? {
                ...target
            } : {};
            for (const [key, value] of Object.entries(patch)) if (value === null) delete result[key]; else if (strategic && Array.isArray(value) && Array.isArray(result[key]) && isNamedList(value)) result[key] = mergeNamedLists(result[key], value); else result[key] = mergePatch(result[key], value, strategic);
            return result;
        }
        function isNamedList(list) {
            return list.length > 0 && list.every(item => isRecord(item) && typeof item.name === "string");
        }
        function mergeNamedLists(target, patch) {
            const result = [ ...target ];
            for (const item of patch) {
                const index = result.findIndex(existing => isRecord(existing) && existing.name === item.name);
                if (item.$patch === "delete") {
                    if (index >= 0) result.splice(index, 1);
                } else if (index >= 0) result[index] = mergePatch(result[index], item, true); else result.push(item);
            }
            return result;
        }
        function pointer(path) {
            if (path === "") return [];
            if (!path.startsWith("/")) throw badRequest(`JSON pointer "${path}" must start with "/"`);
            return path.slice(1).split("/").map(token => token.replace(/~1/g, "/").replace(/~0/g, "~"));
        }
        function parentOf(document, tokens, path) {
            return [ walk(document, tokens.slice(0, -1), path), tokens.at(-1) ];
        }
        function getAt(document, path) {
            return walk(document, pointer(path), path);
        }
        function walk(document, tokens, path) {
            let current = document;
            for (const token of tokens) {
                current = Array.isArray(current) ? current[Number(token)] : isRecord(current) ? current[token] : void 0;
                if (current === void 0) throw badRequest(`the server rejected our request due to an error in our request: doc is missing path: "${path}"`);
            }
            return current;
        }
        function removeAt(document, path) {
            const tokens = pointer(path);
            const [parent, last] = parentOf(document, tokens, path);
            if (Array.isArray(parent)) return parent.splice(Number(last), 1)[0];
            if (isRecord(parent) && Object.hasOwn(parent, last)) {
                const value = parent[last];
                delete parent[last];
                return value;
            }
            throw badRequest(`the server rejected our request due to an error in our request: doc is missing path: "${path}"`);
        }
        function addAt(document, path, value, replace) {
            const tokens = pointer(path);
            if (tokens.length === 0) return structuredClone(value);
            const [parent, last] = parentOf(document, tokens, path);
            if (Array.isArray(parent)) {
                const index = last === "-" ? parent.length : Number(last);
                if (replace) parent[index] = structuredClone(value); else parent.splice(index, 0, structuredClone(value));
            } else if (isRecord(parent)) {
                if (replace && !Object.hasOwn(parent, last)) throw badRequest(`the server rejected our request due to an error in our request: replace operation does not apply: doc is missing key: ${path}`);
                parent[last] = structuredClone(value);
            } else throw badRequest(`the server rejected our request due to an error in our request: doc is missing path: "${path}"`);
            return document;
        }
        function jsonPatch(target, operations) {
            if (!Array.isArray(operations)) throw badRequest("the server rejected our request due to an error in our request: expected a JSON patch array");
            let document = structuredClone(target);
            for (const raw of operations) switch (raw.op) {
              case "add":
                document = addAt(document, raw.path, raw.value, false);
                break;

              case "replace":
                document = addAt(document, raw.path, raw.value, true);
                break;

              case "remove":
                removeAt(document, raw.path);
                break;

              case "move":
                document = addAt(document, raw.path, removeAt(document, raw.from ?? ""), false);
                break;

              case "copy":
                document = addAt(document, raw.path, getAt(document, raw.from ?? ""), false);
                break;

              case "test":
                if (JSON.stringify(getAt(document, raw.path)) !== JSON.stringify(raw.value)) throw invalidTest(raw.path);
                break;

              default:
                throw badRequest(`the server rejected our request due to an error in our request: Unexpected kind: ${String(raw.op)}`);
            }
            return document;
        }
        function invalidTest(path) {
            return badRequest(`the server rejected our request due to an error in our request: testing value ${path} failed: test failed`);
        }
        function applyPatch(target, body, contentType, {gr: gr, kind: kind, name: name, builtin: builtin}) {
            const type = contentType.split(";")[0].trim();
            switch (type) {
              case "application/merge-patch+json":
                return mergePatch(structuredClone(target), body);

              case "application/strategic-merge-patch+json":
                if (!builtin) throw unsupportedMediaType(type, [ "application/json-patch+json", "application/merge-patch+json", "application/apply-patch+yaml" ]);
                return mergePatch(structuredClone(target), body, true);

              case "application/json-patch+json":
                return jsonPatch(target, body);

              default:
                if (type === "application/apply-patch+yaml") throw invalid(kind, gr, name, [ {
                    message: "server-side apply is not supported by the simulator; use client-side apply"
                } ]);
                throw unsupportedMediaType(type, [ ...PATCH_TYPES ]);
            }
        }
        const ALL_VERBS = [ "create", "delete", "deletecollection", "get", "list", "patch", "update", "watch" ];
        function def(partial) {
            return {
                listKind: `${partial.kind}List`,
                namespaced: true,
                shortNames: [],
                categories: [],
                verbs: ALL_VERBS,
                hasStatus: false,
                builtin: true,
                fieldLabels: [],
                kubevirt: false,
                generation: false,
                ...partial
            };
        }
        const POD_FIELDS = [ "spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName" ];
        const EVENT_FIELDS = [ "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type" ];
        const RESOURCES = [ def({
            group: "",
            version: "v1",
            resource: "namespaces",
            singular: "namespace",
            kind: "Namespace",
            namespaced: false,
            shortNames: [ "ns" ],
            verbs: [ "create", "delete", "get", "list", "patch", "update", "watch" ],
            hasStatus: true,
            fieldLabels: [ "status.phase" ]
        }), def({
            group: "",
            version: "v1",
            resource: "nodes",
            singular: "node",
            kind: "Node",
            namespaced: false,
            shortNames: [ "no" ],
            hasStatus: true,
            fieldLabels: [ "spec.unschedulable" ]
        }), def({
            group: "",
            version: "v1",
            resource: "pods",
            singular: "pod",
            kind: "Pod",
            shortNames: [ "po" ],
            categories: [ "all" ],
            hasStatus: true,
            fieldLabels: POD_FIELDS
        }), def({
            group: "",
            version: "v1",
            resource: "events",
            singular: "event",
            kind: "Event",
            shortNames: [ "ev" ],
            fieldLabels: EVENT_FIELDS
        }), def({
            group: "apiextensions.k8s.io",
            version: "v1",
            resource: "customresourcedefinitions",
            singular: "customresourcedefinition",
            kind: "CustomResourceDefinition",
            namespaced: false,
            shortNames: [ "crd", "crds" ],
            categories: [ "api-extensions" ],
            hasStatus: true
        }), def({
            group: "authorization.k8s.io",
            version: "v1",
            resource: "selfsubjectaccessreviews",
            singular: "selfsubjectaccessreview",
            kind: "SelfSubjectAccessReview",
            namespaced: false,
            verbs: [ "create" ]
        }), def({
            group: "kubevirt.io",
            version: "v1",
            resource: "virtualmachines",
            singular: "virtualmachine",
            kind: "VirtualMachine",
            shortNames: [ "vm", "vms" ],
            categories: [ "all" ],
            hasStatus: true,
            builtin: false,
            kubevirt: true,
            generation: true
        }), def({
            group: "kubevirt.io",
            version: "v1",
            resource: "virtualmachineinstances",
            singular: "virtualmachineinstance",
            kind: "VirtualMachineInstance",
            shortNames: [ "vmi", "vmis" ],
            categories: [ "all" ],
            hasStatus: true,
            builtin: false,
            kubevirt: true,
            generation: true
        }), def({
            group: "kubevirt.io",
            version: "v1",
            resource: "kubevirts",
            singular: "kubevirt",
            kind: "KubeVirt",
            shortNames: [ "kv", "kvs" ],
            categories: [ "all" ],
            hasStatus: true,
            builtin: false,
            kubevirt: true,
            generation: true
        }) ];
        function resourceDef(resource) {
            const found = RESOURCES.find(candidate => candidate.resource === resource);
            if (!found) throw new Error(`sim: unknown resource ${resource}`);
            return found;
        }
        function findResource(group, version, resource) {
            return RESOURCES.find(candidate => candidate.group === group && candidate.version === version && candidate.resource === resource);
        }
        function apiVersionOf(resource) {
            return resource.group ? `${resource.group}/${resource.version}` : resource.version;
        }
        const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
        const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
        const SUBDOMAIN_HELP = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
        const LABEL_HELP = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
        const RUN_STRATEGIES = [ "Always", "RerunOnFailure", "Manual", "Halted", "Once", "WaitAsReceiver" ];
        function gr(def) {
            return {
                group: def.group,
                resource: def.resource
            };
        }
        class Cluster {
            store;
            #random;
            constructor(store, random) {
                this.store = store;
                this.#random = random;
            }
            get(def, namespace, name) {
                const object = this.store.get(def.resource, namespace, name);
                if (!object) throw notFound(gr(def), name);
                return object;
            }
            create(def, body, urlNamespace) {
                if (!isRecord(body) || !isRecord(body.metadata ?? {})) throw badRequest("the body of the request is not a JSON object");
                const given = clone(body);
                const metadata = given.metadata ?? {};
                if (def.namespaced) {
                    if (metadata.namespace && urlNamespace && metadata.namespace !== urlNamespace) throw badRequest("the namespace of the provided object does not match the namespace sent on the request");
                    metadata.namespace = urlNamespace ?? metadata.namespace;
                } else delete metadata.namespace;
                if (!metadata.name && metadata.generateName) metadata.name = `${metadata.generateName}${this.#random.nameSuffix()}`;
                this.#validateName(def, metadata.name ?? "");
                const name = metadata.name;
                if (def.namespaced) this.#checkNamespaceOpen(def, name, metadata.namespace);
                if (this.store.get(def.resource, metadata.namespace, name)) throw alreadyExists(gr(def), name);
                const object = {
                    ...given,
                    apiVersion: apiVersionOf(def),
                    kind: def.kind,
                    metadata: {
                        ...metadata,
                        name: name,
                        uid: this.#random.uuid(),
                        resourceVersion: "",
                        creationTimestamp: rfc3339(),
                        ...def.generation ? {
                            generation: 1
                        } : {}
                    }
                };
                delete object.metadata.deletionTimestamp;
                this.#prepareForCreate(def, object);
                return this.store.create(def.resource, object);
            }
            update(def, namespace, name, body, subresource) {
                const existing = this.get(def, namespace, name);
                if (!isRecord(body) || !isRecord(body.metadata)) throw badRequest("the body of the request is not a JSON object with metadata");
                if (body.metadata.name !== void 0 && body.metadata.name !== name) throw badRequest(`the name of the object (${display(body.metadata.name)}) does not match the name on the URL (${name})`);
                const requested = body.metadata.resourceVersion;
                if (!def.builtin && (typeof requested !== "string" || requested === "")) throw invalid(def.kind, gr(def), name, [ {
                    reason: "FieldValueInvalid",
                    field: "metadata.resourceVersion",
                    message: "Invalid value: 0x0: must be specified for an update"
                } ]);
                if (typeof requested === "string" && requested !== "" && requested !== existing.metadata.resourceVersion) throw conflict(gr(def), name);
                return this.#replace(def, existing, clone(body), subresource);
            }
            patch(def, namespace, name, body, contentType, subresource) {
                const existing = this.get(def, namespace, name);
                const patched = applyPatch(existing, body, contentType, {
                    gr: gr(def),
                    kind: def.kind,
                    name: name,
                    builtin: def.builtin
                });
                if (!isRecord(patched) || !isRecord(patched.metadata)) throw badRequest("the patch removed the object's metadata");
                const requested = patched.metadata.resourceVersion;
                if (typeof requested === "string" && requested !== existing.metadata.resourceVersion) throw conflict(gr(def), name);
                return this.#replace(def, existing, patched, subresource);
            }
            delete(def, namespace, name, options = {}) {
                const existing = this.get(def, namespace, name);
                if (existing.metadata.deletionTimestamp) {
                    const pod = def.resource === "pods";
                    if (!(pod && options.gracePeriodSeconds === 0)) return existing;
                }
                const policy = options.propagationPolicy ?? "Background";
                if (policy === "Orphan") this.#orphanDependents(existing);
                const marked = clone(existing);
                marked.metadata.deletionTimestamp = rfc3339();
                if (def.resource === "namespaces") {
                    marked.status = {
                        ...isRecord(marked.status) ? marked.status : {},
                        phase: "Terminating"
                    };
                    marked.metadata.deletionGracePeriodSeconds = 0;
                    return this.store.update(def.resource, marked);
                }
                if (policy === "Foreground" && this.dependentsOf(existing).length > 0) {
                    marked.metadata.finalizers = [ ...marked.metadata.finalizers ?? [], "foregroundDeletion" ];
                    marked.metadata.deletionGracePeriodSeconds = 0;
                    return this.store.update(def.resource, marked);
                }
                if ((existing.metadata.finalizers ?? []).length > 0) {
                    marked.metadata.deletionGracePeriodSeconds = 0;
                    return this.store.update(def.resource, marked);
                }
                if (def.resource === "pods" && options.gracePeriodSeconds !== 0 && isBound(existing)) {
                    marked.metadata.deletionGracePeriodSeconds = options.gracePeriodSeconds ?? terminationGrace(existing);
                    return this.store.update(def.resource, marked);
                }
                return this.store.remove(def.resource, namespace, name) ?? existing;
            }
            dependentsOf(owner) {
                const found = [];
                for (const def of RESOURCES) {
                    if (def.resource === "selfsubjectaccessreviews") continue;
                    const candidates = this.store.list(def.resource, def.namespaced ? owner.metadata.namespace ?? void 0 : void 0);
                    for (const object of candidates) if (object.metadata.ownerReferences?.some(ref => ref.uid === owner.metadata.uid)) found.push({
                        def: def,
                        object: object
                    });
                }
                return found;
            }
            removeFinalizer(resource, object, finalizer) {
                const current = this.store.get(resource, object.metadata.namespace, object.metadata.name);
                if (!current) return;
                const updated = clone(current);
                updated.metadata.finalizers = (current.metadata.finalizers ?? []).filter(f => f !== finalizer);
                if (updated.metadata.finalizers.length === 0) delete updated.metadata.finalizers;
                this.#replace(resourceDef(resource), current, updated, void 0);
            }
            #replace(def, existing, incoming, subresource) {
                let next;
                if (subresource === "status") next = {
                    ...clone(existing),
                    status: incoming.status
                }; else {
                    next = {
                        ...incoming,
                        apiVersion: existing.apiVersion,
                        kind: existing.kind,
                        metadata: {
                            ...incoming.metadata,
                            name: existing.metadata.name,
                            ...existing.metadata.namespace ? {
                                namespace: existing.metadata.namespace
                            } : {},
                            uid: existing.metadata.uid,
                            creationTimestamp: existing.metadata.creationTimestamp,
                            resourceVersion: existing.metadata.resourceVersion
                        }
                    };
                    if (existing.metadata.deletionTimestamp) {
                        next.metadata.deletionTimestamp = existing.metadata.deletionTimestamp;
                        next.metadata.deletionGracePeriodSeconds = existing.metadata.deletionGracePeriodSeconds;
                    } else delete next.metadata.deletionTimestamp;
                    if (def.hasStatus) if (existing.status === void 0) delete next.status; else next.status = existing.status;
                    if (def.generation) {
                        const specChanged = !sameJson(existing.spec, next.spec);
                        next.metadata.generation = (existing.metadata.generation ?? 1) + (specChanged ? 1 : 0);
                    }
                }
                if (def.resource === "virtualmachines" && subresource !== "status") this.#validateVm(next);
                const waitsForOthers = def.resource === "namespaces" || def.resource === "pods" && isBound(next);
                if (next.metadata.deletionTimestamp && (next.metadata.finalizers ?? []).length === 0 && !waitsForOthers) return this.store.remove(def.resource, next.metadata.namespace, next.metadata.name) ?? next;
                if (sameJson(next, existing)) return existing;
                return this.store.update(def.resource, next);
            }
            #validateName(def, name) {
                const causes = [];
                if (name === "") causes.push({
                    reason: "FieldValueRequired",
                    field: "metadata.name",
                    message: "Required value: name or generateName is required"
                }); else {
                    const label = def.resource === "namespaces";
                    const ok = label ? DNS1123_LABEL.test(name) && name.length <= 63 : DNS1123_SUBDOMAIN.test(name) && name.length <= 253;
                    if (!ok) causes.push({
                        reason: "FieldValueInvalid",
                        field: "metadata.name",
                        message: `Invalid value: "${name}": ${label ? LABEL_HELP : SUBDOMAIN_HELP}`
                    });
                }
                if (causes.length) throw invalid(def.kind, gr(def), name, causes);
            }
            #checkNamespaceOpen(def, name, namespace) {
                const ns = this.store.get("namespaces", void 0, namespace);
                if (!ns) throw notFound({
                    group: "",
                    resource: "namespaces"
                }, namespace);
                if (ns.metadata.deletionTimestamp) throw namespaceTerminating(gr(def), name, namespace);
            }
            #prepareForCreate(def, object) {
                if (def.hasStatus) delete object.status;
                switch (def.resource) {
                  case "namespaces":
                    object.spec = {
                        finalizers: [ "kubernetes" ]
                    };
                    object.status = {
                        phase: "Active"
                    };
                    object.metadata.labels = {
                        ...object.metadata.labels,
                        "kubernetes.io/metadata.name": object.metadata.name
                    };
                    break;

                  case "pods":
                    object.status = {
                        phase: "Pending",
                        qosClass: "Burstable"
                    };
                    break;

                  case "virtualmachines":
                    this.#validateVm(object);
                    object.metadata.annotations = {
                        "kubevirt.io/latest-observed-api-version": "v1",
                        "kubevirt.io/storage-observed-api-version": "v1",
                        ...object.metadata.annotations
                    };
                    break;
                }
            }
            #validateVm(vm) {
                const def = resourceDef("virtualmachines");
                const spec = isRecord(vm.spec) ? vm.spec : void 0;
                const causes = [];
                if (!spec || !isRecord(spec.template)) causes.push({
                    reason: "FieldValueRequired",
                    field: "spec.template",
                    message: "Required value"
                });
                const runStrategy = spec?.runStrategy;
                if (runStrategy !== void 0 && !RUN_STRATEGIES.includes(display(runStrategy))) causes.push({
                    reason: "FieldValueNotSupported",
                    field: "spec.runStrategy",
                    message: `Unsupported value: "${display(runStrategy)}": supported values: ${RUN_STRATEGIES.map(s => `"${s}"`).join(", ")}`
                });
                if (runStrategy !== void 0 && spec?.running !== void 0) causes.push({
                    reason: "FieldValueInvalid",
                    field: "spec.running",
                    message: "Invalid value: running and runStrategy are mutually exclusive"
                });
                if (causes.length) throw invalid(def.kind, gr(def), vm.metadata.name, causes);
            }
            #orphanDependents(owner) {
                for (const {def: def, object: object} of this.dependentsOf(owner)) {
                    const released = clone(object);
                    released.metadata.ownerReferences = object.metadata.ownerReferences?.filter(ref => ref.uid !== owner.metadata.uid);
                    if (released.metadata.ownerReferences?.length === 0) delete released.metadata.ownerReferences;
                    this.store.update(def.resource, released);
                }
            }
        }
        function isBound(pod) {
            return isRecord(pod.spec) && typeof pod.spec.nodeName === "string" && pod.spec.nodeName !== "";
        }
        function terminationGrace(pod) {
            const grace = isRecord(pod.spec) ? pod.spec.terminationGracePeriodSeconds : void 0;
            return typeof grace === "number" ? grace : 30;
        }
        function makeRule(times, remove) {
            let hits = 0;
            let remaining = times ?? 1 / 0;
            const rule = {
                handle: {
                    get hits() {
                        return hits;
                    },
                    get remaining() {
                        return remaining;
                    },
                    clear: () => remove(rule)
                },
                consume() {
                    if (remaining <= 0) return false;
                    hits++;
                    remaining--;
                    if (remaining <= 0) remove(rule);
                    return true;
                }
            };
            return rule;
        }
        function matches(match, facts) {
            if (!match) return true;
            return (match.method === void 0 || match.method.toUpperCase() === facts.method) && (match.verb === void 0 || match.verb === facts.verb) && (match.resource === void 0 || match.resource === facts.resource) && (match.watch === void 0 || match.watch === facts.watch) && (match.namespace === void 0 || match.namespace === facts.namespace) && (match.name === void 0 || match.name === facts.name);
        }
        function streamMatches(options, stream) {
            return (options.resource === void 0 || options.resource === stream.resource) && (options.namespace === void 0 || options.namespace === stream.namespace);
        }
        function end(stream, mode) {
            if (mode === "reset") stream.reset(); else stream.close();
        }
        class Faults {
            #random;
            #host;
            #requestRules=[];
            #afterRules=[];
            #randomRules=[];
            #garbleRules=[];
            #transportRules=[];
            #rawRules=[];
            #pageRules=[];
            constructor(random, host) {
                this.#random = random;
                this.#host = host;
            }
            inject(options) {
                if (options.respond === "malformed") {
                    const {resource: resource, namespace: namespace} = options.match ?? {};
                    return this.garbleWatchEvents({
                        resource: resource,
                        namespace: namespace,
                        event: options.event,
                        times: options.times
                    });
                }
                const entry = {
                    rule: makeRule(options.times, r => this.#drop(r)),
                    options: options
                };
                this.#requestRules.push(entry);
                return entry.rule.handle;
            }
            forbidWatch(resource) {
                return this.inject({
                    match: {
                        resource: resource,
                        watch: true
                    },
                    respond: 403
                });
            }
            endWatches(options = {}) {
                const targets = [ ...this.#host.openStreams() ].filter(stream => streamMatches(options, stream));
                for (const stream of targets) end(stream, options.mode);
                return targets.length;
            }
            endWatchesAfter(options) {
                const entry = {
                    rule: makeRule(options.times, r => this.#drop(r)),
                    options: options,
                    deadlines: new WeakMap,
                    events: Math.max(1, options.events)
                };
                for (const stream of this.#host.openStreams()) if (streamMatches(options, stream)) entry.deadlines.set(stream, stream.eventsSent + entry.events);
                this.#afterRules.push(entry);
                return entry.rule.handle;
            }
            endWatchesRandomly(options) {
                const entry = {
                    rule: makeRule(void 0, r => this.#drop(r)),
                    options: options
                };
                this.#randomRules.push(entry);
                return entry.rule.handle;
            }
            garbleWatchEvents(options = {}) {
                const entry = {
                    rule: makeRule(options.times, r => this.#drop(r)),
                    options: options
                };
                this.#garbleRules.push(entry);
                return entry.rule.handle;
            }
            spoilWatches(options) {
                const entry = {
                    rule: makeRule(options.times, r => this.#drop(r)),
                    options: options
                };
                this.#transportRules.push(entry);
                return entry.rule.handle;
            }
            pageLists(options) {
                const entry = {
                    rule: makeRule(options.times, r => this.#drop(r)),
                    options: options
                };
                this.#pageRules.push(entry);
                return entry.rule.handle;
            }
            pageSizeOf(resource, namespace) {
                return this.#pageRules.find(({rule: rule, options: options}) => (options.resource === void 0 || options.resource === resource) && (options.namespace === void 0 || options.namespace === namespace) && rule.consume())?.options.pageSize;
            }
            rawLineSeparators(options = {}) {
                const entry = {
                    rule: makeRule(options.times, r => this.#drop(r)),
                    options: options
                };
                this.#rawRules.push(entry);
                return entry.rule.handle;
            }
            compact(resource) {
                this.#host.compact(resource);
            }
            restart(options = {}) {
                return this.#host.restart(options);
            }
            clear() {
                this.#requestRules = [];
                this.#afterRules = [];
                this.#randomRules = [];
                this.#garbleRules = [];
                this.#transportRules = [];
                this.#rawRules = [];
                this.#pageRules = [];
            }
            transportOf(stream) {
                return this.#transportRules.find(({rule: rule, options: options}) => streamMatches(options, stream) && rule.consume())?.options.mode;
            }
            rawSeparators(stream, type) {
                return this.#rawRules.some(({rule: rule, options: options}) => streamMatches(options, stream) && (options.event === void 0 || options.event === type) && rule.consume());
            }
            decide(facts) {
                for (const {rule: rule, options: options} of this.#requestRules) {
                    if (!matches(options.match, facts) || !rule.consume()) continue;
                    const decision = {
                        delayMs: options.delayMs ?? 0
                    };
                    if (options.respond === "reset") decision.reset = true; else if (options.respond !== void 0) decision.error = this.#errorFor(options, facts);
                    return decision;
                }
                return;
            }
            watchOpened(stream) {
                for (const entry of this.#afterRules) if (streamMatches(entry.options, stream)) entry.deadlines.set(stream, entry.events);
            }
            afterWatchEvent(stream) {
                for (const entry of this.#afterRules) {
                    const deadline = entry.deadlines.get(stream);
                    if (deadline === void 0 || stream.eventsSent < deadline) continue;
                    entry.deadlines.delete(stream);
                    if (entry.rule.consume()) {
                        end(stream, entry.options.mode);
                        return;
                    }
                }
                for (const {rule: rule, options: options} of this.#randomRules) if (streamMatches(options, stream) && this.#random.chance(options.rate) && rule.consume()) {
                    end(stream, options.mode);
                    return;
                }
            }
            garbleWatchEvent(stream, type) {
                return this.#garbleRules.some(({rule: rule, options: options}) => streamMatches(options, stream) && (options.event === void 0 || options.event === type) && rule.consume());
            }
            #errorFor(options, facts) {
                const code = options.respond;
                const gr = {
                    group: "",
                    resource: facts.resource ?? ""
                };
                switch (code) {
                  case 429:
                    return tooManyRequests(options.retryAfterSeconds ?? 1, options.message);

                  case 403:
                    return options.message ? statusError(403, options.message) : forbidden(gr, facts.verb ?? "get", this.#host.user, facts.namespace, facts.name);

                  case 410:
                    return expired(options.message ?? "too old resource version: injected fault");

                  case 503:
                    {
                        const error = statusError(503, options.message);
                        if (options.retryAfterSeconds === void 0) return error;
                        return new ApiError({
                            ...error.status,
                            details: {
                                retryAfterSeconds: options.retryAfterSeconds
                            }
                        }, {
                            "Retry-After": String(options.retryAfterSeconds)
                        });
                    }

                  default:
                    return statusError(code, options.message);
                }
            }
            #drop(rule) {
                this.#requestRules = this.#requestRules.filter(entry => entry.rule !== rule);
                this.#afterRules = this.#afterRules.filter(entry => entry.rule !== rule);
                this.#randomRules = this.#randomRules.filter(entry => entry.rule !== rule);
                this.#garbleRules = this.#garbleRules.filter(entry => entry.rule !== rule);
                this.#transportRules = this.#transportRules.filter(entry => entry.rule !== rule);
                this.#rawRules = this.#rawRules.filter(entry => entry.rule !== rule);
                this.#pageRules = this.#pageRules.filter(entry => entry.rule !== rule);
            }
        }
        const GC_DELAY_MS = 100;
        const NAMESPACE_SYNC_MS = 200;
        class GarbageCollector {
            #cluster;
            #clock;
            #unsubscribe;
            #namespacesQueued=new Set;
            constructor(cluster, clock) {
                this.#cluster = cluster;
                this.#clock = clock;
                this.#unsubscribe = cluster.store.subscribe(change => this.#onChange(change));
            }
            stop() {
                this.#unsubscribe();
            }
            #onChange(change) {
                const {object: object} = change;
                if (change.type === "DELETED") {
                    this.#clock.after(GC_DELAY_MS, () => this.#collectDependents(object));
                    if (object.metadata.namespace) this.#queueNamespace(object.metadata.namespace);
                    return;
                }
                if (!object.metadata.deletionTimestamp) return;
                if (change.resource === "namespaces") this.#queueNamespace(object.metadata.name); else if (object.metadata.finalizers?.includes("foregroundDeletion")) this.#clock.after(GC_DELAY_MS, () => this.#foreground(change.resource, object));
            }
            #collectDependents(owner) {
                for (const {def: def, object: object} of this.#cluster.dependentsOf(owner)) {
                    const stillOwned = object.metadata.ownerReferences?.some(ref => ref.uid === owner.metadata.uid);
                    if (!stillOwned || object.metadata.deletionTimestamp) continue;
                    this.#ignoreMissing(() => this.#cluster.delete(def, object.metadata.namespace, object.metadata.name));
                }
            }
            #foreground(resource, owner) {
                const dependents = this.#cluster.dependentsOf(owner);
                if (dependents.length === 0) {
                    this.#cluster.removeFinalizer(resource, owner, "foregroundDeletion");
                    return;
                }
                for (const {def: def, object: object} of dependents) if (!object.metadata.deletionTimestamp) this.#ignoreMissing(() => this.#cluster.delete(def, object.metadata.namespace, object.metadata.name, {
                    propagationPolicy: "Foreground"
                }));
                this.#clock.after(GC_DELAY_MS, () => this.#foreground(resource, owner));
            }
            #queueNamespace(namespace) {
                const ns = this.#cluster.store.get("namespaces", void 0, namespace);
                if (!ns?.metadata.deletionTimestamp || this.#namespacesQueued.has(namespace)) return;
                this.#namespacesQueued.add(namespace);
                this.#clock.after(NAMESPACE_SYNC_MS, () => {
                    this.#namespacesQueued.delete(namespace);
                    this.#syncNamespace(namespace);
                });
            }
            #syncNamespace(namespace) {
                let remaining = 0;
                for (const def of RESOURCES) {
                    if (!def.namespaced) continue;
                    for (const object of this.#cluster.store.list(def.resource, namespace)) {
                        remaining++;
                        if (!object.metadata.deletionTimestamp) this.#ignoreMissing(() => this.#cluster.delete(def, namespace, object.metadata.name));
                    }
                }
                if (remaining === 0) this.#cluster.store.remove("namespaces", void 0, namespace); else this.#queueNamespace(namespace);
            }
            #ignoreMissing(action) {
                try {
                    action();
                } catch {}
            }
        }
        const KUBERNETES_VERSION = {
            major: "1",
            minor: "35",
            gitVersion: "v1.35.8"
        };
        function versionInfo() {
            return {
                ...KUBERNETES_VERSION,
                gitCommit: "67a30c0adcf52bd3f56ff0893ce19966be12991f",
                gitTreeState: "clean",
                buildDate: "2025-02-12T21:19:47Z",
                goVersion: "go1.23.6",
                compiler: "gc",
                platform: "linux/amd64"
            };
        }
        function served(kubevirtInstalled) {
            return RESOURCES.filter(resource => kubevirtInstalled || !resource.kubevirt);
        }
        function coreVersions(serverAddress) {
            return {
                kind: "APIVersions",
                versions: [ "v1" ],
                serverAddressByClientCIDRs: [ {
                    clientCIDR: "0.0.0.0/0",
                    serverAddress: serverAddress
                } ]
            };
        }
        function groupOf(name, version) {
            const groupVersion = {
                groupVersion: `${name}/${version}`,
                version: version
            };
            return {
                name: name,
                versions: [ groupVersion ],
                preferredVersion: groupVersion
            };
        }
        function groupList(kubevirtInstalled) {
            const names = [ ...new Set(served(kubevirtInstalled).map(r => r.group).filter(g => g !== "")) ];
            return {
                kind: "APIGroupList",
                apiVersion: "v1",
                groups: names.map(name => groupOf(name, "v1"))
            };
        }
        function group(name, kubevirtInstalled) {
            if (!served(kubevirtInstalled).some(r => r.group === name)) return;
            return {
                kind: "APIGroup",
                apiVersion: "v1",
                ...groupOf(name, "v1")
            };
        }
        function resourceList(groupName, version, kubevirtInstalled) {
            const defs = served(kubevirtInstalled).filter(r => r.group === groupName && r.version === version);
            if (defs.length === 0) return;
            const resources = defs.flatMap(def => {
                const main = {
                    name: def.resource,
                    singularName: def.singular,
                    namespaced: def.namespaced,
                    kind: def.kind,
                    verbs: def.verbs,
                    ...def.shortNames.length ? {
                        shortNames: def.shortNames
                    } : {},
                    ...def.categories.length ? {
                        categories: def.categories
                    } : {}
                };
                const status = {
                    name: `${def.resource}/status`,
                    singularName: "",
                    namespaced: def.namespaced,
                    kind: def.kind,
                    verbs: [ "get", "patch", "update" ]
                };
                return def.hasStatus ? [ main, status ] : [ main ];
            });
            return {
                kind: "APIResourceList",
                apiVersion: "v1",
                groupVersion: apiVersionOf(defs[0]),
                resources: resources
            };
        }
        const PRINTER_COLUMNS = {
            virtualmachines: [ {
                name: "Age",
                type: "date",
                jsonPath: ".metadata.creationTimestamp"
            }, {
                name: "Status",
                type: "string",
                jsonPath: ".status.printableStatus"
            }, {
                name: "Ready",
                type: "string",
                jsonPath: ".status.conditions[?(@.type=='Ready')].status"
            } ],
            virtualmachineinstances: [ {
                name: "Age",
                type: "date",
                jsonPath: ".metadata.creationTimestamp"
            }, {
                name: "Phase",
                type: "string",
                jsonPath: ".status.phase"
            }, {
                name: "IP",
                type: "string",
                jsonPath: ".status.interfaces[0].ipAddress"
            }, {
                name: "NodeName",
                type: "string",
                jsonPath: ".status.nodeName"
            }, {
                name: "Ready",
                type: "string",
                jsonPath: ".status.conditions[?(@.type=='Ready')].status"
            } ],
            kubevirts: [ {
                name: "Age",
                type: "date",
                jsonPath: ".metadata.creationTimestamp"
            }, {
                name: "Phase",
                type: "string",
                jsonPath: ".status.phase"
            } ]
        };
        function kubevirtCrds() {
            return RESOURCES.filter(r => r.kubevirt).map(def => ({
                apiVersion: "apiextensions.k8s.io/v1",
                kind: "CustomResourceDefinition",
                metadata: {
                    name: `${def.resource}.${def.group}`,
                    labels: {
                        "app.kubernetes.io/component": "kubevirt",
                        "app.kubernetes.io/managed-by": "virt-operator"
                    }
                },
                spec: {
                    group: def.group,
                    names: {
                        kind: def.kind,
                        listKind: def.listKind,
                        plural: def.resource,
                        singular: def.singular,
                        shortNames: def.shortNames,
                        categories: def.categories
                    },
                    scope: def.namespaced ? "Namespaced" : "Cluster",
                    versions: [ {
                        name: def.version,
                        served: true,
                        storage: true,
                        subresources: {
                            status: {}
                        },
                        additionalPrinterColumns: PRINTER_COLUMNS[def.resource] ?? [],
                        schema: {
                            openAPIV3Schema: {
                                type: "object",
                                "x-kubernetes-preserve-unknown-fields": true
                            }
                        }
                    } ]
                },
                status: {
                    acceptedNames: {
                        kind: def.kind,
                        plural: def.resource,
                        singular: def.singular,
                        shortNames: def.shortNames
                    },
                    conditions: [ {
                        type: "NamesAccepted",
                        status: "True",
                        reason: "NoConflicts",
                        message: "no conflicts found"
                    }, {
                        type: "Established",
                        status: "True",
                        reason: "InitialNamesAccepted",
                        message: "the initial names have been accepted"
                    } ],
                    storedVersions: [ def.version ]
                }
            }));
        }
        function openApiIndex(kubevirtInstalled) {
            const paths = {};
            for (const def of served(kubevirtInstalled)) {
                const path = def.group ? `apis/${def.group}/${def.version}` : `api/${def.version}`;
                paths[path] = {
                    serverRelativeURL: `/openapi/v3/${path}?hash=sim`
                };
            }
            return {
                paths: paths
            };
        }
        function openApiDocument(groupVersionPath, kubevirtInstalled) {
            const defs = served(kubevirtInstalled).filter(def => {
                const path = def.group ? `apis/${def.group}/${def.version}` : `api/${def.version}`;
                return path === groupVersionPath;
            });
            if (defs.length === 0) return;
            const paths = {};
            for (const def of defs) {
                const base = `/${groupVersionPath}/${def.namespaced ? "namespaces/{namespace}/" : ""}${def.resource}/{name}`;
                const gvk = {
                    group: def.group,
                    version: def.version,
                    kind: def.kind
                };
                const parameters = [ {
                    name: "dryRun",
                    in: "query",
                    schema: {
                        type: "string",
                        uniqueItems: true
                    }
                }, {
                    name: "fieldManager",
                    in: "query",
                    schema: {
                        type: "string",
                        uniqueItems: true
                    }
                }, {
                    name: "fieldValidation",
                    in: "query",
                    schema: {
                        type: "string",
                        uniqueItems: true
                    }
                } ];
                paths[base] = {
                    patch: {
                        operationId: `patch${def.kind}`,
                        parameters: parameters,
                        responses: {
                            200: {
                                description: "OK"
                            }
                        },
                        "x-kubernetes-action": "patch",
                        "x-kubernetes-group-version-kind": gvk
                    }
                };
            }
            return {
                openapi: "3.0.0",
                info: {
                    title: "Kubernetes",
                    version: KUBERNETES_VERSION.gitVersion
                },
                paths: paths,
                components: {
                    schemas: {}
                }
            };
        }
        const COMPONENTS = [ {
            name: "virt-operator",
            replicas: 2,
            kind: "ReplicaSet"
        }, {
            name: "virt-api",
            replicas: 2,
            kind: "ReplicaSet"
        }, {
            name: "virt-controller",
            replicas: 2,
            kind: "ReplicaSet"
        }, {
            name: "virt-handler",
            replicas: 1,
            kind: "DaemonSet"
        } ];
        const POD_SUFFIXES = [ "qwrtz", "h8xkp" ];
        function kubevirtPods(namespace, node, version, available) {
            const now = (new Date).toISOString().replace(/\.\d+Z$/, "Z");
            return COMPONENTS.flatMap(component => Array.from({
                length: component.replicas
            }, (_, index) => {
                const suffix = component.kind === "DaemonSet" ? "x7k2p" : `5d9c8b7f4-${POD_SUFFIXES[index]}`;
                const ready = available || component.name !== "virt-handler";
                const image = `quay.io/kubevirt/${component.name}:${version}`;
                return {
                    metadata: {
                        name: `${component.name}-${suffix}`,
                        namespace: namespace,
                        labels: {
                            "kubevirt.io": component.name,
                            "app.kubernetes.io/component": "kubevirt"
                        }
                    },
                    spec: {
                        nodeName: node,
                        containers: [ {
                            name: component.name,
                            image: image
                        } ]
                    },
                    status: {
                        phase: "Running",
                        conditions: [ {
                            type: "Ready",
                            status: ready ? "True" : "False",
                            lastTransitionTime: now
                        } ],
                        containerStatuses: [ {
                            name: component.name,
                            image: image,
                            ready: ready,
                            restartCount: 0,
                            started: true,
                            state: {
                                running: {
                                    startedAt: now
                                }
                            }
                        } ]
                    }
                };
            }));
        }
        const NODE_NAME = "sim-node";
        const KUBEVIRT_NAMESPACE = "kubevirt";
        const KUBEVIRT_NAME = "kubevirt";
        function seedCluster(cluster, options) {
            for (const name of [ "default", "kube-system", "kube-public", "kube-node-lease", KUBEVIRT_NAMESPACE ]) cluster.create(resourceDef("namespaces"), {
                metadata: {
                    name: name
                }
            }, void 0);
            const {status: status, ...spec} = node(options.kvm, options.nodeMemory);
            const created = cluster.create(resourceDef("nodes"), spec, void 0);
            cluster.store.update("nodes", {
                ...created,
                status: status
            });
            if (!options.kubevirtInstalled) return;
            for (const crd of kubevirtCrds()) cluster.create(resourceDef("customresourcedefinitions"), crd, void 0);
            const kubevirt = cluster.create(resourceDef("kubevirts"), kubevirtCr(options), KUBEVIRT_NAMESPACE);
            cluster.store.update("kubevirts", {
                ...kubevirt,
                status: kubevirtStatus(options)
            });
            const {kubevirtVersion: kubevirtVersion, kubevirtAvailable: kubevirtAvailable} = options;
            for (const {status: status, ...pod} of kubevirtPods(KUBEVIRT_NAMESPACE, NODE_NAME, kubevirtVersion, kubevirtAvailable)) {
                const created = cluster.create(resourceDef("pods"), pod, KUBEVIRT_NAMESPACE);
                cluster.store.update("pods", {
                    ...created,
                    status: status
                });
            }
        }
        function node(kvm, memory) {
            const devices = {
                "devices.kubevirt.io/tun": "1k",
                "devices.kubevirt.io/vhost-net": "1k"
            };
            if (kvm) devices["devices.kubevirt.io/kvm"] = "1k";
            const resources = {
                cpu: "4",
                memory: memory,
                pods: "110",
                "ephemeral-storage": "100Gi",
                ...devices
            };
            return {
                metadata: {
                    name: NODE_NAME,
                    labels: {
                        "kubernetes.io/hostname": NODE_NAME,
                        "kubernetes.io/os": "linux",
                        "kubernetes.io/arch": "amd64",
                        "node-role.kubernetes.io/control-plane": "",
                        "kubevirt.io/schedulable": "true"
                    }
                },
                spec: {},
                status: {
                    capacity: resources,
                    allocatable: resources,
                    conditions: [ {
                        type: "Ready",
                        status: "True",
                        reason: "KubeletReady",
                        message: "kubelet is posting ready status"
                    } ],
                    nodeInfo: {
                        kubeletVersion: KUBERNETES_VERSION.gitVersion,
                        containerRuntimeVersion: "containerd://2.0.2",
                        operatingSystem: "linux",
                        architecture: "amd64"
                    }
                }
            };
        }
        function kubevirtCr(options) {
            const developerConfiguration = {};
            if (options.featureGates.length) developerConfiguration.featureGates = options.featureGates;
            if (options.disabledFeatureGates.length) developerConfiguration.disabledFeatureGates = options.disabledFeatureGates;
            if (options.useEmulation) developerConfiguration.useEmulation = true;
            return {
                apiVersion: "kubevirt.io/v1",
                kind: "KubeVirt",
                metadata: {
                    name: KUBEVIRT_NAME,
                    finalizers: [ "foregroundDeleteKubeVirt" ]
                },
                spec: {
                    certificateRotateStrategy: {},
                    configuration: {
                        developerConfiguration: developerConfiguration,
                        ...options.disableSerialConsoleLog ? {
                            virtualMachineOptions: {
                                disableSerialConsoleLog: {}
                            }
                        } : {}
                    },
                    customizeComponents: {},
                    imagePullPolicy: "IfNotPresent",
                    workloadUpdateStrategy: {}
                }
            };
        }
        function kubevirtStatus(options) {
            const available = options.kubevirtAvailable;
            const now = (new Date).toISOString().replace(/\.\d+Z$/, "Z");
            const condition = (type, status, reason, message) => ({
                type: type,
                status: status ? "True" : "False",
                reason: reason,
                message: message,
                lastProbeTime: now,
                lastTransitionTime: now
            });
            return {
                phase: available ? "Deployed" : "Deploying",
                conditions: [ condition("Available", available, available ? "AllComponentsReady" : "DeploymentInProgress", available ? "All components are ready." : "Deploying version " + options.kubevirtVersion), condition("Progressing", !available, available ? "AllComponentsReady" : "DeploymentInProgress", available ? "All components are ready." : "Deploying version " + options.kubevirtVersion), condition("Degraded", false, available ? "AllComponentsReady" : "DeploymentInProgress", available ? "All components are ready." : "Deploying version " + options.kubevirtVersion) ],
                observedKubeVirtVersion: options.kubevirtVersion,
                targetKubeVirtVersion: options.kubevirtVersion,
                operatorVersion: options.kubevirtVersion,
                observedKubeVirtRegistry: "quay.io/kubevirt",
                targetKubeVirtRegistry: "quay.io/kubevirt"
            };
        }
        function involvedObjectOf(object, fieldPath) {
            return {
                kind: object.kind ?? "",
                namespace: object.metadata.namespace ?? "",
                name: object.metadata.name,
                uid: object.metadata.uid,
                apiVersion: object.apiVersion ?? "v1",
                resourceVersion: object.metadata.resourceVersion,
                ...fieldPath ? {
                    fieldPath: fieldPath
                } : {}
            };
        }
        class EventRecorder {
            #cluster;
            #source;
            #names=new Map;
            #lastSuffix=0;
            constructor(cluster, source) {
                this.#cluster = cluster;
                this.#source = source;
            }
            record(involved, type, reason, message) {
                const {resourceVersion: _ignored, ...identity} = involved;
                const key = JSON.stringify([ identity, type, reason, message, this.#source ]);
                const now = rfc3339();
                const events = resourceDef("events");
                const name = this.#names.get(key);
                const existing = name ? this.#cluster.store.get("events", involved.namespace, name) : void 0;
                if (existing) {
                    const count = (typeof existing.count === "number" ? existing.count : 1) + 1;
                    this.#cluster.store.update("events", {
                        ...existing,
                        count: count,
                        lastTimestamp: now
                    });
                    return;
                }
                const eventName = `${involved.name}.${this.#suffix()}`;
                try {
                    this.#cluster.create(events, {
                        apiVersion: "v1",
                        kind: "Event",
                        metadata: {
                            name: eventName,
                            namespace: involved.namespace
                        },
                        involvedObject: involved,
                        reason: reason,
                        message: message,
                        source: this.#source,
                        firstTimestamp: now,
                        lastTimestamp: now,
                        count: 1,
                        type: type,
                        eventTime: null,
                        reportingComponent: this.#source.component,
                        reportingInstance: this.#source.host ?? ""
                    }, involved.namespace);
                    this.#names.set(key, eventName);
                } catch {}
            }
            #suffix() {
                const nanos = Math.max(Math.floor((performance.timeOrigin + performance.now()) * 1e6), this.#lastSuffix + 1);
                this.#lastSuffix = nanos;
                return nanos.toString(16);
            }
        }
        const IMAGE_BACKOFF_INITIAL_MS = 1e4;
        const IMAGE_BACKOFF_MAX_MS = 3e5;
        const PULL_FAILURE_MS = 150;
        const PULL_SUCCESS_MS = 1500;
        class ImageManager {
            #clock;
            #random;
            #events;
            #imageExists;
            #backOff=new Map;
            #present=new Set;
            constructor(clock, random, events, imageExists) {
                this.#clock = clock;
                this.#random = random;
                this.#events = events;
                this.#imageExists = imageExists;
            }
            async ensureImageExists(dwelling, pod, image, ref, pullPolicy = "IfNotPresent") {
                const invalid = invalidImageMessage(image);
                if (invalid) {
                    this.#events.record(ref, "Warning", "InspectFailed", invalid);
                    return {
                        ok: false,
                        reason: "InvalidImageName",
                        message: invalid
                    };
                }
                if (preloadedOnNode(image)) this.#present.add(image);
                if (pullPolicy !== "Always" && this.#present.has(image)) {
                    this.#events.record(ref, "Normal", "Pulled", `Container image "${image}" already present on machine`);
                    return {
                        ok: true
                    };
                }
                const key = `${pod.metadata.uid}_${image}`;
                const entry = this.#backOff.get(key);
                if (entry && (this.#inBackOff(entry) || dwelling)) {
                    const event = `Back-off pulling image "${image}"`;
                    this.#events.record(ref, "Normal", "BackOff", event);
                    return {
                        ok: false,
                        reason: "ImagePullBackOff",
                        message: `${event}: ${entry.lastError}`
                    };
                }
                this.#events.record(ref, "Normal", "Pulling", `Pulling image "${image}"`);
                const exists = this.#imageExists(image);
                const pullMs = (exists ? PULL_SUCCESS_MS : PULL_FAILURE_MS) * (.8 + .4 * this.#random.next());
                const started = this.#clock.now();
                await new Promise(resolve => this.#clock.after(pullMs, resolve));
                if (!exists) {
                    const cause = pullErrorMessage(image);
                    this.#events.record(ref, "Warning", "Failed", `Failed to pull image "${image}": ${cause}`);
                    this.#nextBackOff(key, `ErrImagePull: ${cause}`);
                    return {
                        ok: false,
                        reason: "ErrImagePull",
                        message: cause
                    };
                }
                this.#present.add(image);
                const scale = this.#clock.timeScale || 1;
                const took = ((this.#clock.now() - started) / scale / 1e3).toFixed(3);
                this.#events.record(ref, "Normal", "Pulled", `Successfully pulled image "${image}" in ${took}s (${took}s including waiting). Image size: 123456789 bytes.`);
                return {
                    ok: true
                };
            }
            #inBackOff(entry) {
                const since = this.#clock.now() - entry.lastUpdate;
                if (since > this.#clock.scaled(2 * IMAGE_BACKOFF_MAX_MS)) return false;
                return since < this.#clock.scaled(entry.periodMs);
            }
            #nextBackOff(key, lastError) {
                const now = this.#clock.now();
                const entry = this.#backOff.get(key);
                const expired = entry !== void 0 && now - entry.lastUpdate > this.#clock.scaled(2 * IMAGE_BACKOFF_MAX_MS);
                const periodMs = !entry || expired ? IMAGE_BACKOFF_INITIAL_MS : Math.min(entry.periodMs * 2, IMAGE_BACKOFF_MAX_MS);
                this.#backOff.set(key, {
                    periodMs: periodMs,
                    lastUpdate: now,
                    lastError: lastError
                });
            }
        }
        function isSidecar(container) {
            return container.restartPolicy === "Always";
        }
        function containersReady(spec, statuses) {
            const unknown = [];
            const unready = [];
            const watched = [ ...(spec.initContainers ?? []).filter(isSidecar), ...spec.containers ];
            for (const container of watched) {
                const status = statuses.find(s => s.name === container.name);
                if (!status) unknown.push(container.name); else if (!status.ready) unready.push(container.name);
            }
            const messages = [ ...unknown.length ? [ `containers with unknown status: [${unknown.join(" ")}]` ] : [], ...unready.length ? [ `containers with unready status: [${unready.join(" ")}]` ] : [] ];
            if (messages.length === 0) return {
                status: "True"
            };
            return {
                status: "False",
                reason: "ContainersNotReady",
                message: messages.join(", ")
            };
        }
        function podReady(spec, conditions, statuses) {
            const ready = containersReady(spec, statuses);
            if (ready.status !== "True") return ready;
            const messages = [];
            for (const gate of spec.readinessGates ?? []) {
                const condition = conditions.find(c => c.type === gate.conditionType);
                if (!condition) messages.push(`corresponding condition of pod readiness gate "${gate.conditionType}" does not exist.`); else if (condition.status !== "True") messages.push(`the status of pod readiness gate "${gate.conditionType}" is not "True", but ${condition.status}`);
            }
            if (messages.length === 0) return {
                status: "True"
            };
            return {
                status: "False",
                reason: "ReadinessGatesNotReady",
                message: messages.join(", ")
            };
        }
        function needToReconcilePodReadiness(pod) {
            if ((pod.spec.readinessGates ?? []).length === 0) return false;
            const conditions = pod.status?.conditions ?? [];
            const current = conditions.find(c => c.type === "Ready");
            if (!current) return false;
            const expected = podReady(pod.spec, conditions, pod.status?.containerStatuses ?? []);
            return current.status !== expected.status || (current.message ?? "") !== (expected.message ?? "");
        }
        const KUBELET_CONDITIONS = new Set([ "PodScheduled", "Ready", "Initialized", "ContainersReady", "PodReadyToStartContainers" ]);
        function generatePodStatus(worker, pod, wallNow, newPodIp) {
            const previous = pod.status;
            const inits = pod.spec.initContainers ?? [];
            const initStatuses = inits.map((container, index) => {
                if (worker.sidecars.has(container.name)) {
                    const startedAt = worker.startedAt[container.name] ?? rfc3339(wallNow());
                    return containerStatus(container, {
                        running: {
                            startedAt: startedAt
                        }
                    }, true, true);
                }
                if (index < worker.initDone) return containerStatus(container, {
                    terminated: {
                        exitCode: 0,
                        reason: "Completed",
                        startedAt: worker.startedAt[container.name],
                        finishedAt: worker.startedAt[`${container.name}/finished`]
                    }
                }, false, true);
                if (index === worker.initDone && worker.initRunning) return containerStatus(container, {
                    running: {
                        startedAt: worker.startedAt[container.name] ?? rfc3339(wallNow())
                    }
                }, false, true);
                return containerStatus(container, {
                    waiting: worker.reasons.get(container.name) ?? {
                        reason: "PodInitializing"
                    }
                }, false, false);
            });
            const containerStatuses = pod.spec.containers.map(container => worker.started ? containerStatus(container, {
                running: {
                    startedAt: worker.startedAt[container.name] ?? rfc3339(wallNow())
                }
            }, worker.ready, true) : containerStatus(container, {
                waiting: worker.reasons.get(container.name) ?? {
                    reason: "PodInitializing"
                }
            }, false, false));
            const initialized = worker.initDone >= inits.length;
            const pendingInit = inits.slice(worker.initDone).map(c => c.name);
            const all = [ ...initStatuses, ...containerStatuses ];
            const keep = type => previous?.conditions?.find(condition => condition.type === type);
            const fromReady = (type, ready) => condition(type, ready.status === "True", ready.reason, ready.message);
            const condition = (type, ok, reason, message) => {
                const before = keep(type);
                const status = ok ? "True" : "False";
                return {
                    type: type,
                    status: status,
                    ...reason && !ok ? {
                        reason: reason
                    } : {},
                    ...message && !ok ? {
                        message: message
                    } : {},
                    lastProbeTime: null,
                    lastTransitionTime: before?.status === status ? before.lastTransitionTime ?? rfc3339(wallNow()) : rfc3339(wallNow())
                };
            };
            const others = (previous?.conditions ?? []).filter(c => !KUBELET_CONDITIONS.has(c.type));
            const conditions = [ ...others, condition("PodReadyToStartContainers", true), condition("Initialized", initialized, "ContainersNotInitialized", `containers with incomplete status: [${pendingInit.join(" ")}]`), fromReady("Ready", podReady(pod.spec, [ ...others ], all)), fromReady("ContainersReady", containersReady(pod.spec, all)), keep("PodScheduled") ?? condition("PodScheduled", true) ];
            const podIP = previous?.podIP ?? newPodIp();
            return {
                phase: worker.started ? "Running" : "Pending",
                conditions: conditions,
                hostIP: "172.18.0.2",
                podIP: podIP,
                podIPs: [ {
                    ip: podIP
                } ],
                startTime: previous?.startTime ?? worker.startTime,
                ...inits.length ? {
                    initContainerStatuses: initStatuses
                } : {},
                containerStatuses: containerStatuses,
                qosClass: previous?.qosClass ?? "Burstable"
            };
        }
        function containerStatus(container, state, ready, started) {
            const running = state.running !== void 0 || state.terminated !== void 0;
            return {
                name: container.name,
                image: container.image,
                imageID: running ? `${container.image}@sha256:${"0".repeat(64)}` : "",
                ready: ready,
                started: started,
                restartCount: 0,
                state: state,
                ...running ? {
                    containerID: `containerd://${"a".repeat(64)}`
                } : {}
            };
        }
        const SYNC_ERROR_REQUEUE_MS = 1e4;
        const RESYNC_MS = 6e4;
        const REQUEUE_JITTER = .5;
        const SYNC_TICK_MS = 1e3;
        const RELIST_MS = 1025;
        const POD_START_MS = 100;
        const SANDBOX_MS = 600;
        const INIT_RUN_MS = 200;
        const READY_MS = 500;
        const TERMINATE_MS = 500;
        const SYNC_MS = 20;
        class Kubelet {
            #cluster;
            #clock;
            #random;
            #options;
            #events;
            #workers=new Map;
            #images;
            #tickPhase;
            #relistPhase;
            #unsubscribe;
            #podIp=10;
            constructor(cluster, clock, random, options) {
                this.#cluster = cluster;
                this.#clock = clock;
                this.#random = random;
                this.#options = options;
                this.#events = new EventRecorder(cluster, {
                    component: "kubelet",
                    host: NODE_NAME
                });
                this.#images = new ImageManager(clock, random, this.#events, image => this.#options.imageExists(image));
                this.#tickPhase = clock.now() + random.next() * clock.scaled(SYNC_TICK_MS);
                this.#relistPhase = clock.now() + random.next() * clock.scaled(RELIST_MS);
                this.#unsubscribe = cluster.store.subscribe(change => this.#onChange(change));
            }
            stop() {
                this.#unsubscribe();
                for (const worker of this.#workers.values()) this.#cancelTimers(worker);
                this.#workers.clear();
            }
            #cancelTimers(worker) {
                worker.queued?.cancel();
                worker.relist?.cancel();
            }
            #onChange(change) {
                if (change.resource !== "pods") return;
                const pod = change.object;
                if (pod.spec.nodeName !== NODE_NAME) return;
                const worker = this.#workers.get(pod.metadata.uid);
                if (change.type === "DELETED") {
                    if (worker) this.#cancelTimers(worker);
                    this.#workers.delete(pod.metadata.uid);
                    return;
                }
                if (worker && !pod.metadata.deletionTimestamp) {
                    this.#checkAndUpdatePod(worker, pod);
                    return;
                }
                if (!worker) {
                    const created = {
                        namespace: pod.metadata.namespace ?? "",
                        name: pod.metadata.name,
                        uid: pod.metadata.uid,
                        sandbox: false,
                        initDone: 0,
                        initRunning: false,
                        started: false,
                        ready: false,
                        startedAt: {},
                        sidecars: new Set,
                        reasons: new Map,
                        syncing: false,
                        pending: false,
                        lastSyncEnd: -1 / 0,
                        dwelling: false,
                        terminating: false,
                        startTime: rfc3339(this.#clock.wallNow())
                    };
                    this.#workers.set(pod.metadata.uid, created);
                    this.#checkAndUpdatePod(created, pod);
                    created.queued = this.#clock.after(POD_START_MS, () => this.#requestSync(created));
                }
                if (pod.metadata.deletionTimestamp) this.#terminate(this.#workers.get(pod.metadata.uid));
            }
            #checkAndUpdatePod(worker, pod) {
                const meta = JSON.stringify([ pod.spec, pod.metadata.labels ?? {}, pod.metadata.annotations ?? {}, pod.metadata.deletionTimestamp, pod.metadata.deletionGracePeriodSeconds ]);
                const status = JSON.stringify(pod.status ?? {});
                const before = worker.seen;
                worker.seen = {
                    meta: meta,
                    status: status
                };
                if (!before) return;
                if (meta !== before.meta) this.#requestSync(worker); else if (status !== before.status && needToReconcilePodReadiness(pod)) this.#requestSync(worker);
            }
            #pod(worker) {
                const pod = this.#cluster.store.get("pods", worker.namespace, worker.name);
                return pod?.metadata.uid === worker.uid ? pod : void 0;
            }
            #tick(at, phase, modelPeriod) {
                const period = this.#clock.scaled(modelPeriod);
                if (period <= 0) return at;
                return phase + Math.ceil((at - phase) / period) * period;
            }
            #requestSync(worker) {
                if (worker.terminating || !this.#workers.has(worker.uid)) return;
                if (worker.syncing || worker.dwellUntil !== void 0) {
                    worker.pending = true;
                    return;
                }
                const ready = this.#tick(worker.lastSyncEnd, this.#relistPhase, RELIST_MS);
                const now = this.#clock.now();
                if (ready > now) {
                    worker.pending = true;
                    worker.relist?.cancel();
                    worker.relist = this.#clock.afterReal(ready - now, () => this.#resume(worker));
                    return;
                }
                this.#sync(worker);
            }
            #resume(worker) {
                worker.relist = void 0;
                if (!worker.pending) return;
                worker.pending = false;
                this.#requestSync(worker);
            }
            #runtimeChanged(worker) {
                if (worker.relist) return;
                const now = this.#clock.now();
                const at = this.#tick(now + 1e-6, this.#relistPhase, RELIST_MS);
                worker.relist = this.#clock.afterReal(at - now, () => {
                    worker.relist = void 0;
                    this.#requestSync(worker);
                });
            }
            #requeue(worker, syncError) {
                worker.queued?.cancel();
                const now = this.#clock.now();
                if (worker.dwellUntil !== void 0) {
                    worker.queued = this.#clock.afterReal(Math.max(0, worker.dwellUntil - now), () => {
                        worker.queued = void 0;
                        worker.dwellUntil = void 0;
                        worker.pending = false;
                        if (!worker.terminating && this.#workers.has(worker.uid)) this.#sync(worker);
                    });
                    return;
                }
                const base = syncError ? SYNC_ERROR_REQUEUE_MS : RESYNC_MS;
                const due = now + this.#clock.scaled(base * (1 + this.#random.next() * REQUEUE_JITTER));
                const delay = this.#tick(due, this.#tickPhase, SYNC_TICK_MS) - now;
                worker.queued = this.#clock.afterReal(delay, () => {
                    worker.queued = void 0;
                    this.#requestSync(worker);
                });
            }
            async #sync(worker) {
                const pod = this.#pod(worker);
                if (!pod || worker.terminating) return;
                worker.syncing = true;
                try {
                    const dwellMs = this.#options.errImagePullDwellMs;
                    worker.dwelling = dwellMs !== void 0 && [ ...worker.reasons.values() ].some(r => r.reason === "ErrImagePull");
                    if (worker.dwelling) worker.dwellUntil = this.#clock.now() + Math.max(1, dwellMs);
                    this.#writeStatus(worker);
                    if (!worker.dwelling) await this.#elapse(SYNC_MS * (1 + this.#random.next()));
                    if (worker.terminating || !this.#pod(worker)) return;
                    const results = await this.#syncRuntime(worker, pod);
                    if (worker.terminating || !this.#pod(worker)) return;
                    for (const result of results) {
                        if (result.action !== "StartContainer" || !result.target) continue;
                        if (result.error) worker.reasons.set(result.target, {
                            reason: result.error,
                            message: result.message ?? ""
                        }); else worker.reasons.delete(result.target);
                    }
                    const failed = results.some(r => r.error !== void 0);
                    const backOffOnly = results.every(r => r.error === "ImagePullBackOff");
                    this.#requeue(worker, failed && !backOffOnly);
                } finally {
                    worker.syncing = false;
                    worker.lastSyncEnd = this.#clock.now();
                    if (worker.pending) {
                        worker.pending = false;
                        this.#requestSync(worker);
                    }
                }
            }
            async #syncRuntime(worker, pod) {
                const results = [];
                if (!worker.sandbox) {
                    await this.#elapse(SANDBOX_MS);
                    if (worker.terminating || !this.#pod(worker)) return results;
                    worker.sandbox = true;
                    results.push({
                        action: "CreatePodSandbox"
                    });
                    this.#runtimeChanged(worker);
                }
                const config = {
                    action: "ConfigPodSandbox"
                };
                results.push(config);
                for (const volume of pod.spec.volumes ?? []) {
                    if (!volume.image) continue;
                    const outcome = await this.#images.ensureImageExists(this.#dwelling(pod), pod, volume.image.reference, involvedObjectOf(pod));
                    if (!outcome.ok) {
                        config.error = "ConfigPodSandboxError";
                        config.message = outcome.message;
                        return results;
                    }
                }
                const inits = pod.spec.initContainers ?? [];
                if (worker.initDone < inits.length) {
                    if (!worker.initRunning) results.push(await this.#startInit(worker, pod, inits[worker.initDone]));
                    return results;
                }
                if (!worker.started) results.push(...await this.#startContainers(worker, pod));
                return results;
            }
            #dwelling(pod) {
                return this.#workers.get(pod.metadata.uid)?.dwelling ?? false;
            }
            #elapse(modelMs) {
                return new Promise(resolve => this.#clock.after(modelMs, resolve));
            }
            async #startInit(worker, pod, container) {
                const ref = involvedObjectOf(pod, `spec.initContainers{${container.name}}`);
                const result = await this.#start(pod, container, ref);
                if (result.error || worker.terminating || !this.#pod(worker)) return result;
                this.#events.record(ref, "Normal", "Created", `Created container: ${container.name}`);
                this.#events.record(ref, "Normal", "Started", `Started container ${container.name}`);
                worker.startedAt[container.name] = rfc3339(this.#clock.wallNow());
                this.#runtimeChanged(worker);
                if (isSidecar(container)) {
                    worker.sidecars.add(container.name);
                    worker.initDone++;
                    return result;
                }
                worker.initRunning = true;
                this.#clock.after(INIT_RUN_MS, () => {
                    worker.initRunning = false;
                    worker.initDone++;
                    worker.startedAt[`${container.name}/finished`] = rfc3339(this.#clock.wallNow());
                    this.#runtimeChanged(worker);
                });
                return result;
            }
            async #startContainers(worker, pod) {
                const results = [];
                for (const container of pod.spec.containers) {
                    const ref = involvedObjectOf(pod, `spec.containers{${container.name}}`);
                    const result = await this.#start(pod, container, ref);
                    results.push(result);
                    if (result.error || worker.terminating || !this.#pod(worker)) return results;
                }
                for (const container of pod.spec.containers) {
                    const ref = involvedObjectOf(pod, `spec.containers{${container.name}}`);
                    this.#events.record(ref, "Normal", "Created", `Created container: ${container.name}`);
                    this.#events.record(ref, "Normal", "Started", `Started container ${container.name}`);
                    worker.startedAt[container.name] = rfc3339(this.#clock.wallNow());
                }
                worker.started = true;
                this.#runtimeChanged(worker);
                this.#clock.after(READY_MS, () => {
                    if (worker.terminating) return;
                    worker.ready = true;
                    this.#writeStatus(worker);
                });
                return results;
            }
            async #start(pod, container, ref) {
                const outcome = await this.#images.ensureImageExists(this.#dwelling(pod), pod, container.image, ref, container.imagePullPolicy);
                if (outcome.ok) return {
                    action: "StartContainer",
                    target: container.name
                };
                this.#events.record(ref, "Warning", "Failed", `Error: ${outcome.reason}`);
                return {
                    action: "StartContainer",
                    target: container.name,
                    error: outcome.reason,
                    message: outcome.message
                };
            }
            #terminate(worker) {
                if (worker.terminating) return;
                worker.terminating = true;
                this.#cancelTimers(worker);
                const pod = this.#pod(worker);
                if (pod && worker.started) for (const container of pod.spec.containers) this.#events.record(involvedObjectOf(pod, `spec.containers{${container.name}}`), "Normal", "Killing", `Stopping container ${container.name}`);
                this.#clock.after(TERMINATE_MS, () => {
                    this.#workers.delete(worker.uid);
                    if (this.#pod(worker)) this.#cluster.store.remove("pods", worker.namespace, worker.name);
                });
            }
            #newPodIp() {
                this.#podIp = this.#podIp % 250 + 1;
                return `10.244.0.${this.#podIp}`;
            }
            #writeStatus(worker) {
                const pod = this.#pod(worker);
                if (!pod || pod.metadata.deletionTimestamp) return;
                const status = generatePodStatus(worker, pod, () => this.#clock.wallNow(), () => this.#newPodIp());
                if (sameJson(status, pod.status)) return;
                this.#cluster.store.update("pods", {
                    ...pod,
                    status: status
                });
            }
        }
        const IMAGE_VOLUME = "ImageVolume";
        function minor(version) {
            const match = /^v?(\d+)\.(\d+)/.exec(version);
            return match ? [ Number(match[1]), Number(match[2]) ] : [ 1, 8 ];
        }
        function versionAtLeast(version, major, minorWanted) {
            const [got, gotMinor] = minor(version);
            return got > major || got === major && gotMinor >= minorWanted;
        }
        function strings(value) {
            return Array.isArray(value) ? value.filter(item => typeof item === "string") : [];
        }
        function imageVolumeEnabled(version, featureGates, disabledFeatureGates) {
            if (disabledFeatureGates.includes(IMAGE_VOLUME)) return false;
            if (featureGates.includes(IMAGE_VOLUME)) return true;
            return versionAtLeast(version, 1, 9);
        }
        function readKubevirtConfig(store) {
            const kubevirt = store.get("kubevirts", KUBEVIRT_NAMESPACE, KUBEVIRT_NAME);
            const status = isRecord(kubevirt?.status) ? kubevirt.status : {};
            const spec = isRecord(kubevirt?.spec) ? kubevirt.spec : {};
            const configuration = isRecord(spec.configuration) ? spec.configuration : {};
            const developer = isRecord(configuration.developerConfiguration) ? configuration.developerConfiguration : {};
            const vmOptions = isRecord(configuration.virtualMachineOptions) ? configuration.virtualMachineOptions : {};
            const version = typeof status.observedKubeVirtVersion === "string" ? status.observedKubeVirtVersion : "v1.8.4";
            return {
                version: version,
                useEmulation: developer.useEmulation === true,
                imageVolume: imageVolumeEnabled(version, strings(developer.featureGates), strings(developer.disabledFeatureGates)),
                launcherImage: `quay.io/kubevirt/virt-launcher:${version}`,
                serialConsoleLogDisabled: vmOptions.disableSerialConsoleLog !== void 0 && vmOptions.disableSerialConsoleLog !== null
            };
        }
        const LAUNCHER_LABEL = "kubevirt.io";
        const LAUNCHER_LABEL_VALUE = "virt-launcher";
        const CREATED_BY_LABEL = "kubevirt.io/created-by";
        const VM_NAME_LABEL = "vm.kubevirt.io/name";
        const UNPAUSED_CONDITION = "kubevirt.io/virtual-machine-unpaused";
        const SERIAL_CONSOLE_LOG_CONTAINER = "guest-console-log";
        function serialConsoleLogEnabled(vmi, config) {
            const domain = isRecord(vmi.spec.domain) ? vmi.spec.domain : {};
            const devices = isRecord(domain.devices) ? domain.devices : {};
            if (devices.autoattachSerialConsole === false) return false;
            if (typeof devices.logSerialConsole === "boolean") return devices.logSerialConsole;
            return !config.serialConsoleLogDisabled;
        }
        function serialConsoleLogContainer(vmi, config) {
            return {
                name: SERIAL_CONSOLE_LOG_CONTAINER,
                image: config.launcherImage,
                imagePullPolicy: "IfNotPresent",
                command: [ "/usr/bin/virt-tail" ],
                args: [ "--logfile", `/var/run/kubevirt-private/${vmi.metadata.uid}/virt-serial0-log` ],
                resources: {
                    requests: {
                        cpu: "5m",
                        memory: "35M"
                    },
                    limits: {
                        cpu: "15m",
                        memory: "60M"
                    }
                },
                ...nativeSidecar(config) ? {
                    restartPolicy: "Always"
                } : {}
            };
        }
        function nativeSidecar(config) {
            return versionAtLeast(config.version, 1, 6);
        }
        function containerDiskContainerName(volume) {
            return `volume${volume}`;
        }
        const MEMORY_OVERHEAD_MI = 166;
        function computeMemory(vmi) {
            const domain = vmi.spec.domain ?? {};
            const guest = domain.resources?.requests?.memory;
            const guestMi = typeof guest === "string" ? mebibytes(guest) : void 0;
            return `${Math.ceil((guestMi ?? 128) + MEMORY_OVERHEAD_MI)}Mi`;
        }
        const UNIT = {
            "": 1,
            k: 1e3,
            M: 1e6,
            G: 1e9,
            T: 1e12,
            Ki: 2 ** 10,
            Mi: 2 ** 20,
            Gi: 2 ** 30,
            Ti: 2 ** 40
        };
        function quantityBytes(quantity) {
            const match = /^(\d+(?:\.\d+)?)(k|M|G|T|Ki|Mi|Gi|Ti)?$/.exec(quantity.trim());
            if (!match) return;
            return Number(match[1]) * UNIT[match[2] ?? ""];
        }
        function mebibytes(quantity) {
            const bytes = quantityBytes(quantity);
            return bytes === void 0 ? void 0 : bytes / 2 ** 20;
        }
        function computeResources(vmi, config) {
            const devices = {
                "devices.kubevirt.io/tun": "1",
                "devices.kubevirt.io/vhost-net": "1"
            };
            if (!config.useEmulation) devices["devices.kubevirt.io/kvm"] = "1";
            return {
                requests: {
                    cpu: "100m",
                    memory: computeMemory(vmi),
                    ...devices
                },
                limits: {
                    ...devices
                }
            };
        }
        function renderLauncherPod(vmi, config) {
            const disks = (vmi.spec.volumes ?? []).filter(volume => volume.containerDisk?.image);
            const consoleLog = serialConsoleLogEnabled(vmi, config) ? serialConsoleLogContainer(vmi, config) : void 0;
            const initContainers = consoleLog && nativeSidecar(config) ? [ consoleLog ] : [];
            const containers = [ {
                name: "compute",
                image: config.launcherImage,
                imagePullPolicy: "IfNotPresent",
                command: [ "/usr/bin/virt-launcher-monitor", "--qemu-timeout", "264s", "--name", vmi.metadata.name, "--uid", vmi.metadata.uid, "--namespace", vmi.metadata.namespace ?? "" ],
                resources: computeResources(vmi, config)
            }, ...consoleLog && !nativeSidecar(config) ? [ consoleLog ] : [] ];
            const volumes = [ {
                name: "private",
                emptyDir: {}
            }, {
                name: "public",
                emptyDir: {}
            }, {
                name: "container-disks",
                emptyDir: {}
            } ];
            if (config.imageVolume) for (const disk of disks) {
                const image = disk.containerDisk.image;
                volumes.push({
                    name: disk.name,
                    image: {
                        reference: image,
                        pullPolicy: disk.containerDisk?.imagePullPolicy ?? "IfNotPresent"
                    }
                });
                initContainers.push({
                    name: containerDiskContainerName(disk.name),
                    image: image,
                    imagePullPolicy: "IfNotPresent",
                    command: [ "/usr/bin/container-disk" ],
                    args: [ "--no-op" ]
                });
            } else if (disks.length > 0) {
                initContainers.push({
                    name: "container-disk-binary",
                    image: config.launcherImage,
                    imagePullPolicy: "IfNotPresent",
                    command: [ "/usr/bin/cp", "--preserve=all", "/usr/bin/container-disk", "/init/usr/bin/container-disk" ]
                });
                disks.forEach((disk, index) => {
                    const image = disk.containerDisk.image;
                    const pullPolicy = disk.containerDisk?.imagePullPolicy ?? "IfNotPresent";
                    initContainers.push({
                        name: `${containerDiskContainerName(disk.name)}-init`,
                        image: image,
                        imagePullPolicy: pullPolicy,
                        command: [ "/usr/bin/container-disk" ],
                        args: [ "--no-op" ]
                    });
                    containers.push({
                        name: containerDiskContainerName(disk.name),
                        image: image,
                        imagePullPolicy: pullPolicy,
                        command: [ "/var/run/kubevirt/init/usr/bin/container-disk" ],
                        args: [ "--copy-path", `/var/run/kubevirt-ephemeral-disks/container-disk-data/${vmi.metadata.uid}/disk_${index}` ]
                    });
                });
            }
            const vmName = vmi.metadata.ownerReferences?.find(ref => ref.kind === "VirtualMachine")?.name ?? vmi.metadata.name;
            const spec = {
                initContainers: initContainers,
                containers: containers,
                volumes: volumes,
                nodeSelector: {
                    "kubevirt.io/schedulable": "true"
                },
                readinessGates: [ {
                    conditionType: UNPAUSED_CONDITION
                } ],
                restartPolicy: "Never",
                schedulerName: "default-scheduler",
                automountServiceAccountToken: false,
                terminationGracePeriodSeconds: (vmi.spec.terminationGracePeriodSeconds ?? 30) + 15
            };
            return {
                apiVersion: "v1",
                kind: "Pod",
                metadata: {
                    generateName: `virt-launcher-${vmi.metadata.name}-`,
                    namespace: vmi.metadata.namespace,
                    labels: {
                        ...vmi.metadata.labels,
                        [LAUNCHER_LABEL]: LAUNCHER_LABEL_VALUE,
                        [CREATED_BY_LABEL]: vmi.metadata.uid,
                        [VM_NAME_LABEL]: vmName
                    },
                    annotations: {
                        "kubevirt.io/domain": vmi.metadata.name,
                        "kubectl.kubernetes.io/default-container": "compute"
                    },
                    ownerReferences: [ {
                        apiVersion: "kubevirt.io/v1",
                        kind: "VirtualMachineInstance",
                        name: vmi.metadata.name,
                        uid: vmi.metadata.uid,
                        controller: true,
                        blockOwnerDeletion: true
                    } ]
                },
                spec: spec
            };
        }
        const SCHEDULE_MS = 50;
        const UNSCHEDULABLE_RETRY_MS = 3e5;
        class Scheduler {
            #cluster;
            #clock;
            #events;
            #unsubscribe;
            constructor(cluster, clock) {
                this.#cluster = cluster;
                this.#clock = clock;
                this.#events = new EventRecorder(cluster, {
                    component: "default-scheduler"
                });
                this.#unsubscribe = cluster.store.subscribe(change => this.#onChange(change));
            }
            stop() {
                this.#unsubscribe();
            }
            #onChange(change) {
                if (change.resource !== "pods" || change.type !== "ADDED") return;
                const pod = change.object;
                if (pod.spec.nodeName) return;
                this.#clock.after(SCHEDULE_MS, () => this.#schedule(pod.metadata.namespace ?? "", pod.metadata.name, pod.metadata.uid));
            }
            #schedule(namespace, name, uid) {
                const pod = this.#cluster.store.get("pods", namespace, name);
                if (!pod || pod.metadata.uid !== uid || pod.spec.nodeName || pod.metadata.deletionTimestamp) return;
                const missing = this.#missingResources(pod);
                const updated = clone(pod);
                const conditions = (updated.status?.conditions ?? []).filter(condition => condition.type !== "PodScheduled");
                if (missing.length > 0) {
                    const message = `0/1 nodes are available: ${missing.map(resource => `1 Insufficient ${resource}`).join(", ")}. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.`;
                    conditions.push({
                        type: "PodScheduled",
                        status: "False",
                        reason: "Unschedulable",
                        message: message,
                        lastProbeTime: null,
                        lastTransitionTime: rfc3339()
                    });
                    updated.status = {
                        ...updated.status,
                        phase: "Pending",
                        conditions: conditions
                    };
                    this.#write(pod, updated);
                    this.#events.record(involvedObjectOf(pod), "Warning", "FailedScheduling", message);
                    this.#clock.after(UNSCHEDULABLE_RETRY_MS, () => this.#schedule(namespace, name, uid));
                    return;
                }
                updated.spec.nodeName = NODE_NAME;
                conditions.push({
                    type: "PodScheduled",
                    status: "True",
                    lastProbeTime: null,
                    lastTransitionTime: rfc3339()
                });
                updated.status = {
                    ...updated.status,
                    phase: "Pending",
                    conditions: conditions
                };
                this.#cluster.store.update("pods", updated);
                this.#events.record(involvedObjectOf(pod), "Normal", "Scheduled", `Successfully assigned ${namespace}/${name} to ${NODE_NAME}`);
            }
            #write(before, after) {
                if (JSON.stringify(before.status) !== JSON.stringify(after.status)) this.#cluster.store.update("pods", after);
            }
            #missingResources(pod) {
                const node = this.#cluster.store.get("nodes", void 0, NODE_NAME);
                const status = isRecord(node?.status) ? node.status : {};
                const allocatable = isRecord(status.allocatable) ? status.allocatable : {};
                const requested = new Set;
                for (const container of [ ...pod.spec.initContainers ?? [], ...pod.spec.containers ]) for (const resource of Object.keys(container.resources?.requests ?? {})) if (resource.includes("/")) requested.add(resource);
                const missing = [ ...requested ].filter(resource => !(resource in allocatable));
                const free = (typeof allocatable.memory === "string" ? quantityBytes(allocatable.memory) ?? 0 : 0) - this.#boundPods().filter(bound => bound.metadata.uid !== pod.metadata.uid).reduce((sum, bound) => sum + memoryRequest(bound), 0);
                if (memoryRequest(pod) > free) missing.push("memory");
                return missing.sort();
            }
            #boundPods() {
                return this.#cluster.store.list("pods").filter(pod => pod.spec.nodeName === NODE_NAME && pod.status?.phase !== "Succeeded" && pod.status?.phase !== "Failed");
            }
        }
        function memoryRequest(pod) {
            const bytes = container => quantityBytes(container.resources?.requests?.memory ?? "0") ?? 0;
            const sidecars = (pod.spec.initContainers ?? []).filter(container => container.restartPolicy === "Always");
            const regular = [ ...pod.spec.containers, ...sidecars ].reduce((sum, c) => sum + bytes(c), 0);
            const init = Math.max(0, ...(pod.spec.initContainers ?? []).filter(container => !sidecars.includes(container)).map(bytes));
            return Math.max(regular, init);
        }
        class MirrorQueue {
            #clock;
            #random;
            #lagMs;
            #coalesceChance;
            #apply;
            #queued=new Map;
            constructor(options) {
                this.#clock = options.clock;
                this.#random = options.random;
                this.#lagMs = options.lagMs;
                const chance = options.coalesceChance;
                this.#coalesceChance = typeof chance === "number" ? () => chance : chance;
                this.#apply = options.apply;
            }
            push(key, snapshot) {
                this.#queued.set(key, (this.#queued.get(key) ?? 0) + 1);
                this.#clock.afterReal(this.#lagMs(), () => {
                    const pending = (this.#queued.get(key) ?? 1) - 1;
                    if (pending === 0) this.#queued.delete(key); else this.#queued.set(key, pending);
                    if (pending > 0 && this.#random.chance(this.#coalesceChance(key))) return;
                    this.#apply(key, snapshot);
                });
            }
        }
        function conditionOf(status, type) {
            return status?.conditions?.find(condition => condition.type === type);
        }
        const VM_FINALIZER = "kubevirt.io/virtualMachineControllerFinalize";
        const CONTROLLER_MS = 20;
        const HANDLER_START_MS = 2e3;
        const STARTING_PHASES = new Set([ "", "Pending", "Scheduling", "Scheduled" ]);
        function wantsRunning(vm) {
            const strategy = vm.spec.runStrategy ?? (vm.spec.running === true ? "Always" : vm.spec.running === false ? "Halted" : void 0);
            switch (strategy) {
              case "Always":
              case "RerunOnFailure":
              case "Once":
                return true;

              case "Halted":
                return false;

              default:
                return;
            }
        }
        function printableStatus(vm, vmi) {
            if (vm.metadata.deletionTimestamp) return "Terminating";
            const want = wantsRunning(vm);
            if (vmi?.metadata.deletionTimestamp || vmi && want === false) return "Stopping";
            const phase = vmi?.status?.phase ?? "";
            if (vmi && phase === "Running") return "Running";
            const sync = conditionOf(vmi?.status, "Synchronized");
            if (sync?.status === "False" && sync.reason === "FailedPvcNotFound") return "ErrorPvcNotFound";
            const scheduled = conditionOf(vmi?.status, "PodScheduled");
            if (scheduled?.status === "False" && scheduled.reason === "Unschedulable") return "ErrorUnschedulable";
            if (sync?.status === "False" && sync.reason === "ErrImagePull") return "ErrImagePull";
            if (sync?.status === "False" && sync.reason === "ImagePullBackOff") return "ImagePullBackOff";
            if (!vmi && want === true || vmi && STARTING_PHASES.has(phase)) return "Starting";
            if (!vmi || phase === "Succeeded" || phase === "Failed") return "Stopped";
            return "Unknown";
        }
        function missingClaim(vmi) {
            for (const volume of vmi.spec.volumes ?? []) {
                const claim = volume.persistentVolumeClaim;
                if (typeof claim?.claimName === "string") return claim.claimName;
                const dataVolume = volume.dataVolume;
                if (typeof dataVolume?.name === "string") return dataVolume.name;
            }
            return;
        }
        function containerImageError(pod) {
            for (const status of [ ...pod.status?.initContainerStatuses ?? [], ...pod.status?.containerStatuses ?? [] ]) {
                const waiting = status.state.waiting;
                if (waiting && (waiting.reason === "ErrImagePull" || waiting.reason === "ImagePullBackOff")) return {
                    reason: waiting.reason,
                    message: waiting.message ?? ""
                };
            }
            return;
        }
        function setCondition(conditions, condition, type) {
            const others = conditions.filter(existing => existing.type !== type);
            if (!condition) return others;
            const before = conditions.find(existing => existing.type === type);
            const same = before && before.status === condition.status && before.reason === condition.reason && before.message === condition.message;
            return [ ...others, same ? before : {
                ...condition,
                lastProbeTime: null,
                lastTransitionTime: rfc3339()
            } ];
        }
        class VirtController {
            #cluster;
            #clock;
            #vmEvents;
            #handlerEvents;
            #vmiMirror;
            #vmMirror;
            #podCreated=new Set;
            #unsubscribe;
            constructor(cluster, clock, random, options) {
                this.#cluster = cluster;
                this.#clock = clock;
                this.#vmEvents = new EventRecorder(cluster, {
                    component: "virtualmachine-controller"
                });
                this.#handlerEvents = new EventRecorder(cluster, {
                    component: "virt-handler",
                    host: "sim-node"
                });
                const half = () => options.vmStatusLagMs / 2;
                this.#vmiMirror = new MirrorQueue({
                    clock: clock,
                    random: random.fork("vmi"),
                    lagMs: half,
                    coalesceChance: 0,
                    apply: (key, pod) => this.#mirrorPod(key, pod)
                });
                this.#vmMirror = new MirrorQueue({
                    clock: clock,
                    random: random.fork("vm"),
                    lagMs: half,
                    coalesceChance: options.coalesceChance,
                    apply: (key, vmi) => this.#mirrorVmi(key, vmi)
                });
                this.#unsubscribe = cluster.store.subscribe(change => this.#onChange(change));
            }
            stop() {
                this.#unsubscribe();
            }
            #onChange(change) {
                const {object: object} = change;
                const key = objectKey(object.metadata.namespace, object.metadata.name);
                switch (change.resource) {
                  case "virtualmachines":
                    if (change.type !== "DELETED") {
                        this.#clock.after(CONTROLLER_MS, () => this.#syncVm(key));
                        this.#vmMirror.push(key, this.#vmiFor(object));
                    }
                    break;

                  case "virtualmachineinstances":
                    {
                        const vmi = change.type === "DELETED" ? void 0 : object;
                        this.#vmMirror.push(key, vmi);
                        if (change.type === "DELETED") {
                            this.#podCreated.delete(object.metadata.uid);
                            this.#clock.after(CONTROLLER_MS, () => this.#syncVm(key));
                        } else this.#clock.after(CONTROLLER_MS, () => this.#syncVmi(key));
                        break;
                    }

                  case "pods":
                    {
                        const vmiUid = object.metadata.labels?.[CREATED_BY_LABEL];
                        const owner = object.metadata.ownerReferences?.find(ref => ref.kind === "VirtualMachineInstance");
                        if (!vmiUid || !owner) return;
                        const vmiKey = objectKey(object.metadata.namespace, owner.name);
                        this.#vmiMirror.push(vmiKey, change.type === "DELETED" ? void 0 : object);
                        if (change.type === "DELETED") this.#clock.after(CONTROLLER_MS, () => this.#syncVmi(vmiKey));
                        break;
                    }
                }
            }
            #get(resource, key) {
                const [namespace, name] = key.split("/");
                return this.#cluster.store.get(resource, namespace, name);
            }
            #vmiFor(vm) {
                const vmi = this.#get("virtualmachineinstances", objectKey(vm.metadata.namespace, vm.metadata.name));
                return vmi?.metadata.ownerReferences?.some(ref => ref.uid === vm.metadata.uid) ? vmi : void 0;
            }
            #syncVm(key) {
                const vm = this.#get("virtualmachines", key);
                if (!vm) return;
                const vmi = this.#vmiFor(vm);
                if (vm.metadata.deletionTimestamp) {
                    if (vmi && !vmi.metadata.deletionTimestamp) this.#deleteVmi(vm, vmi);
                    if (!vmi && vm.metadata.finalizers?.includes(VM_FINALIZER)) this.#cluster.removeFinalizer("virtualmachines", vm, VM_FINALIZER);
                    return;
                }
                if (!vm.metadata.finalizers?.includes(VM_FINALIZER)) {
                    const updated = clone(vm);
                    updated.metadata.finalizers = [ ...vm.metadata.finalizers ?? [], VM_FINALIZER ];
                    this.#cluster.store.update("virtualmachines", updated);
                    return;
                }
                const want = wantsRunning(vm);
                if (want === true && !vmi && !this.#get("virtualmachineinstances", key)) this.#createVmi(vm);
                if (want === false && vmi && !vmi.metadata.deletionTimestamp) this.#deleteVmi(vm, vmi);
            }
            #createVmi(vm) {
                const template = vm.spec.template ?? {};
                const vmi = this.#cluster.create(resourceDef("virtualmachineinstances"), {
                    apiVersion: "kubevirt.io/v1",
                    kind: "VirtualMachineInstance",
                    metadata: {
                        name: vm.metadata.name,
                        labels: template.metadata?.labels ?? {},
                        annotations: {
                            ...template.metadata?.annotations,
                            "kubevirt.io/vm-generation": String(vm.metadata.generation ?? 1)
                        },
                        ownerReferences: [ {
                            apiVersion: "kubevirt.io/v1",
                            kind: "VirtualMachine",
                            name: vm.metadata.name,
                            uid: vm.metadata.uid,
                            controller: true,
                            blockOwnerDeletion: true
                        } ],
                        finalizers: [ VM_FINALIZER ]
                    },
                    spec: template.spec ?? {}
                }, vm.metadata.namespace);
                this.#vmEvents.record(involvedObjectOf(vm), "Normal", "SuccessfulCreate", `Started the virtual machine by creating the new virtual machine instance ${vmi.metadata.name}`);
            }
            #deleteVmi(vm, vmi) {
                this.#cluster.delete(resourceDef("virtualmachineinstances"), vmi.metadata.namespace, vmi.metadata.name);
                this.#vmEvents.record(involvedObjectOf(vm), "Normal", "SuccessfulDelete", `Stopped the virtual machine by deleting the virtual machine instance ${vmi.metadata.uid}`);
            }
            #launcherPods(vmi) {
                return this.#cluster.store.list("pods", vmi.metadata.namespace).filter(pod => pod.metadata.labels?.[CREATED_BY_LABEL] === vmi.metadata.uid);
            }
            #syncVmi(key) {
                const vmi = this.#get("virtualmachineinstances", key);
                if (!vmi) return;
                const pods = this.#launcherPods(vmi);
                if (vmi.metadata.deletionTimestamp) {
                    for (const pod of pods) if (!pod.metadata.deletionTimestamp) {
                        this.#cluster.delete(resourceDef("pods"), pod.metadata.namespace, pod.metadata.name);
                        this.#vmEvents.record(involvedObjectOf(vmi), "Normal", "SuccessfulDelete", `Deleted virtual machine pod ${pod.metadata.name}`);
                    }
                    if (pods.length === 0) this.#cluster.removeFinalizer("virtualmachineinstances", vmi, VM_FINALIZER);
                    return;
                }
                const claim = missingClaim(vmi);
                if (!vmi.status?.phase) {
                    this.#writeVmiStatus(vmi, {
                        ...vmi.status,
                        phase: "Pending",
                        phaseTransitionTimestamps: [ {
                            phase: "Pending",
                            phaseTransitionTimestamp: rfc3339()
                        } ],
                        ...claim !== void 0 && {
                            conditions: this.#pvcNotFound(vmi, claim)
                        }
                    });
                    return;
                }
                if (claim !== void 0 && vmi.status.phase === "Pending") {
                    this.#writeVmiStatus(vmi, {
                        ...vmi.status,
                        conditions: this.#pvcNotFound(vmi, claim)
                    });
                    return;
                }
                if (vmi.status.phase === "Pending" && pods.length === 0 && !this.#podCreated.has(vmi.metadata.uid)) {
                    this.#podCreated.add(vmi.metadata.uid);
                    const pod = this.#cluster.create(resourceDef("pods"), renderLauncherPod(vmi, readKubevirtConfig(this.#cluster.store)), vmi.metadata.namespace);
                    this.#vmEvents.record(involvedObjectOf(vmi), "Normal", "SuccessfulCreate", `Created virtual machine pod ${pod.metadata.name}`);
                }
                if (vmi.status.phase === "Scheduled") this.#clock.after(HANDLER_START_MS, () => this.#startDomain(key, vmi.metadata.uid));
            }
            #pvcNotFound(vmi, claim) {
                const message = `PVC ${vmi.metadata.namespace ?? ""}/${claim} does not exist, waiting for it to appear`;
                this.#vmEvents.record(involvedObjectOf(vmi), "Normal", "FailedPvcNotFound", message);
                let conditions = vmi.status?.conditions ?? [];
                conditions = setCondition(conditions, {
                    type: "PodScheduled",
                    status: "False",
                    reason: "Unschedulable",
                    message: message
                }, "PodScheduled");
                return setCondition(conditions, {
                    type: "Synchronized",
                    status: "False",
                    reason: "FailedPvcNotFound",
                    message: message
                }, "Synchronized");
            }
            #startDomain(key, uid) {
                const vmi = this.#get("virtualmachineinstances", key);
                if (!vmi || vmi.metadata.uid !== uid || vmi.status?.phase !== "Scheduled" || vmi.metadata.deletionTimestamp) return;
                const status = clone(vmi.status);
                status.phase = "Running";
                status.phaseTransitionTimestamps = [ ...status.phaseTransitionTimestamps ?? [], {
                    phase: "Running",
                    phaseTransitionTimestamp: rfc3339()
                } ];
                status.conditions = setCondition(status.conditions ?? [], {
                    type: "Ready",
                    status: "True"
                }, "Ready");
                status.guestOSInfo = {};
                this.#writeVmiStatus(vmi, status);
                this.#handlerEvents.record(involvedObjectOf(vmi), "Normal", "Started", "VirtualMachineInstance started.");
            }
            #mirrorPod(key, pod) {
                const vmi = this.#get("virtualmachineinstances", key);
                if (!vmi?.status?.phase || pod && pod.metadata.labels?.[CREATED_BY_LABEL] !== vmi.metadata.uid) return;
                const status = clone(vmi.status);
                let conditions = status.conditions ?? [];
                const phase = status.phase ?? "Pending";
                if (pod && (phase === "Pending" || phase === "Scheduling" || phase === "Scheduled")) {
                    const allReady = pod.status?.phase === "Running" && (pod.status.containerStatuses ?? []).every(container => container.ready);
                    const next = allReady ? "Scheduled" : "Scheduling";
                    if (next !== phase) {
                        status.phase = next;
                        status.phaseTransitionTimestamps = [ ...status.phaseTransitionTimestamps ?? [], {
                            phase: next,
                            phaseTransitionTimestamp: rfc3339()
                        } ];
                    }
                    status.activePods = {
                        [pod.metadata.uid]: typeof pod.spec.nodeName === "string" ? pod.spec.nodeName : ""
                    };
                    if (allReady) status.nodeName = pod.spec.nodeName;
                    const scheduled = conditionOf(pod.status, "PodScheduled");
                    conditions = setCondition(conditions, scheduled?.status === "False" ? {
                        type: "PodScheduled",
                        status: "False",
                        reason: scheduled.reason ?? "Unschedulable",
                        message: scheduled.message ?? ""
                    } : void 0, "PodScheduled");
                    const imageError = next === "Scheduling" ? containerImageError(pod) : void 0;
                    conditions = setCondition(conditions, imageError ? {
                        type: "Synchronized",
                        status: "False",
                        ...imageError
                    } : void 0, "Synchronized");
                    conditions = setCondition(conditions, {
                        type: "Ready",
                        status: "False",
                        reason: "GuestNotRunning",
                        message: "Guest VM is not reported as running"
                    }, "Ready");
                    status.launcherContainerImageVersion = pod.spec.containers[0]?.image;
                    status.qosClass = pod.status?.qosClass ?? "Burstable";
                }
                status.conditions = conditions;
                this.#writeVmiStatus(vmi, status);
                if (pod) this.#syncPausedConditionToPod(pod);
            }
            #syncPausedConditionToPod(snapshot) {
                const pod = this.#cluster.store.get("pods", snapshot.metadata.namespace, snapshot.metadata.name);
                if (!pod || pod.metadata.uid !== snapshot.metadata.uid || pod.metadata.deletionTimestamp) return;
                if (conditionOf(pod.status, UNPAUSED_CONDITION)?.status === "True") return;
                const conditions = setCondition(pod.status?.conditions ?? [], {
                    type: UNPAUSED_CONDITION,
                    status: "True",
                    reason: "NotPaused",
                    message: "the virtual machine is not paused"
                }, UNPAUSED_CONDITION);
                this.#cluster.store.update("pods", {
                    ...pod,
                    status: {
                        phase: "Pending",
                        ...pod.status,
                        conditions: conditions
                    }
                });
            }
            #writeVmiStatus(vmi, status) {
                if (sameJson(status, vmi.status)) return;
                this.#cluster.store.update("virtualmachineinstances", {
                    ...vmi,
                    status: status
                });
            }
            #mirrorVmi(key, vmi) {
                const vm = this.#get("virtualmachines", key);
                if (!vm) return;
                const owned = vmi?.metadata.ownerReferences?.some(ref => ref.uid === vm.metadata.uid) ? vmi : void 0;
                const ready = conditionOf(owned?.status, "Ready");
                const status = {
                    ...vm.status,
                    printableStatus: printableStatus(vm, owned),
                    created: owned !== void 0,
                    ready: ready?.status === "True",
                    conditions: setCondition(vm.status?.conditions ?? [], owned ? {
                        type: "Ready",
                        status: ready?.status ?? "False",
                        ...ready?.status === "True" ? {} : {
                            reason: ready?.reason ?? "GuestNotRunning",
                            message: ready?.message ?? "Guest VM is not reported as running"
                        }
                    } : {
                        type: "Ready",
                        status: "False",
                        reason: "VMINotExists",
                        message: "VMI does not exist"
                    }, "Ready"),
                    runStrategy: vm.spec.runStrategy ?? (vm.spec.running ? "Always" : "Halted"),
                    desiredGeneration: vm.metadata.generation ?? 1,
                    observedGeneration: vm.metadata.generation ?? 1,
                    volumeSnapshotStatuses: (vm.spec.template?.spec?.volumes ?? []).map(volume => ({
                        name: volume.name,
                        enabled: false,
                        reason: `Snapshot is not supported for this volumeSource type [${volume.name}]`
                    }))
                };
                if (sameJson(status, vm.status)) return;
                this.#cluster.store.update("virtualmachines", {
                    ...vm,
                    status: status
                });
            }
        }
        class Random {
            #state;
            constructor(seed) {
                this.#state = seed >>> 0;
            }
            next() {
                this.#state = this.#state + 1831565813 >>> 0;
                let t = this.#state;
                t = Math.imul(t ^ t >>> 15, t | 1);
                t ^= t + Math.imul(t ^ t >>> 7, t | 61);
                return ((t ^ t >>> 14) >>> 0) / 4294967296;
            }
            chance(p) {
                return p > 0 && this.next() < p;
            }
            between(min, max) {
                return min + (max - min) * this.next();
            }
            fork(label) {
                let hash = this.#state ^ 2166136261;
                for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 16777619);
                return new Random(hash >>> 0);
            }
            uuid() {
                const hex = Array.from({
                    length: 32
                }, () => Math.floor(this.next() * 16).toString(16));
                hex[12] = "4";
                hex[16] = (Math.floor(this.next() * 4) + 8).toString(16);
                const s = hex.join("");
                return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
            }
            nameSuffix(length = 5) {
                const alphabet = "bcdfghjklmnpqrstvwxz2456789";
                let out = "";
                for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
                return out;
            }
        }
        const GO_ESCAPED = /[\u2028\u2029<>&]/g;
        function apiJson(value) {
            return JSON.stringify(value).replace(GO_ESCAPED, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
        }
        var external_node_http_ = __webpack_require__(37067);
        const everything = () => true;
        function splitTopLevel(text) {
            const parts = [];
            let depth = 0;
            let current = "";
            for (const char of text) {
                if (char === "(") depth++;
                if (char === ")") depth--;
                if (char === "," && depth === 0) {
                    parts.push(current);
                    current = "";
                } else current += char;
            }
            parts.push(current);
            return parts.map(part => part.trim()).filter(part => part !== "");
        }
        const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
        const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
        function parseLabelRequirement(text) {
            let match = /^(!?)\s*([^\s!=(),]+)$/.exec(text);
            if (match) return {
                key: match[2],
                op: match[1] ? "!exists" : "exists",
                values: []
            };
            match = /^([^\s!=(),]+)\s*(==|=|!=)\s*([^\s,()]*)$/.exec(text);
            if (match) return {
                key: match[1],
                op: match[2] === "!=" ? "!=" : "=",
                values: [ match[3] ]
            };
            match = /^([^\s!=(),]+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(text);
            if (match) {
                const values = match[3].split(",").map(value => value.trim());
                return {
                    key: match[1],
                    op: match[2],
                    values: values
                };
            }
            throw badRequest(`unable to parse requirement: found '${text}', expected: key[=|==|!=]value, key in (values), key notin (values), key or !key`);
        }
        function parseLabelSelector(text) {
            if (!text) return everything;
            const requirements = splitTopLevel(text).map(parseLabelRequirement);
            for (const {key: key, values: values} of requirements) {
                if (!LABEL_KEY.test(key)) throw badRequest(`unable to parse requirement: invalid label key "${key}"`);
                for (const value of values) if (value.length > 63 || !LABEL_VALUE.test(value)) throw badRequest(`unable to parse requirement: invalid label value: "${value}"`);
            }
            return object => requirements.every(requirement => labelMatches(requirement, object.metadata.labels ?? {}));
        }
        function labelMatches({key: key, op: op, values: values}, labels) {
            const present = Object.hasOwn(labels, key);
            const value = labels[key];
            switch (op) {
              case "exists":
                return present;

              case "!exists":
                return !present;

              case "=":
              case "in":
                return present && values.includes(value);

              case "!=":
              case "notin":
                return !present || !values.includes(value);
            }
        }
        function parseFieldRequirement(text) {
            const match = /^([^=!]+?)\s*(!=|==|=)(.*)$/s.exec(text);
            if (!match) throw badRequest(`invalid selector: '${text}'; can't understand '${text}'`);
            return {
                field: match[1].trim(),
                negate: match[2] === "!=",
                value: match[3].replace(/\\(.)/g, "$1")
            };
        }
        function splitUnescaped(text) {
            return text.split(/(?<!\\),/).map(part => part.trim()).filter(part => part !== "");
        }
        function fieldValue(object, field) {
            const path = field === "source" ? "source.component" : field;
            const value = valueAt(object, path);
            return value === void 0 || value === null ? "" : typeof value === "string" ? value : JSON.stringify(value);
        }
        function parseFieldSelector(text, resource) {
            if (!text) return everything;
            const requirements = splitUnescaped(text).map(parseFieldRequirement);
            for (const {field: field} of requirements) if (field !== "metadata.name" && field !== "metadata.namespace" && !resource.fieldLabels.includes(field)) throw badRequest(`field label not supported: ${field}`);
            return object => requirements.every(({field: field, negate: negate, value: value}) => fieldValue(object, field) === value !== negate);
        }
        function isDenied(rules, verb, group, resource, subresource) {
            const full = subresource ? `${resource}/${subresource}` : resource;
            return rules.some(rule => (rule.verb === "*" || rule.verb === verb) && (rule.resource === "*" || rule.resource === full || rule.resource === resource) && (rule.group === void 0 || rule.group === "*" || rule.group === group));
        }
        function authorize(settings, request) {
            const {def: def, verb: verb, namespace: namespace, name: name, subresource: subresource} = request;
            if (!isDenied(settings.deny, verb, def.group, def.resource, subresource)) return;
            return forbidden({
                group: def.group,
                resource: def.resource
            }, verb, settings.user, namespace, name);
        }
        function selectorsOf(def, query, name) {
            const labels = parseLabelSelector(query.get("labelSelector"));
            const fields = parseFieldSelector(query.get("fieldSelector"), def);
            return object => labels(object) && fields(object) && (name === void 0 || object.metadata.name === name);
        }
        function listOf(def, items, resourceVersion, continueToken) {
            const shown = def.builtin ? items.map(item => {
                const {kind: _kind, apiVersion: _apiVersion, ...rest} = item;
                return rest;
            }) : items;
            return {
                kind: def.listKind,
                apiVersion: apiVersionOf(def),
                metadata: {
                    resourceVersion: String(resourceVersion),
                    ...continueToken ? {
                        continue: continueToken
                    } : {}
                },
                items: shown
            };
        }
        function encodeContinue(resourceVersion, lastKey) {
            return Buffer.from(JSON.stringify({
                v: "meta.k8s.io/v1",
                rv: resourceVersion,
                start: `${lastKey}\0`
            })).toString("base64url");
        }
        function decodeContinue(token) {
            try {
                const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
                if (isRecord(parsed) && typeof parsed.rv === "number" && typeof parsed.start === "string") return {
                    rv: parsed.rv,
                    start: parsed.start
                };
            } catch {}
            throw badRequest("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
        }
        function api_keyOf(object) {
            return object.metadata.namespace ? `${object.metadata.namespace}/${object.metadata.name}` : object.metadata.name;
        }
        function api_list(cluster, request, query) {
            const {def: def, namespace: namespace} = request;
            const matches = selectorsOf(def, query);
            let items = cluster.store.list(def.resource, namespace).filter(matches);
            const token = query.get("continue");
            if (token) {
                const {rv: rv, start: start} = decodeContinue(token);
                const history = cluster.store.changesSince(def.resource, rv);
                if ("expired" in history) throw expired("The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue value from the response to get a consistent list result.");
                items = items.filter(item => api_keyOf(item) >= start);
            }
            const limit = Number(query.get("limit") ?? "0");
            let next;
            if (limit > 0 && items.length > limit) {
                items = items.slice(0, limit);
                next = encodeContinue(cluster.store.resourceVersion, api_keyOf(items.at(-1)));
            }
            return {
                code: 200,
                body: listOf(def, items, cluster.store.resourceVersion, next)
            };
        }
        function deleteOptionsOf(query, body) {
            const options = {};
            const fromBody = isRecord(body) ? body : {};
            const policy = query.get("propagationPolicy") ?? fromBody.propagationPolicy;
            if (policy !== null && policy !== void 0) {
                if (policy !== "Background" && policy !== "Foreground" && policy !== "Orphan") throw badRequest(`propagationPolicy: Unsupported value: "${display(policy)}": supported values: "Foreground", "Background", "Orphan"`);
                options.propagationPolicy = policy;
            }
            if (fromBody.orphanDependents === true && !options.propagationPolicy) options.propagationPolicy = "Orphan";
            const grace = query.get("gracePeriodSeconds") ?? fromBody.gracePeriodSeconds;
            if (grace !== null && grace !== void 0) options.gracePeriodSeconds = Number(grace);
            return options;
        }
        function accessReview(settings, body) {
            const spec = isRecord(body) && isRecord(body.spec) ? body.spec : {};
            const attributes = isRecord(spec.resourceAttributes) ? spec.resourceAttributes : void 0;
            const str = value => typeof value === "string" ? value : "";
            const denied = attributes ? isDenied(settings.deny, str(attributes.verb), str(attributes.group), str(attributes.resource), str(attributes.subresource) || void 0) : false;
            return {
                code: 201,
                body: {
                    kind: "SelfSubjectAccessReview",
                    apiVersion: "authorization.k8s.io/v1",
                    metadata: {
                        creationTimestamp: null
                    },
                    spec: spec,
                    status: denied ? {
                        allowed: false,
                        denied: true,
                        reason: "denied by the simulator (rbac.deny)"
                    } : {
                        allowed: true,
                        reason: "the simulator allows everything not in rbac.deny"
                    }
                }
            };
        }
        const SUBRESOURCE_VERBS = [ "get", "update", "patch" ];
        function handleResource(cluster, settings, request, query, body, contentType) {
            const {def: def, verb: verb, namespace: namespace, name: name, subresource: subresource} = request;
            if (!def.verbs.includes(verb)) throw methodNotAllowed();
            if (subresource !== void 0 && (subresource !== "status" || !def.hasStatus || !SUBRESOURCE_VERBS.includes(verb))) throw methodNotAllowed();
            if (def.resource === "selfsubjectaccessreviews") return accessReview(settings, body);
            switch (verb) {
              case "get":
                return {
                    code: 200,
                    body: cluster.get(def, namespace, name)
                };

              case "list":
                return api_list(cluster, request, query);

              case "create":
                if (name !== void 0) throw methodNotAllowed();
                return {
                    code: 201,
                    body: cluster.create(def, body, namespace)
                };

              case "update":
                return {
                    code: 200,
                    body: cluster.update(def, namespace, name, body, subresource)
                };

              case "patch":
                return {
                    code: 200,
                    body: cluster.patch(def, namespace, name, body, contentType, subresource)
                };

              case "delete":
                return {
                    code: 200,
                    body: cluster.delete(def, namespace, name, deleteOptionsOf(query, body))
                };

              case "deletecollection":
                {
                    const matches = selectorsOf(def, query);
                    const options = deleteOptionsOf(query, body);
                    const deleted = cluster.store.list(def.resource, namespace).filter(matches).map(object => cluster.delete(def, object.metadata.namespace, object.metadata.name, options));
                    return {
                        code: 200,
                        body: listOf(def, deleted, cluster.store.resourceVersion)
                    };
                }

              case "watch":
                throw methodNotAllowed();
            }
        }
        function isWatch(query) {
            const value = query.get("watch");
            return value === "true" || value === "1";
        }
        function parseResourcePath(method, pathname, query) {
            const parts = pathname.split("/").filter(part => part !== "").map(decodeURIComponent);
            let group;
            let version;
            let rest;
            if (parts[0] === "api" && parts.length >= 3) {
                group = "";
                version = parts[1];
                rest = parts.slice(2);
            } else if (parts[0] === "apis" && parts.length >= 4) {
                group = parts[1];
                version = parts[2];
                rest = parts.slice(3);
            } else return;
            let legacyWatch = false;
            if (rest[0] === "watch") {
                legacyWatch = true;
                rest = rest.slice(1);
            }
            let namespace;
            if (rest[0] === "namespaces" && rest.length >= 3) {
                const inner = findResource(group, version, rest[2]);
                if (inner?.namespaced) {
                    namespace = rest[1];
                    rest = rest.slice(2);
                }
            }
            const def = findResource(group, version, rest[0] ?? "");
            if (!def || rest.length > 3) return;
            if (namespace !== void 0 && !def.namespaced) return;
            const name = rest[1];
            const subresource = rest[2];
            const watch = legacyWatch || method === "GET" && isWatch(query);
            return {
                verb: verbOf(method, name !== void 0, watch),
                def: def,
                ...namespace !== void 0 ? {
                    namespace: namespace
                } : {},
                ...name !== void 0 ? {
                    name: name
                } : {},
                ...subresource !== void 0 ? {
                    subresource: subresource
                } : {},
                watch: watch
            };
        }
        function verbOf(method, named, watch) {
            switch (method) {
              case "POST":
                return "create";

              case "PUT":
                return "update";

              case "PATCH":
                return "patch";

              case "DELETE":
                return named ? "delete" : "deletecollection";

              default:
                return watch ? "watch" : named ? "get" : "list";
            }
        }
        function wantsTable(accept) {
            return accept !== void 0 && /as=Table/.test(accept) && /g=meta\.k8s\.io/.test(accept);
        }
        function humanAge(sinceMs) {
            const seconds = Math.max(0, Math.floor(sinceMs / 1e3));
            if (seconds < 120) return `${seconds}s`;
            const minutes = Math.floor(seconds / 60);
            if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
            if (minutes < 180) return `${minutes}m`;
            const hours = Math.floor(minutes / 60);
            if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
            if (hours < 48) return `${hours}h`;
            return `${Math.floor(hours / 24)}d`;
        }
        function age(value, now) {
            if (typeof value !== "string") return "<unknown>";
            return humanAge(now - Date.parse(value));
        }
        function table_text(value) {
            if (value === void 0 || value === null) return "";
            return typeof value === "string" ? value : JSON.stringify(value);
        }
        const nameColumn = {
            name: "Name",
            type: "string",
            format: "name",
            description: "Name must be unique within a namespace.",
            priority: 0,
            cell: o => o.metadata.name
        };
        const ageColumn = {
            name: "Age",
            type: "string",
            description: "CreationTimestamp of the object.",
            priority: 0,
            cell: (o, now) => age(o.metadata.creationTimestamp, now)
        };
        function column(name, cell, priority = 0, type = "string") {
            return {
                name: name,
                type: type,
                description: name,
                priority: priority,
                cell: cell
            };
        }
        function conditionStatus(object, type) {
            const conditions = valueAt(object, "status.conditions");
            if (!Array.isArray(conditions)) return "";
            const found = conditions.find(c => isRecord(c) && c.type === type);
            return isRecord(found) ? table_text(found.status) : "";
        }
        function statuses(object, path) {
            const value = valueAt(object, path);
            return Array.isArray(value) ? value : [];
        }
        function sidecarNames(pod) {
            const specs = valueAt(pod, "spec.initContainers");
            if (!Array.isArray(specs)) return new Set;
            return new Set(specs.filter(spec => isRecord(spec) && spec.restartPolicy === "Always").map(spec => table_text(spec.name)));
        }
        function podStatusText(pod) {
            let reason = table_text(valueAt(pod, "status.reason")) || table_text(valueAt(pod, "status.phase"));
            const inits = statuses(pod, "status.initContainerStatuses");
            const initSpecs = valueAt(pod, "spec.initContainers");
            const initCount = Array.isArray(initSpecs) ? initSpecs.length : 0;
            const sidecars = sidecarNames(pod);
            let initializing = false;
            for (const [index, container] of inits.entries()) {
                const {terminated: terminated, waiting: waiting} = container.state ?? {};
                if (terminated && terminated.exitCode === 0) continue;
                if (sidecars.has(container.name ?? "") && container.started) continue;
                initializing = true;
                if (terminated) reason = `Init:${terminated.reason ?? `ExitCode:${terminated.exitCode}`}`; else if (waiting?.reason && waiting.reason !== "PodInitializing") reason = `Init:${waiting.reason}`; else reason = `Init:${index}/${initCount}`;
                break;
            }
            if (!initializing) {
                let running = false;
                for (const container of statuses(pod, "status.containerStatuses").reverse()) {
                    const {terminated: terminated, waiting: waiting, running: isRunning} = container.state ?? {};
                    if (waiting?.reason) reason = waiting.reason; else if (terminated?.reason) reason = terminated.reason; else if (isRunning && container.ready) running = true;
                }
                if (reason === "Completed" && running) reason = "Running";
            }
            if (pod.metadata.deletionTimestamp) reason = "Terminating";
            return reason;
        }
        function table_podReady(pod) {
            const containers = statuses(pod, "status.containerStatuses");
            const specs = valueAt(pod, "spec.containers");
            const sidecars = sidecarNames(pod);
            const readySidecars = statuses(pod, "status.initContainerStatuses").filter(c => sidecars.has(c.name ?? "") && c.started && c.ready).length;
            const total = (Array.isArray(specs) ? specs.length : containers.length) + sidecars.size;
            return `${containers.filter(c => c.ready).length + readySidecars}/${total}`;
        }
        function involved(event) {
            const kind = table_text(valueAt(event, "involvedObject.kind")).toLowerCase();
            return `${kind}/${table_text(valueAt(event, "involvedObject.name"))}`;
        }
        const COLUMNS = {
            namespaces: [ nameColumn, column("Status", o => table_text(valueAt(o, "status.phase"))), ageColumn ],
            nodes: [ nameColumn, column("Status", o => conditionStatus(o, "Ready") === "True" ? "Ready" : "NotReady"), column("Roles", () => "control-plane"), ageColumn, column("Version", o => table_text(valueAt(o, "status.nodeInfo.kubeletVersion"))) ],
            pods: [ nameColumn, column("Ready", table_podReady), column("Status", podStatusText), column("Restarts", o => statuses(o, "status.containerStatuses").reduce((sum, c) => sum + (c.restartCount ?? 0), 0), 0, "string"), ageColumn, column("IP", o => table_text(valueAt(o, "status.podIP")) || "<none>", 1), column("Node", o => table_text(valueAt(o, "spec.nodeName")) || "<none>", 1) ],
            events: [ column("Last Seen", (o, now) => age(valueAt(o, "lastTimestamp") ?? valueAt(o, "eventTime"), now)), column("Type", o => table_text(valueAt(o, "type"))), column("Reason", o => table_text(valueAt(o, "reason"))), column("Object", involved), column("Subobject", o => table_text(valueAt(o, "involvedObject.fieldPath")), 1), column("Source", o => [ valueAt(o, "source.component"), valueAt(o, "source.host") ].filter(part => part).map(table_text).join(", "), 1), column("Message", o => table_text(valueAt(o, "message"))), column("First Seen", (o, now) => age(valueAt(o, "firstTimestamp"), now), 1), column("Count", o => table_text(valueAt(o, "count")), 1), column("Name", o => o.metadata.name, 1) ],
            virtualmachines: [ nameColumn, ageColumn, column("Status", o => table_text(valueAt(o, "status.printableStatus"))), column("Ready", o => conditionStatus(o, "Ready")) ],
            virtualmachineinstances: [ nameColumn, ageColumn, column("Phase", o => table_text(valueAt(o, "status.phase"))), column("IP", o => {
                const interfaces = valueAt(o, "status.interfaces");
                return Array.isArray(interfaces) && isRecord(interfaces[0]) ? table_text(interfaces[0].ipAddress) : "";
            }), column("NodeName", o => table_text(valueAt(o, "status.nodeName"))), column("Ready", o => conditionStatus(o, "Ready")) ],
            kubevirts: [ nameColumn, ageColumn, column("Phase", o => table_text(valueAt(o, "status.phase"))) ]
        };
        function columnsOf(def) {
            return COLUMNS[def.resource] ?? [ nameColumn, {
                ...ageColumn,
                name: "Created At",
                type: "date"
            } ];
        }
        function rowObject(def, object, include) {
            if (include === "None") return;
            if (include === "Object") return {
                apiVersion: apiVersionOf(def),
                kind: def.kind,
                ...object
            };
            return {
                kind: "PartialObjectMetadata",
                apiVersion: "meta.k8s.io/v1",
                metadata: object.metadata
            };
        }
        function toTable(def, objects, resourceVersion, includeObject) {
            const include = includeObject === "None" || includeObject === "Object" ? includeObject : "Metadata";
            const columns = columnsOf(def);
            const now = Date.now();
            return {
                kind: "Table",
                apiVersion: "meta.k8s.io/v1",
                metadata: resourceVersion ? {
                    resourceVersion: resourceVersion
                } : {},
                columnDefinitions: columns.map(({name: name, type: type, format: format, description: description, priority: priority}) => ({
                    name: name,
                    type: type,
                    format: format ?? "",
                    description: description,
                    priority: priority
                })),
                rows: objects.map(object => {
                    const row = {
                        cells: columns.map(c => c.cell(object, now))
                    };
                    const included = rowObject(def, object, include);
                    if (included !== void 0) row.object = included;
                    return row;
                })
            };
        }
        let nextWatchId = 1;
        function serveWatch(response, request, hooks) {
            const {def: def, namespace: namespace, matches: matches} = request;
            const {store: store, clock: clock} = hooks;
            const timers = {};
            let ended = false;
            let eventsSent = 0;
            let unsubscribe = () => {};
            const spoilt = {};
            const held = [];
            const stream = {
                id: nextWatchId++,
                resource: def.resource,
                namespace: namespace,
                get eventsSent() {
                    return eventsSent;
                },
                close: () => finish(false),
                reset: () => finish(true)
            };
            function finish(reset) {
                if (ended) return;
                ended = true;
                unsubscribe();
                timers.timeout?.cancel();
                timers.bookmark?.cancel();
                if (reset) response.socket?.destroy(); else response.end(held.splice(0).join(""));
                hooks.onClose(stream);
            }
            function write(type, object, raw = false) {
                if (ended) return;
                emit(`${raw ? JSON.stringify({
                    type: type,
                    object: object
                }) : apiJson({
                    type: type,
                    object: object
                })}\n`);
            }
            function emit(text) {
                if (spoilt.mode === "buffer") held.push(text); else if (spoilt.mode === void 0) response.write(text);
            }
            function send(type, object) {
                if (ended) return;
                if (hooks.garble(stream, type)) {
                    const line = apiJson({
                        type: type,
                        object: request.encode(object, type)
                    });
                    emit(`${line.slice(0, Math.ceil(line.length / 2))}\n`);
                } else write(type, request.encode(object, type), hooks.rawSeparators?.(stream, type));
                eventsSent++;
                hooks.afterEvent(stream);
            }
            function inScope(object) {
                return namespace === void 0 || object.metadata.namespace === namespace;
            }
            function deliver(change) {
                if (change.resource !== def.resource || !inScope(change.object)) return;
                const before = change.type !== "ADDED" && change.previous !== void 0 && matches(change.previous);
                const now = matches(change.object);
                if (change.type === "DELETED") {
                    if (before || now) send("DELETED", change.object);
                } else if (now) send(before ? "MODIFIED" : "ADDED", change.object); else if (before) send("DELETED", change.object);
            }
            function bookmark(initialEventsEnd = false) {
                write("BOOKMARK", {
                    kind: def.kind,
                    apiVersion: apiVersionOf(def),
                    metadata: {
                        resourceVersion: String(store.resourceVersion),
                        creationTimestamp: null,
                        ...initialEventsEnd ? {
                            annotations: {
                                "k8s.io/initial-events-end": "true"
                            }
                        } : {}
                    }
                });
            }
            const {resourceVersion: resourceVersion} = request;
            if (resourceVersion && !/^\d+$/.test(resourceVersion)) throw badRequest(`resourceVersion: Invalid value: "${resourceVersion}": must be a number`);
            response.writeHead(200, {
                "Content-Type": "application/json",
                "Cache-Control": "no-cache, private",
                "Transfer-Encoding": "chunked"
            });
            response.flushHeaders();
            response.on("close", () => finish(false));
            hooks.onOpen(stream);
            spoilt.mode = hooks.transport?.(stream);
            if (spoilt.mode === "empty" || spoilt.mode === "html") {
                if (spoilt.mode === "html") response.write("<!DOCTYPE html>\n<html><body><h1>502 Bad Gateway</h1></body></html>\n");
                finish(false);
                return stream;
            }
            const fromList = resourceVersion === null || resourceVersion === "" || resourceVersion === "0" || request.sendInitialEvents;
            if (fromList) {
                const current = store.list(def.resource, namespace).filter(matches);
                for (const object of current) send("ADDED", object);
                if (request.sendInitialEvents && request.allowBookmarks) bookmark(true);
            } else {
                const since = Number(resourceVersion);
                const changes = store.changesSince(def.resource, since);
                if ("expired" in changes) {
                    const gone = expired(`too old resource version: ${resourceVersion} (${changes.oldest})`).status;
                    write("ERROR", gone);
                    finish(false);
                    return stream;
                }
                for (const change of changes) deliver(change);
            }
            if (ended) return stream;
            unsubscribe = store.subscribe(deliver);
            timers.timeout = clock.afterReal(request.timeoutMs, () => finish(false));
            if (request.allowBookmarks) {
                const tick = () => {
                    bookmark();
                    timers.bookmark = clock.afterReal(request.bookmarkIntervalMs, tick);
                };
                timers.bookmark = clock.afterReal(request.bookmarkIntervalMs, tick);
            }
            return stream;
        }
        const MAGIC = Buffer.from([ 107, 56, 115, 0 ]);
        function readVarint(buffer, offset) {
            let result = 0;
            let shift = 0;
            let position = offset;
            for (;;) {
                const byte = buffer[position++];
                if (byte === void 0) throw new Error("truncated varint");
                result += (byte & 127) * 2 ** shift;
                if ((byte & 128) === 0) return [ result, position ];
                shift += 7;
            }
        }
        function fields(buffer) {
            const out = [];
            let offset = 0;
            while (offset < buffer.length) {
                const [key, afterKey] = readVarint(buffer, offset);
                const number = Math.floor(key / 8);
                const wireType = key % 8;
                if (wireType === 0) {
                    const [value, next] = readVarint(buffer, afterKey);
                    out.push({
                        number: number,
                        value: value
                    });
                    offset = next;
                } else if (wireType === 2) {
                    const [length, start] = readVarint(buffer, afterKey);
                    out.push({
                        number: number,
                        value: buffer.subarray(start, start + length)
                    });
                    offset = start + length;
                } else if (wireType === 1) offset = afterKey + 8; else if (wireType === 5) offset = afterKey + 4; else throw new Error(`unsupported wire type ${wireType}`);
            }
            return out;
        }
        function protobuf_text(field) {
            return field && Buffer.isBuffer(field.value) ? field.value.toString("utf8") : void 0;
        }
        function stringMap(entries) {
            if (entries.length === 0) return;
            const map = {};
            for (const entry of entries) {
                const parts = fields(entry.value);
                map[protobuf_text(parts.find(f => f.number === 1)) ?? ""] = protobuf_text(parts.find(f => f.number === 2)) ?? "";
            }
            return map;
        }
        function objectMeta(buffer) {
            const parts = fields(buffer);
            const one = n => protobuf_text(parts.find(f => f.number === n));
            const meta = {};
            if (one(1)) meta.name = one(1);
            if (one(2)) meta.generateName = one(2);
            if (one(3)) meta.namespace = one(3);
            const labels = stringMap(parts.filter(f => f.number === 11));
            if (labels) meta.labels = labels;
            const annotations = stringMap(parts.filter(f => f.number === 12));
            if (annotations) meta.annotations = annotations;
            const finalizers = parts.filter(f => f.number === 14).map(protobuf_text);
            if (finalizers.length) meta.finalizers = finalizers;
            return meta;
        }
        function decodeProtobuf(body, contentType) {
            const accepted = [ "application/json", "application/yaml", "application/vnd.kubernetes.protobuf (Namespace only)" ];
            if (body.length < 4 || !body.subarray(0, 4).equals(MAGIC)) throw unsupportedMediaType(contentType, accepted);
            const unknown = fields(body.subarray(4));
            const typeMeta = unknown.find(f => f.number === 1);
            const meta = typeMeta ? fields(typeMeta.value) : [];
            const apiVersion = protobuf_text(meta.find(f => f.number === 1)) ?? "";
            const kind = protobuf_text(meta.find(f => f.number === 2)) ?? "";
            const raw = unknown.find(f => f.number === 2);
            const known = kind === "Namespace" && apiVersion === "v1" || kind === "SelfSubjectAccessReview" && apiVersion === "authorization.k8s.io/v1";
            if (!known || !raw) throw unsupportedMediaType(`${contentType} (${apiVersion} ${kind})`, accepted);
            const object = fields(raw.value);
            const metadata = object.find(f => f.number === 1);
            const decoded = {
                apiVersion: apiVersion,
                kind: kind,
                metadata: metadata ? objectMeta(metadata.value) : {}
            };
            const spec = object.find(f => f.number === 2);
            if (kind === "SelfSubjectAccessReview" && spec) decoded.spec = accessReviewSpec(spec.value);
            return decoded;
        }
        function accessReviewSpec(buffer) {
            const attributes = fields(buffer).find(f => f.number === 1);
            if (!attributes) return {};
            const parts = fields(attributes.value);
            const names = [ "", "namespace", "verb", "group", "version", "resource", "subresource", "name" ];
            const resourceAttributes = {};
            for (const part of parts) {
                const name = names[part.number];
                const value = protobuf_text(part);
                if (name && value !== void 0) resourceAttributes[name] = value;
            }
            return {
                resourceAttributes: resourceAttributes
            };
        }
        const PODS = {
            group: "",
            resource: "pods"
        };
        function podLog(store, namespace, name, query) {
            const pod = store.get("pods", namespace, name);
            if (!pod) throw notFound(PODS, name);
            const container = chooseContainer(pod, query.get("container"));
            const state = statusOf(pod, container)?.state;
            if (!state || state.waiting) {
                const reason = state?.waiting?.reason ?? "ContainerCreating";
                throw badRequest(`container "${container}" in pod "${name}" is waiting to start: ${reason === "ContainerCreating" ? "ContainerCreating" : "trying and failing to pull image"}`);
            }
            let lines = logLines(pod, container);
            const tail = Number(query.get("tailLines") ?? "NaN");
            if (Number.isInteger(tail) && tail >= 0) lines = lines.slice(Math.max(0, lines.length - tail));
            let text = lines.map(line => `${line}\n`).join("");
            const limit = Number(query.get("limitBytes") ?? "NaN");
            if (Number.isInteger(limit) && limit > 0) text = Buffer.from(text, "utf8").subarray(0, limit).toString("utf8");
            return text;
        }
        function containersOf(pod) {
            const spec = isRecord(pod.spec) ? pod.spec : {};
            return [ ...spec.initContainers ?? [], ...spec.containers ?? [] ];
        }
        function chooseContainer(pod, requested) {
            const all = containersOf(pod).map(container => container.name);
            const name = pod.metadata.name;
            if (requested) {
                if (!all.includes(requested)) throw badRequest(`container ${requested} is not valid for pod ${name}`);
                return requested;
            }
            const annotated = pod.metadata.annotations?.["kubectl.kubernetes.io/default-container"];
            if (annotated && all.includes(annotated)) return annotated;
            const spec = isRecord(pod.spec) ? pod.spec : {};
            const containers = (spec.containers ?? []).map(c => c.name);
            if (containers.length === 1) return containers[0];
            throw badRequest(`a container name must be specified for pod ${name}, choose one of: [${containers.join(" ")}]`);
        }
        function statusOf(pod, container) {
            const status = isRecord(pod.status) ? pod.status : {};
            const all = [ ...status.initContainerStatuses ?? [], ...status.containerStatuses ?? [] ];
            return all.find(entry => entry.name === container);
        }
        function logLines(pod, container) {
            const started = Date.parse(pod.metadata.creationTimestamp);
            const at = offsetMs => new Date(started + offsetMs).toISOString();
            const line = (offsetMs, msg, pos) => JSON.stringify({
                component: container,
                level: "info",
                msg: msg,
                pos: pos,
                timestamp: at(offsetMs)
            });
            const lines = [ line(0, `Starting ${container}`, "application.go:214") ];
            for (let informer = 1; informer <= 20; informer++) lines.push(line(informer * 10, `STARTING informer ${informer}`, "virtinformers.go:341"));
            const resyncs = Math.floor((Date.now() - started) / 1e4);
            for (let resync = 1; resync <= resyncs; resync++) lines.push(line(resync * 1e4, "reenqueuing after resync", "controller.go:288"));
            return lines;
        }
        const MAX_BODY_BYTES = 3 * 1024 * 1024;
        const MIN_REQUEST_TIMEOUT_S = 1800;
        function sendJson(response, code, body, headers = {}) {
            if (response.headersSent || response.destroyed) return;
            const text = apiJson(body);
            response.writeHead(code, {
                "Content-Type": "application/json",
                "Content-Length": Buffer.byteLength(text),
                ...headers
            });
            response.end(text);
        }
        function sendStatus(response, error) {
            sendJson(response, error.status.code, error.status, error.headers);
        }
        function readBody(request) {
            return new Promise((resolve, reject) => {
                const chunks = [];
                let size = 0;
                request.on("data", chunk => {
                    size += chunk.length;
                    if (size > MAX_BODY_BYTES) reject(badRequest("the request body is too large")); else chunks.push(chunk);
                });
                request.on("end", () => resolve(Buffer.concat(chunks)));
                request.on("error", reject);
            });
        }
        function parseBody(raw, contentType) {
            if (raw.length === 0) return;
            if (contentType.includes("protobuf")) return decodeProtobuf(raw, contentType);
            try {
                return JSON.parse(raw.toString("utf8"));
            } catch (error) {
                throw badRequest(`the body of the request could not be decoded as JSON: ${messageOf(error)}`);
            }
        }
        function tableOf(info, body, query) {
            if (info.verb === "get") return toTable(info.def, [ body ], void 0, query.get("includeObject"));
            const list = body;
            return toTable(info.def, list.items, list.metadata.resourceVersion, query.get("includeObject"));
        }
        class ApiServer {
            #deps;
            #server;
            #sockets=new Set;
            #streams=new Set;
            #port=0;
            constructor(deps) {
                this.#deps = deps;
            }
            get port() {
                return this.#port;
            }
            openStreams() {
                return this.#streams;
            }
            async listen(port) {
                const server = (0, external_node_http_.createServer)((request, response) => {
                    this.#handle(request, response);
                });
                server.keepAliveTimeout = 6e4;
                server.on("connection", socket => {
                    this.#sockets.add(socket);
                    socket.on("close", () => this.#sockets.delete(socket));
                });
                await new Promise((resolve, reject) => {
                    server.once("error", reject);
                    server.listen(port, "127.0.0.1", () => {
                        server.off("error", reject);
                        resolve();
                    });
                });
                const address = server.address();
                this.#port = typeof address === "object" && address ? address.port : port;
                this.#server = server;
                return this.#port;
            }
            async stop() {
                const server = this.#server;
                this.#server = void 0;
                if (!server) return;
                for (const stream of [ ...this.#streams ]) stream.reset();
                const closed = new Promise(resolve => server.close(() => resolve()));
                for (const socket of this.#sockets) socket.destroy();
                server.closeAllConnections();
                await closed;
            }
            async #handle(request, response) {
                const startedAt = performance.timeOrigin + performance.now();
                const url = new URL(request.url ?? "/", "http://sim");
                const method = request.method ?? "GET";
                const resourceRequest = parseResourcePath(method, url.pathname, url.searchParams);
                const entry = {
                    method: method,
                    path: url.pathname,
                    query: Object.fromEntries(url.searchParams),
                    status: 0,
                    durationMs: 0,
                    watch: resourceRequest?.watch ?? false,
                    startedAt: startedAt,
                    ...resourceRequest ? {
                        verb: resourceRequest.verb,
                        resource: resourceRequest.def.resource
                    } : {}
                };
                response.on("close", () => {
                    entry.status = response.headersSent ? response.statusCode : 0;
                    entry.durationMs = performance.timeOrigin + performance.now() - startedAt;
                    this.#deps.log.push(entry);
                });
                try {
                    const facts = {
                        method: method,
                        watch: entry.watch,
                        ...resourceRequest ? {
                            verb: resourceRequest.verb,
                            resource: resourceRequest.def.resource,
                            namespace: resourceRequest.namespace,
                            name: resourceRequest.name
                        } : {}
                    };
                    const fault = this.#deps.faults.decide(facts);
                    if (fault) {
                        entry.fault = fault.reset ? "reset" : fault.error ? String(fault.error.status.code) : "delay";
                        if (fault.delayMs > 0) await new Promise(resolve => this.#deps.clock.afterReal(fault.delayMs, resolve));
                        if (fault.reset) {
                            request.socket.destroy();
                            return;
                        }
                        if (fault.error) {
                            if (entry.watch && fault.error.status.code === 410) this.#sendWatchError(response, fault.error.status); else sendStatus(response, fault.error);
                            return;
                        }
                    }
                    const raw = method === "GET" || method === "HEAD" ? Buffer.alloc(0) : await readBody(request);
                    if (resourceRequest) this.#serveResource(request, response, resourceRequest, url.searchParams, raw); else this.#serveNonResource(response, url);
                } catch (error) {
                    if (error instanceof ApiError) sendStatus(response, error); else sendStatus(response, internalError(messageOf(error)));
                }
            }
            #serveResource(request, response, info, query, raw) {
                const {cluster: cluster, settings: settings} = this.#deps;
                if (info.def.kubevirt && !settings.kubevirtInstalled()) throw pathNotFound();
                const denied = authorize(settings, info);
                if (denied) throw denied;
                if (info.def.resource === "pods" && info.subresource === "log" && info.verb === "get") {
                    const text = podLog(cluster.store, info.namespace ?? "", info.name ?? "", query);
                    response.writeHead(200, {
                        "Content-Type": "text/plain",
                        "Content-Length": Buffer.byteLength(text)
                    });
                    response.end(text);
                    return;
                }
                const table = wantsTable(request.headers.accept);
                if (info.watch) {
                    this.#serveWatch(response, info, query, table);
                    return;
                }
                const pageSize = info.verb === "list" && !query.has("limit") ? this.#deps.faults.pageSizeOf(info.def.resource, info.namespace) : void 0;
                if (pageSize !== void 0) query.set("limit", String(pageSize));
                const contentType = request.headers["content-type"] ?? "application/json";
                const body = parseBody(raw, contentType);
                const answer = handleResource(cluster, settings, info, query, body, contentType);
                if (table && (info.verb === "get" || info.verb === "list")) {
                    sendJson(response, answer.code, tableOf(info, answer.body, query));
                    return;
                }
                sendJson(response, answer.code, answer.body);
            }
            #serveWatch(response, info, query, table) {
                const {cluster: cluster, clock: clock, faults: faults, random: random, settings: settings} = this.#deps;
                const timeoutSeconds = Number(query.get("timeoutSeconds") ?? "NaN");
                const timeoutMs = Number.isFinite(timeoutSeconds) && timeoutSeconds > 0 ? timeoutSeconds * 1e3 : random.between(MIN_REQUEST_TIMEOUT_S, 2 * MIN_REQUEST_TIMEOUT_S) * 1e3;
                serveWatch(response, {
                    def: info.def,
                    namespace: info.namespace,
                    resourceVersion: query.get("resourceVersion"),
                    matches: selectorsOf(info.def, query, info.name),
                    allowBookmarks: query.get("allowWatchBookmarks") === "true" || query.get("allowWatchBookmarks") === "1",
                    sendInitialEvents: query.get("sendInitialEvents") === "true",
                    timeoutMs: timeoutMs,
                    bookmarkIntervalMs: settings.bookmarkIntervalMs,
                    encode: table ? object => toTable(info.def, [ object ], void 0, query.get("includeObject")) : object => object
                }, {
                    store: cluster.store,
                    clock: clock,
                    onOpen: stream => {
                        this.#streams.add(stream);
                        faults.watchOpened(stream);
                    },
                    afterEvent: stream => faults.afterWatchEvent(stream),
                    garble: (stream, type) => faults.garbleWatchEvent(stream, type),
                    rawSeparators: (stream, type) => faults.rawSeparators(stream, type),
                    transport: stream => faults.transportOf(stream),
                    onClose: stream => this.#streams.delete(stream)
                });
            }
            #sendWatchError(response, status) {
                response.writeHead(200, {
                    "Content-Type": "application/json",
                    "Transfer-Encoding": "chunked"
                });
                response.end(`${apiJson({
                    type: "ERROR",
                    object: status
                })}\n`);
            }
            #serveNonResource(response, url) {
                const installed = this.#deps.settings.kubevirtInstalled();
                const parts = url.pathname.split("/").filter(part => part !== "");
                const path = `/${parts.join("/")}`;
                let body;
                if (path === "/version") body = versionInfo(); else if (path === "/api") body = coreVersions(`127.0.0.1:${this.#port}`); else if (path === "/apis") body = groupList(installed); else if (path === "/api/v1") body = resourceList("", "v1", installed); else if (parts[0] === "apis" && parts.length === 2) body = group(parts[1], installed); else if (parts[0] === "apis" && parts.length === 3) body = resourceList(parts[1], parts[2], installed); else if (path === "/openapi/v3") body = openApiIndex(installed); else if (parts[0] === "openapi" && parts[1] === "v3") body = openApiDocument(parts.slice(2).join("/"), installed); else if (path === "/healthz" || path === "/livez" || path === "/readyz") {
                    response.writeHead(200, {
                        "Content-Type": "text/plain; charset=utf-8"
                    });
                    response.end("ok");
                    return;
                }
                if (body === void 0 || isRecord(body) && Object.keys(body).length === 0) throw pathNotFound();
                sendJson(response, 200, body);
            }
        }
        class Store {
            historyLimit;
            #resourceVersion=1e3;
            #objects=new Map;
            #history=new Map;
            #compactedThrough=new Map;
            #groundTruth=new Map;
            #listeners=new Set;
            #pending=[];
            #dispatching=false;
            #onError;
            #now;
            constructor(historyLimit, onError, now = preciseNow) {
                this.historyLimit = Math.max(1, historyLimit);
                this.#onError = onError;
                this.#now = now;
            }
            get resourceVersion() {
                return this.#resourceVersion;
            }
            get(resource, namespace, name) {
                return this.#table(resource).get(objectKey(namespace, name));
            }
            list(resource, namespace) {
                const entries = [ ...this.#table(resource).entries() ].filter(([, object]) => namespace === void 0 || object.metadata.namespace === namespace);
                entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
                return entries.map(([, object]) => object);
            }
            create(resource, object) {
                return this.#write(resource, "ADDED", object, void 0);
            }
            update(resource, object) {
                const previous = this.#table(resource).get(keyOf(object));
                if (!previous) throw new Error(`sim: update of missing ${resource} ${keyOf(object)}`);
                return this.#write(resource, "MODIFIED", object, previous);
            }
            remove(resource, namespace, name) {
                const previous = this.get(resource, namespace, name);
                if (!previous) return;
                return this.#write(resource, "DELETED", previous, previous);
            }
            changesSince(resource, resourceVersion) {
                const compacted = this.#compactedThrough.get(resource) ?? 0;
                if (resourceVersion < compacted) return {
                    expired: true,
                    oldest: compacted + 1
                };
                return this.#changes(resource).filter(change => change.resourceVersion > resourceVersion);
            }
            compact(resource) {
                const resources = resource ? [ resource ] : [ ...this.#history.keys() ];
                for (const name of resources) {
                    this.#history.set(name, []);
                    this.#compactedThrough.set(name, this.#resourceVersion);
                }
            }
            history(resource, namespace, name) {
                return (this.#groundTruth.get(resource) ?? []).filter(change => change.object.metadata.namespace === namespace && (name === void 0 || change.object.metadata.name === name)).map(change => ({
                    resourceVersion: String(change.resourceVersion),
                    type: change.type,
                    object: change.object,
                    writtenAt: change.writtenAt
                }));
            }
            subscribe(listener) {
                this.#listeners.add(listener);
                return () => this.#listeners.delete(listener);
            }
            #write(resource, type, object, previous) {
                this.#resourceVersion += 1;
                const stored = deepFreeze({
                    ...object,
                    metadata: {
                        ...object.metadata,
                        resourceVersion: String(this.#resourceVersion)
                    }
                });
                const table = this.#table(resource);
                if (type === "DELETED") table.delete(keyOf(stored)); else table.set(keyOf(stored), stored);
                const change = {
                    resourceVersion: this.#resourceVersion,
                    resource: resource,
                    type: type,
                    object: stored,
                    ...previous ? {
                        previous: previous
                    } : {},
                    writtenAt: this.#now()
                };
                this.#record(change);
                this.#pending.push(change);
                this.#dispatch();
                return stored;
            }
            #record(change) {
                const changes = this.#changes(change.resource);
                changes.push(change);
                if (changes.length > this.historyLimit) {
                    const dropped = changes.splice(0, changes.length - this.historyLimit);
                    this.#compactedThrough.set(change.resource, dropped.at(-1).resourceVersion);
                }
                let truth = this.#groundTruth.get(change.resource);
                if (!truth) this.#groundTruth.set(change.resource, truth = []);
                truth.push(change);
            }
            #dispatch() {
                if (this.#dispatching) return;
                this.#dispatching = true;
                try {
                    for (let change = this.#pending.shift(); change; change = this.#pending.shift()) for (const listener of this.#listeners) try {
                        listener(change);
                    } catch (error) {
                        this.#onError(error);
                    }
                } finally {
                    this.#dispatching = false;
                }
            }
            #table(resource) {
                let table = this.#objects.get(resource);
                if (!table) this.#objects.set(resource, table = new Map);
                return table;
            }
            #changes(resource) {
                let changes = this.#history.get(resource);
                if (!changes) this.#history.set(resource, changes = []);
                return changes;
            }
        }
        const DEFAULT_VM_STATUS_LAG_MS = 50;
        function kubeconfigFor(url) {
            return [ "apiVersion: v1", "kind: Config", "clusters:", "  - name: kubevirt-sim", "    cluster:", `      server: ${url}`, "      insecure-skip-tls-verify: true", "contexts:", "  - name: kubevirt-sim", "    context:", "      cluster: kubevirt-sim", "      user: kubevirt-sim", "      namespace: default", "current-context: kubevirt-sim", "users:", "  - name: kubevirt-sim", "    user: {}", "preferences: {}", "" ].join("\n");
        }
        async function startSimulator(options = {}) {
            const onError = options.onError ?? (error => console.error(`sim: model error: ${messageOf(error)}`));
            const random = new Random(options.seed ?? 1);
            const clock = options.clock ?? new Clock(options.timeScale ?? 1, onError);
            const store = new Store(options.historyLimit ?? 1e3, onError, () => clock.wallNow());
            const cluster = new Cluster(store, random.fork("api"));
            const kubevirt = options.kubevirt ?? {};
            seedCluster(cluster, {
                kubevirtInstalled: kubevirt.installed ?? true,
                kubevirtAvailable: kubevirt.available ?? true,
                kubevirtVersion: kubevirt.version ?? "v1.8.4",
                featureGates: kubevirt.featureGates ?? [],
                disabledFeatureGates: kubevirt.disabledFeatureGates ?? [],
                useEmulation: kubevirt.useEmulation ?? false,
                disableSerialConsoleLog: kubevirt.disableSerialConsoleLog ?? false,
                kvm: options.nodes?.kvm ?? true,
                nodeMemory: options.nodes?.memory ?? "16Gi"
            });
            const timeScale = clock.timeScale;
            const controllers = options.controllers ?? true;
            const models = [ new GarbageCollector(cluster, clock) ];
            if (controllers) models.push(new Scheduler(cluster, clock), new Kubelet(cluster, clock, random.fork("kubelet"), {
                imageExists: imageExistsWith(options.imageExists ?? []),
                errImagePullDwellMs: options.errImagePullDwellMs
            }), new VirtController(cluster, clock, random.fork("virt-controller"), {
                vmStatusLagMs: options.vmStatusLagMs ?? DEFAULT_VM_STATUS_LAG_MS * timeScale,
                coalesceChance: options.coalesceChance ?? 0
            }));
            const requests = [];
            const faults = new Faults(random.fork("faults"), {
                user: "system:anonymous",
                openStreams: () => server.openStreams(),
                compact: resource => store.compact(resource),
                restart: restartOptions => restart(restartOptions)
            });
            const server = new ApiServer({
                cluster: cluster,
                clock: clock,
                faults: faults,
                random: random.fork("server"),
                log: requests,
                settings: {
                    user: "system:anonymous",
                    deny: options.rbac?.deny ?? [],
                    bookmarkIntervalMs: options.bookmarkIntervalMs ?? 6e4,
                    kubevirtInstalled: () => kubevirt.installed ?? true
                }
            });
            const port = await server.listen(options.port ?? 0);
            const url = `http://127.0.0.1:${port}`;
            const kubeconfig = kubeconfigFor(url);
            const directory = await (0, promises_.mkdtemp)((0, external_node_path_.join)((0, 
            external_node_os_.tmpdir)(), "kubevirt-sim-"));
            const kubeconfigPath = (0, external_node_path_.join)(directory, "kubeconfig");
            await (0, promises_.writeFile)(kubeconfigPath, kubeconfig, {
                mode: 384
            });
            let restarting = Promise.resolve();
            let closed = false;
            async function restart({downMs: downMs = 0, compact: compact = false} = {}) {
                const previous = restarting;
                restarting = (async () => {
                    await previous;
                    if (closed) return;
                    await server.stop();
                    if (compact) store.compact();
                    if (downMs > 0) await new Promise(resolve => clock.afterReal(downMs, resolve));
                    if (!closed) await server.listen(port);
                })();
                return restarting;
            }
            return {
                url: url,
                kubeconfig: kubeconfig,
                kubeconfigPath: kubeconfigPath,
                faults: faults,
                requests: requests,
                openWatches: () => [ ...server.openStreams() ].length,
                history: (resource, namespace, name) => store.history(resource, namespace, name),
                restart: restartOptions => restart(restartOptions),
                close: async () => {
                    if (closed) return;
                    closed = true;
                    await restarting.catch(() => {});
                    for (const model of models) model.stop();
                    clock.close();
                    await server.stop();
                    await (0, promises_.rm)(directory, {
                        recursive: true,
                        force: true
                    });
                }
            };
        }
        var util_duration = __webpack_require__(26518);
        var verify = __webpack_require__(27900);
        const SCENARIOS = {
            "missing-image": {},
            running: {
                image: "quay.io/containerdisks/fedora:latest"
            },
            unschedulable: {
                options: {
                    nodes: {
                        kvm: false
                    },
                    kubevirt: {
                        useEmulation: false
                    }
                }
            },
            "image-volume": {
                options: {
                    kubevirt: {
                        version: "v1.9.0"
                    }
                }
            }
        };
        const DEMO_TIME_SCALE = .1;
        const DEMO_FLAGS = {
            scenario: {
                description: `The simulated cluster: ${Object.keys(SCENARIOS).join(", ")}.`,
                value: "NAME",
                default: "missing-image"
            },
            dwell: {
                description: "How long each ErrImagePull lasts on the pod and the VM, real time (e.g. 1ms); default: the kubelet's own timing.",
                value: "DURATION"
            },
            "serial-console-log": {
                description: "false: the KubeVirt CR disables the serial console log, launcher pods get no guest-console-log sidecar and ErrImagePull lasts one or two kubelet requeues (10-32 s of node time) instead of about a second.",
                value: "BOOL",
                default: "true"
            },
            faults: {
                description: "API faults, ';'-separated: `npm run sim` fault specs (respond=429,resource=pods,watch=true,times=2), watch-end-rate=P, forbid-watch=RESOURCE.",
                value: "LIST"
            },
            "time-scale": {
                description: "Multiplies the kubelet's timings (0.1: a 10 s back-off takes 1 s).",
                value: "X",
                default: String(DEMO_TIME_SCALE)
            },
            seed: {
                description: "Seed of every random choice of the simulator.",
                value: "N",
                default: "1"
            }
        };
        const DEMO_TIMEOUT_NODE_MS = 5 * 6e4;
        function demoTimeout(timeScale) {
            return `${Math.max(1, Math.round(DEMO_TIMEOUT_NODE_MS * timeScale))}ms`;
        }
        function demoInputFlags(flags) {
            if (!flags.timeout) return flags;
            const onClock = (0, util_duration.a3)((0, util_duration.E9)(demoTimeout(DEMO_TIME_SCALE)));
            const timeout = {
                ...flags.timeout,
                default: `5m of node time on the demo's clock, ${onClock} at --time-scale ${DEMO_TIME_SCALE}`
            };
            return {
                ...flags,
                timeout: timeout
            };
        }
        function demoSettings(flags) {
            const scenarioName = flags.scenario ?? "missing-image";
            if (!(scenarioName in SCENARIOS)) throw new FlagError(`--scenario '${scenarioName}' is not one of ${Object.keys(SCENARIOS).join(", ")}`);
            const scenario = SCENARIOS[scenarioName];
            const timeScale = demo_number("time-scale", flags["time-scale"]) ?? DEMO_TIME_SCALE;
            const serialConsoleLog = args_boolean("serial-console-log", flags["serial-console-log"], true);
            const dwell = flags.dwell === void 0 ? void 0 : (0, util_duration.E9)(flags.dwell);
            if (flags.dwell !== void 0 && dwell === void 0) throw new FlagError(`--dwell '${flags.dwell}' is not a duration such as 1ms or 500ms`);
            const timeout = flags.timeout === void 0 ? demoTimeout(timeScale) : void 0;
            return {
                scenario: scenarioName,
                ...scenario.image && {
                    image: scenario.image
                },
                ...timeout && {
                    timeout: timeout
                },
                options: {
                    ...scenario.options,
                    ...!serialConsoleLog && {
                        kubevirt: {
                            ...scenario.options?.kubevirt,
                            disableSerialConsoleLog: true
                        }
                    },
                    timeScale: timeScale,
                    errImagePullDwellMs: dwell,
                    seed: demo_number("seed", flags.seed) ?? 1
                },
                timeScale: timeScale,
                faults: parseFaults(flags.faults),
                description: `scenario ${scenarioName}, time scale ${timeScale}` + `${serialConsoleLog ? "" : ", serial console log off (no guest-console-log sidecar)"}` + `${dwell === void 0 ? "" : `, ErrImagePull dwell ${flags.dwell}`}${flags.faults ? `, faults ${flags.faults}` : ""}` + `${timeout ? `, timeout ${(0, 
                util_duration.a3)((0, util_duration.E9)(timeout))} (5m of node time on this clock)` : ""}`
            };
        }
        async function startDemoCluster(settings, log) {
            const sim = await startSimulator(settings.options);
            for (const apply of settings.faults) apply(sim);
            log(`Simulated KubeVirt cluster at ${sim.url} (${settings.description})`);
            return {
                sim: sim,
                kubeconfigPath: sim.kubeconfigPath,
                timeScale: settings.timeScale,
                stop: () => sim.close()
            };
        }
        function parseFaults(faults) {
            return (faults ?? "").split(";").map(part => part.trim()).filter(Boolean).map(item => {
                const [key, value = ""] = item.split("=", 2);
                if (key === "watch-end-rate") {
                    const rate = demo_number("faults watch-end-rate", value) ?? 0;
                    return sim => sim.faults.endWatchesRandomly({
                        rate: rate
                    });
                }
                if (key === "forbid-watch") return sim => sim.faults.forbidWatch(value);
                const fault = parseFault(item);
                return sim => sim.faults.inject(fault);
            });
        }
        function demo_number(flag, value) {
            if (value === void 0) return;
            const parsed = Number(value);
            if (value.trim() === "" || !Number.isFinite(parsed) || parsed < 0) throw new FlagError(`--${flag} '${value}' is not a non-negative number`);
            return parsed;
        }
        function demoTuning(timeScale) {
            return {
                settleMs: verify.dk,
                unschedulableGraceMs: Math.max(100, verify.eT * timeScale)
            };
        }
    }
};
