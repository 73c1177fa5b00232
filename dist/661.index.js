export const id = 661;

export const ids = [ 661 ];

export const modules = {
    86661: (module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => {
            try {
                __webpack_require__.r(__webpack_exports__);
                __webpack_require__.d(__webpack_exports__, {
                    post: () => post
                });
                var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
                var _cluster_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76629);
                var _cleanup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72691);
                var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2462);
                var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
                var _util_exit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85234);
                var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49997);
                const info = line => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0, _util_text_js__WEBPACK_IMPORTED_MODULE_5__.sN)(line));
                const warning = line => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0, _util_text_js__WEBPACK_IMPORTED_MODULE_5__.sN)(line));
                async function post() {
                    await removeLeftoverRun();
                    await deleteCreatedKindCluster();
                }
                async function removeLeftoverRun() {
                    try {
                        const leftover = (0, _state_js__WEBPACK_IMPORTED_MODULE_3__.Di)(key => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(key));
                        if (!leftover) return;
                        const {run: run, result: result} = leftover;
                        const cluster = createdKindCluster();
                        if (cluster && run.kubeconfig === cluster.kubeconfigPath) {
                            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Namespace ${run.namespace} of the check goes with kind cluster ${cluster.clusterName}.`);
                            return;
                        }
                        if (!(0, _cleanup_js__WEBPACK_IMPORTED_MODULE_2__.SL)(run.cleanup, result ?? "cancelled")) {
                            info(`Keeping namespace ${run.namespace} of the check (cleanup: ${run.cleanup}).`);
                            return;
                        }
                        info(`The main step did not finish its cleanup; removing what it created in namespace ${run.namespace}.`);
                        const left = await (0, _cleanup_js__WEBPACK_IMPORTED_MODULE_2__.s2)((0, _cluster_index_js__WEBPACK_IMPORTED_MODULE_1__.u3)(run.kubeconfig), run, (0, 
                        _cluster_index_js__WEBPACK_IMPORTED_MODULE_1__.gd)(_cleanup_js__WEBPACK_IMPORTED_MODULE_2__.aE));
                        if (!left) {
                            info("Removed.");
                            return;
                        }
                        warning((0, _cleanup_js__WEBPACK_IMPORTED_MODULE_2__.Bs)(left));
                        const {leftoversNote: leftoversNote} = await Promise.all([ __webpack_require__.e(796), __webpack_require__.e(262) ]).then(__webpack_require__.bind(__webpack_require__, 13262));
                        await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(`\n${leftoversNote(left, "post")}\n`).write();
                    } catch (error) {
                        warning(`Cleanup of the check's VMs and namespace failed: ${(0, _util_errors_js__WEBPACK_IMPORTED_MODULE_4__.g)(error)}`);
                    }
                }
                async function deleteCreatedKindCluster() {
                    try {
                        const cluster = (0, _state_js__WEBPACK_IMPORTED_MODULE_3__.TM)(key => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(key));
                        if (!cluster) return;
                        const {deleteKindCluster: deleteKindCluster} = await __webpack_require__.e(775).then(__webpack_require__.bind(__webpack_require__, 30775));
                        await deleteKindCluster({
                            ...cluster,
                            log: line => info(line)
                        });
                    } catch (error) {
                        warning(`Could not delete the kind cluster: ${(0, _util_errors_js__WEBPACK_IMPORTED_MODULE_4__.g)(error)}. On a self-hosted runner, delete it with 'kind delete cluster --name <kind-cluster-name>'.`);
                    }
                }
                function createdKindCluster() {
                    try {
                        return (0, _state_js__WEBPACK_IMPORTED_MODULE_3__.TM)(key => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(key));
                    } catch {
                        return;
                    }
                }
                await post();
                (0, _util_exit_js__WEBPACK_IMPORTED_MODULE_6__.l)(line => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(line));
                __webpack_async_result__();
            } catch (e) {
                __webpack_async_result__(e);
            }
        }, 1);
    }
};
