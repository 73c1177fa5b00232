export const id = 775;

export const ids = [ 775 ];

export const modules = {
    30775: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            deleteKindCluster: () => deleteKindCluster,
            setupKind: () => setupKind
        });
        var promises_ = __webpack_require__(51455);
        var external_node_os_ = __webpack_require__(48161);
        var external_node_path_ = __webpack_require__(76760);
        var errors = __webpack_require__(70017);
        var external_node_child_process_ = __webpack_require__(31421);
        var duration = __webpack_require__(26518);
        class ToolError extends Error {
            command;
            exitCode;
            stderr;
            constructor(command, problem, exitCode, stderr) {
                const tail = lastLines(stderr, 15);
                super(`'${command}' ${problem}${tail ? `:\n${tail}` : ""}`);
                this.name = "ToolError";
                this.command = command;
                this.exitCode = exitCode;
                this.stderr = stderr;
            }
        }
        const COMMAND_TIME_LIMITS = {
            quick: 6e4,
            createCluster: 10 * 6e4,
            deleteCluster: 3 * 6e4,
            apply: 2 * 6e4
        };
        const KILL_GRACE_MS = 5e3;
        function runTool(file, args, options = {}) {
            const command = displayCommand(file, args);
            return new Promise((resolve, reject) => {
                if (options.signal?.aborted) {
                    reject(new ToolError(command, "was not started: cancelled", void 0, ""));
                    return;
                }
                const child = (0, external_node_child_process_.spawn)(file, args, {
                    env: options.env ?? process.env,
                    stdio: "pipe"
                });
                let stdout = "";
                let stderr = "";
                let partialLine = "";
                let stoppedBecause;
                let killTimer;
                const stop = why => {
                    stoppedBecause ??= why;
                    child.kill("SIGTERM");
                    killTimer ??= setTimeout(() => child.kill("SIGKILL"), options.killGraceMs ?? KILL_GRACE_MS);
                };
                const timer = options.timeoutMs === void 0 ? void 0 : setTimeout(() => stop(`did not finish within ${(0, 
                duration.a3)(options.timeoutMs)} and was stopped`), options.timeoutMs);
                const onAbort = () => stop("was stopped: cancelled");
                options.signal?.addEventListener("abort", onAbort, {
                    once: true
                });
                const settle = () => {
                    clearTimeout(timer);
                    clearTimeout(killTimer);
                    options.signal?.removeEventListener("abort", onAbort);
                };
                child.stdout.setEncoding("utf8").on("data", chunk => stdout += chunk);
                child.stderr.setEncoding("utf8").on("data", chunk => {
                    stderr += chunk;
                    if (!options.onStderrLine) return;
                    const lines = (partialLine + chunk).split("\n");
                    partialLine = lines.pop() ?? "";
                    for (const line of lines) if (line.trim()) options.onStderrLine(line);
                });
                child.stdin.on("error", () => {});
                child.stdin.end(options.input ?? "");
                child.on("error", error => {
                    settle();
                    const problem = error.code === "ENOENT" ? `could not be started: '${file}' was not found${file.includes("/") ? "" : " on PATH"}` : `could not be started: ${error.message}`;
                    reject(new ToolError(command, problem, void 0, stderr));
                });
                child.on("exit", () => {
                    if (!stoppedBecause) return;
                    settle();
                    child.stdout.destroy();
                    child.stderr.destroy();
                    reject(new ToolError(command, stoppedBecause, void 0, stderr));
                });
                child.on("close", (code, signal) => {
                    settle();
                    if (partialLine.trim() && options.onStderrLine) options.onStderrLine(partialLine);
                    if (stoppedBecause) reject(new ToolError(command, stoppedBecause, void 0, stderr)); else if (code === 0) resolve({
                        stdout: stdout,
                        stderr: stderr
                    }); else {
                        const problem = signal ? `was killed by ${signal}` : `failed with exit code ${code}`;
                        reject(new ToolError(command, problem, code ?? void 0, stderr));
                    }
                });
            });
        }
        function displayCommand(file, args) {
            const quote = word => /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
            return [ (0, external_node_path_.basename)(file), ...args ].map(quote).join(" ");
        }
        function lastLines(text, count) {
            return text.trimEnd().split("\n").slice(-count).join("\n");
        }
        const KVM_UDEV_RULE = 'KERNEL=="kvm", GROUP="kvm", MODE="0666", OPTIONS+="static_node=kvm"\n';
        async function decideEmulation(mode, options) {
            if (mode === "true") return {
                emulation: true,
                reason: "emulation: true was requested"
            };
            const device = options.device ?? "/dev/kvm";
            let problem;
            if (!await exists(device)) problem = `${device} does not exist on this runner (arm64 and some self-hosted runners have no KVM)`; else try {
                await enableKvm(device, options);
                return {
                    emulation: false,
                    reason: `${device} is present and open to all users`
                };
            } catch (error) {
                if (options.signal?.aborted) throw error;
                problem = `${device} exists but could not be opened to all users: ${(0, errors.g)(error)}`;
            }
            if (mode === "false") throw new Error(`emulation: false requires KVM, but ${problem}. Use emulation: auto (or true) to run VMs with software emulation instead.`);
            return {
                emulation: true,
                reason: problem
            };
        }
        async function enableKvm(device, options) {
            if (await openToAll(device)) {
                options.log(`${device} is already open to all users.`);
                return;
            }
            const rules = options.udevRulesPath ?? "/etc/udev/rules.d/99-kvm4all.rules";
            const isRoot = options.isRoot ?? process.getuid?.() === 0;
            const {env: env, timeoutMs: timeoutMs, signal: signal} = options;
            const asRoot = (file, args, input) => isRoot ? runTool(file, args, {
                env: env,
                input: input,
                timeoutMs: timeoutMs,
                signal: signal
            }) : runTool("sudo", [ "-n", file, ...args ], {
                env: env,
                input: input,
                timeoutMs: timeoutMs,
                signal: signal
            });
            options.log(`Opening ${device} to all users with the udev rule ${rules}`);
            if (isRoot) await (0, promises_.writeFile)(rules, KVM_UDEV_RULE); else await asRoot("tee", [ rules ], KVM_UDEV_RULE);
            await asRoot("udevadm", [ "control", "--reload-rules" ]);
            await asRoot("udevadm", [ "trigger", "--name-match=kvm" ]);
            await asRoot("udevadm", [ "settle", "--timeout=10" ]).catch(() => {});
            if (!await openToAll(device)) throw new Error(`after the udev rule its mode is still ${await modeOf(device)}`);
        }
        async function openToAll(device) {
            return ((await (0, promises_.stat)(device)).mode & 6) === 6;
        }
        async function modeOf(device) {
            return ((await (0, promises_.stat)(device)).mode & 511).toString(8).padStart(4, "0");
        }
        async function exists(path) {
            try {
                await (0, promises_.stat)(path);
                return true;
            } catch {
                return false;
            }
        }
        var external_node_timers_promises_ = __webpack_require__(58500);
        var dist = __webpack_require__(38815);
        var external_node_crypto_ = __webpack_require__(77598);
        var undici = __webpack_require__(24371);
        var cluster_proxy = __webpack_require__(58238);
        const DEFAULT_DOWNLOAD_TIMEOUT_MS = 5 * 6e4;
        const DEFAULT_RETRIES = 2;
        const DEFAULT_RETRY_DELAY_MS = 2e3;
        class DownloadError extends Error {
            url;
            status;
            constructor(url, problem, status) {
                super(`Download of ${url} failed: ${problem}`);
                this.name = "DownloadError";
                this.url = url;
                this.status = status;
            }
        }
        async function downloadText(url, options = {}) {
            return withRetries(url, options, async response => await response.text());
        }
        async function downloadFile(url, destination, options = {}) {
            return withRetries(url, options, async response => {
                const hash = (0, external_node_crypto_.createHash)("sha256");
                const file = await (0, promises_.open)(destination, "w", 420);
                try {
                    if (response.body) for await (const chunk of response.body) {
                        hash.update(chunk);
                        await file.write(chunk);
                    }
                } catch (error) {
                    await file.close();
                    await (0, promises_.rm)(destination, {
                        force: true
                    });
                    throw error;
                }
                await file.close();
                return hash.digest("hex");
            });
        }
        function parseSha256(text, fileName, checksumUrl) {
            const lines = text.split("\n").map(line => line.trim().split(/\s+/)).filter(words => words[0]);
            for (const [hash, name] of lines) {
                const isHash = /^[0-9a-fA-F]{64}$/.test(hash);
                if (isHash && (name === void 0 || name.replace(/^\*/, "") === fileName)) return hash.toLowerCase();
            }
            throw new Error(`${checksumUrl} holds no sha256 for ${fileName}; expected a 64-digit hex hash, alone or followed by the file name.`);
        }
        async function withRetries(url, options, read) {
            const retries = options.retries ?? DEFAULT_RETRIES;
            let delayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
            const proxy = (0, cluster_proxy.k)(options.env ?? process.env);
            const dispatcher = proxy ? new undici.EnvHttpProxyAgent(proxy) : void 0;
            try {
                for (let attempt = 0; ;attempt++) try {
                    return await attemptDownload(url, options, dispatcher, read);
                } catch (error) {
                    const final = error instanceof DownloadError && error.status !== void 0 && !retryable(error.status) || options.signal?.aborted;
                    if (final || attempt >= retries) throw error;
                    await (0, external_node_timers_promises_.setTimeout)(delayMs, void 0, {
                        signal: options.signal
                    });
                    delayMs *= 2;
                }
            } finally {
                await (dispatcher?.close());
            }
        }
        async function attemptDownload(url, options, dispatcher, read) {
            let response;
            const timeoutMs = options.timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS;
            const timeout = AbortSignal.timeout(timeoutMs);
            const signal = options.signal ? AbortSignal.any([ timeout, options.signal ]) : timeout;
            try {
                response = await (0, undici.fetch)(url, {
                    signal: signal,
                    redirect: "follow",
                    dispatcher: dispatcher
                });
            } catch (error) {
                throw new DownloadError(url, networkProblem(error, timeoutMs));
            }
            if (!response.ok) {
                await (response.body?.cancel());
                const hint = response.status === 404 ? " (no such file: check the version)" : "";
                throw new DownloadError(url, `HTTP ${response.status} ${response.statusText}${hint}`, response.status);
            }
            try {
                return await read(response);
            } catch (error) {
                throw new DownloadError(url, networkProblem(error, timeoutMs));
            }
        }
        function retryable(status) {
            return status === 408 || status === 429 || status >= 500;
        }
        function networkProblem(error, timeoutMs) {
            if (error instanceof DOMException && error.name === "TimeoutError") return `no complete answer within ${timeoutMs}ms`;
            const cause = error instanceof Error && error.cause !== void 0 ? `: ${(0, errors.g)(error.cause)}` : "";
            return `${(0, errors.g)(error)}${cause}`;
        }
        function isAvailable(kubevirt) {
            return (kubevirt.status?.conditions ?? []).some(condition => condition.type === "Available" && condition.status === "True");
        }
        function describeKubevirt(kubevirt, workloads, pods, readError) {
            const parts = [];
            if (!kubevirt) parts.push(`KubeVirt CR not readable (${firstLine(readError ?? "not found")})`); else {
                const status = kubevirt.status ?? {};
                parts.push(`phase ${status.phase || "(none yet)"}`);
                for (const condition of status.conditions ?? []) {
                    if (![ "Available", "Progressing", "Degraded" ].includes(condition.type ?? "")) continue;
                    const why = [ condition.reason, condition.message ].filter(Boolean).join(": ");
                    parts.push(`${condition.type}=${condition.status}${why ? ` (${why})` : ""}`);
                }
            }
            const notReady = workloads.flatMap(workload => {
                const name = `${(workload.kind ?? "workload").toLowerCase()}/${workload.metadata?.name ?? "?"}`;
                if (workload.kind === "DaemonSet") {
                    const desired = workload.status?.desiredNumberScheduled ?? 0;
                    const ready = workload.status?.numberReady ?? 0;
                    return desired === 0 || ready < desired ? [ `${name} ${ready}/${desired}` ] : [];
                }
                const desired = workload.spec?.replicas ?? 1;
                const ready = workload.status?.readyReplicas ?? 0;
                return ready < desired ? [ `${name} ${ready}/${desired}` ] : [];
            });
            if (notReady.length > 0) parts.push(`not ready: ${notReady.join(", ")}`);
            const podProblems = pods.flatMap(pod => {
                const problem = podProblem(pod);
                return problem ? [ `${pod.metadata?.name ?? "?"} ${problem}` ] : [];
            });
            if (podProblems.length > 0) parts.push(`pods: ${podProblems.join(", ")}`);
            return parts.join("; ");
        }
        function podProblem(pod) {
            const status = pod.status ?? {};
            if (status.phase === "Succeeded") return;
            for (const [prefix, list] of [ [ "Init:", status.initContainerStatuses ], [ "", status.containerStatuses ] ]) for (const container of list ?? []) {
                const reason = container.state?.waiting?.reason ?? container.state?.terminated?.reason;
                if (reason && !container.ready && reason !== "Completed" && reason !== "PodInitializing") return `${prefix}${reason}`;
            }
            const scheduled = status.conditions?.find(condition => condition.type === "PodScheduled");
            if (scheduled?.status === "False") return `Pending (${scheduled.reason ?? "not scheduled"})`;
            const ready = status.conditions?.find(condition => condition.type === "Ready");
            if (ready?.status === "True") return;
            return status.phase && status.phase !== "Running" ? status.phase : "not ready";
        }
        function firstLine(text) {
            return text.split("\n").find(line => line.trim() && !line.startsWith("'"))?.trim() ?? text;
        }
        const DEFAULT_KUBEVIRT_RELEASE_BASE_URL = "https://github.com/kubevirt/kubevirt/releases/download";
        const DEFAULT_KUBEVIRT_STABLE_URL = "https://storage.googleapis.com/kubevirt-prow/release/kubevirt/kubevirt/stable.txt";
        const DEFAULT_KUBEVIRT_TIMEOUT_MS = 15 * 6e4;
        const DEFAULT_POLL_INTERVAL_MS = 5e3;
        const DEFAULT_PROGRESS_INTERVAL_MS = 3e4;
        const CRD_TIMEOUT = "120s";
        const FIELD_MANAGER = "kubevirt-transition-check";
        const RELEASE_TAG = /^v(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/;
        const realClock = {
            now: () => Date.now(),
            sleep: (ms, signal) => (0, external_node_timers_promises_.setTimeout)(ms, void 0, {
                signal: signal
            })
        };
        async function resolveKubevirtVersion(version, options = {}) {
            if (version !== "stable") return version;
            const url = options.stableUrl ?? DEFAULT_KUBEVIRT_STABLE_URL;
            const text = (await downloadText(url, options.download)).trim();
            if (!RELEASE_TAG.test(text)) throw new Error(`${url} should name the stable KubeVirt release, such as v1.9.0, but says '${text.slice(0, 80)}'. Set kubevirt-version to a release tag instead of 'stable'.`);
            return text;
        }
        function atLeast(version, major, minor) {
            const match = RELEASE_TAG.exec(version);
            if (!match) return false;
            const [releaseMajor, releaseMinor] = [ Number(match[1]), Number(match[2]) ];
            return releaseMajor > major || releaseMajor === major && releaseMinor >= minor;
        }
        function canDisableFeatureGates(version) {
            return atLeast(version, 1, 8);
        }
        const DISABLED_FEATURE_GATES = [ "ImageVolume", "Template" ];
        function kubevirtCr(version, emulation) {
            const developerConfiguration = {};
            if (canDisableFeatureGates(version)) developerConfiguration.disabledFeatureGates = [ ...DISABLED_FEATURE_GATES ];
            if (emulation) developerConfiguration.useEmulation = true;
            const configuration = {
                developerConfiguration: developerConfiguration
            };
            if (atLeast(version, 1, 4)) configuration.commonInstancetypesDeployment = {
                enabled: false
            };
            return {
                apiVersion: "kubevirt.io/v1",
                kind: "KubeVirt",
                metadata: {
                    name: "kubevirt",
                    namespace: "kubevirt"
                },
                spec: {
                    certificateRotateStrategy: {},
                    configuration: configuration,
                    customizeComponents: {},
                    imagePullPolicy: "IfNotPresent",
                    workloadUpdateStrategy: {}
                }
            };
        }
        async function downloadOperator(version, workDir, options) {
            const base = (options.releaseBaseUrl ?? DEFAULT_KUBEVIRT_RELEASE_BASE_URL).replace(/\/+$/, "");
            const url = `${base}/${version}/kubevirt-operator.yaml`;
            const path = (0, external_node_path_.join)(workDir, `kubevirt-operator-${version}.yaml`);
            options.log(`Downloading the KubeVirt ${version} operator manifest from ${url}`);
            try {
                await downloadFile(url, path, options.download);
            } catch (error) {
                throw new Error(`${(0, errors.g)(error)}. Is '${version}' a KubeVirt release tag (see https://github.com/kubevirt/kubevirt/releases)?`, {
                    cause: error
                });
            }
            return path;
        }
        async function installKubevirt(options) {
            const kubectl = kubectlFor(options);
            const limits = options.timeLimits ?? COMMAND_TIME_LIMITS;
            const apply = file => kubectl([ "apply", "--server-side", "--force-conflicts", `--field-manager=${FIELD_MANAGER}`, "-f", file ], limits.apply);
            options.log(`Applying the KubeVirt ${options.version} operator`);
            await apply(options.operatorManifestPath);
            await kubectl([ "wait", "--for=condition=Established", `--timeout=${CRD_TIMEOUT}`, "crd/kubevirts.kubevirt.io" ], void 0);
            const crPath = (0, external_node_path_.join)(options.workDir, "kubevirt-cr.yaml");
            const cr = kubevirtCr(options.version, options.emulation);
            await (0, promises_.writeFile)(crPath, (0, dist.As)(cr));
            options.log(`Applying the KubeVirt CR (${describeCr(options.version, options.emulation)})`);
            await apply(crPath);
            await waitForKubevirt(options);
        }
        async function waitForKubevirt(options) {
            const clock = options.clock ?? realClock;
            const timeoutMs = options.timeoutMs ?? DEFAULT_KUBEVIRT_TIMEOUT_MS;
            const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
            const progressIntervalMs = options.progressIntervalMs ?? DEFAULT_PROGRESS_INTERVAL_MS;
            const kubectl = kubectlFor(options);
            const limits = options.timeLimits ?? COMMAND_TIME_LIMITS;
            const getJson = async args => JSON.parse((await kubectl([ ...args, "-o", "json" ], limits.quick)).stdout);
            const started = clock.now();
            let lastSummary = "";
            let lastLogged = -1 / 0;
            options.log(`Waiting up to ${(0, duration.a3)(timeoutMs)} for KubeVirt ${options.version} to become Available`);
            for (;;) {
                let kubevirt;
                let readError;
                options.signal?.throwIfAborted();
                try {
                    kubevirt = await getJson([ "-n", "kubevirt", "get", "kubevirt", "kubevirt" ]);
                } catch (error) {
                    options.signal?.throwIfAborted();
                    readError = (0, errors.g)(error);
                }
                const elapsed = clock.now() - started;
                if (kubevirt && isAvailable(kubevirt)) {
                    options.log(`KubeVirt ${options.version} is Available (after ${(0, duration.a3)(elapsed)}).`);
                    return;
                }
                const items = await listItems(getJson, [ "-n", "kubevirt", "get", "deployments,daemonsets,pods" ]);
                const pods = items.filter(item => item.kind === "Pod");
                const workloads = items.filter(item => item.kind !== "Pod");
                const summary = describeKubevirt(kubevirt, workloads, pods, readError);
                if (summary !== lastSummary || clock.now() - lastLogged >= progressIntervalMs) {
                    options.log(`[${(0, duration.a3)(elapsed)}] not yet Available: ${summary}`);
                    lastSummary = summary;
                    lastLogged = clock.now();
                }
                if (elapsed >= timeoutMs) throw new Error(timeoutMessage(options, timeoutMs, summary));
                await clock.sleep(Math.min(pollIntervalMs, Math.max(0, timeoutMs - elapsed)), options.signal);
            }
        }
        function timeoutMessage(options, timeoutMs, summary) {
            const kubectl = `kubectl --kubeconfig ${options.kubeconfigPath} -n kubevirt`;
            const kvmHint = options.emulation ? "" : ` KVM is in use (${options.emulationReason ?? "emulation: false"}): if virt-handler is not ready, try emulation: true.`;
            return [ `KubeVirt ${options.version} did not become Available within ${(0, duration.a3)(timeoutMs)}.`, `Last state: ${summary}.`, `Look at '${kubectl} get kubevirt kubevirt -o yaml' (conditions), '${kubectl} get pods',`, `'${kubectl} describe pods' (image pulls, scheduling) and '${kubectl} logs deployment/virt-operator'.${kvmHint}` ].join(" ");
        }
        function describeCr(version, emulation) {
            const gate = canDisableFeatureGates(version) ? `feature gates ${DISABLED_FEATURE_GATES.join(" and ")} disabled` : "no disabledFeatureGates before v1.8; ImageVolume and Template are off by default there";
            return `${gate}, ${emulation ? "useEmulation: true" : "KVM"}`;
        }
        async function listItems(getJson, args) {
            try {
                const list = await getJson(args);
                return list.items ?? [];
            } catch {
                return [];
            }
        }
        function kubectlFor(options) {
            return (args, timeoutMs) => runTool(options.kubectlPath, [ "--kubeconfig", options.kubeconfigPath, ...args ], {
                env: options.env,
                timeoutMs: timeoutMs,
                signal: options.signal
            });
        }
        const DEFAULT_KIND_BASE_URL = "https://github.com/kubernetes-sigs/kind/releases/download";
        const DEFAULT_KUBECTL_BASE_URL = "https://dl.k8s.io/release";
        function toolUrls(tool, version, os, arch, baseUrl) {
            if (tool === "kind") {
                const fileName = `kind-${os}-${arch}`;
                const binary = `${trimSlash(baseUrl ?? DEFAULT_KIND_BASE_URL)}/${version}/${fileName}`;
                return {
                    binary: binary,
                    checksum: `${binary}.sha256sum`,
                    fileName: fileName
                };
            }
            const binary = `${trimSlash(baseUrl ?? DEFAULT_KUBECTL_BASE_URL)}/${version}/bin/${os}/${arch}/kubectl`;
            return {
                binary: binary,
                checksum: `${binary}.sha256`,
                fileName: "kubectl"
            };
        }
        function toolCacheRoot(env) {
            return env.RUNNER_TOOL_CACHE || (0, external_node_path_.join)((0, external_node_os_.tmpdir)(), "kubevirt-transition-check", "tool-cache");
        }
        function releaseArch(arch = process.arch) {
            const names = {
                x64: "amd64",
                arm64: "arm64"
            };
            const name = names[arch];
            if (!name) throw new Error(`kind and kubectl are released for x64 and arm64 runners, not for ${arch}.`);
            return name;
        }
        async function installTool(options) {
            const platform = options.platform ?? process.platform;
            if (platform !== "linux" && platform !== "darwin") throw new Error(`setup: kind runs on Linux (or macOS) runners, not on ${platform}.`);
            const arch = releaseArch(options.arch);
            const {tool: tool, version: version} = options;
            const directory = (0, external_node_path_.join)(options.cacheRoot, tool, version, arch);
            const binary = (0, external_node_path_.join)(directory, tool);
            if (await isExecutable(binary)) {
                options.log(`${tool} ${version} found in the tool cache: ${binary}`);
                return binary;
            }
            const urls = toolUrls(tool, version, platform, arch, options.baseUrl);
            options.log(`Downloading ${tool} ${version} from ${urls.binary}`);
            await (0, promises_.mkdir)(directory, {
                recursive: true
            });
            const expected = parseSha256(await downloadText(urls.checksum, options.download), urls.fileName, urls.checksum);
            const partial = `${binary}.download-${process.pid}`;
            const actual = await downloadFile(urls.binary, partial, options.download);
            if (actual !== expected) {
                await (0, promises_.rm)(partial, {
                    force: true
                });
                throw new Error(`Checksum mismatch for ${tool} ${version} from ${urls.binary}: its sha256 is ${actual}, but ${urls.checksum} says ${expected}. The download was deleted; run again, and if it persists check the download source.`);
            }
            await (0, promises_.chmod)(partial, 493);
            await (0, promises_.rename)(partial, binary);
            options.log(`${tool} ${version} installed (sha256 ${actual} verified): ${binary}`);
            return binary;
        }
        async function isExecutable(path) {
            try {
                await (0, promises_.access)(path, promises_.constants.X_OK);
                return true;
            } catch {
                return false;
            }
        }
        function trimSlash(url) {
            return url.replace(/\/+$/, "");
        }
        const DEFAULT_KIND_WAIT = "120s";
        async function setupKind(options) {
            const env = options.env ?? process.env;
            const {log: log, clusterName: clusterName, signal: signal} = options;
            const limits = {
                ...COMMAND_TIME_LIMITS,
                ...options.timeLimits
            };
            const download = {
                env: env,
                ...options.download,
                signal: signal
            };
            const workDir = (0, external_node_path_.resolve)(options.workDir ?? (0, external_node_path_.join)(env.RUNNER_TEMP || (0, 
            external_node_os_.tmpdir)(), "kubevirt-transition-check", "kind"));
            await (0, promises_.mkdir)(workDir, {
                recursive: true
            });
            const kubeconfigPath = (0, external_node_path_.resolve)(options.kubeconfigPath ?? (0, 
            external_node_path_.join)(workDir, `kind-${clusterName}.kubeconfig`));
            const kubevirtVersion = await resolveKubevirtVersion(options.kubevirtVersion, {
                stableUrl: options.kubevirtStableUrl,
                download: download
            });
            if (kubevirtVersion !== options.kubevirtVersion) log(`kubevirt-version ${options.kubevirtVersion} is ${kubevirtVersion}`);
            const operatorManifestPath = await downloadOperator(kubevirtVersion, workDir, {
                releaseBaseUrl: options.kubevirtReleaseBaseUrl,
                download: download,
                log: log
            });
            const cacheRoot = options.toolCacheDir ?? toolCacheRoot(env);
            const install = (tool, version, baseUrl) => installTool({
                tool: tool,
                version: version,
                baseUrl: baseUrl,
                cacheRoot: cacheRoot,
                download: download,
                log: log
            });
            const [kindPath, kubectlPath] = await Promise.all([ options.kindPath ?? install("kind", options.kindVersion, options.kindBaseUrl), options.kubectlPath ?? install("kubectl", options.kubectlVersion, options.kubectlBaseUrl) ]);
            const kind = (args, timeoutMs = limits.quick, onStderrLine) => runTool(kindPath, args, {
                env: env,
                onStderrLine: onStderrLine,
                timeoutMs: timeoutMs,
                signal: signal
            });
            log((await kind([ "version" ])).stdout.trim());
            const decision = await decideEmulation(options.emulation, {
                ...options.kvm,
                env: env,
                log: log,
                timeoutMs: limits.quick,
                signal: signal
            });
            log(`${decision.emulation ? "Software emulation" : "KVM"}: ${decision.reason}`);
            const clusterStarted = performance.now();
            const ref = {
                clusterName: clusterName,
                kubeconfigPath: kubeconfigPath,
                kindPath: kindPath
            };
            const existing = (await kind([ "get", "clusters" ])).stdout.split("\n").map(line => line.trim());
            const created = !existing.includes(clusterName);
            if (created) {
                options.beforeCreate?.(ref);
                log(`Creating kind cluster ${clusterName}${options.nodeImage ? ` (${options.nodeImage})` : ""}`);
                const args = [ "create", "cluster", "--name", clusterName, "--kubeconfig", kubeconfigPath ];
                args.push("--wait", options.kindWait ?? DEFAULT_KIND_WAIT);
                if (options.nodeImage) args.push("--image", options.nodeImage);
                try {
                    await kind(args, limits.createCluster, log);
                } catch (error) {
                    if (signal?.aborted) throw error;
                    throw new Error(`${(0, errors.g)(error)}\n${createHint(clusterName, error)}`, {
                        cause: error
                    });
                }
            } else {
                log(`kind cluster ${clusterName} exists already: using it, and leaving it in place afterwards. Its KVM or emulation was decided when it was created.`);
                await kind([ "export", "kubeconfig", "--name", clusterName, "--kubeconfig", kubeconfigPath ]);
            }
            log(`Kubeconfig of kind cluster ${clusterName}: ${kubeconfigPath}`);
            const kubevirtStarted = performance.now();
            await installKubevirt({
                version: kubevirtVersion,
                emulation: decision.emulation,
                emulationReason: decision.reason,
                kubectlPath: kubectlPath,
                kubeconfigPath: kubeconfigPath,
                workDir: workDir,
                operatorManifestPath: operatorManifestPath,
                env: env,
                timeoutMs: options.kubevirtTimeoutMs,
                pollIntervalMs: options.pollIntervalMs,
                progressIntervalMs: options.progressIntervalMs,
                clock: options.clock,
                timeLimits: limits,
                signal: signal,
                log: log
            });
            const timings = {
                clusterMs: Math.round(kubevirtStarted - clusterStarted),
                kubevirtMs: Math.round(performance.now() - kubevirtStarted)
            };
            return {
                ...ref,
                created: created,
                kubevirtVersion: kubevirtVersion,
                emulation: decision.emulation,
                kubectlPath: kubectlPath,
                timings: timings
            };
        }
        async function deleteKindCluster(cluster) {
            cluster.log(`Deleting kind cluster ${cluster.clusterName}`);
            await runTool(cluster.kindPath, [ "delete", "cluster", "--name", cluster.clusterName, "--kubeconfig", cluster.kubeconfigPath ], {
                env: cluster.env,
                onStderrLine: cluster.log,
                timeoutMs: cluster.timeoutMs ?? COMMAND_TIME_LIMITS.deleteCluster
            });
        }
        function createHint(clusterName, error) {
            if (error instanceof ToolError && /already exist/.test(error.stderr)) return `A kind cluster named '${clusterName}' appeared while this setup ran: delete it with 'kind delete cluster --name ${clusterName}', or choose another kind-cluster-name.`;
            return `Could not create the kind cluster '${clusterName}': kind needs a running Docker (or Podman) daemon; 'docker info' shows whether it can be reached.`;
        }
    }
};
