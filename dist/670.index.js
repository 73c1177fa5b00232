export const id = 670;

export const ids = [ 670 ];

export const modules = {
    72691: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Bs: () => leftoversWarning,
            SL: () => shouldRemove,
            aE: () => CLEANUP_TIMEOUT_MS,
            nY: () => cleanUp,
            s2: () => removeRun
        });
        var _cluster_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27017);
        var _cluster_requests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61462);
        var _cluster_resources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40095);
        var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
        const CLEANUP_TIMEOUT_MS = 18e4;
        function shouldRemove(cleanup, result) {
            if (cleanup === "never") return false;
            if (cleanup === "always" || result === "cancelled") return true;
            return result === "passed" || result === "flaky";
        }
        async function cleanUp(config, cluster, resources, outcome, hooks, within = (0, 
        _cluster_requests_js__WEBPACK_IMPORTED_MODULE_1__.gd)(CLEANUP_TIMEOUT_MS)) {
            const result = hooks.signal?.aborted ? "cancelled" : outcome?.result;
            if (!shouldRemove(config.cleanup, result)) {
                hooks.log(`Keeping ${leftBehind(resources)} (cleanup: ${config.cleanup}). Delete them with: ${removalCommand(resources)}`);
                hooks.cleaned?.(void 0);
                return;
            }
            const leftovers = await hooks.group("Cleaning up", async () => {
                const left = await removeRun(cluster, resources, within);
                if (left) hooks.warn(leftoversWarning(left)); else hooks.log(resources.generatedNamespace ? `Deleted namespace ${resources.namespace} and everything in it.` : `Deleted the run's VMs in ${resources.namespace}.`);
                return left;
            });
            hooks.cleaned?.(leftovers);
            return leftovers;
        }
        function leftoversWarning(left) {
            return `Cleanup could not remove ${left.what}: ${left.why}. Remove it with: ${left.command}`;
        }
        async function removeRun(cluster, resources, within) {
            let failure;
            try {
                const forVms = resources.generatedNamespace ? firstHalf(within) : within;
                await (0, _cluster_resources_js__WEBPACK_IMPORTED_MODULE_2__._I)(cluster, resources.namespace, resources.runId, forVms);
            } catch (error) {
                failure = error;
            }
            if (resources.generatedNamespace) try {
                await (0, _cluster_resources_js__WEBPACK_IMPORTED_MODULE_2__.iq)(cluster, resources.namespace, within);
                return;
            } catch (error) {
                failure = error;
            }
            if (failure === void 0) return;
            const held = await (0, _cluster_resources_js__WEBPACK_IMPORTED_MODULE_2__.s2)(cluster, resources.namespace, `${_cluster_manifest_js__WEBPACK_IMPORTED_MODULE_0__.jQ}=${resources.runId}`, (0, 
            _cluster_requests_js__WEBPACK_IMPORTED_MODULE_1__.gd)(FINALIZER_LOOKUP_MS, within.limits));
            return {
                what: leftBehind(resources),
                why: (0, _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.g)(failure) + held.map(object => `; ${heldWords(object)}`).join(""),
                command: removalCommand(resources, held)
            };
        }
        const FINALIZER_LOOKUP_MS = 5e3;
        function heldWords(object) {
            const kind = object.kind === "vm" ? "VirtualMachine" : "VirtualMachineInstance";
            const finalizers = object.finalizers.join(", ");
            return `${kind} ${object.name} is being deleted but its finalizer${object.finalizers.length > 1 ? "s" : ""} ${finalizers} keep${object.finalizers.length > 1 ? "" : "s"} it (and the namespace, which waits for it): only the controller that set ${object.finalizers.length > 1 ? "them" : "it"} removes ${object.finalizers.length > 1 ? "them" : "it"} (virt-controller for kubevirt.io finalizers: check that it runs, kubectl -n kubevirt get pods -l kubevirt.io=virt-controller); deleting the namespace again cannot help`;
        }
        function firstHalf(within) {
            const now = performance.now();
            const half = Math.max(0, within.until - now) / 2;
            return {
                ...within,
                until: now + half,
                allowedMs: Math.round(half)
            };
        }
        function leftBehind(resources) {
            const vms = `the VMs labelled ${_cluster_manifest_js__WEBPACK_IMPORTED_MODULE_0__.jQ}=${resources.runId}`;
            return resources.generatedNamespace ? `namespace ${resources.namespace} with ${vms}` : `${vms} in namespace ${resources.namespace}`;
        }
        function removalCommand(resources, held = []) {
            const unblock = held.map(object => `kubectl patch ${object.kind} -n ${resources.namespace} ${object.name} --type=merge -p '{"metadata":{"finalizers":null}}' && `);
            return unblock.join("") + `kubectl delete vm -n ${resources.namespace} -l ${_cluster_manifest_js__WEBPACK_IMPORTED_MODULE_0__.jQ}=${resources.runId}` + (resources.generatedNamespace ? ` && kubectl delete namespace ${resources.namespace}` : "");
        }
    },
    72315: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            u3: () => loadKubeConfig
        });
        var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
        var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
        var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
        var _util_client_node_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99690);
        var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
        var _util_setting_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21832);
        var _util_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49997);
        var _proxy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58238);
        class KubeconfigError extends Error {
            constructor(message) {
                super(message);
                this.name = "KubeconfigError";
            }
        }
        function loadKubeConfig(path, env = process.env, audience = "action") {
            const input = (0, _util_setting_js__WEBPACK_IMPORTED_MODULE_5__.y7)("kubeconfig", audience);
            const kubeConfig = new _util_client_node_js__WEBPACK_IMPORTED_MODULE_3__.yp;
            let source;
            if (path) {
                source = path;
                mustExist(path, `${input} names '${path}', which does not exist`);
                load(() => kubeConfig.loadFromFile(path), source);
            } else if (env.KUBECONFIG) {
                const files = env.KUBECONFIG.split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean);
                source = `$KUBECONFIG (${files.join(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)})`;
                files.forEach(file => mustExist(file, `$KUBECONFIG names '${file}', which does not exist`));
                load(() => mergeFirstWins(kubeConfig, files), source);
            } else {
                source = (0, node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0, node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), ".kube", "config");
                mustExist(source, audience === "cli" ? `no kubeconfig: --kubeconfig is not given, $KUBECONFIG is not set and ${source} does not exist. Give --kubeconfig PATH or set KUBECONFIG to the kubeconfig of a cluster with KubeVirt (create one first: kind, kubevirtci)` : `no kubeconfig: the 'kubeconfig' input is empty, $KUBECONFIG is not set and ${source} does not exist. Set the 'kubeconfig' input, or use 'setup: kind' to create a cluster`);
                load(() => kubeConfig.loadFromFile(source), source);
            }
            return connection(kubeConfig, source, env);
        }
        function connection(kubeConfig, source, env) {
            const cluster = kubeConfig.getCurrentCluster();
            if (!cluster) throw new KubeconfigError(`kubeconfig ${source} has no current context with a cluster; set 'current-context' (kubectl config use-context NAME)`);
            if (hasCredentials(cluster.server)) throw new KubeconfigError(`kubeconfig ${source}: the server URL of cluster "${cluster.name}" (${(0, 
            _util_text_js__WEBPACK_IMPORTED_MODULE_6__.el)(cluster.server)}) holds credentials, which this check never sends from a URL (nor prints); remove them from 'server' and give them in the user entry instead (a token, a client certificate or an exec credential plugin)`);
            const badUrl = serverUrlProblem(cluster.server);
            if (badUrl) throw new KubeconfigError(`kubeconfig ${source}: the server URL of cluster "${cluster.name}" (${(0, 
            _util_text_js__WEBPACK_IMPORTED_MODULE_6__.el)(cluster.server)}) ${badUrl}; fix 'server' (e.g. https://HOST:6443)`);
            const user = kubeConfig.getCurrentUser();
            const badExec = user?.exec === void 0 || user.exec === null ? void 0 : execProblem(user.exec);
            if (badExec) throw new KubeconfigError(`kubeconfig ${source}: the exec credential plugin of user "${user?.name ?? ""}" ${badExec}; fix 'exec' in that user entry (command: a string, args: a list of strings, env: a list of name/value strings)`);
            const proxyUrl = cluster.proxyUrl ? void 0 : (0, _proxy_js__WEBPACK_IMPORTED_MODULE_7__.i)(cluster.server, env);
            if (proxyUrl) useProxy(kubeConfig, cluster.name, proxyUrl);
            return {
                kubeConfig: kubeConfig,
                server: cluster.server,
                source: source
            };
        }
        function useProxy(kubeConfig, clusterName, proxyUrl) {
            kubeConfig.loadFromOptions({
                clusters: kubeConfig.clusters.map(cluster => cluster.name === clusterName ? {
                    ...cluster,
                    proxyUrl: proxyUrl
                } : cluster),
                users: kubeConfig.users,
                contexts: kubeConfig.contexts,
                currentContext: kubeConfig.currentContext
            });
        }
        const MAX_EXEC_BYTES = 256 * 1024;
        function execProblem(exec) {
            if (typeof exec !== "object" || exec === null) return "is not a mapping ('exec:')";
            const {command: command, args: args, env: env} = exec;
            if (typeof command !== "string") return "has no 'command' string";
            let bytes = command.length;
            if (args !== void 0 && args !== null) {
                if (!Array.isArray(args)) return "has 'args' that is not a list";
                for (const [index, arg] of args.entries()) {
                    if (typeof arg !== "string") return `has args[${index}] that is not a string`;
                    bytes += arg.length;
                    if (bytes > MAX_EXEC_BYTES) return `has args longer than ${MAX_EXEC_BYTES / 1024} KiB in all`;
                }
            }
            if (env !== void 0 && env !== null) {
                if (!Array.isArray(env)) return "has 'env' that is not a list";
                for (const [index, entry] of env.entries()) {
                    const {name: name, value: value} = entry ?? {};
                    if (typeof name !== "string" || typeof value !== "string") return `has env[${index}] that is not a name and a value string`;
                    bytes += name.length + value.length;
                    if (bytes > MAX_EXEC_BYTES) return `has args and env longer than ${MAX_EXEC_BYTES / 1024} KiB in all`;
                }
            }
            return;
        }
        function serverUrlProblem(server) {
            let url;
            try {
                url = new URL(server);
            } catch {
                return "is not a valid URL";
            }
            if (url.protocol !== "https:" && url.protocol !== "http:") return `has the scheme '${url.protocol}', not https: or http:`;
            if (!url.hostname) return "has no host";
            return;
        }
        function hasCredentials(server) {
            try {
                const url = new URL(server);
                return url.username !== "" || url.password !== "";
            } catch {
                return false;
            }
        }
        function mustExist(file, message) {
            if (!(0, node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) throw new KubeconfigError(message);
        }
        function load(read, source) {
            try {
                read();
            } catch (error) {
                const reason = (0, _util_errors_js__WEBPACK_IMPORTED_MODULE_4__.g)(error).split("\n")[0];
                throw new KubeconfigError(`kubeconfig ${source} could not be read: ${reason}`);
            }
        }
        function mergeFirstWins(into, files) {
            const parts = files.map(file => {
                const one = new _util_client_node_js__WEBPACK_IMPORTED_MODULE_3__.yp;
                one.loadFromFile(file);
                return one;
            });
            const firstByName = lists => {
                const seen = new Map;
                for (const item of lists.flat()) if (!seen.has(item.name)) seen.set(item.name, item);
                return [ ...seen.values() ];
            };
            into.loadFromOptions({
                clusters: firstByName(parts.map(part => part.clusters)),
                users: firstByName(parts.map(part => part.users)),
                contexts: firstByName(parts.map(part => part.contexts)),
                currentContext: parts.find(part => part.currentContext)?.currentContext ?? ""
            });
        }
    },
    27017: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Kf: () => MANAGED_BY,
            j8: () => containerDiskImages,
            jQ: () => RUN_LABEL,
            nV: () => builtInVm,
            uX: () => vmFromTemplate,
            z7: () => readVmManifest
        });
        var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
        var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
        var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
        const RUN_LABEL = "kubevirt-transition-check/run";
        const MANAGED_BY = {
            "app.kubernetes.io/managed-by": "kubevirt-transition-check"
        };
        function builtInVm(identity, image) {
            return stamp({
                apiVersion: "kubevirt.io/v1",
                kind: "VirtualMachine",
                metadata: {
                    name: identity.name,
                    namespace: identity.namespace
                },
                spec: {
                    runStrategy: "Always",
                    template: {
                        spec: {
                            domain: {
                                devices: {
                                    disks: [ {
                                        name: "containerdisk",
                                        disk: {
                                            bus: "virtio"
                                        }
                                    } ]
                                },
                                resources: {
                                    requests: {
                                        memory: "128Mi"
                                    }
                                }
                            },
                            terminationGracePeriodSeconds: 0,
                            volumes: [ {
                                name: "containerdisk",
                                containerDisk: {
                                    image: image
                                }
                            } ]
                        }
                    }
                }
            }, identity);
        }
        const MAX_MANIFEST_BYTES = 1024 * 1024;
        function vmFromTemplate(template, identity) {
            const vm = structuredClone(template);
            vm.metadata = {
                ...vm.metadata,
                name: identity.name,
                namespace: identity.namespace
            };
            return stamp(vm, identity);
        }
        function readVmManifest(file, image) {
            const bad = problem => new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.d("vm-manifest", `${file}: ${problem}`);
            let text;
            try {
                const {size: size} = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
                if (size > MAX_MANIFEST_BYTES) throw bad(`is ${size} bytes; a VirtualMachine manifest may have at most ${MAX_MANIFEST_BYTES} bytes (1 MiB). Give the file of one VirtualMachine`);
                text = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8");
            } catch (error) {
                if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.d) throw error;
                throw bad(`cannot be read (${(0, _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.g)(error)})`);
            }
            const documents = (0, yaml__WEBPACK_IMPORTED_MODULE_1__.hR)(text);
            if (!Array.isArray(documents)) throw bad("is empty");
            const broken = documents.find(document => document.errors.length > 0);
            if (broken) throw bad(`is not valid YAML: ${broken.errors[0].message.split("\n")[0]}`);
            const objects = documents.map(document => document.toJS()).filter(object => object != null);
            if (objects.length !== 1) throw bad(`holds ${objects.length} documents; give exactly one VirtualMachine`);
            const vm = objects[0];
            if (typeof vm !== "object" || vm.kind !== "VirtualMachine") throw bad(`is a ${describeKind(vm)}, not a VirtualMachine (kind: VirtualMachine, apiVersion: kubevirt.io/v1)`);
            if (vm.apiVersion !== "kubevirt.io/v1") throw bad(`has apiVersion '${String(vm.apiVersion)}'; use kubevirt.io/v1`);
            const volumes = vm.spec?.template?.spec?.volumes ?? [];
            const disks = volumes.filter(volume => volume.containerDisk);
            if (disks.length === 0) throw bad("has no containerDisk volume, so no image would be pulled");
            if (vm.spec?.runStrategy === void 0 && vm.spec?.running === void 0) vm.spec.runStrategy = "Always"; else if (vm.spec?.running === false || vm.spec?.runStrategy && vm.spec.runStrategy !== "Always" && vm.spec.runStrategy !== "RerunOnFailure") throw bad(`does not start the VM (runStrategy: ${String(vm.spec?.runStrategy ?? "running: false")}); use runStrategy: Always`);
            if (image) disks.forEach(volume => volume.containerDisk.image = image);
            const missing = disks.find(volume => !volume.containerDisk.image);
            if (missing) throw bad(`containerDisk volume '${missing.name}' has no image; set one or the 'image' input`);
            const metadata = {
                ...vm.metadata
            };
            for (const field of [ "resourceVersion", "uid", "creationTimestamp", "generation", "managedFields" ]) delete metadata[field];
            delete vm.status;
            vm.metadata = {
                ...metadata,
                name: "",
                namespace: ""
            };
            return vm;
        }
        function containerDiskImages(vm) {
            return (vm.spec.template.spec.volumes ?? []).flatMap(volume => volume.containerDisk?.image ? [ volume.containerDisk.image ] : []);
        }
        function stamp(vm, identity) {
            const runLabels = {
                [RUN_LABEL]: identity.runId
            };
            vm.metadata.labels = {
                ...vm.metadata.labels,
                ...MANAGED_BY,
                ...runLabels
            };
            vm.spec.template.metadata = {
                ...vm.spec.template.metadata,
                labels: {
                    ...vm.spec.template.metadata?.labels,
                    ...runLabels
                }
            };
            return vm;
        }
        function describeKind(object) {
            if (object === null || typeof object !== "object") return `${typeof object} value`;
            const kind = object.kind;
            return typeof kind === "string" && kind !== "" ? `'${kind}'` : "document without kind";
        }
    },
    58238: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            i: () => proxyFor,
            k: () => proxyFromEnv
        });
        var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
        function proxyFromEnv(env) {
            const read = name => env[name.toLowerCase()] || env[name] || "";
            const httpProxy = read("HTTP_PROXY");
            const httpsProxy = read("HTTPS_PROXY");
            if (!httpProxy && !httpsProxy) return;
            return {
                httpProxy: httpProxy,
                httpsProxy: httpsProxy,
                noProxy: read("NO_PROXY")
            };
        }
        function proxyFor(url, env) {
            const settings = proxyFromEnv(env);
            if (!settings) return;
            const target = new URL(url);
            const proxy = target.protocol === "https:" ? settings.httpsProxy : settings.httpProxy;
            if (!proxy) return;
            const host = target.hostname.replace(/^\[|\]$/g, "").toLowerCase();
            const port = target.port || (target.protocol === "https:" ? "443" : "80");
            if (isLoopback(host) || bypassed(host, port, settings.noProxy)) return;
            return proxy;
        }
        function isLoopback(host) {
            if (host === "localhost" || host.endsWith(".localhost")) return true;
            const loopback = new node_net__WEBPACK_IMPORTED_MODULE_0__.BlockList;
            loopback.addSubnet("127.0.0.0", 8, "ipv4");
            loopback.addAddress("::1", "ipv6");
            return (0, node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== 0 && loopback.check(host, (0, 
            node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 6 ? "ipv6" : "ipv4");
        }
        function bypassed(host, port, noProxy) {
            for (const raw of noProxy.split(",")) {
                let entry = raw.trim().toLowerCase();
                if (!entry) continue;
                if (entry === "*") return true;
                if (entry.includes("/")) {
                    if (inSubnet(host, entry)) return true;
                    continue;
                }
                const withPort = /^(.*?):(\d+)$/.exec(entry);
                if (withPort && (0, node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(entry) !== 6) {
                    if (withPort[2] !== port) continue;
                    entry = withPort[1];
                }
                const domain = entry.replace(/^\*?\./, "");
                if (host === domain || host.endsWith(`.${domain}`)) return true;
            }
            return false;
        }
        function inSubnet(host, cidr) {
            const [network = "", bits = ""] = cidr.split("/");
            const family = (0, node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(network);
            if (family === 0 || (0, node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== family) return false;
            const subnet = new node_net__WEBPACK_IMPORTED_MODULE_0__.BlockList;
            const type = family === 6 ? "ipv6" : "ipv4";
            subnet.addSubnet(network, Number(bits), type);
            return subnet.check(host, type);
        }
    },
    61462: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            R$: () => retrying,
            gd: () => budget,
            qO: () => retryDelayMs,
            uE: () => apiClient,
            vE: () => CredentialPluginError
        });
        var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
        var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58500);
        var _util_client_node_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99690);
        var _util_api_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38051);
        var _util_deadline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84054);
        var _util_duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26518);
        const REQUEST_TIMEOUT_MS = 3e4;
        const BASE_RETRY_DELAY_MS = 250;
        const MAX_RETRY_DELAY_MS = 8e3;
        const DEFAULT_REQUEST_LIMITS = {
            requestTimeoutMs: REQUEST_TIMEOUT_MS,
            baseDelayMs: BASE_RETRY_DELAY_MS,
            maxDelayMs: MAX_RETRY_DELAY_MS
        };
        const DO_NOT_RETRY = new Set([ 400, 401, 403, 404, 405, 409, 410, 422 ]);
        function budget(ms, limits = {}, signal) {
            return {
                until: performance.now() + ms,
                allowedMs: ms,
                limits: {
                    ...DEFAULT_REQUEST_LIMITS,
                    ...limits
                },
                signal: signal
            };
        }
        class RequestTimeoutError extends Error {
            cut;
            constructor(message, cut) {
                super(message);
                this.name = "RequestTimeoutError";
                this.cut = cut;
            }
        }
        function requestTimeoutMs(within) {
            return Math.ceil(Math.max(1, Math.min(within.limits.requestTimeoutMs, within.until - performance.now())));
        }
        function isCut(ms, within) {
            return ms < within.limits.requestTimeoutMs;
        }
        function withinWords(ms, within) {
            const cut = isCut(ms, within);
            return `within ${(0, _util_duration_js__WEBPACK_IMPORTED_MODULE_4__.a3)(ms)}${cut ? ` (what was left of the ${(0, 
            _util_duration_js__WEBPACK_IMPORTED_MODULE_4__.a3)(within.allowedMs)} allowed)` : ""}`;
        }
        function apiClient(cluster, api, within) {
            const {kubeConfig: kubeConfig, server: server} = cluster;
            const plugins = limitExecPlugins(kubeConfig, within.limits.requestTimeoutMs);
            return new api((0, _util_client_node_js__WEBPACK_IMPORTED_MODULE_2__.$v)({
                baseServer: new _util_client_node_js__WEBPACK_IMPORTED_MODULE_2__.i0(server, {}),
                authMethods: {
                    default: boundedAuthentication(kubeConfig, plugins, within)
                },
                httpApi: boundedHttp(within)
            }));
        }
        function boundedHttp(within) {
            const fetchLibrary = new _util_client_node_js__WEBPACK_IMPORTED_MODULE_2__.l1;
            return (0, _util_client_node_js__WEBPACK_IMPORTED_MODULE_2__.U7)({
                async send(request) {
                    const ms = requestTimeoutMs(within);
                    const deadline = AbortSignal.timeout(ms);
                    const given = [ request.getSignal(), within.signal ].filter(s => s !== void 0);
                    request.setSignal(AbortSignal.any([ ...given, deadline ]));
                    const what = `${request.getHttpMethod()} ${new URL(request.getUrl()).pathname}`;
                    const rethrow = error => {
                        if (deadline.aborted && !given.some(signal => signal.aborted)) throw new RequestTimeoutError(`the API server did not answer ${what} ${withinWords(ms, within)}`, isCut(ms, within));
                        throw error;
                    };
                    const response = await fetchLibrary.send(request).toPromise().catch(rethrow);
                    const body = response.body;
                    return new _util_client_node_js__WEBPACK_IMPORTED_MODULE_2__.du(response.httpStatusCode, response.headers, {
                        text: () => body.text().catch(rethrow),
                        binary: () => body.binary().catch(rethrow),
                        stream: () => body.stream()
                    });
                }
            });
        }
        const PLUGIN_KILL_GRACE_MS = 500;
        function boundedAuthentication(kubeConfig, plugin, within) {
            return {
                getName: () => "default",
                applySecurityAuthentication: async context => {
                    if (!plugin?.command) return kubeConfig.applySecurityAuthentication(context);
                    const ms = requestTimeoutMs(within);
                    plugin.timeoutMs = ms;
                    await (0, _util_deadline_js__WEBPACK_IMPORTED_MODULE_5__.f)(kubeConfig.applySecurityAuthentication(context), ms, () => new RequestTimeoutError(`the kubeconfig's exec credential plugin '${plugin.command}' did not finish ${withinWords(ms, within)}`, isCut(ms, within)));
                }
            };
        }
        const pluginLimits = new WeakMap;
        class CredentialPluginError extends Error {
            constructor(message) {
                super(message);
                this.name = "CredentialPluginError";
            }
        }
        function limitExecPlugins(kubeConfig, timeoutMs) {
            if (pluginLimits.has(kubeConfig)) return pluginLimits.get(kubeConfig);
            const exec = kubeConfig.getCurrentUser()?.exec;
            const command = typeof exec === "object" && exec !== null && "command" in exec && typeof exec.command === "string" ? exec.command : void 0;
            const execAuth = findExecAuth(kubeConfig);
            const limit = command && execAuth ? {
                command: command,
                timeoutMs: timeoutMs
            } : void 0;
            if (limit && execAuth) {
                let spawned;
                execAuth.execFn = (file, args, options) => {
                    const timeout = limit.timeoutMs + PLUGIN_KILL_GRACE_MS;
                    spawned = (0, node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
                        ...options,
                        timeout: timeout,
                        killSignal: "SIGKILL"
                    });
                    limit.timeoutMs = timeoutMs;
                    return spawned;
                };
                const getCredential = execAuth.getCredential.bind(execAuth);
                execAuth.getCredential = user => {
                    spawned = void 0;
                    const pending = getCredential(user);
                    const run = spawned;
                    return pending.catch(error => {
                        throw run ? new CredentialPluginError(pluginFailure(limit.command, run, error)) : error;
                    });
                };
            }
            pluginLimits.set(kubeConfig, limit);
            return limit;
        }
        function findExecAuth(kubeConfig) {
            const authenticators = kubeConfig.authenticators;
            return authenticators?.find(authenticator => typeof authenticator === "object" && authenticator !== null && "execFn" in authenticator && "getCredential" in authenticator);
        }
        function pluginFailure(command, run, error) {
            const plugin = `the kubeconfig's exec credential plugin '${command}'`;
            const notShown = `its output is not shown, as it may hold credentials: run '${command}' yourself to see it`;
            const spawnCode = error.code;
            if (spawnCode === "ENOENT") return `${plugin} was not found: is it installed and on PATH?`;
            if (typeof spawnCode === "string") return `${plugin} could not be started (${spawnCode})`;
            if (error instanceof SyntaxError) return `${plugin} did not print an ExecCredential in JSON (client.authentication.k8s.io); ${notShown}`;
            if (run.signalCode) return `${plugin} was killed by ${run.signalCode}; ${notShown}`;
            return `${plugin} exited with code ${run.exitCode ?? "unknown"}; ${notShown}`;
        }
        function retryDelayMs(error, retry, limits) {
            const failure = (0, _util_api_error_js__WEBPACK_IMPORTED_MODULE_3__.t)(error);
            if (failure.permanent) return;
            const transient = error instanceof RequestTimeoutError || failure.network || failure.code !== void 0 && !DO_NOT_RETRY.has(failure.code);
            if (!transient) return;
            const backoff = Math.min(limits.maxDelayMs, limits.baseDelayMs * 2 ** Math.min(retry, 20));
            return Math.max(backoff, (failure.retryAfterSeconds ?? 0) * 1e3);
        }
        async function retrying(call, within, options = {}) {
            let earlier;
            let refusedSince;
            for (let retry = 0; ;retry++) {
                if (within.signal?.aborted) throw cancelled(within.signal, earlier);
                try {
                    return await call();
                } catch (failure) {
                    const cut = failure instanceof RequestTimeoutError && failure.cut;
                    const error = cut && earlier !== void 0 ? earlier : failure;
                    earlier = error;
                    const waitMs = retryDelayMs(failure, retry, within.limits);
                    if (waitMs === void 0 || within.signal?.aborted) throw error;
                    if (performance.now() + waitMs >= within.until) throw error;
                    if (options.refusedForMs !== void 0 && isRefused(failure)) {
                        refusedSince ??= performance.now();
                        if (performance.now() + waitMs - refusedSince > options.refusedForMs) throw error;
                    } else refusedSince = void 0;
                    await (0, node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(waitMs, void 0, {
                        signal: within.signal
                    }).catch(() => {
                        throw error;
                    });
                }
            }
        }
        function cancelled(signal, earlier) {
            if (signal.reason instanceof Error && signal.reason.name !== "AbortError") return signal.reason;
            return earlier ?? new Error("cancelled before the request was sent");
        }
        function isRefused(error) {
            return (0, _util_api_error_js__WEBPACK_IMPORTED_MODULE_3__.t)(error).networkCode === "ECONNREFUSED";
        }
    },
    40095: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            F$: () => newRunId,
            S3: () => generatedNamespaceName,
            YX: () => createNamespace,
            _I: () => removeRunVms,
            iq: () => removeNamespace,
            m: () => createVm,
            s2: () => heldByFinalizers
        });
        var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
        var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58500);
        var _util_client_node_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99690);
        var _util_api_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38051);
        var _util_duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26518);
        var _requests_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61462);
        var _manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27017);
        const VMS = {
            group: "kubevirt.io",
            version: "v1",
            plural: "virtualmachines"
        };
        const VMIS = {
            group: "kubevirt.io",
            version: "v1",
            plural: "virtualmachineinstances"
        };
        const GENERATED_NAMESPACE_PREFIX = "kubevirt-transition-check-";
        const GONE_POLL_INTERVAL_MS = 250;
        function newRunId() {
            const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
            return Array.from((0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6), byte => alphabet[byte % alphabet.length]).join("");
        }
        function generatedNamespaceName(runId) {
            return `${GENERATED_NAMESPACE_PREFIX}${runId}`;
        }
        async function createNamespace(cluster, name, runId, within) {
            const core = (0, _requests_js__WEBPACK_IMPORTED_MODULE_5__.uE)(cluster, _util_client_node_js__WEBPACK_IMPORTED_MODULE_2__.f5, within);
            try {
                await createOwned(() => core.createNamespace({
                    body: {
                        apiVersion: "v1",
                        kind: "Namespace",
                        metadata: {
                            name: name,
                            labels: {
                                ..._manifest_js__WEBPACK_IMPORTED_MODULE_6__.Kf,
                                [_manifest_js__WEBPACK_IMPORTED_MODULE_6__.jQ]: runId
                            }
                        }
                    }
                }), () => core.readNamespace({
                    name: name
                }), runId, within);
            } catch (error) {
                throw new Error(`Cannot create namespace "${name}": ${(0, _util_api_error_js__WEBPACK_IMPORTED_MODULE_3__.g)(error, cluster.server)}`, {
                    cause: error
                });
            }
        }
        async function createVm(cluster, vm, within) {
            const customObjects = (0, _requests_js__WEBPACK_IMPORTED_MODULE_5__.uE)(cluster, _util_client_node_js__WEBPACK_IMPORTED_MODULE_2__.aV, within);
            const {name: name, namespace: namespace} = vm.metadata;
            try {
                await createOwned(() => customObjects.createNamespacedCustomObject({
                    ...VMS,
                    namespace: namespace,
                    body: vm
                }), () => customObjects.getNamespacedCustomObject({
                    ...VMS,
                    namespace: namespace,
                    name: name
                }), vm.metadata.labels?.[_manifest_js__WEBPACK_IMPORTED_MODULE_6__.jQ] ?? "", within);
            } catch (error) {
                throw new Error(`Cannot create VirtualMachine "${namespace}/${name}": ${(0, _util_api_error_js__WEBPACK_IMPORTED_MODULE_3__.g)(error, cluster.server)}`, {
                    cause: error
                });
            }
        }
        async function createOwned(create, read, runId, within) {
            try {
                await (0, _requests_js__WEBPACK_IMPORTED_MODULE_5__.R$)(create, within);
            } catch (error) {
                if ((0, _util_api_error_js__WEBPACK_IMPORTED_MODULE_3__.t)(error).code !== 409 || !runId) throw error;
                const existing = await (0, _requests_js__WEBPACK_IMPORTED_MODULE_5__.R$)(read, within);
                if (existing.metadata?.labels?.[_manifest_js__WEBPACK_IMPORTED_MODULE_6__.jQ] !== runId) throw error;
            }
        }
        async function removeRunVms(cluster, namespace, runId, within) {
            const customObjects = (0, _requests_js__WEBPACK_IMPORTED_MODULE_5__.uE)(cluster, _util_client_node_js__WEBPACK_IMPORTED_MODULE_2__.aV, within);
            const core = (0, _requests_js__WEBPACK_IMPORTED_MODULE_5__.uE)(cluster, _util_client_node_js__WEBPACK_IMPORTED_MODULE_2__.f5, within);
            const labelSelector = `${_manifest_js__WEBPACK_IMPORTED_MODULE_6__.jQ}=${runId}`;
            const listed = async resource => (await customObjects.listNamespacedCustomObject({
                ...resource,
                namespace: namespace,
                labelSelector: labelSelector
            })).items;
            const vms = await (0, _requests_js__WEBPACK_IMPORTED_MODULE_5__.R$)(() => listed(VMS), within).catch(error => {
                throw new Error(`Could not list the VMs labelled ${labelSelector} in namespace "${namespace}": ${(0, 
                _util_api_error_js__WEBPACK_IMPORTED_MODULE_3__.g)(error, cluster.server)}`, {
                    cause: error
                });
            });
            await Promise.all(vms.map(vm => (0, _requests_js__WEBPACK_IMPORTED_MODULE_5__.R$)(() => ignoring([ 404 ], customObjects.deleteNamespacedCustomObject({
                ...VMS,
                namespace: namespace,
                name: vm.metadata.name,
                propagationPolicy: "Foreground"
            })), within).catch(error => {
                throw new Error(`Could not delete VirtualMachine "${namespace}/${vm.metadata.name}": ${(0, 
                _util_api_error_js__WEBPACK_IMPORTED_MODULE_3__.g)(error, cluster.server)}`, {
                    cause: error
                });
            })));
            await waitUntilGone(async () => {
                const [vmsLeft, vmisLeft, podsLeft] = await Promise.all([ listed(VMS), listed(VMIS), core.listNamespacedPod({
                    namespace: namespace,
                    labelSelector: labelSelector
                }).then(list => list.items) ]);
                return vmsLeft.length + vmisLeft.length + podsLeft.length === 0;
            }, within, `the VMs, VMIs and pods labelled ${labelSelector} in namespace "${namespace}" to be deleted`, cluster.server);
        }
        async function removeNamespace(cluster, name, within) {
            const core = (0, _requests_js__WEBPACK_IMPORTED_MODULE_5__.uE)(cluster, _util_client_node_js__WEBPACK_IMPORTED_MODULE_2__.f5, within);
            await (0, _requests_js__WEBPACK_IMPORTED_MODULE_5__.R$)(() => ignoring([ 404, 409 ], core.deleteNamespace({
                name: name
            })), within).catch(error => {
                throw new Error(`Could not delete namespace "${name}": ${(0, _util_api_error_js__WEBPACK_IMPORTED_MODULE_3__.g)(error, cluster.server)}`, {
                    cause: error
                });
            });
            await waitUntilGone(async () => {
                try {
                    await core.readNamespace({
                        name: name
                    });
                    return false;
                } catch (error) {
                    if ((0, _util_api_error_js__WEBPACK_IMPORTED_MODULE_3__.t)(error).code === 404) return true;
                    throw error;
                }
            }, within, `namespace "${name}" to be deleted`, cluster.server);
        }
        async function ignoring(codes, request) {
            try {
                await request;
            } catch (error) {
                const code = (0, _util_api_error_js__WEBPACK_IMPORTED_MODULE_3__.t)(error).code;
                if (code === void 0 || !codes.includes(code)) throw error;
            }
        }
        async function waitUntilGone(gone, within, what, server) {
            const started = performance.now();
            let lastFailure;
            for (let failures = 0; ;) {
                let delayMs = GONE_POLL_INTERVAL_MS;
                try {
                    if (await gone()) return;
                    failures = 0;
                    lastFailure = void 0;
                } catch (error) {
                    const retryMs = (0, _requests_js__WEBPACK_IMPORTED_MODULE_5__.qO)(error, failures++, within.limits);
                    if (retryMs === void 0) throw new Error(`Could not check ${what}: ${(0, _util_api_error_js__WEBPACK_IMPORTED_MODULE_3__.g)(error, server)}`, {
                        cause: error
                    });
                    lastFailure = error;
                    delayMs = Math.max(delayMs, retryMs);
                }
                if (performance.now() + delayMs >= within.until || within.signal?.aborted) {
                    const last = lastFailure ? `; the last check failed: ${(0, _util_api_error_js__WEBPACK_IMPORTED_MODULE_3__.g)(lastFailure, server)}` : "";
                    throw new Error(`Timed out after ${(0, _util_duration_js__WEBPACK_IMPORTED_MODULE_4__.a3)(performance.now() - started)} waiting for ${what}${last}`);
                }
                await (0, node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(delayMs);
            }
        }
        async function heldByFinalizers(cluster, namespace, labelSelector, within) {
            const customObjects = (0, _requests_js__WEBPACK_IMPORTED_MODULE_5__.uE)(cluster, _util_client_node_js__WEBPACK_IMPORTED_MODULE_2__.aV, within);
            const held = async (kind, resource) => {
                const list = await customObjects.listNamespacedCustomObject({
                    ...resource,
                    namespace: namespace,
                    labelSelector: labelSelector
                });
                return (list.items ?? []).flatMap(({metadata: metadata}) => metadata?.deletionTimestamp && metadata.name && (metadata.finalizers ?? []).length > 0 ? [ {
                    kind: kind,
                    name: metadata.name,
                    finalizers: metadata.finalizers ?? []
                } ] : []);
            };
            const found = await Promise.all([ held("vm", VMS), held("vmi", VMIS) ]).catch(() => []);
            return found.flat();
        }
    },
    38051: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            g: () => describeApiError,
            t: () => apiFailure
        });
        var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
        const NETWORK_CODES = new Set([ "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "UND_ERR_CLOSED" ]);
        const CERTIFICATE_ADVICE = "check the server URL and the cluster's certificate-authority(-data) in the kubeconfig";
        const PERMANENT_CODES = {
            ENOTFOUND: "the host name does not exist (DNS has no such name): check the server URL in the kubeconfig",
            ERR_INVALID_URL: "the server URL is not a valid URL: check it in the kubeconfig",
            ERR_TLS_CERT_ALTNAME_INVALID: `the server's certificate is not valid for this host name or IP: ${CERTIFICATE_ADVICE}`,
            DEPTH_ZERO_SELF_SIGNED_CERT: `the server's certificate is self-signed and not trusted: ${CERTIFICATE_ADVICE}`,
            SELF_SIGNED_CERT_IN_CHAIN: `the server's certificate chain ends in an untrusted self-signed CA: ${CERTIFICATE_ADVICE}`,
            UNABLE_TO_VERIFY_LEAF_SIGNATURE: `the server's certificate is signed by an unknown CA: ${CERTIFICATE_ADVICE}`,
            UNABLE_TO_GET_ISSUER_CERT: `the server's certificate is signed by an unknown CA: ${CERTIFICATE_ADVICE}`,
            UNABLE_TO_GET_ISSUER_CERT_LOCALLY: `the server's certificate is signed by an unknown CA: ${CERTIFICATE_ADVICE}`,
            CERT_SIGNATURE_FAILURE: `the server's certificate has a bad signature: ${CERTIFICATE_ADVICE}`,
            CERT_HAS_EXPIRED: "the server's certificate has expired: renew it, or check the server URL",
            CERT_NOT_YET_VALID: "the server's certificate is not valid yet: check the clocks, or the server URL",
            CERT_REVOKED: "the server's certificate was revoked: check the server URL",
            ERR_SSL_WRONG_VERSION_NUMBER: "the server does not speak TLS on this port (an http:// server behind an https:// URL?): check the server URL's scheme and port"
        };
        const BAD_PORT = "the port is one of the Fetch standard's blocked \"bad ports\", which no HTTP client connects to: check the server URL's port in the kubeconfig";
        function permanentReason(error) {
            for (let current = error, depth = 0; current && depth < 5; depth++) {
                const code = current.code;
                if (typeof code === "string" && Object.hasOwn(PERMANENT_CODES, code)) return {
                    code: code,
                    why: PERMANENT_CODES[code]
                };
                if (current instanceof Error && current.message === "bad port") return {
                    code: "bad port",
                    why: BAD_PORT
                };
                current = current.cause;
            }
            return;
        }
        function parseStatus(body) {
            if (typeof body === "string") try {
                return parseStatus(JSON.parse(body));
            } catch {
                return;
            }
            return body !== null && typeof body === "object" ? body : void 0;
        }
        function networkCode(error) {
            for (let current = error, depth = 0; current && depth < 5; depth++) {
                const code = current.code;
                if (typeof code === "string" && NETWORK_CODES.has(code)) return code;
                current = current.cause;
            }
            return;
        }
        function apiFailure(error) {
            const permanent = permanentReason(error);
            if (permanent) {
                const said = innermostMessage(error);
                return {
                    message: said === permanent.code ? said : `${permanent.code}: ${said}`,
                    network: true,
                    networkCode: permanent.code,
                    permanent: permanent.why
                };
            }
            const network = networkCode(error);
            if (network) return {
                message: `${network}: ${innermostMessage(error)}`,
                network: true,
                networkCode: network
            };
            const shaped = error;
            const code = typeof shaped?.code === "number" ? shaped.code : typeof shaped?.statusCode === "number" ? shaped.statusCode : void 0;
            const status = parseStatus(shaped?.body);
            if (code === void 0 && status?.kind !== "Status") {
                const message = (0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.g)(error);
                const looksNetwork = /fetch failed|socket|terminated|other side closed|aborted/i.test(message);
                return {
                    message: looksNetwork ? innermostMessage(error) : message,
                    network: looksNetwork
                };
            }
            const header = shaped?.headers?.["retry-after"];
            const retryAfterSeconds = status?.details?.retryAfterSeconds ?? (header !== void 0 ? Number(header) : void 0);
            return {
                code: code ?? status?.code,
                reason: status?.reason,
                message: status?.message ?? firstLine((0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.g)(error)),
                retryAfterSeconds: Number.isFinite(retryAfterSeconds) ? retryAfterSeconds : void 0,
                network: false
            };
        }
        function describeApiError(error, server) {
            const failure = apiFailure(error);
            if (failure.network) {
                const where = server ? ` to the server ${server}` : "";
                if (failure.permanent) return `Unable to connect${where}: ${failure.permanent} (${failure.message}); not retried, as a retry cannot change this`;
                return failure.networkCode === "ECONNREFUSED" ? `The connection${where} was refused - did you specify the right host or port? (${failure.message})` : `Unable to connect${where}: ${failure.message}`;
            }
            if (failure.code === void 0) return failure.message;
            if (failure.code === 401) return `You must be logged in to the server (Unauthorized): the server refused the kubeconfig's credentials: renew the token or certificate of its current user (kubectl auth whoami shows who the server takes you for)`;
            return `Error from server (${failure.reason ?? failure.code}): ${failure.message}`;
        }
        function innermostMessage(error) {
            let current = error;
            for (let depth = 0; depth < 5; depth++) {
                const cause = current?.cause;
                if (!cause) break;
                current = cause;
            }
            return (0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.g)(current);
        }
        function firstLine(text) {
            return text.split("\n")[0] ?? text;
        }
    },
    99690: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            $v: () => _kubernetes_client_node_dist_gen_index_js__WEBPACK_IMPORTED_MODULE_2__.$v4,
            Nq: () => _kubernetes_client_node_dist_gen_index_js__WEBPACK_IMPORTED_MODULE_2__.Nq_,
            Nw: () => _kubernetes_client_node_dist_gen_index_js__WEBPACK_IMPORTED_MODULE_2__.NwU,
            U7: () => _kubernetes_client_node_dist_gen_index_js__WEBPACK_IMPORTED_MODULE_2__.U7F,
            aV: () => _kubernetes_client_node_dist_gen_index_js__WEBPACK_IMPORTED_MODULE_2__.aVm,
            cP: () => _kubernetes_client_node_dist_gen_index_js__WEBPACK_IMPORTED_MODULE_2__.cPK,
            du: () => _kubernetes_client_node_dist_gen_index_js__WEBPACK_IMPORTED_MODULE_2__.dud,
            f5: () => _kubernetes_client_node_dist_gen_index_js__WEBPACK_IMPORTED_MODULE_2__.f5Y,
            i0: () => _kubernetes_client_node_dist_gen_index_js__WEBPACK_IMPORTED_MODULE_2__.i04,
            l1: () => _kubernetes_client_node_dist_gen_index_js__WEBPACK_IMPORTED_MODULE_2__.l1q,
            ox: () => _kubernetes_client_node_dist_watch_js__WEBPACK_IMPORTED_MODULE_1__.o,
            yp: () => _kubernetes_client_node_dist_config_js__WEBPACK_IMPORTED_MODULE_0__.yp
        });
        var _kubernetes_client_node_dist_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(943);
        var _kubernetes_client_node_dist_watch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11882);
        var _kubernetes_client_node_dist_gen_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82389);
    },
    84054: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            f: () => settleWithin
        });
        async function settleWithin(work, ms, late) {
            let timer;
            const deadline = new Promise((_, reject) => {
                timer = setTimeout(() => reject(late()), ms);
            });
            try {
                return await Promise.race([ work, deadline ]);
            } finally {
                clearTimeout(timer);
            }
        }
    },
    26518: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            E9: () => parseDuration,
            IL: () => formatGoDuration,
            a3: () => formatDuration,
            xS: () => formatOffset
        });
        const UNIT_MS = {
            ms: 1,
            s: 1e3,
            m: 6e4,
            h: 36e5
        };
        function parseDuration(text) {
            const trimmed = text.trim();
            if (trimmed === "") return;
            const part = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;
            let total = 0;
            let index = 0;
            while (index < trimmed.length) {
                part.lastIndex = index;
                const match = part.exec(trimmed);
                if (!match) return;
                total += Number(match[1]) * UNIT_MS[match[2]];
                index = part.lastIndex;
            }
            return total;
        }
        function formatDuration(ms) {
            if (!(ms >= 1)) return ms > 0 ? "<1 ms" : "0 ms";
            const rounded = Math.round(ms);
            if (rounded < 1e3) return `${rounded} ms`;
            const tenths = Math.round(ms / 100);
            if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
            const totalSeconds = Math.round(ms / 1e3);
            if (totalSeconds < 3600) {
                const seconds = totalSeconds % 60;
                return `${Math.floor(totalSeconds / 60)}m${seconds === 0 ? "" : ` ${pad(seconds)}s`}`;
            }
            const totalMinutes = Math.round(totalSeconds / 60);
            const minutes = totalMinutes % 60;
            return `${Math.floor(totalMinutes / 60)}h${minutes === 0 ? "" : ` ${pad(minutes)}m`}`;
        }
        function formatOffset(ms) {
            const sign = ms < 0 ? "-" : "+";
            const abs = Math.abs(ms);
            if (abs < 6e4) return `${sign}${(abs / 1e3).toFixed(3)} s`;
            const minutes = Math.floor(abs / 6e4);
            const seconds = (abs % 6e4 / 1e3).toFixed(3).padStart(6, "0");
            return `${sign}${minutes}m ${seconds}s`;
        }
        function pad(value) {
            return String(value).padStart(2, "0");
        }
        function formatGoDuration(ms) {
            const parts = [];
            let rest = ms;
            for (const [unit, size] of [ [ "h", 36e5 ], [ "m", 6e4 ], [ "s", 1e3 ] ]) {
                const count = Math.floor(rest / size);
                if (count > 0) {
                    parts.push(`${count}${unit}`);
                    rest -= count * size;
                }
            }
            if (rest > 0 || parts.length === 0) parts.push(`${Number(rest.toFixed(3))}ms`);
            return parts.join("");
        }
    },
    70017: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            d: () => InputError,
            g: () => errorMessage
        });
        var _setting_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21832);
        var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
        function errorMessage(error) {
            return (0, _text_js__WEBPACK_IMPORTED_MODULE_1__.el)(rawMessage(error));
        }
        function rawMessage(error) {
            if (error instanceof Error) return error.message;
            if (typeof error === "string") return error;
            try {
                return JSON.stringify(error);
            } catch {
                return String(error);
            }
        }
        class InputError extends Error {
            input;
            detail;
            constructor(input, message) {
                super((0, _setting_js__WEBPACK_IMPORTED_MODULE_0__.gT)(input, "action", message));
                this.name = "InputError";
                this.input = input;
                this.detail = message;
            }
        }
    },
    85234: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            l: () => exitWhenDone
        });
        const EXIT_GRACE_MS = 3e3;
        function exitWhenDone(say, graceMs = EXIT_GRACE_MS) {
            setTimeout(() => {
                say(`Exiting: a connection was still open ${graceMs / 1e3} s after the work ended (a request the server never answered).`);
                process.exit();
            }, graceMs).unref();
        }
    },
    21832: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            CF: () => ACTION_ONLY,
            Pe: () => setting,
            gT: () => invalidSetting,
            y7: () => settingOf
        });
        const ACTION_ONLY = {
            setup: "the CLI checks an existing cluster: create it first (kind, kubevirtci)",
            "kind-version": "used by `setup: kind` only",
            "kind-cluster-name": "used by `setup: kind` only",
            "kind-node-image": "used by `setup: kind` only",
            "kubectl-version": "used by `setup: kind` only",
            "kubevirt-version": "used by `setup: kind` only",
            emulation: "used by `setup: kind` only",
            "github-token": "the CLI posts nothing to GitHub",
            comment: "the CLI posts nothing to GitHub",
            summary: "the CLI writes no job summary; its report goes to stdout",
            annotations: "the CLI writes no annotations",
            "issue-on-failure": "the CLI posts nothing to GitHub",
            "issue-label": "the CLI posts nothing to GitHub"
        };
        function setting(name, audience, value) {
            if (audience === "cli") {
                if (Object.hasOwn(ACTION_ONLY, name)) return;
                return value === void 0 ? `--${name}` : `--${name} ${value}`;
            }
            return value === void 0 ? `the '${name}' input` : `input ${name}: ${value}`;
        }
        function invalidSetting(name, audience, detail) {
            return audience === "cli" ? `invalid value for flag --${name}: ${detail}` : `Invalid input '${name}': ${detail}`;
        }
        function settingOf(name, audience, value) {
            const words = setting(name, audience, value);
            if (words === void 0) throw new Error(`'${name}' is an input of the GitHub Action only`);
            return words;
        }
    },
    49997: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            C5: () => logSafeJson,
            IN: () => cutText,
            Nt: () => escapeRegExp,
            OT: () => withoutInvisible,
            TW: () => logSafeLines,
            b6: () => LOG_LINE_MAX_CHARS,
            el: () => withoutUrlCredentials,
            jQ: () => showInvisible,
            sN: () => logSafe,
            wm: () => shortValue
        });
        const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;
        function withoutUrlCredentials(text) {
            return text.replace(URL_CREDENTIALS, "$1***@");
        }
        function escapeRegExp(text) {
            return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        }
        const INVISIBLE = /(?![\uFE0E\uFE0F])\p{Default_Ignorable_Code_Point}/gu;
        function showInvisible(text) {
            return text.replace(INVISIBLE, char => {
                const code = char.codePointAt(0);
                return code > 65535 ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
            });
        }
        function withoutInvisible(text) {
            return text.replace(INVISIBLE, "");
        }
        function cutText(text, max, where) {
            if (text.length <= max) return text;
            const note = count => `… [${count} more characters, ${where}]`;
            let keep = Math.max(0, max - note(text.length).length);
            const last = text.charCodeAt(keep - 1);
            if (last >= 55296 && last <= 56319) keep--;
            return `${text.slice(0, keep)}${note(text.length - keep)}`;
        }
        const LOG_LINE_MAX_CHARS = 16384;
        const LOG_UNSAFE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
        const JSON_RAW_UNSAFE = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
        const NAMED = {
            "\n": "\\n",
            "\r": "\\r"
        };
        function logSafe(text) {
            if (text.length <= LOG_LINE_MAX_CHARS) {
                const safe = escapeLogLine(text);
                if (safe.length <= LOG_LINE_MAX_CHARS) return safe;
            }
            const note = `… [${text.length} characters in all; the rest is not shown in the log]`;
            let end = LOG_LINE_MAX_CHARS - note.length;
            const shown = escapeLogLine(text.slice(0, LOG_LINE_MAX_CHARS + 2048));
            const last = shown.charCodeAt(end - 1);
            if (last >= 55296 && last <= 56319) end--;
            return `${shown.slice(0, end)}${note}`;
        }
        function logSafeLines(text) {
            return text.split(/\r?\n/).map(line => logSafe(line)).join("\n");
        }
        function logSafeJson(json) {
            return json.replace(JSON_RAW_UNSAFE, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).replaceAll("##[", "##\\u005b");
        }
        function escapeLogLine(text) {
            return showInvisible(withoutUrlCredentials(text)).replace(LOG_UNSAFE, char => NAMED[char] ?? visibleCode(char)).replaceAll("##[", "##\\x5b").replace(/^(\s*)::/, "$1\\x3a:");
        }
        function visibleCode(char) {
            const code = char.charCodeAt(0);
            return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
        }
        const SHOWN_CHARACTERS = 80;
        function shortValue(value, max = SHOWN_CHARACTERS) {
            if (value.length <= max) return value;
            return `${value.slice(0, max)}… (${value.length} characters)`;
        }
    }
};
