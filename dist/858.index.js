export const id = 858;

export const ids = [ 858 ];

export const modules = {
    2858: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            collectDiagnostics: () => collectDiagnostics
        });
        var _util_kube_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49010);
        var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
        var _util_api_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38051);
        const DIAGNOSTICS_LIMITS = {
            logTailLines: 500,
            logBytes: 256 * 1024,
            fileBytes: 512 * 1024,
            events: 300,
            podsPerComponent: 2,
            timeoutMs: 3e4
        };
        const KUBEVIRT_COMPONENTS = [ "virt-operator", "virt-controller", "virt-handler" ];
        const KUBEVIRT = {
            group: "kubevirt.io",
            version: "v1"
        };
        const DEFAULT_KUBEVIRT_NAMESPACE = "kubevirt";
        async function collectDiagnostics(cluster, request = {}) {
            const limits = {
                ...DIAGNOSTICS_LIMITS,
                ...request.limits
            };
            const deadline = AbortSignal.timeout(limits.timeoutMs);
            const signal = request.signal ? AbortSignal.any([ deadline, request.signal ]) : deadline;
            const context = {
                api: new _util_kube_api_js__WEBPACK_IMPORTED_MODULE_0__.Y5(cluster.server, (0, _util_kube_api_js__WEBPACK_IMPORTED_MODULE_0__.KX)(cluster.kubeConfig, signal)),
                limits: limits,
                server: cluster.server,
                files: [],
                problems: []
            };
            const {namespace: namespace, labelSelector: labelSelector} = request;
            const run = namespace ? collectRun(context, namespace, labelSelector) : Promise.resolve([]);
            await Promise.all([ run, collectKubevirt(context, run) ]);
            context.files.sort((a, b) => a.name.localeCompare(b.name));
            return {
                files: context.files,
                problems: context.problems
            };
        }
        async function collectRun(context, namespace, labelSelector) {
            const {api: api} = context;
            const kubevirtList = plural => () => api.listNamespacedCustomObject({
                ...KUBEVIRT,
                namespace: namespace,
                plural: plural,
                labelSelector: labelSelector
            });
            const [, , pods] = await Promise.all([ attempt(context, `virtualmachines in ${namespace}`, kubevirtList("virtualmachines"), list => addYaml(context, "vms.yaml", itemsOf(list))), attempt(context, `virtualmachineinstances in ${namespace}`, kubevirtList("virtualmachineinstances"), list => addYaml(context, "vmis.yaml", itemsOf(list))), attempt(context, `launcher pods in ${namespace}`, () => api.listNamespacedPod({
                namespace: namespace,
                labelSelector: labelSelector
            }), list => {
                addYaml(context, "launcher-pods.yaml", list.items);
                return list.items;
            }), attempt(context, `events in ${namespace}`, () => api.listNamespacedEvent({
                namespace: namespace
            }), list => addFile(context, "events.txt", eventTable(list.items, context.limits.events))) ]);
            return (pods ?? []).map(pod => pod.spec?.nodeName).filter(node => node !== void 0);
        }
        async function collectKubevirt(context, runNodes) {
            const {api: api} = context;
            const kubevirts = await attempt(context, "the KubeVirt CR", () => api.listClusterCustomObject({
                ...KUBEVIRT,
                plural: "kubevirts"
            }), list => itemsOf(list));
            if (kubevirts) addYaml(context, "kubevirt.yaml", kubevirts);
            const namespace = kubevirts?.[0]?.metadata?.namespace ?? DEFAULT_KUBEVIRT_NAMESPACE;
            const pods = await attempt(context, `pods in ${namespace}`, () => api.listNamespacedPod({
                namespace: namespace,
                labelSelector: `kubevirt.io in (${KUBEVIRT_COMPONENTS.join(",")})`
            }), list => list.items);
            if (!pods) return;
            addFile(context, "kubevirt-pods.txt", podTable(pods));
            const nodes = new Set(await runNodes);
            await Promise.all(KUBEVIRT_COMPONENTS.flatMap(component => componentPods(pods, component, nodes, context.limits.podsPerComponent).map(pod => collectLog(context, namespace, pod, component))));
        }
        function componentPods(pods, component, runNodes, count) {
            const onRunNode = pod => runNodes.has(pod.spec?.nodeName ?? "") ? 0 : 1;
            return pods.filter(pod => pod.metadata?.labels?.["kubevirt.io"] === component).sort((a, b) => onRunNode(a) - onRunNode(b)).slice(0, count);
        }
        async function collectLog(context, namespace, pod, container) {
            const name = pod.metadata?.name ?? "";
            const {logTailLines: logTailLines, logBytes: logBytes} = context.limits;
            await attempt(context, `the log of ${container} in pod ${namespace}/${name}`, () => context.api.readNamespacedPodLog({
                namespace: namespace,
                name: name,
                container: container,
                tailLines: logTailLines,
                limitBytes: logBytes
            }), log => context.files.push({
                name: `${container}-${fileSafe(name)}.log`,
                content: keepEnd(log, logBytes)
            }));
        }
        async function attempt(context, what, request, use) {
            try {
                return use(await request());
            } catch (error) {
                context.problems.push(`Could not read ${what}: ${(0, _util_api_error_js__WEBPACK_IMPORTED_MODULE_2__.g)(error, context.server)}`);
                return;
            }
        }
        function addYaml(context, name, objects) {
            const documents = objects.map(object => (0, yaml__WEBPACK_IMPORTED_MODULE_1__.As)(withoutManagedFields(object)));
            addFile(context, name, documents.join("---\n") || "# none\n");
        }
        function addFile(context, name, content) {
            context.files.push({
                name: name,
                content: keepStart(content, context.limits.fileBytes)
            });
        }
        function itemsOf(list) {
            const items = list?.items;
            return Array.isArray(items) ? items : [];
        }
        function withoutManagedFields(object) {
            const copy = structuredClone(object);
            if (copy?.metadata) delete copy.metadata.managedFields;
            return copy;
        }
        function eventTable(events, count) {
            const time = event => toIso(event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp) ?? "";
            const sorted = [ ...events ].sort((a, b) => time(a).localeCompare(time(b)));
            const kept = sorted.slice(-count);
            const lines = kept.map(event => [ time(event) || "-", event.type ?? "-", event.reason ?? "-", `${event.involvedObject?.kind?.toLowerCase() ?? "?"}/${event.involvedObject?.name ?? "?"}`, `x${event.count ?? 1}`, (event.message ?? "").replace(/\s+/g, " ").trim() ].join("  "));
            const omitted = sorted.length - kept.length;
            const header = "LAST SEEN  TYPE  REASON  OBJECT  COUNT  MESSAGE";
            return [ ...omitted > 0 ? [ `# ${omitted} older events omitted` ] : [], header, ...lines, "" ].join("\n");
        }
        function podTable(pods) {
            const lines = pods.map(pod => {
                const statuses = pod.status?.containerStatuses ?? [];
                const ready = statuses.filter(status => status.ready).length;
                const restarts = statuses.reduce((sum, status) => sum + (status.restartCount ?? 0), 0);
                return [ pod.metadata?.name ?? "?", `${ready}/${statuses.length}`, pod.status?.phase ?? "?", `restarts=${restarts}`, `node=${pod.spec?.nodeName ?? "-"}` ].join("  ");
            });
            return [ "NAME  READY  PHASE  RESTARTS  NODE", ...lines, "" ].join("\n");
        }
        function toIso(value) {
            if (value === void 0) return;
            return value instanceof Date ? value.toISOString() : String(value);
        }
        function fileSafe(name) {
            return name.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 100);
        }
        function keepStart(text, maxBytes) {
            const bytes = Buffer.from(text, "utf8");
            if (bytes.length <= maxBytes) return text;
            const kept = bytes.subarray(0, maxBytes).toString("utf8").replace(/\uFFFD$/, "");
            return `${kept}\n# … cut: ${bytes.length - maxBytes} more bytes\n`;
        }
        function keepEnd(text, maxBytes) {
            const bytes = Buffer.from(text, "utf8");
            if (bytes.length <= maxBytes) return text;
            const kept = bytes.subarray(bytes.length - maxBytes).toString("utf8").replace(/^\uFFFD/, "");
            return `# … cut: ${bytes.length - maxBytes} earlier bytes\n${kept}`;
        }
    }
};
