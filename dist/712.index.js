export const id = 712;

export const ids = [ 712 ];

export const modules = {
    72691: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Bs: () => leftoversWarning,
            SL: () => shouldRemove,
            aE: () => CLEANUP_TIMEOUT_MS,
            nY: () => cleanUp,
            s2: () => removeRun
        });
        var _cluster_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76629);
        var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
        const CLEANUP_TIMEOUT_MS = 18e4;
        function shouldRemove(cleanup, result) {
            if (cleanup === "never") return false;
            if (cleanup === "always" || result === "cancelled") return true;
            return result === "passed" || result === "flaky";
        }
        async function cleanUp(config, cluster, resources, outcome, hooks, within = (0, 
        _cluster_index_js__WEBPACK_IMPORTED_MODULE_0__.gd)(CLEANUP_TIMEOUT_MS)) {
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
                await (0, _cluster_index_js__WEBPACK_IMPORTED_MODULE_0__._I)(cluster, resources.namespace, resources.runId, forVms);
            } catch (error) {
                failure = error;
            }
            if (resources.generatedNamespace) try {
                await (0, _cluster_index_js__WEBPACK_IMPORTED_MODULE_0__.iq)(cluster, resources.namespace, within);
                return;
            } catch (error) {
                failure = error;
            }
            if (failure === void 0) return;
            const held = await (0, _cluster_index_js__WEBPACK_IMPORTED_MODULE_0__.s2)(cluster, resources.namespace, `${_cluster_index_js__WEBPACK_IMPORTED_MODULE_0__.jQ}=${resources.runId}`, (0, 
            _cluster_index_js__WEBPACK_IMPORTED_MODULE_0__.gd)(FINALIZER_LOOKUP_MS, within.limits));
            return {
                what: leftBehind(resources),
                why: (0, _util_errors_js__WEBPACK_IMPORTED_MODULE_1__.g)(failure) + held.map(object => `; ${heldWords(object)}`).join(""),
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
            const vms = `the VMs labelled ${_cluster_index_js__WEBPACK_IMPORTED_MODULE_0__.jQ}=${resources.runId}`;
            return resources.generatedNamespace ? `namespace ${resources.namespace} with ${vms}` : `${vms} in namespace ${resources.namespace}`;
        }
        function removalCommand(resources, held = []) {
            const unblock = held.map(object => `kubectl patch ${object.kind} -n ${resources.namespace} ${object.name} --type=merge -p '{"metadata":{"finalizers":null}}' && `);
            return unblock.join("") + `kubectl delete vm -n ${resources.namespace} -l ${_cluster_index_js__WEBPACK_IMPORTED_MODULE_0__.jQ}=${resources.runId}` + (resources.generatedNamespace ? ` && kubectl delete namespace ${resources.namespace}` : "");
        }
    },
    76629: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            lA: () => PREFLIGHT_TIMEOUT_MS,
            jQ: () => RUN_LABEL,
            gd: () => budget,
            nV: () => builtInVm,
            j8: () => containerDiskImages,
            YX: () => createNamespace,
            m: () => createVm,
            S3: () => generatedNamespaceName,
            s2: () => heldByFinalizers,
            SQ: () => launcherBytes,
            u3: () => loadKubeConfig,
            F$: () => newRunId,
            Mz: () => preflight,
            z7: () => readVmManifest,
            iq: () => removeNamespace,
            _I: () => removeRunVms,
            hr: () => requireRoom,
            N_: () => roomFor,
            uX: () => vmFromTemplate
        });
        var external_node_fs_ = __webpack_require__(73024);
        var external_node_os_ = __webpack_require__(48161);
        var external_node_path_ = __webpack_require__(76760);
        var client_node = __webpack_require__(99690);
        var errors = __webpack_require__(70017);
        var setting = __webpack_require__(21832);
        var util_text = __webpack_require__(49997);
        var proxy = __webpack_require__(58238);
        class KubeconfigError extends Error {
            constructor(message) {
                super(message);
                this.name = "KubeconfigError";
            }
        }
        function loadKubeConfig(path, env = process.env, audience = "action") {
            const input = (0, setting.y7)("kubeconfig", audience);
            const kubeConfig = new client_node.yp;
            let source;
            if (path) {
                source = path;
                mustExist(path, `${input} names '${path}', which does not exist`);
                load(() => kubeConfig.loadFromFile(path), source);
            } else if (env.KUBECONFIG) {
                const files = env.KUBECONFIG.split(external_node_path_.delimiter).filter(Boolean);
                source = `$KUBECONFIG (${files.join(external_node_path_.delimiter)})`;
                files.forEach(file => mustExist(file, `$KUBECONFIG names '${file}', which does not exist`));
                load(() => mergeFirstWins(kubeConfig, files), source);
            } else {
                source = (0, external_node_path_.join)((0, external_node_os_.homedir)(), ".kube", "config");
                mustExist(source, audience === "cli" ? `no kubeconfig: --kubeconfig is not given, $KUBECONFIG is not set and ${source} does not exist. Give --kubeconfig PATH or set KUBECONFIG to the kubeconfig of a cluster with KubeVirt (create one first: kind, kubevirtci)` : `no kubeconfig: the 'kubeconfig' input is empty, $KUBECONFIG is not set and ${source} does not exist. Set the 'kubeconfig' input, or use 'setup: kind' to create a cluster`);
                load(() => kubeConfig.loadFromFile(source), source);
            }
            return connection(kubeConfig, source, env);
        }
        function connection(kubeConfig, source, env) {
            const cluster = kubeConfig.getCurrentCluster();
            if (!cluster) throw new KubeconfigError(`kubeconfig ${source} has no current context with a cluster; set 'current-context' (kubectl config use-context NAME)`);
            if (hasCredentials(cluster.server)) throw new KubeconfigError(`kubeconfig ${source}: the server URL of cluster "${cluster.name}" (${(0, 
            util_text.el)(cluster.server)}) holds credentials, which this check never sends from a URL (nor prints); remove them from 'server' and give them in the user entry instead (a token, a client certificate or an exec credential plugin)`);
            const badUrl = serverUrlProblem(cluster.server);
            if (badUrl) throw new KubeconfigError(`kubeconfig ${source}: the server URL of cluster "${cluster.name}" (${(0, 
            util_text.el)(cluster.server)}) ${badUrl}; fix 'server' (e.g. https://HOST:6443)`);
            const user = kubeConfig.getCurrentUser();
            const badExec = user?.exec === void 0 || user.exec === null ? void 0 : execProblem(user.exec);
            if (badExec) throw new KubeconfigError(`kubeconfig ${source}: the exec credential plugin of user "${user?.name ?? ""}" ${badExec}; fix 'exec' in that user entry (command: a string, args: a list of strings, env: a list of name/value strings)`);
            const proxyUrl = cluster.proxyUrl ? void 0 : (0, proxy.i)(cluster.server, env);
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
            if (!(0, external_node_fs_.existsSync)(file)) throw new KubeconfigError(message);
        }
        function load(read, source) {
            try {
                read();
            } catch (error) {
                const reason = (0, errors.g)(error).split("\n")[0];
                throw new KubeconfigError(`kubeconfig ${source} could not be read: ${reason}`);
            }
        }
        function mergeFirstWins(into, files) {
            const parts = files.map(file => {
                const one = new client_node.yp;
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
        var dist = __webpack_require__(38815);
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
            const bad = problem => new errors.d("vm-manifest", `${file}: ${problem}`);
            let text;
            try {
                const {size: size} = (0, external_node_fs_.statSync)(file);
                if (size > MAX_MANIFEST_BYTES) throw bad(`is ${size} bytes; a VirtualMachine manifest may have at most ${MAX_MANIFEST_BYTES} bytes (1 MiB). Give the file of one VirtualMachine`);
                text = (0, external_node_fs_.readFileSync)(file, "utf8");
            } catch (error) {
                if (error instanceof errors.d) throw error;
                throw bad(`cannot be read (${(0, errors.g)(error)})`);
            }
            const documents = (0, dist.hR)(text);
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
        var external_node_child_process_ = __webpack_require__(31421);
        var promises_ = __webpack_require__(58500);
        var api_error = __webpack_require__(38051);
        var deadline = __webpack_require__(84054);
        var duration = __webpack_require__(26518);
        var kube_api = __webpack_require__(49010);
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
            return `within ${(0, duration.a3)(ms)}${cut ? ` (what was left of the ${(0, duration.a3)(within.allowedMs)} allowed)` : ""}`;
        }
        function apiClient(cluster, within) {
            const {kubeConfig: kubeConfig, server: server} = cluster;
            const plugin = limitExecPlugins(kubeConfig, within.limits.requestTimeoutMs);
            return new kube_api.Y5(server, boundedExchange(kubeConfig, plugin, within));
        }
        function boundedExchange(kubeConfig, plugin, within) {
            return async request => {
                await authenticate(kubeConfig, request, plugin, within);
                const ms = requestTimeoutMs(within);
                const deadline = AbortSignal.timeout(ms);
                const given = within.signal ? [ within.signal ] : [];
                request.setSignal(AbortSignal.any([ ...given, deadline ]));
                try {
                    return await (0, kube_api.tN)(request);
                } catch (error) {
                    if (deadline.aborted && !given.some(signal => signal.aborted)) {
                        const what = `${request.getHttpMethod()} ${new URL(request.getUrl()).pathname}`;
                        throw new RequestTimeoutError(`the API server did not answer ${what} ${withinWords(ms, within)}`, isCut(ms, within));
                    }
                    throw error;
                }
            };
        }
        const PLUGIN_KILL_GRACE_MS = 500;
        async function authenticate(kubeConfig, request, plugin, within) {
            if (!plugin?.command) return kubeConfig.applySecurityAuthentication(request);
            const ms = requestTimeoutMs(within);
            plugin.timeoutMs = ms;
            await (0, deadline.f)(kubeConfig.applySecurityAuthentication(request), ms, () => new RequestTimeoutError(`the kubeconfig's exec credential plugin '${plugin.command}' did not finish ${withinWords(ms, within)}`, isCut(ms, within)));
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
                    spawned = (0, external_node_child_process_.spawn)(file, args, {
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
            const failure = (0, api_error.t)(error);
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
                    await (0, promises_.setTimeout)(waitMs, void 0, {
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
            return (0, api_error.t)(error).networkCode === "ECONNREFUSED";
        }
        var external_node_crypto_ = __webpack_require__(77598);
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
            return Array.from((0, external_node_crypto_.randomBytes)(6), byte => alphabet[byte % alphabet.length]).join("");
        }
        function generatedNamespaceName(runId) {
            return `${GENERATED_NAMESPACE_PREFIX}${runId}`;
        }
        async function createNamespace(cluster, name, runId, within) {
            const core = apiClient(cluster, within);
            try {
                await createOwned(() => core.createNamespace({
                    body: {
                        apiVersion: "v1",
                        kind: "Namespace",
                        metadata: {
                            name: name,
                            labels: {
                                ...MANAGED_BY,
                                [RUN_LABEL]: runId
                            }
                        }
                    }
                }), () => core.readNamespace({
                    name: name
                }), runId, within);
            } catch (error) {
                throw new Error(`Cannot create namespace "${name}": ${(0, api_error.g)(error, cluster.server)}`, {
                    cause: error
                });
            }
        }
        async function createVm(cluster, vm, within) {
            const customObjects = apiClient(cluster, within);
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
                }), vm.metadata.labels?.[RUN_LABEL] ?? "", within);
            } catch (error) {
                throw new Error(`Cannot create VirtualMachine "${namespace}/${name}": ${(0, api_error.g)(error, cluster.server)}`, {
                    cause: error
                });
            }
        }
        async function createOwned(create, read, runId, within) {
            try {
                await retrying(create, within);
            } catch (error) {
                if ((0, api_error.t)(error).code !== 409 || !runId) throw error;
                const existing = await retrying(read, within);
                if (existing.metadata?.labels?.[RUN_LABEL] !== runId) throw error;
            }
        }
        async function removeRunVms(cluster, namespace, runId, within) {
            const api = apiClient(cluster, within);
            const labelSelector = `${RUN_LABEL}=${runId}`;
            const listed = async resource => (await api.listNamespacedCustomObject({
                ...resource,
                namespace: namespace,
                labelSelector: labelSelector
            })).items;
            const vms = await retrying(() => listed(VMS), within).catch(error => {
                throw new Error(`Could not list the VMs labelled ${labelSelector} in namespace "${namespace}": ${(0, 
                api_error.g)(error, cluster.server)}`, {
                    cause: error
                });
            });
            await Promise.all(vms.map(vm => retrying(() => ignoring([ 404 ], api.deleteNamespacedCustomObject({
                ...VMS,
                namespace: namespace,
                name: vm.metadata.name,
                propagationPolicy: "Foreground"
            })), within).catch(error => {
                throw new Error(`Could not delete VirtualMachine "${namespace}/${vm.metadata.name}": ${(0, 
                api_error.g)(error, cluster.server)}`, {
                    cause: error
                });
            })));
            await waitUntilGone(async () => {
                const [vmsLeft, vmisLeft, podsLeft] = await Promise.all([ listed(VMS), listed(VMIS), api.listNamespacedPod({
                    namespace: namespace,
                    labelSelector: labelSelector
                }).then(list => list.items) ]);
                return vmsLeft.length + vmisLeft.length + podsLeft.length === 0;
            }, within, `the VMs, VMIs and pods labelled ${labelSelector} in namespace "${namespace}" to be deleted`, cluster.server);
        }
        async function removeNamespace(cluster, name, within) {
            const core = apiClient(cluster, within);
            await retrying(() => ignoring([ 404, 409 ], core.deleteNamespace({
                name: name
            })), within).catch(error => {
                throw new Error(`Could not delete namespace "${name}": ${(0, api_error.g)(error, cluster.server)}`, {
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
                    if ((0, api_error.t)(error).code === 404) return true;
                    throw error;
                }
            }, within, `namespace "${name}" to be deleted`, cluster.server);
        }
        async function ignoring(codes, request) {
            try {
                await request;
            } catch (error) {
                const code = (0, api_error.t)(error).code;
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
                    const retryMs = retryDelayMs(error, failures++, within.limits);
                    if (retryMs === void 0) throw new Error(`Could not check ${what}: ${(0, api_error.g)(error, server)}`, {
                        cause: error
                    });
                    lastFailure = error;
                    delayMs = Math.max(delayMs, retryMs);
                }
                if (performance.now() + delayMs >= within.until || within.signal?.aborted) {
                    const last = lastFailure ? `; the last check failed: ${(0, api_error.g)(lastFailure, server)}` : "";
                    throw new Error(`Timed out after ${(0, duration.a3)(performance.now() - started)} waiting for ${what}${last}`);
                }
                await (0, promises_.setTimeout)(delayMs);
            }
        }
        async function heldByFinalizers(cluster, namespace, labelSelector, within) {
            const customObjects = apiClient(cluster, within);
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
        var quantity = __webpack_require__(43347);
        const LAUNCHER_OVERHEAD_BYTES = 256 * 2 ** 20;
        const ROOM_TIMEOUT_MS = 3e4;
        async function roomFor(cluster, vm) {
            let nodes;
            try {
                const within = budget(ROOM_TIMEOUT_MS);
                const api = apiClient(cluster, within);
                nodes = (await retrying(() => api.listNode(), within)).items;
            } catch (error) {
                return {
                    unknown: `could not list nodes (${(0, api_error.g)(error)})`
                };
            }
            const allocatableBytes = nodes.filter(node => node.spec?.unschedulable !== true).reduce((sum, node) => sum + ((0, 
            quantity.L)(node.status?.allocatable?.memory) ?? 0), 0);
            const perVmBytes = vmMemoryBytes(vm) + LAUNCHER_OVERHEAD_BYTES;
            return {
                perVmBytes: perVmBytes,
                allocatableBytes: allocatableBytes,
                fits: Math.floor(allocatableBytes / perVmBytes)
            };
        }
        function requireRoom(room, parallel) {
            if (parallel <= room.fits) return;
            throw new Error(`parallel: ${parallel} VMs at once need about ${(0, quantity.z)(parallel * room.perVmBytes)} of memory ` + `(${(0, 
            quantity.z)(room.perVmBytes)} each with virt-launcher's overhead), but the schedulable nodes have ` + `${(0, 
            quantity.z)(room.allocatableBytes)} allocatable in all. ` + (room.fits > 0 ? `Set parallel to ${room.fits} or less.` : "Not even one VM fits: free memory on the nodes or use a smaller VM."));
        }
        function launcherBytes(vm) {
            return vmMemoryBytes(vm) + LAUNCHER_OVERHEAD_BYTES;
        }
        function vmMemoryBytes(vm) {
            const domain = vm.spec?.template?.spec?.domain ?? {};
            return (0, quantity.L)(domain.resources?.requests?.memory) ?? (0, quantity.L)(domain.memory?.guest) ?? 0;
        }
        class PreflightError extends Error {
            constructor(message) {
                super(message);
                this.name = "PreflightError";
            }
        }
        const KUBEVIRT = {
            group: "kubevirt.io",
            version: "v1"
        };
        const PREFLIGHT_TIMEOUT_MS = 6e4;
        const REFUSED_RETRY_MS = 5e3;
        const BETA_GATES_ON_BY_DEFAULT_SINCE = [ 1, 9 ];
        async function preflight(cluster, options) {
            const {server: server} = cluster;
            const within = options.within ?? budget(PREFLIGHT_TIMEOUT_MS);
            const api = retryingClient(apiClient(cluster, within), within, {
                refusedForMs: options.refusedForMs ?? REFUSED_RETRY_MS
            });
            const warnings = [];
            let kubernetesVersion;
            try {
                kubernetesVersion = (await api.getCode()).gitVersion;
            } catch (error) {
                throw new PreflightError(`${cannotDo(error)} the Kubernetes API server ${server} (kubeconfig ${cluster.source}): ${(0, 
                api_error.g)(error, server)}`);
            }
            const audience = options.audience ?? "action";
            await requireKubeVirtApi(api, server, audience);
            const cr = await readKubeVirtCr(api, warnings);
            if (options.namespace) await requireNamespace(api, options.namespace, audience);
            await requirePermissions(api, options.namespace, warnings, audience);
            within.signal?.throwIfAborted();
            return {
                server: server,
                kubernetesVersion: kubernetesVersion,
                kubevirtVersion: cr?.status?.observedKubeVirtVersion,
                imageVolume: imageVolumeGate(cr),
                virtualization: await virtualization(api, cr, warnings),
                warnings: warnings
            };
        }
        function cannotDo(error) {
            if (error instanceof CredentialPluginError) return "Cannot log in to";
            const {code: code} = (0, api_error.t)(error);
            if (code === 401) return "Cannot log in to";
            return code === void 0 ? "Cannot reach" : "Cannot use";
        }
        function retryingClient(api, within, retry) {
            return new Proxy(api, {
                get(target, property, receiver) {
                    const value = Reflect.get(target, property, receiver);
                    if (typeof value !== "function") return value;
                    return (...args) => retrying(() => value.apply(target, args), within, retry);
                }
            });
        }
        async function requireKubeVirtApi(api, server, audience) {
            try {
                const resources = await api.getAPIResources(KUBEVIRT);
                const names = new Set(resources.resources.map(resource => resource.name));
                const missing = [ "virtualmachines", "virtualmachineinstances" ].filter(name => !names.has(name));
                if (missing.length > 0) throw new PreflightError(`KubeVirt's API kubevirt.io/v1 on ${server} lacks ${missing.join(" and ")}: is KubeVirt fully installed?`);
            } catch (error) {
                if (error instanceof PreflightError) throw error;
                if ((0, api_error.t)(error).code === 404) throw new PreflightError(`KubeVirt is not installed on ${server}: the API group kubevirt.io/v1 is not served (no VirtualMachine CRD). Install KubeVirt (https://kubevirt.io/user-guide/cluster_admin/installation/)${audience === "cli" ? "" : ", or use 'setup: kind' to create a cluster with it"}.`);
                throw new PreflightError(`Cannot read KubeVirt's API kubevirt.io/v1 on ${server}: ${(0, 
                api_error.g)(error, server)}`);
            }
        }
        async function readKubeVirtCr(api, warnings) {
            let items;
            try {
                const list = await api.listClusterCustomObject({
                    ...KUBEVIRT,
                    plural: "kubevirts"
                });
                items = list.items ?? [];
            } catch (error) {
                warnings.push(`Could not read the KubeVirt CR (${(0, api_error.g)(error)}); the ImageVolume gate and emulation settings are unknown.`);
                return;
            }
            const cr = items[0];
            if (!cr) throw new PreflightError("KubeVirt is not deployed: its CRDs exist but there is no KubeVirt CR (kubectl get kubevirts -A is empty). Apply kubevirt-cr.yaml from the KubeVirt release.");
            const available = cr.status?.conditions?.find(condition => condition.type === "Available");
            if (available?.status !== "True") {
                const where = `${cr.metadata?.namespace ?? "?"}/${cr.metadata?.name ?? "?"}`;
                const state = available ? `Available=${available.status}${available.reason ? ` (${available.reason}: ${available.message ?? ""})` : ""}` : `phase ${cr.status?.phase ?? "unknown"}, no Available condition`;
                throw new PreflightError(`KubeVirt ${where} is not Available (${state}). Wait for it: kubectl -n ${cr.metadata?.namespace ?? "kubevirt"} wait kv ${cr.metadata?.name ?? "kubevirt"} --for condition=Available --timeout=10m`);
            }
            return cr;
        }
        function imageVolumeGate(cr) {
            if (!cr) return {
                enabled: "unknown",
                why: "the KubeVirt CR could not be read"
            };
            const developer = cr.spec?.configuration?.developerConfiguration ?? {};
            const version = cr.status?.observedKubeVirtVersion;
            if (developer.disabledFeatureGates?.includes("ImageVolume")) return {
                enabled: false,
                why: "ImageVolume is listed in developerConfiguration.disabledFeatureGates"
            };
            if (developer.featureGates?.includes("ImageVolume")) return {
                enabled: true,
                why: "ImageVolume is listed in developerConfiguration.featureGates"
            };
            const parsed = /^v?(\d+)\.(\d+)/.exec(version ?? "");
            if (!parsed) return {
                enabled: "unknown",
                why: `KubeVirt's version '${version ?? ""}' is unknown`
            };
            const [major, minor] = [ Number(parsed[1]), Number(parsed[2]) ];
            const [sinceMajor, sinceMinor] = BETA_GATES_ON_BY_DEFAULT_SINCE;
            if (major > sinceMajor || major === sinceMajor && minor >= sinceMinor) return {
                enabled: true,
                why: `KubeVirt ${version} enables Beta feature gates, ImageVolume among them, unless disabledFeatureGates lists it`
            };
            return {
                enabled: false,
                why: `KubeVirt ${version} enables ImageVolume only when featureGates lists it`
            };
        }
        async function virtualization(api, cr, warnings) {
            const useEmulation = cr ? cr.spec?.configuration?.developerConfiguration?.useEmulation === true : "unknown";
            let kvmNodes = "unknown";
            try {
                const nodes = await api.listNode();
                kvmNodes = nodes.items.filter(node => parseFloat(node.status?.allocatable?.["devices.kubevirt.io/kvm"] ?? "0") > 0).length;
            } catch (error) {
                warnings.push(`Could not list nodes (${(0, api_error.g)(error)}); whether any node offers KVM is unknown.`);
            }
            if (useEmulation === true) return {
                useEmulation: useEmulation,
                kvmNodes: kvmNodes,
                schedulable: true,
                why: "useEmulation is on"
            };
            if (typeof kvmNodes === "number" && kvmNodes > 0) return {
                useEmulation: useEmulation,
                kvmNodes: kvmNodes,
                schedulable: true,
                why: `${kvmNodes} node(s) offer devices.kubevirt.io/kvm`
            };
            if (useEmulation === false && kvmNodes === 0) return {
                useEmulation: useEmulation,
                kvmNodes: kvmNodes,
                schedulable: false,
                why: "no node offers devices.kubevirt.io/kvm and useEmulation is off, so the virt-launcher pod is Unschedulable (VM status ErrorUnschedulable) and the image is never pulled"
            };
            return {
                useEmulation: useEmulation,
                kvmNodes: kvmNodes,
                schedulable: "unknown",
                why: "neither emulation nor KVM could be confirmed"
            };
        }
        async function requireNamespace(api, namespace, audience) {
            try {
                await api.readNamespace({
                    name: namespace
                });
            } catch (error) {
                const failure = (0, api_error.t)(error);
                if (failure.code === 404) throw new PreflightError(`namespace "${namespace}" not found: create it, or ${audience === "cli" ? "leave out --namespace" : "leave the 'namespace' input empty"} to let the check generate (and delete) one`);
                if (failure.code !== 403) throw new PreflightError(`Cannot read namespace "${namespace}": ${(0, 
                api_error.g)(error)}`);
            }
        }
        const OPTIONAL_VERBS = new Set([ "watch" ]);
        function permissionsNeeded(namespace) {
            const ns = namespace ?? "";
            const needs = [];
            const add = (group, resource, verbs) => verbs.forEach(verb => needs.push({
                group: group,
                resource: resource,
                verb: verb,
                namespace: ns || void 0
            }));
            add("kubevirt.io", "virtualmachines", [ "create", "delete", "get", "list", "watch" ]);
            add("kubevirt.io", "virtualmachineinstances", [ "get", "list", "watch" ]);
            add("", "pods", [ "list", "watch" ]);
            add("", "events", [ "list", "watch" ]);
            if (!namespace) needs.push({
                group: "",
                resource: "namespaces",
                verb: "create"
            }, {
                group: "",
                resource: "namespaces",
                verb: "delete"
            });
            return needs;
        }
        async function requirePermissions(api, namespace, warnings, audience) {
            const needs = permissionsNeeded(namespace);
            let answers;
            try {
                answers = await Promise.all(needs.map(async resourceAttributes => {
                    const review = await api.createSelfSubjectAccessReview({
                        body: {
                            apiVersion: "authorization.k8s.io/v1",
                            kind: "SelfSubjectAccessReview",
                            spec: {
                                resourceAttributes: resourceAttributes
                            }
                        }
                    });
                    return review.status?.allowed === true;
                }));
            } catch (error) {
                warnings.push(`Could not check permissions with SelfSubjectAccessReview (${(0, api_error.g)(error)}); going on without.`);
                return;
            }
            const denied = needs.filter((_, index) => !answers[index]);
            const unwatched = denied.filter(need => OPTIONAL_VERBS.has(need.verb));
            if (unwatched.length > 0) warnings.push(`The credentials may not watch ${unwatched.map(resourceName).join(", ")}: the check polls them instead (every poll-interval). ` + `A state shorter than the poll interval can be missed, which watching cannot; grant 'watch' for a check that sees every state.`);
            const missing = denied.filter(need => !OPTIONAL_VERBS.has(need.verb));
            if (missing.length === 0) return;
            const lines = missing.map(need => `  ${need.verb} ${resourceName(need)}${need.namespace ? ` in namespace "${need.namespace}"` : need.resource === "namespaces" ? "" : " (cluster-wide)"}`);
            throw new PreflightError(`The credentials of this kubeconfig lack permissions the check needs:\n${lines.join("\n")}\nGrant them with a Role/ClusterRole and binding${namespace ? "" : `, or give an existing namespace (${(0, 
            setting.y7)("namespace", audience, "NAME")}) so no namespace has to be created`}.`);
        }
        function resourceName(need) {
            return need.group ? `${need.resource}.${need.group}` : need.resource;
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
            UJ: () => _kubernetes_client_node_dist_gen_apis_exception_js__WEBPACK_IMPORTED_MODULE_4__.U,
            bb: () => _kubernetes_client_node_dist_gen_http_http_js__WEBPACK_IMPORTED_MODULE_2__.bb,
            l1: () => _kubernetes_client_node_dist_gen_http_isomorphic_fetch_js__WEBPACK_IMPORTED_MODULE_3__.l,
            ox: () => _kubernetes_client_node_dist_watch_js__WEBPACK_IMPORTED_MODULE_1__.o,
            ym: () => _kubernetes_client_node_dist_gen_http_http_js__WEBPACK_IMPORTED_MODULE_2__.ym,
            yp: () => _kubernetes_client_node_dist_config_js__WEBPACK_IMPORTED_MODULE_0__.yp
        });
        var _kubernetes_client_node_dist_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58973);
        var _kubernetes_client_node_dist_watch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11882);
        var _kubernetes_client_node_dist_gen_http_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91561);
        var _kubernetes_client_node_dist_gen_http_isomorphic_fetch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49957);
        var _kubernetes_client_node_dist_gen_apis_exception_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72581);
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
    49010: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            KX: () => plainExchange,
            Y5: () => KubeApi,
            tN: () => send
        });
        var _client_node_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99690);
        function plainExchange(kubeConfig, signal) {
            return async request => {
                await kubeConfig.applySecurityAuthentication(request);
                if (signal) request.setSignal(signal);
                return send(request);
            };
        }
        const http = new _client_node_js__WEBPACK_IMPORTED_MODULE_0__.l1;
        async function send(request) {
            const response = await http.send(request).toPromise();
            return {
                status: response.httpStatusCode,
                headers: response.headers,
                body: await response.body.text()
            };
        }
        const JSON_ACCEPT = "application/json, */*;q=0.8";
        const USER_AGENT = "kubevirt-transition-check";
        class KubeApi {
            #server;
            #exchange;
            constructor(server, exchange) {
                this.#server = server;
                this.#exchange = exchange;
            }
            static of(kubeConfig, signal) {
                const server = kubeConfig.getCurrentCluster()?.server;
                if (!server) throw new Error("the kubeconfig has no current cluster");
                return new KubeApi(server, plainExchange(kubeConfig, signal));
            }
            getCode() {
                return this.#json({
                    method: "GET",
                    path: "/version/"
                });
            }
            getAPIResources(group) {
                return this.#json({
                    method: "GET",
                    path: groupPath(group.group, group.version)
                });
            }
            listNode() {
                return this.#json({
                    method: "GET",
                    path: "/api/v1/nodes"
                });
            }
            readNamespace({name: name}) {
                return this.#json({
                    method: "GET",
                    path: `/api/v1/namespaces/${segment(name)}`
                });
            }
            createNamespace({body: body}) {
                return this.#json({
                    method: "POST",
                    path: "/api/v1/namespaces",
                    body: body
                });
            }
            deleteNamespace({name: name}) {
                return this.#json({
                    method: "DELETE",
                    path: `/api/v1/namespaces/${segment(name)}`
                });
            }
            listNamespacedPod({namespace: namespace, ...options}) {
                return this.#json({
                    method: "GET",
                    path: `/api/v1/namespaces/${segment(namespace)}/pods`,
                    query: listQuery(options)
                });
            }
            listNamespacedEvent({namespace: namespace, ...options}) {
                return this.#json({
                    method: "GET",
                    path: `/api/v1/namespaces/${segment(namespace)}/events`,
                    query: listQuery(options)
                });
            }
            readNamespacedPodLog(options) {
                const {namespace: namespace, name: name, container: container, tailLines: tailLines, limitBytes: limitBytes} = options;
                return this.#call({
                    method: "GET",
                    path: `/api/v1/namespaces/${segment(namespace)}/pods/${segment(name)}/log`,
                    query: {
                        container: container,
                        limitBytes: limitBytes,
                        tailLines: tailLines
                    }
                });
            }
            createSelfSubjectAccessReview({body: body}) {
                return this.#json({
                    method: "POST",
                    path: "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
                    body: body
                });
            }
            listNamespacedCustomObject({group: group, version: version, plural: plural, namespace: namespace, ...options}) {
                return this.#json({
                    method: "GET",
                    path: namespacedPath({
                        group: group,
                        version: version,
                        plural: plural
                    }, namespace),
                    query: listQuery(options)
                });
            }
            listClusterCustomObject({group: group, version: version, plural: plural}) {
                return this.#json({
                    method: "GET",
                    path: `${groupPath(group, version)}/${segment(plural)}`
                });
            }
            getNamespacedCustomObject({group: group, version: version, plural: plural, namespace: namespace, name: name}) {
                return this.#json({
                    method: "GET",
                    path: `${namespacedPath({
                        group: group,
                        version: version,
                        plural: plural
                    }, namespace)}/${segment(name)}`
                });
            }
            createNamespacedCustomObject({group: group, version: version, plural: plural, namespace: namespace, body: body}) {
                return this.#json({
                    method: "POST",
                    path: namespacedPath({
                        group: group,
                        version: version,
                        plural: plural
                    }, namespace),
                    body: body
                });
            }
            deleteNamespacedCustomObject({group: group, version: version, plural: plural, namespace: namespace, name: name, propagationPolicy: propagationPolicy}) {
                return this.#json({
                    method: "DELETE",
                    path: `${namespacedPath({
                        group: group,
                        version: version,
                        plural: plural
                    }, namespace)}/${segment(name)}`,
                    query: {
                        propagationPolicy: propagationPolicy
                    }
                });
            }
            async #json(call) {
                const text = await this.#call(call);
                try {
                    return JSON.parse(text);
                } catch {
                    throw new Error(`the API server's answer to ${call.method} ${call.path} is not JSON: ${JSON.stringify(text.slice(0, 80))}`);
                }
            }
            async #call({method: method, path: path, query: query = {}, body: body}) {
                const request = new _client_node_js__WEBPACK_IMPORTED_MODULE_0__.bb(this.#server + path, _client_node_js__WEBPACK_IMPORTED_MODULE_0__.ym[method]);
                request.setHeaderParam("Accept", JSON_ACCEPT);
                request.setHeaderParam("User-Agent", USER_AGENT);
                for (const [name, value] of Object.entries(query)) if (value !== void 0) request.setQueryParam(name, String(value));
                if (body !== void 0) {
                    request.setHeaderParam("Content-Type", "application/json");
                    request.setBody(JSON.stringify(body));
                }
                const answer = await this.#exchange(request);
                if (answer.status >= 200 && answer.status <= 299) return answer.body;
                throw new _client_node_js__WEBPACK_IMPORTED_MODULE_0__.UJ(answer.status, `${method} ${path}`, answer.body, answer.headers);
            }
        }
        function listQuery({labelSelector: labelSelector, _continue: _continue}) {
            return {
                labelSelector: labelSelector,
                continue: _continue
            };
        }
        function groupPath(group, version) {
            return `/apis/${segment(group)}/${segment(version)}`;
        }
        function namespacedPath({group: group, version: version, plural: plural}, namespace) {
            return `${groupPath(group, version)}/namespaces/${segment(namespace)}/${segment(plural)}`;
        }
        function segment(value) {
            return encodeURIComponent(value);
        }
    },
    43347: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            L: () => parseQuantity,
            z: () => formatBytes
        });
        const SUFFIX = {
            Ki: 2 ** 10,
            Mi: 2 ** 20,
            Gi: 2 ** 30,
            Ti: 2 ** 40,
            Pi: 2 ** 50,
            Ei: 2 ** 60,
            n: 1e-9,
            u: 1e-6,
            m: .001,
            "": 1,
            k: 1e3,
            M: 1e6,
            G: 1e9,
            T: 1e12,
            P: 1e15,
            E: 1e18
        };
        const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?)$/;
        function parseQuantity(text) {
            const match = QUANTITY.exec((text ?? "").trim());
            if (!match) return;
            const [, number, exponent, suffix] = match;
            const value = Number(`${number}${exponent ?? ""}`);
            return Number.isFinite(value) ? value * SUFFIX[suffix ?? ""] : void 0;
        }
        function formatBytes(bytes) {
            const units = [ "B", "KiB", "MiB", "GiB", "TiB" ];
            let value = bytes;
            let unit = 0;
            while (value >= 1024 && unit < units.length - 1) {
                value /= 1024;
                unit++;
            }
            return `${Number(value.toFixed(value < 10 ? 1 : 0))} ${units[unit]}`;
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
